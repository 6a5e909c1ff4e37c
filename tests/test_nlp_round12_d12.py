"""Round 12 (issue 3) drug and dose fixes from the sealed batches dev_fresh_bd/be/bf (DRUG, D12). Each case failed
before the change it tests (those marked 'guard' pin what was read before). Snippets are fictional, written for
these tests; each covers a family of wordings, not the one note that showed it.

- A decimal point dictated as a word before digits ('point 5 percent', 'point 25 percent', 'Isovue 200 point 5 mL',
  '2 point 5 mL', 'zero point 5 percent'), as a speech recogniser writes it, is a decimal: the digits alone read ten
  or a hundred times the dose (fbe-*, 17 notes).
- A per-site amount closed by 'at every one' / 'to each one of them' counts the sites written before it (fbd-genb-01,
  fbd-rfa-01, fbd-tpi-01).
- A stray blank line inside a drug sentence ('1 mL of' + blank line + '0.25% Marcaine', 'Depo-Medrol' + blank line +
  '80 mg') does not part a drug from its amount (fbd-tfesi-01: J0702 x2 for x1).
- Bone cement named before its volume ('PMMA cement 2.5 mL each side') is no drug's amount (fbe-va-01).
"""

from __future__ import annotations

import pytest

from api.evaluation import DEFAULT_FINDING_SEVERITIES, NoteView, requirement_ids, result_view
from api.pipeline import analyze_text

_REQUIREMENTS = requirement_ids()


def _view(text: str) -> NoteView:
    """The note read and coded under Medicare, as the evaluation sees it."""
    return result_view(analyze_text(text, payer="medicare"), DEFAULT_FINDING_SEVERITIES, _REQUIREMENTS)


# --- a dictated decimal point -----------------------------------------------------------------------------------

_SIJ = ("Procedure: right sacroiliac joint injection under fluoroscopy. Consent signed, time out done. Prone, 22 gauge "
        "needle into the inferior right SI joint, {contrast} showed an arthrogram, then {drugs} was injected. "
        "No complications.\n")


@pytest.mark.parametrize(("drugs", "generic", "dose"), [
    ("Kenalog 40 mg with 2 mL of point 5 percent bupivacaine", "bupivacaine", 10.0),
    ("Kenalog 40 mg with 4 mL of point 25 percent bupivacaine", "bupivacaine", 10.0),
    ("Kenalog 40 mg with 2 mL of zero point 5 percent ropivacaine", "ropivacaine", 10.0),
    ("Kenalog 40 mg with 2 mL of 0 point 5 percent ropivacaine", "ropivacaine", 10.0),
    ("Kenalog 40 mg with 2 mL of point 2 percent ropivacaine", "ropivacaine", 4.0),
    ("Kenalog 40 mg with point 5 mL of 2 percent lidocaine", "lidocaine", 10.0),
    ("Kenalog 40 mg with 1 point 5 mL of 1 percent lidocaine", "lidocaine", 15.0),
    ("Kenalog 40 mg with one point 5 mL of 1 percent lidocaine", "lidocaine", 15.0),
    ("Kenalog 40 mg with 2 mL of point 5% bupivacaine", "bupivacaine", 10.0),
    ("Kenalog 40 mg with 2 cc of decimal 5 percent bupivacaine", "bupivacaine", 10.0),
])
def test_dictated_point_before_digits_is_a_decimal(drugs: str, generic: str, dose: float) -> None:
    v = _view(_SIJ.format(contrast="Omnipaque 240 1 mL", drugs=drugs))
    assert v.drugs[generic] == (dose, "mg")
    assert v.drugs["triamcinolone_acetonide"] == (40.0, "mg")


@pytest.mark.parametrize(("contrast", "ml"), [
    ("Isovue-M 200 point 5 mL", 0.5),
    ("Omnipaque 240 point 2 mL", 0.2),
    ("Omnipaque 300 2 point 5 mL", 2.5),
])
def test_dictated_point_in_a_contrast_volume(contrast: str, ml: float) -> None:
    v = _view(_SIJ.format(contrast=contrast, drugs="Kenalog 40 mg"))
    contrast_drug = next(g for g in v.drugs if g in ("iohexol", "iopamidol"))
    assert v.drugs[contrast_drug] == (ml, "ml")


def test_guard_point_as_a_noun_is_no_decimal() -> None:
    """guard: 'each trigger point 2 mL' is two mL at each point, not 0.2 mL."""
    v = _view("Procedure: trigger point injections. Consent signed, time out done. Trigger points in the right "
              "trapezius and right rhomboid (2 trigger points). Into each trigger point 2 mL of 1% lidocaine was "
              "injected. No complications.\n")
    assert v.drugs["lidocaine"] == (40.0, "mg")


# --- 'at every one' closes a per-site amount --------------------------------------------------------------------

@pytest.mark.parametrize("each", ["at every one", "for every one", "to every one of them", "at every single one",
                                  "on each one"])
def test_at_every_one_counts_the_sites_written(each: str) -> None:
    v = _view("PROCEDURE PERFORMED: Genicular nerve blocks, right knee, ultrasound guided\n"
              "Consent signed. Time-out completed.\n"
              "Needle placed at the right superomedial, superolateral and inferomedial genicular nerves in turn. "
              f"3 nerves, 2 mL of 0.5% ropivacaine {each}.\nNo complications.\n")
    assert v.drugs["ropivacaine"] == (30.0, "mg")


# --- a stray blank line inside a drug sentence ------------------------------------------------------------------

_TFESI = ("TFESI, right, L4/5\n\nConsent obtained. Time out called. Live fluoroscopy. The right L4/5 foramen was "
          "reached with a 25-gauge needle.  {drugs}, after negative aspiration.  No complications.\n")


def test_blank_line_after_an_open_of_keeps_the_strength_with_its_volume() -> None:
    v = _view(_TFESI.format(drugs="Medications: 1 mL of betamethasone 6 mg/mL with 1 mL of\n\n0.25% Marcaine"))
    assert v.drugs["betamethasone_sodium_phosphate_acetate"] == (6.0, "mg")
    assert v.drugs["bupivacaine"] == (2.5, "mg")
    assert ("J0702", (), 1) in v.codes


def test_blank_line_after_a_drug_name_keeps_its_amount() -> None:
    v = _view(_TFESI.format(drugs="Injected Depo-Medrol\n\n80 mg with 2 mL of 1% lidocaine"))
    assert v.drugs["methylprednisolone_acetate"] == (80.0, "mg")
    assert v.drugs["lidocaine"] == (20.0, "mg")


# --- bone cement is no drug's amount ----------------------------------------------------------------------------

@pytest.mark.parametrize("cement", ["PMMA cement 2.5 mL each side", "cement 2.5 mL on each side",
                                    "bone cement, 2.5 mL each side", "polymethylmethacrylate 2.5 mL each side"])
def test_cement_volume_is_not_the_anesthetic(cement: str) -> None:
    v = _view("L1 kyphoplasty, bipedicular, under fluoroscopy. Consent signed and a time out was done. Prone, 10 mL of "
              "1% lidocaine down to each L1 pedicle, trocars advanced transpedicular on both sides, balloons inflated, "
              f"then {cement} with good fill and no leak. No complications.\n")
    assert v.drugs["lidocaine"] == (200.0, "mg")


# --- the patient's own medicines are not today's injectate ------------------------------------------------------

_KNEE = ("Procedure: right knee intra-articular injection, ultrasound guided. Consent signed. Time-out performed.\n"
         "{meds}\n"
         "Technique: a 22 g needle into the right suprapatellar recess; 40 mg triamcinolone mixed with 4 mL of 1% "
         "lidocaine was injected.\nComplications: none.\n")


@pytest.mark.parametrize("meds", [
    "Medications: acetaminophen 1 g twice daily, losartan, a methylprednisolone taper last winter for bronchitis.",
    "Medications: duloxetine 30 mg, Medrol taper last fall for a gout flare.",
    "Medications: baclofen 10 mg at night, celecoxib 200 mg (stopped).",
    "Meds: meloxicam 15 mg daily, baclofen 10 mg TID, lidocaine patch.",
    "Medications: gabapentin 600 mg three times daily, a prednisone burst in January, Medrol Dosepak.",
    "She takes oral dexamethasone for nausea and baclofen 20 mg by mouth as needed.",
    "Medications: baclofen, Medrol, sertraline daily.",
])
def test_home_regimen_drugs_are_not_injected_today(meds: str) -> None:
    v = _view(_KNEE.format(meds=meds))
    assert v.drugs == {"triamcinolone_acetonide": (40.0, "mg"), "lidocaine": (40.0, "mg")}


def test_guard_a_medications_field_with_the_injectate_is_read() -> None:
    """guard: a 'Medications:' field that holds today's injectate keeps its drugs."""
    v = _view(_KNEE.format(meds="Medications: Depo-Medrol 80 mg with 2 mL of 1% lidocaine, injected into the joint."))
    assert v.drugs["methylprednisolone_acetate"] == (80.0, "mg")


# --- a test dose named by its volume alone ----------------------------------------------------------------------

@pytest.mark.parametrize("dose", [
    "After negative aspiration and a 0.5 mL test dose, 6 mL of 0.25% bupivacaine was injected in increments.",
    "A test dose of 1 mL was given, then 6 mL of 0.25% bupivacaine was injected.",
    "Following a 1 mL test-dose, 6 mL of 0.25% bupivacaine was injected.",
])
def test_a_test_dose_naming_no_drug_is_not_added(dose: str) -> None:
    v = _view(f"Right stellate ganglion block under fluoroscopy. Consent signed. Time out done. {dose} "
              "No complications.\n")
    assert v.drugs["bupivacaine"] == (15.0, "mg")


def test_guard_a_test_dose_of_a_named_drug_counts() -> None:
    """guard: a test dose that names its drug is that drug's amount."""
    v = _view("Right stellate ganglion block under fluoroscopy. Consent signed. Time out done. Test dose: 1 mL of 1% "
              "lidocaine, then 5 mL of 0.25% bupivacaine was injected. No complications.\n")
    assert v.drugs == {"lidocaine": (10.0, "mg"), "bupivacaine": (12.5, "mg")}


# --- an 'Each side:' label opening a sentence speaks past its semicolon -----------------------------------------

@pytest.mark.parametrize("label", ["Each side:", "On each side:", "Each side -", "At each level:"])
def test_each_label_opening_the_sentence_covers_the_contrast_after_a_semicolon(label: str) -> None:
    v = _view("Procedure: Bilateral L5-S1 transforaminal epidural steroid injection, fluoroscopically guided\n"
              "Consent signed. Time-out performed.\n"
              f"Details: Prone. {label} 22 g needle to the L5-S1 foramen with oblique and AP views; Isovue-M 200,\n"
              "1 mL, confirmed epidural flow around the L5 root, no vascular uptake. On each side 1 mL of Celestone "
              "Soluspan\n(6 mg betamethasone) with 1 mL of 0.2% ropivacaine was injected.\nComplications: none.\n")
    assert v.drugs["iopamidol"] == (2.0, "ml")
    assert v.drugs["betamethasone_sodium_phosphate_acetate"] == (12.0, "mg")


@pytest.mark.parametrize(("dose", "lidocaine"), [
    ("A 1 mL test dose of 1% lidocaine was negative, then 5 mL of 0.25% bupivacaine was injected.", 10.0),
    ("Test dose of 3 mL 1.5% lidocaine with epinephrine was negative for intravascular or intrathecal spread. "
     "5 mL of 0.25% bupivacaine was then injected.", 45.0),
    ("A test dose (1% lidocaine 1 mL) was negative; 5 mL of 0.25% bupivacaine was injected.", 10.0),
])
def test_a_negative_test_dose_still_gave_its_drug(dose: str, lidocaine: float) -> None:
    v = _view(f"Right stellate ganglion block under fluoroscopy. Consent signed. Time out done. {dose} "
              "No complications.\n")
    assert v.drugs == {"lidocaine": (lidocaine, "mg"), "bupivacaine": (12.5, "mg")}


def test_guard_a_drug_not_used_stays_negated() -> None:
    """guard: 'no test dose ... lidocaine was not used' still gives no lidocaine."""
    v = _view("Right stellate ganglion block under fluoroscopy. Consent signed. Time out done. No test dose was "
              "given and lidocaine was not used. 5 mL of 0.25% bupivacaine was injected. No complications.\n")
    assert v.drugs == {"bupivacaine": (12.5, "mg")}


# --- more forms of the same families (found by rewriting dev notes) -----------------------------------------------

_GON = ("Bilateral greater occipital nerve block (GON)\n\nVerbal and written consent. Time out. Landmark technique: "
        "{bupi} of 0.5% bupivacaine with 10 mg triamcinolone (0.25 mL{gap}of 40 mg/mL) was injected at each greater "
        "occipital nerve medial to the occipital artery. Pre 7/10.\n")


def test_one_point_five_ml_is_no_count_of_one_point() -> None:
    """'1 point 5 mL' is 1.5 mL, not '1 point' (one injection point) before '5 mL'."""
    v = _view(_GON.format(bupi="1 point 5 mL", gap="\n"))
    assert v.drugs == {"bupivacaine": (15.0, "mg"), "triamcinolone_acetonide": (20.0, "mg")}


@pytest.mark.parametrize("gap", ["\n\n", "\n \n", "\n\n\n"])
def test_blank_line_inside_an_open_bracket_keeps_the_per_site_phrase(gap: str) -> None:
    v = _view(_GON.format(bupi="1.5 mL", gap=gap))
    assert v.drugs == {"bupivacaine": (15.0, "mg"), "triamcinolone_acetonide": (20.0, "mg")}
    assert ("J3301", (), 2) in v.codes


def test_an_amount_in_words_parts_two_mentions_of_one_drug() -> None:
    """'(two mL of 1% lidocaine to skin, Isovue-M 200 one mL, Decadron five mg with one mL of 1% lidocaine)': the
    second lidocaine is its own administration, as with digits (fv-tfesi-02 under the number_words rewrite)."""
    v = _view("Right L5-S1 transforaminal epidural steroid injection under fluoroscopy. Consent signed. Time-out done.\n"
              "Technique: Prone. Repeat injection with the same technique (two mL of 1% lidocaine to skin, Isovue-M 200 "
              "one mL, Decadron five mg\nwith one mL of 1% lidocaine). No vascular flow.\n")
    assert v.drugs["lidocaine"] == (30.0, "mg")


@pytest.mark.parametrize(("first", "again"), [
    ("methylprednisolone", "Depo-Medrol"),
    ("methylprednisolone", "methylprednisolone"),
])
def test_a_drug_named_again_in_a_bracket_restates_its_dose(first: str, again: str) -> None:
    """'(so 40 mg Depo-Medrol per level)' after the mixture restates the dose of the drug named before it (h-tfesi-02
    under the brand_generic rewrite read 160 mg)."""
    v = _view("Right L4-5 and L5-S1 selective nerve root blocks under fluoroscopy. Consent signed, time out done.\n"
              "Technique: a 22 g needle into each foramen. Isovue-M 200 0.5 mL at each level outlined the roots. At "
              f"each level I injected 1 mL of a mix made of 1 mL {first}\n80 mg/mL and 1 mL 0.5% ropivacaine (so 40 mg "
              f"{again} per level). Two views of each needle saved.\n")
    assert v.drugs["methylprednisolone_acetate"] == (80.0, "mg")


# --- found by re-seeding dev_fresh_bd's generator (150 notes: 2 dose differences -> 0) ---------------------------

def test_blank_line_after_an_open_word_before_a_capitalised_name() -> None:
    v = _view(_TFESI.format(drugs="Administered 6 mg of\n\nCelestone Soluspan with 1 mL of 0.2% Naropin"))
    assert v.drugs["betamethasone_sodium_phosphate_acetate"] == (6.0, "mg")
    assert v.drugs["ropivacaine"] == (2.0, "mg")


@pytest.mark.parametrize("loaded", ["were drawn up together and 2 mL placed",
                                    "were drawn up in one syringe and 2 mL placed",
                                    "in the same syringe; 2 mL was placed"])
def test_drugs_loaded_into_one_syringe_are_a_solution(loaded: str) -> None:
    v = _view("Right L4-5, L5-S1 and S1 TFESI under fluoroscopy. Consent signed. Time out done.\n"
              f"3 mL betamethasone 6 mg/mL and 3 mL 0.25% bupivacaine {loaded} at each level (3 levels).\n"
              "No complications.\n")
    assert v.drugs == {"betamethasone_sodium_phosphate_acetate": (18.0, "mg"), "bupivacaine": (7.5, "mg")}


# --- inline fields, a named list of sites, an arrow after 'at each' (re-seeded generator; dev_fresh_bh) -------------

def test_a_per_site_phrase_in_another_inline_field_does_not_reach_the_contrast() -> None:
    v = _view("Procedure: SIJ injection, bilateral, fluoroscopic guidance | Dx: Sacroiliitis, M46.1.\n"
              "Consent: signed. | Safety: Timeout: yes.\n"
              "Contrast: 2 mL Isovue-M 200 confirmed intra-articular spread without vascular uptake. | Medications: "
              "Kenalog-40 40 mg (1 mL) with 1 mL of 1% Xylocaine per joint x 2 joints.\n"
              "Complications: none.\n")
    assert v.drugs == {"iopamidol": (2.0, "ml"), "triamcinolone_acetonide": (80.0, "mg"), "lidocaine": (20.0, "mg")}


@pytest.mark.parametrize("each", ["into each of these muscles:", "into each of the following muscles:",
                                  "into each of those muscles -"])
def test_each_of_these_muscles_counts_the_muscles_named(each: str) -> None:
    v = _view("Trigger point injections\nMyofascial pain of the neck (M79.12). Consent signed. Time-out done.\n"
              f"Using a 25 g needle, 2 mL of 0.25% bupivacaine was injected {each} left upper trapezius, left levator "
              "scapulae and left rhomboid.\nNo complications.\n")
    assert v.drugs["bupivacaine"] == (15.0, "mg")


@pytest.mark.parametrize("arrow", ["->", "\u2192", "=>", "-"])
def test_at_each_before_an_arrow_is_per_site(arrow: str) -> None:
    v = _view("Bilateral L4-5 and L5-S1 TFESI.\nConsent signed. Time out.\nProne. 22g x 4 to B/L L4/5 & L5/S1 foramina. "
              f"Omnipaque 240 0.5 mL at each {arrow} neural outline, no vasc.\nEach foramen: Decadron 2.5 mg + 1 mL 1% "
              "lido.\nNo complications.\n")
    assert v.drugs["iohexol"] == (2.0, "ml")


@pytest.mark.parametrize("skin", ["Through a skin wheal of 1% lidocaine, 2 mL per side,",
                                  "Skin was anesthetized with 1% lidocaine 2 mL each side and"])
def test_a_skin_amount_per_side_counts_the_sides_not_the_levels(skin: str) -> None:
    v = _view("Bilateral L4-5 and L5-S1 facet medial branch blocks under fluoroscopy. Consent signed. Time-out done.\n"
              f"{skin} 22-gauge needles were walked to the L3 and L4 medial branches and the L5 dorsal ramus on each "
              "side. 0.4 mL of 0.75% bupivacaine was placed at each of the six targets.\nNo complications.\n")
    assert v.drugs == {"lidocaine": (40.0, "mg"), "bupivacaine": (18.0, "mg")}
