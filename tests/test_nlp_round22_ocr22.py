"""Round 22 (issue 3, ocr22, code probe c10): text as it arrives from outside the EMR, in fictional snippets written for
these tests (never a corpus or probe sentence). Each case gives the exact code lines and failed before its change;
the guards (named so) pin readings the change must keep.

1. OCR and fax slips put right before reading (nlp/normalise.py `_OCR_SLIP`, offsets mapped back): a one for an l or I
   inside a word ('b1ock', 'Kena1og', 'Bi1atera1', 'R1GHT'), a capital O for a zero ('4O', 'O.5%'), 'l%' for '1%', 'rn'
   for the m of a unit after a number ('rng', 'rnL'), a bar for an I ('|mages'); never a level ('L1', 'S1'), 'H2O'.
2. Terse shorthand between cases: the bare 'GON' opening its line with its side or what was given; the side and 'SIJ'
   opening the line with the steroid given; '40K' (Kenalog 40 mg) and 'DM 40/80' (Depo-Medrol) with 'ea'; an NSAID's
   bare number before its route ('toradol 60 IM'), one dose, never one per injection site.
3. A drug offered and declined whose refusal is echoed 'not given' stays no dose.
4. Procedures that are not today's: a series of earlier blocks told by its count and results ('2 x SI lateral branch
   blocks 80%/75%'); an opening line whose procedure is dated in a year ('... ablation in 2024 with ...'); a procedure
   talked about and put off later in its sentence ('... trial discussed at length; trial postponed ...'); the act
   restated in a signed side correction ('side corrected to LEFT - the left knee was injected').
5. A PDF form's observer row without a colon ('Observer    RN, independent') is an independent observer.
6. A toxin's units listed after each muscle ('right trapezius 40 units, ...') tell the muscle injections.
"""

from __future__ import annotations

import datetime as dt

from _snippet import code_lines

from api import pipeline
from nlp.normalise import compact_spaces

DOS = dt.date(2025, 5, 6)


def _run(text: str, pos: str = "11", dos: dt.date = DOS):  # noqa: ANN202
    return pipeline.analyze_text(text, payer="medicare", date_of_service=dos, place_of_service=pos, source="r22o")


# 1. OCR slips
def test_ocr_slips_in_a_faxed_knee_note() -> None:
    text = ("FAX 05/06/2025 P.1\nProc: LEFT knee intra-articu1ar injection, f1uoroscopic guidance.\n"
            "Needle into the 1ateral knee joint, arthrogram seen.\nInjected Kena1og 4O rng with 3 rnL l% lidocaine.\n")
    assert code_lines(_run(text)) == [("20610", ["LT"], 1), ("77002", [], 1), ("J3301", [], 4)]


def test_ocr_slips_in_a_scanned_bilateral_transforaminal_report() -> None:
    text = ("Proc: Bi1atera1 L4-5 transforamina1 epidura1 steroid injection under f1uoroscopy.\n"
            "Each side: dexamethasone 4 rng + O.5 rnL O.5% bupivacaine. |mages stored.\n")
    assert code_lines(_run(text, pos="22")) == [("64483", ["50"], 1)]


def test_ocr_capital_word_and_offsets_stay_exact() -> None:
    text = "Proc: R1GHT greater occipita1 nerve b1ock. Triamcino1one 2O rng given."
    out, offsets = compact_spaces(text)
    assert out == "Proc: RIGHT greater occipital nerve block. Triamcinolone 20 mg given."
    assert offsets is not None and text[offsets[out.index("mg")]] == "r" and text[offsets[out.index(" given")]] == " "
    assert code_lines(_run(text)) == [("64405", ["RT"], 1), ("J3301", [], 2)]


def test_guard_levels_and_formulas_are_no_ocr_slips() -> None:
    text = "T12 and L1, S1 x1, HbA1c 7.2, H2O. 10 mg"
    assert compact_spaces(text) == (text, None)


# 2. shorthand between cases
def test_bare_gon_with_side_and_40k_split() -> None:
    text = "Occipital HA both sides.\nGON B/L 40K split + 1.5cc 0.5% bupi each side, landmark.\ntol well.\n"
    assert code_lines(_run(text)) == [("64405", ["50"], 1), ("J3301", [], 4)]


def test_bare_gon_left_and_bare_toradol_im() -> None:
    text = "Lt occipital neuralgia.\nLt GON, 2cc 0.25% bupi, no steroid.\nketorolac 30 IM.\nf/u prn.\n"
    assert code_lines(_run(text)) == [("64405", ["LT"], 1), ("J1885", [], 2)]


def test_guard_gon_as_an_exam_finding_is_no_block() -> None:
    text = "Occipital pain. Tender over GON B/L, Tinel +.\nPlan: GON blocks next visit.\n"
    assert code_lines(_run(text)) == []


def test_bare_sij_with_dm_each_side() -> None:
    text = "B/L SIJ pain.\nB/L SIJ DM 40 ea + 1cc 0.5% bupi ea, fluoro.\nno sed.\n"
    assert code_lines(_run(text, dos=dt.date(2023, 10, 2))) == [("27096", ["50"], 1), ("J1040", [], 1)]


def test_bare_sij_right_with_80k() -> None:
    text = "R SIJ 80K + 2 mL 0.25% bupi, fluoro, arthrogram.\n"
    assert code_lines(_run(text)) == [("27096", ["RT"], 1), ("J3301", [], 8)]


def test_guard_dm_as_diabetes_and_sij_pain_are_no_drug_or_procedure() -> None:
    text = "PMH: DM2, HTN; DM 20 years.\nL SIJ pain 6/10.\nPlan: SIJ injection.\n"
    assert code_lines(_run(text)) == []


def test_toradol_im_after_trigger_points_is_one_dose() -> None:
    text = "TPI x3: R trap, R levator, R rhomboid.\n1cc 1% lido each.\n+ Toradol 60 IM L glute.\n"
    assert code_lines(_run(text)) == [("20553", [], 1), ("J1885", [], 4)]


def test_guard_toradol_number_without_route_is_no_dose() -> None:
    text = "R GON, 2cc 0.5% bupi. Toradol 2 days ago helped.\n"
    assert code_lines(_run(text)) == [("64405", ["RT"], 1)]


# 3. declined, echoed 'not given'
def test_offered_drug_declined_and_not_given() -> None:
    text = "Proc: left GON block.\n2 mL 0.5% bupivacaine.\nKetorolac 30 mg IM offered; she refused, not given.\n"
    assert code_lines(_run(text)) == [("64405", ["LT"], 1)]


def test_guard_offered_drug_given_stays() -> None:
    text = "Proc: left GON block.\n2 mL 0.5% bupivacaine.\nKetorolac 30 mg IM offered and given; declined oral meds.\n"
    assert code_lines(_run(text)) == [("64405", ["LT"], 1), ("J1885", [], 2)]


# 4. not today's procedures
def test_series_of_earlier_si_blocks_with_results_is_history() -> None:
    text = "R SIJ pain; 3x R SI lat branch blocks - 90%/80%/85%.\nR SI RFA today (L5 DR, S1-3 lat br), fluoro, 80C x 90s.\n"
    assert code_lines(_run(text, pos="24")) == [("64625", ["RT"], 1)]


def test_series_count_after_the_name_with_results_is_history() -> None:
    text = "L SI pain. L SI lateral branch blocks x2: 85% and 80%.\nToday: L SI RFA, L5 DR and S1-S3 lat br, fluoro.\n"
    assert code_lines(_run(text, pos="24")) == [("64625", ["LT"], 1)]


def test_guard_single_block_with_its_percent_today_stays() -> None:
    text = "L SI lateral branch block under fluoro today, 0.5 mL at each branch, 80% relief at 30 min.\n"
    assert code_lines(_run(text, pos="24")) == [("64451", ["LT"], 1)]


def test_opening_line_dated_in_a_year_is_history() -> None:
    text = ("Earlier care: left L3-4/L4-5 radiofrequency ablation in 2023 with good relief.\nNew right-sided leg pain. "
            "Today: right L5-S1 transforaminal ESI under fluoroscopy, dexamethasone 10 mg.\n")
    assert code_lines(_run(text)) == [("64483", ["RT"], 1), ("J1100", [], 10)]


def test_opening_line_dated_in_a_month_and_year_is_history() -> None:
    text = ("Right C5-6/C6-7 medial branch RFA during June 2024, relief for a year.\nToday: right C3-4 facet medial branch "
            "block (diagnostic), fluoroscopy, C3 and C4 medial branches, 0.5 mL 0.5% bupivacaine each.\n")
    assert code_lines(_run(text)) == [("64490", ["KX", "RT"], 1)]



def test_procedure_discussed_and_postponed_is_not_done() -> None:
    text = ("Spinal cord stimulator trial reviewed at length; postponed until the psychology review, no leads placed today.\n"
            "Today: caudal epidural steroid injection under fluoroscopy, triamcinolone 40 mg.\n")
    assert code_lines(_run(text, pos="24")) == [("62323", [], 1)]



def test_guard_procedure_discussed_and_done_stays() -> None:
    text = "Right L4-5 TFESI discussed with the patient; she agreed. Under fluoro right L4-5 TFESI done, dexamethasone 10 mg.\n"
    assert code_lines(_run(text)) == [("64483", ["RT"], 1), ("J1100", [], 10)]


def test_side_correction_restating_the_act_is_no_joint_injection() -> None:
    text = ("Right knee genicular nerve block under fluoroscopy, 1 mL 0.5% bupivacaine at the superomedial, superolateral "
            "and inferomedial genicular nerves.\nAddendum: side corrected to LEFT - the left knee was injected.\n")
    assert code_lines(_run(text, pos="22")) == [("64454", ["LT"], 1)]


def test_laterality_correction_restating_the_act_is_no_joint_injection() -> None:
    text = ("PROCEDURE: Left shoulder suprascapular nerve block, ultrasound, image saved, 5 mL 0.5% bupivacaine.\n"
            "Addendum (signed): laterality corrected to RIGHT; the right shoulder was injected.\n")
    assert code_lines(_run(text, pos="22")) == [("64418", ["RT"], 1), ("76942", ["26"], 1)]



def test_guard_knee_injection_corrected_stays_a_knee_injection() -> None:
    text = ("PROCEDURE: Left hip intra-articular injection, fluoroscopy. 40 mg Kenalog.\n"
            "Addendum: side corrected to RIGHT; the right hip was injected.\n")
    assert code_lines(_run(text)) == [("20610", ["RT"], 1), ("77002", [], 1), ("J3301", [], 4)]


# 5. observer row without a colon
def test_observer_row_without_colon_is_independent() -> None:
    text = ("Procedure        Lumbar interlaminar ESI L5-S1, fluoroscopy\nSedation         moderate, by proceduralist\n"
            "Agents           midazolam 2 mg IV\nSedation start   10:02\nSedation end     10:20\n"
            "Observer\tRN, independent\nDexamethasone 10 mg injected.\n")
    assert code_lines(_run(text, pos="22")) == [("62323", [], 1), ("99152", [], 1)]


def test_guard_observer_row_none_is_no_observer() -> None:
    text = ("Procedure        Lumbar interlaminar ESI L5-S1, fluoroscopy\nSedation         moderate, by proceduralist\n"
            "Agents           midazolam 2 mg IV\nSedation start   10:02\nSedation end     10:20\n"
            "Observer         none\nDexamethasone 10 mg injected.\n")
    assert code_lines(_run(text, pos="22")) == [("62323", [], 1)]


# 6. toxin units listed after each muscle
def test_toxin_units_after_each_muscle_are_muscle_injections() -> None:
    text = "Xeomin 60 units total, palpation guided: L upper trapezius 30 units, L levator scapulae 30 units.\n"
    assert code_lines(_run(text)) == [("20552", [], 1), ("J0588", [], 60)]


def test_guard_toxin_units_in_a_plan_are_no_injection() -> None:
    text = "Plan: Dysport next visit, trapezius 100 units likely.\n"
    assert code_lines(_run(text)) == []


def test_si_rfa_in_shorthand_is_the_si_joint_ablation() -> None:
    text = "R SI RFA (L5 DR, S1-3 lat br), fluoro, 18g cannulae, 80C x 90s each lesion.\n"
    assert code_lines(_run(text, pos="24")) == [("64625", ["RT"], 1)]
