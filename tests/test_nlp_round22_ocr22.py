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
