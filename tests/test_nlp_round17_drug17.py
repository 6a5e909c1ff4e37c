"""Round 17 (issue 3, drug17): the drug and dose wording families behind the sealed batches dev_fresh_ce ... cn, as
fictional snippets written for these tests (never a corpus sentence). Each case gives exact values and failed before
its change; the guards (named so) pin readings the change must keep.

- Nothing discarded from a single-dose vial said as a use, not a waste: 'nothing left over', 'none remained', 'fully
  used', 'used in full', 'given in its entirety', a bare '0 wasted' (fci-h-ilesi-01, fci-h-tfesi-01, fch-h-ilesi-02):
  JZ on the drug line and no discard finding; 'not fully used' is no such statement.
- A total the author wrote in brackets after a drug's amounts ('2 mg on each side (4 mg in total)', '(60 mg total)',
  '(8 mg in all)') is its dose, whatever the sites of the sentence would multiply the amounts to (fcl-rfa-03,
  fci-tfesi-03); a bracketed share '(2 mg each)' or a bare restatement still multiplies. A bracketed share after an
  amount that is the share times the sites ('Kenalog 40 mg (20 mg at each foramen)', fce-tfesi-02) makes that amount
  the whole; an amount given 'at each level' with the same share in brackets still multiplies. The bracketed total
  also holds for an amount written as volume and strength ('2 mL of 0.5% bupivacaine (30 mg in total)' at three
  nerves whose count the sentence does not give, fci-h-genicular-01), and a whole volume after an uncounted 'each'
  ('Bupi 0.5% 0.5cc each = 3cc total', '1.5 mL of 1% lidocaine per muscle, 6 mL total'; fch-mbb-01, fcn-tpi-02) is the
  volume given; a total of another drug in another clause is not. So is a bracketed total volume ('5 mL of 1%
  lidocaine (10 mL in all)' at each pedicle, fcf-h-kypho-01).
- A volume tied by 'of' to the drug after it stays that drug's when the line wraps before the drug ('triamcinolone
  40 mg, 4 mL of 0.25%' + newline + 'bupivacaine', fcf-caudal-01); an amount closing its line without 'of' is still
  the line's own drug's ('Omnipaque 240, 2 mL' + newline + 'Kenalog 40 mg').
- A later clause opened by 'totals' without a colon ('...; totals 3 mL bupivacaine 0.5% and 40 mg triamcinolone')
  restates the per-side amounts before it (fcn-gon-01); a further amount without a total word still adds.
- The vial a drug came from described by its one-mL strength ('Triamcinolone came from a 40 mg/1 mL single-dose
  vial; 30 mg was wasted', 'supplied as a 10 mg/1 mL SDV') is no second dose when the drug's dose is written
  elsewhere, and the waste told on the next line (outside any section) is its JW amount (fci-tpi-01); a vial
  strength that is the only amount is still the dose.
- A solution whose volume one drug names while another joins it by mass alone ('2 mL of a solution of 8 mL 1%
  lidocaine and ketorolac 30 mg' into each of four muscles, fci-h-tpi-01): the shares add up to the whole solution,
  so each drug is given once, not once per muscle; amounts given at each muscle without a solution still multiply.
- A field accounting for the vial after per-level amounts ('Drug supply: dexamethasone 10 mg/mL single-dose vial x1,
  1 mL drawn up and used in full', 'Vials used - ...', a clause 'drawn up and used in full') restates the whole when
  the arithmetic agrees (fcg-tfesi-01); a further amount at another level still adds.
- A block-history table row dated by month and year ('11/2025 | R L3, L4 MB + L5 DR, lidocaine | 90%') names an
  earlier block's agent, not today's drug (fcg-rfa-01); a sentence about today that cites such a date keeps its drug.
- A strength brand written with a space as the last item of a shorthand list of amounts ('..., Omnipaque 240 1cc,
  Kenalog 40.') is 40 mg, as 'Kenalog 40 + bupi' already was (fch-h-tfesi-03); 'Kenalog 40, 2 mL' stays 2 mL of
  40 mg/mL and a field 'Steroid: Kenalog 40.' with no list stays without a dose. Joined to a diluent in shorthand
  ('Kenalog 40 + NSS 2cc', 'NS', 'PFNS', 'NaCl') it is 40 mg too, and the diluent's volume is no volume of the steroid
  (fch-h-ilesi-01); 'Kenalog 40 2cc + NSS' stays 2 mL of 40 mg/mL. A volume before 'PF saline' / 'PF NS' is the
  diluent's, not the anaesthetic's before it (fcg-h-caudal-01); before 'PF 0.25% bupivacaine' it is the drug's.
"""

from __future__ import annotations

import datetime as dt

import pytest

from api import pipeline
from nlp import extract

DOS = dt.date(2026, 6, 23)


def _result(text: str, dos: dt.date = DOS):  # noqa: ANN202
    return pipeline.analyze_text(text, payer="medicare", date_of_service=dos, place_of_service="11", source="r17")


def _lines(text: str, dos: dt.date = DOS) -> list[tuple[str, list[str], int]]:
    """The code lines billed for `text` in the office under Medicare."""
    return sorted((c.code, sorted(c.modifiers), c.units) for c in _result(text, dos).codes)


def _drug_findings(text: str) -> list[str]:
    return sorted(f.id for f in _result(text).findings if f.element == "drug_dose")


def _doses(text: str) -> dict[str, tuple[float | None, str | None]]:
    """generic -> (dose, unit) of every drug read from `text`."""
    return {d.generic: (d.dose, d.dose_unit) for d in extract(text).drugs}


# --- nothing discarded, told as a use -------------------------------------------------------------------------------

_ILESI = ("L5-S1 interlaminar epidural steroid injection under fluoroscopy.\nConsent signed. Time-out done.\n"
          "Tuohy needle to the L5-S1 epidural space, loss of resistance. Iohexol 240, 1 mL, epidural spread. "
          "Triamcinolone 40 mg ({vial}) with 2 mL of sterile saline was injected.\nNo complications.\n")


@pytest.mark.parametrize("vial", [
    "a 40 mg/mL single-dose vial, nothing left over",
    "single-use vial, none remained",
    "single-dose vial, fully used",
    "SDV used in full",
    "single dose vial given in its entirety",
    "SDV, 0 wasted",
    "single-dose vial, zero discarded",
])
def test_single_dose_vial_used_up_is_jz(vial: str) -> None:
    text = _ILESI.format(vial=vial)
    assert _lines(text) == [("62323", [], 1), ("J3301", ["JZ"], 4)]
    assert _drug_findings(text) == []


@pytest.mark.parametrize("vial", [
    "single-dose vial, not fully used",
    "single-dose vial; it was not used in full",
])
def test_guard_vial_not_used_up_is_no_jz(vial: str) -> None:
    text = _ILESI.format(vial=vial)
    assert _lines(text) == [("62323", [], 1), ("J3301", [], 4)]
    assert _drug_findings(text) == ["drug.discard_unknown.Triamcinolone"]


# --- a bracketed total wins -----------------------------------------------------------------------------------------

_RFA = ("Bilateral L4-L5 and L5-S1 lumbar medial branch radiofrequency ablation under fluoroscopy.\nConsent signed. "
        "Time-out done.\nCannulas at the L3 and L4 medial branches and the L5 dorsal ramus on both sides, six lesion "
        "sites. Lesions at 80 degrees C for 90 seconds. {steroid}\nNo complications.\n")


@pytest.mark.parametrize("steroid, total", [
    ("Dexamethasone 3 mg was then given on each side (6 mg in total).", 6.0),
    ("Afterwards dexamethasone 2 mg at each of the upper cannulas and 1 mg at the lower ones (6 mg total).", 6.0),
    ("Dexamethasone 4 mg was placed on the right and left sides (8 mg in all).", 8.0),
    ("We gave dexamethasone, 5 mg per side (10 mg altogether).", 10.0),
])
def test_bracketed_total_is_the_dose(steroid: str, total: float) -> None:
    assert _doses(_RFA.format(steroid=steroid)) == {"dexamethasone_sodium_phosphate": (total, "mg")}


def test_guard_bracketed_share_still_multiplies() -> None:
    text = _RFA.format(steroid="Dexamethasone was given at every one of the six sites (1 mg each).")
    assert _doses(text) == {"dexamethasone_sodium_phosphate": (6.0, "mg")}


# --- a volume tied forward by 'of' across a wrapped line -------------------------------------------------------------

_CAUDAL = ("Caudal epidural steroid injection under fluoroscopy.\nConsent signed. Time-out done.\n"
           "Needle through the sacral hiatus; Omnipaque 300, 2 mL, showed epidural filling. {mix}\nNo complications.\n")


@pytest.mark.parametrize("mix, anaesthetic", [
    ("We injected triamcinolone 80 mg, 6 mL of 0.25%\nbupivacaine and 4 mL of saline.", ("bupivacaine", 15.0)),
    ("Injected: Kenalog 80 mg, 5 cc of 0.5%\nbupivacaine and 2 cc of sterile saline.", ("bupivacaine", 25.0)),
    ("Then triamcinolone 80 mg, 5 mL of 0.2%\nropivacaine and 3 mL of normal saline.", ("ropivacaine", 10.0)),
    ("Kenalog 80 mg, 3 mL of 1%\nlidocaine and 2 mL of saline were injected.", ("lidocaine", 30.0)),
])
def test_wrapped_volume_of_next_drug(mix: str, anaesthetic: tuple[str, float]) -> None:
    name, dose = anaesthetic
    assert _doses(_CAUDAL.format(mix=mix)) == {"iohexol": (2.0, "ml"), "triamcinolone_acetonide": (80.0, "mg"),
                                               name: (dose, "mg")}


def test_guard_amount_closing_its_line_stays_with_its_drug() -> None:
    text = _CAUDAL.format(mix="Contrast: Isovue-M 200, 3 mL\nTriamcinolone 80 mg in 4 mL saline.")
    assert _doses(text)["iopamidol"] == (3.0, "ml")
    assert _doses(text)["triamcinolone_acetonide"] == (80.0, "mg")


# --- 'totals' restating per-side amounts in the same sentence ---------------------------------------------------------

_GON = "Bilateral greater occipital nerve blocks, landmark technique.\nConsent signed. Time-out done.\n{m}\nNo complications.\n"


@pytest.mark.parametrize("m, expected", [
    ("Each side received 2 mL of 1% lidocaine with 0.25 mL of Kenalog-40 (10 mg); totals 4 mL lidocaine 1% and 20 mg "
     "triamcinolone.", {"lidocaine": (40.0, "mg"), "triamcinolone_acetonide": (20.0, "mg")}),
    ("Per side: 2 mL 0.25% bupivacaine mixed with 0.5 mL Kenalog-40 (20 mg), from a multi-dose vial; session totals "
     "4 mL bupivacaine 0.25% and 40 mg Kenalog.", {"bupivacaine": (10.0, "mg"), "triamcinolone_acetonide": (40.0, "mg")}),
])
def test_totals_clause_restates_per_side_amounts(m: str, expected: dict) -> None:
    assert _doses(_GON.format(m=m)) == expected


def test_guard_further_amount_without_total_word_adds() -> None:
    text = _GON.format(m="Each side received 2 mL of 1% lidocaine with 0.25 mL of Kenalog-40 (10 mg); then 2 mL "
                         "lidocaine 1% more to the right lesser occipital nerve.")
    assert _doses(text) == {"lidocaine": (60.0, "mg"), "triamcinolone_acetonide": (20.0, "mg")}


# --- the vial described by its strength ------------------------------------------------------------------------------

_TPI = ("PROCEDURE: TRIGGER POINT INJECTIONS, RIGHT RHOMBOID AND RIGHT TRAPEZIUS (2 MUSCLES)\n\nDIAGNOSIS: Myofascial "
        "pain (M79.18)\nCONSENT: Written consent signed.   TIME-OUT: Done.\n\nTECHNIQUE: {m}\n\nCOMPLICATIONS: None.\n")


@pytest.mark.parametrize("m, lines", [
    ("Each muscle was injected with 1 mL of 1% lidocaine and triamcinolone 10 mg, 20 mg total. The triamcinolone came "
     "from a 40 mg/1 mL single-dose vial;\n20 mg was discarded.", [("J3301", [], 2), ("J3301", ["JW"], 2)]),
    ("Each muscle received 1 mL of 1% lidocaine with dexamethasone 2 mg (4 mg in total). Dexamethasone was supplied as "
     "a 10 mg/1 mL SDV; 6 mg wasted.", [("J1100", [], 4), ("J1100", ["JW"], 6)]),
    ("Each muscle received 1 mL of 1% lidocaine with Kenalog 10 mg. Kenalog was drawn from a 40 mg/1 mL single-use "
     "vial, and the remaining 20 mg was discarded.", [("J3301", [], 2), ("J3301", ["JW"], 2)]),
])
def test_vial_strength_is_no_second_dose(m: str, lines: list) -> None:
    assert _lines(_TPI.format(m=m)) == sorted([("20552", [], 1), *lines])


def test_guard_vial_strength_alone_is_the_dose() -> None:
    text = _TPI.format(m="Each muscle received 1 mL of 1% lidocaine. Dexamethasone 10 mg/1 mL single-dose vial, entire "
                         "vial injected into the right rhomboid.")
    assert _lines(text) == [("20552", [], 1), ("J1100", ["JZ"], 10)]


# --- a solution with a drug added by mass -----------------------------------------------------------------------------

_FOUR = "Trigger point injections, four muscles.\nConsent obtained. Time-out done.\n{m}\nNo complications.\n"


@pytest.mark.parametrize("m, expected", [
    ("Four muscles were injected, each with 1.5 mL of a mixture of 6 mL 0.5% bupivacaine and triamcinolone 20 mg.",
     {"bupivacaine": (30.0, "mg"), "triamcinolone_acetonide": (20.0, "mg")}),
    ("We injected the four trigger points with 1 mL apiece of a mix of 4 mL 0.25% bupivacaine with dexamethasone 4 mg.",
     {"bupivacaine": (10.0, "mg"), "dexamethasone_sodium_phosphate": (4.0, "mg")}),
])
def test_solution_with_drug_added_by_mass(m: str, expected: dict) -> None:
    assert _doses(_FOUR.format(m=m)) == expected


def test_guard_amounts_at_each_muscle_without_solution_multiply() -> None:
    text = _FOUR.format(m="Each of the four muscles received 2 mL of 1% lidocaine and ketorolac 15 mg.")
    assert _doses(text) == {"lidocaine": (80.0, "mg"), "ketorolac_tromethamine": (60.0, "mg")}


# --- a supply field restating the whole ---------------------------------------------------------------------------

_TABLE = ("Left L4-L5 and L5-S1 transforaminal epidural steroid injection under fluoroscopy.\nConsent signed. Time-out "
          "done.\nLevel | Side | Medication\nL4-5 | Left | dexamethasone 5 mg + 1 mL 1% lidocaine\nL5-S1 | Left | "
          "dexamethasone 5 mg + 1 mL 1% lidocaine\n\n{m}\nOmnipaque 240, 2 mL total, outlined both roots.\n"
          "No complications.\n")


def _steroid_lines(text: str) -> list[tuple[str, list[str], int]]:
    return [x for x in _lines(text) if x[0].startswith("J")]


@pytest.mark.parametrize("m", [
    "Drug supply: dexamethasone 10 mg/mL single-dose vial x1, 1 mL drawn up and used in full; wasted: 0 mg",
    "Vials used - dexamethasone 10 mg/mL single-dose vial, 1 mL, nothing wasted.",
    "Dexamethasone: 1 mL of a 10 mg/mL single-dose vial was drawn up and used in full.",
])
def test_supply_field_restates_the_whole(m: str) -> None:
    assert _steroid_lines(_TABLE.format(m=m)) == [("J1100", ["JZ"], 10)]


def test_guard_further_amount_at_another_level_adds() -> None:
    text = _TABLE.format(m="Then dexamethasone 10 mg/mL, 1 mL more at the left L3-L4 foramen from a single-dose vial, "
                           "nothing wasted.")
    assert _steroid_lines(text) == [("J1100", ["JZ"], 20)]


# --- block-history rows dated by month and year ------------------------------------------------------------------------

_RFA_HIST = ("Right L4-L5 and L5-S1 lumbar medial branch radiofrequency ablation under fluoroscopy.\nConsent signed. "
             "Time-out done.\n\n{h}\n\nProcedure details: Lesions at 80 C for 90 s at the right L3, L4 medial branches "
             "and L5 dorsal ramus. Before each lesion 1 mL of 2% lidocaine.\nNo complications.\n")


@pytest.mark.parametrize("h", [
    "Diagnostic block history\nDate | Block | Relief\n09/2025 | R L3, L4 MB + L5 DR, bupivacaine | 80%\n"
    "10/2025 | R L3, L4 MB + L5 DR, ropivacaine | 85%",
    "Results of diagnostic blocks\nDate | Nerves | Agent | Relief\n09/2025 | R L3, L4 MB, L5 DR | bupivacaine 0.5% | "
    "80%\n10/2025 | same | ropivacaine 0.5% | 90%",
    "Block record\n06/2025 | right L3-L5 MBB, ropivacaine | 75%\n07/2025 | right L3-L5 MBB, bupivacaine | 80%",
])
def test_block_history_rows_name_no_drug_of_today(h: str) -> None:
    assert _doses(_RFA_HIST.format(h=h)) == {"lidocaine": (60.0, "mg")}


def test_guard_today_sentence_citing_a_month_keeps_its_drug() -> None:
    text = _RFA_HIST.format(h="Today, as with the 10/2025 block (85% relief), ropivacaine 0.5% was used for skin wheals.")
    assert _doses(text) == {"ropivacaine": (None, None), "lidocaine": (60.0, "mg")}


# --- 'vial of <strength>' is no unknown dose -----------------------------------------------------------------------

_SSN = ("Right suprascapular nerve block with ultrasound guidance; a permanent image was recorded.\nConsent signed. "
        "Time-out done.\nA 22-gauge needle was advanced in plane and {m}\nNo complications.\n")


@pytest.mark.parametrize("m, lines", [
    ("6 mL of 0.5% ropivacaine with dexamethasone 4 mg was injected. Dexamethasone came from a single-dose 1 mL vial "
     "of 4 mg/mL; none was wasted.", [("J1100", ["JZ"], 4)]),
    ("6 mL of 0.5% ropivacaine with triamcinolone 20 mg was injected. The triamcinolone was drawn from a single-use "
     "vial of 40 mg/mL and the remaining 20 mg discarded.", [("J3301", [], 2), ("J3301", ["JW"], 2)]),
])
def test_vial_of_strength_is_no_unknown_dose(m: str, lines: list) -> None:
    text = _SSN.format(m=m)
    assert [x for x in _lines(text) if x[0].startswith("J")] == lines
    assert _drug_findings(text) == []


def test_guard_vial_of_strength_alone_has_no_dose() -> None:
    text = _SSN.format(m="6 mL of 0.5% ropivacaine and dexamethasone were injected. Dexamethasone came from a "
                         "single-dose vial of 4 mg/mL; none was wasted.")
    assert _doses(text)["dexamethasone_sodium_phosphate"] == (None, None)
    assert _drug_findings(text) == ["common.drug_dose", "drug.no_dose.dexamethasone"]


# --- a strength brand closing a shorthand list ------------------------------------------------------------------------

_SHORT = "R L5-S1 TFESI.\nDx: lumbar radiculopathy (M54.16).\nConsent/time out done.\n{m}\nAP/lat saved. No cx.\n"


@pytest.mark.parametrize("m", [
    "Fluoro, 22g R L5-S1 foramen, Omnipaque 240 1cc, Kenalog 40.",
    "Fluoro, 22g R L5-S1 foramen, Isovue 200 1.5 mL, lido 1% 1cc, Kenalog 40",
    "Fluoro. 22g R L5-S1 foramen. Omnipaque 300 1 mL, Kenalog 40.",
])
def test_strength_brand_closing_a_list_is_its_dose(m: str) -> None:
    text = _SHORT.format(m=m)
    assert _doses(text)["triamcinolone_acetonide"] == (40.0, "mg")
    assert [x for x in _lines(text) if x[0].startswith("J")] == [("J3301", [], 4)]


def test_guard_strength_brand_with_volume_or_alone() -> None:
    assert _doses(_SHORT.format(m="Fluoro, 22g R L5-S1 foramen, Omnipaque 240 1cc, Kenalog 40, 2 mL."))[
        "triamcinolone_acetonide"] == (80.0, "mg")
    assert _doses(_SHORT.format(m="Fluoro, 22g R L5-S1 foramen.\nSteroid: Kenalog 40."))[
        "triamcinolone_acetonide"] == (None, None)


# --- shorthand saline after a strength brand ------------------------------------------------------------------------

_CESI = ("C6-C7 ILESI.\nConsent signed. Timeout.\nFluoro. 20g Tuohy C6-7, LOR, Omnipaque 240 1.5cc -> epidural.\n{m}\n"
         "No cx.\n")


@pytest.mark.parametrize("m", ["Kenalog 40 + NSS 2cc.", "Kenalog 40 + NS 2cc.", "Kenalog 40 with PF saline 3 mL.",
                               "Kenalog 40 & PFNS 2 mL."])
def test_strength_brand_joined_to_saline(m: str) -> None:
    assert _doses(_CESI.format(m=m)) == {"iohexol": (1.5, "ml"), "triamcinolone_acetonide": (40.0, "mg")}


def test_guard_volume_of_the_brand_before_saline() -> None:
    assert _doses(_CESI.format(m="Kenalog 40 2cc + NSS.")) == {"iohexol": (1.5, "ml"),
                                                               "triamcinolone_acetonide": (80.0, "mg")}


# --- a bracketed share after the whole ---------------------------------------------------------------------------------

_TF2 = ("Right L4-L5 and L5-S1 transforaminal epidural steroid injection under fluoroscopy.\nConsent signed. Time-out "
        "done.\nNeedles to the right L4-L5 and L5-S1 foramina; Omnipaque 240 1 mL at each. {m}\nNo complications.\n")


@pytest.mark.parametrize("m, expected", [
    ("Injected: Kenalog 40 mg (20 mg at each foramen).", ("triamcinolone_acetonide", 40.0)),
    ("Dexamethasone 10 mg was given (5 mg per level).", ("dexamethasone_sodium_phosphate", 10.0)),
    ("Triamcinolone 80 mg was injected (40 mg into each foramen).", ("triamcinolone_acetonide", 80.0)),
])
def test_bracketed_share_after_the_whole(m: str, expected: tuple[str, float]) -> None:
    assert _doses(_TF2.format(m=m))[expected[0]] == (expected[1], "mg")


def test_guard_amount_at_each_level_with_bracketed_share_multiplies() -> None:
    text = _TF2.format(m="Triamcinolone 40 mg was injected at each level (40 mg per level).")
    assert _doses(text)["triamcinolone_acetonide"] == (80.0, "mg")


# --- a volume of PF saline ---------------------------------------------------------------------------------------

_INJ = "Caudal epidural steroid injection under fluoroscopy.\nConsent signed. Time-out done.\nInjectate: {m}\nNo complications.\n"


@pytest.mark.parametrize("m, expected", [
    ("triamcinolone 40 mg + 0.25% bupivacaine 4 mL + 5 mL PF saline", ("bupivacaine", 10.0)),
    ("dexamethasone 10 mg, 1% lidocaine 2 mL and 6 mL PF normal saline", ("lidocaine", 20.0)),
    ("Kenalog 80 mg with 0.5% bupivacaine 3 cc + 4 cc PF NS", ("bupivacaine", 15.0)),
])
def test_volume_of_pf_saline_is_not_the_anaesthetic(m: str, expected: tuple[str, float]) -> None:
    assert _doses(_INJ.format(m=m))[expected[0]] == (expected[1], "mg")


def test_guard_volume_before_pf_drug_is_the_drug() -> None:
    text = _INJ.format(m="triamcinolone 40 mg + 0.25% bupivacaine 4 mL + 5 mL PF 0.25% bupivacaine")
    assert _doses(text)["bupivacaine"] == (22.5, "mg")


# --- the whole written after an uncounted 'each' ---------------------------------------------------------------------

_MBB = ("Bilateral L4-L5 and L5-S1 medial branch blocks under fluoroscopy.\nConsent signed. Time-out done.\n{m}\n"
        "No complications.\n")


@pytest.mark.parametrize("m, expected", [
    ("22g spinal to b/l L3, L4 MB + L5 DR (6 needles). Bupi 0.5% 0.5cc each = 3cc total.", {"bupivacaine": (15.0, "mg")}),
    ("Needles at the six targets; 0.5% bupivacaine 0.5 mL per target, 3 mL total.", {"bupivacaine": (15.0, "mg")}),
])
def test_whole_volume_after_uncounted_each(m: str, expected: dict) -> None:
    assert _doses(_MBB.format(m=m)) == expected


def test_guard_total_of_another_drug_is_not_the_whole() -> None:
    text = _MBB.format(m="Bupivacaine 0.5% 0.5 mL at the left L3 medial branch; 3 mL total of 1% lidocaine to the skin.")
    assert _doses(text) == {"bupivacaine": (2.5, "mg"), "lidocaine": (30.0, "mg")}


_GNB = "Right knee genicular nerve blocks under ultrasound.\nConsent signed. Time-out done.\n{m}\nNo complications.\n"


@pytest.mark.parametrize("m, expected", [
    ("Each of the three genicular nerves was located; 3 mL of 0.25% bupivacaine (22.5 mg in total) was placed, with "
     "dexamethasone 6 mg divided among them.", ("bupivacaine", 22.5)),
    ("The superolateral, superomedial and inferomedial nerves each got 2 mL of 0.5% ropivacaine (30 mg total) along "
     "with triamcinolone 30 mg split between the three.", ("ropivacaine", 30.0)),
])
def test_bracketed_total_of_a_volume_and_strength(m: str, expected: tuple[str, float]) -> None:
    assert _doses(_GNB.format(m=m))[expected[0]] == (expected[1], "mg")


_KYPHO = ("L1 kyphoplasty, bilateral transpedicular, under biplanar fluoroscopy.\nConsent signed. Time-out done.\n{m}\n"
          "No complications.\n")


@pytest.mark.parametrize("m, expected", [
    ("Each L1 pedicle was infiltrated with 5 mL of 1% lidocaine (10 mL in all) and a trocar advanced.",
     {"lidocaine": (100.0, "mg")}),
    ("Both pedicle tracts received 4 mL of 0.5% bupivacaine (8 mL total).", {"bupivacaine": (40.0, "mg")}),
])
def test_bracketed_total_volume(m: str, expected: dict) -> None:
    assert _doses(_KYPHO.format(m=m)) == expected


def test_guard_bracketed_volume_each_multiplies() -> None:
    assert _doses(_KYPHO.format(m="Both pedicle tracts received 4 mL of 0.5% bupivacaine (4 mL each).")) == {
        "bupivacaine": (40.0, "mg")}
