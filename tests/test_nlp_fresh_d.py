"""Side, code-line, drug and event wordings found by the fresh notes of `corpora/notes/dev_fresh_d`.

Each snippet is fictional and written in a wording of the family (not a sentence of the notes), with the
exact facts the reader must return; each failed on the reader before the change it tests.
"""

from __future__ import annotations

from nlp import extract


def _proc(text: str):
    (p,) = extract(text).procedures
    return p


def _drugs(text: str) -> dict[str, tuple]:
    return {d.generic: (d.dose, d.dose_unit) for d in extract(text).drugs}


# --- sides ---------------------------------------------------------------------------------------

def test_side_only_in_the_diagnosis_or_indication_is_the_procedure_side() -> None:
    p = _proc("PREOPERATIVE DIAGNOSIS: Left-sided cervical radiculopathy.\n"
              "PROCEDURE: Transforaminal epidural steroid injection at C6-7.\n"
              "TECHNIQUE: A 25 g needle was advanced to the C6-7 foramen under fluoroscopy.")
    assert p.laterality == "left"
    p = _proc("Knee injection\nIndication: pain in the knee on the right for a year, osteoarthritis.\n"
              "A 22 g needle entered the joint; 40 mg triamcinolone injected.")
    assert p.laterality == "right"


def test_two_sides_in_the_indication_or_a_past_one_decide_nothing() -> None:
    p = _proc("Indication: left worse than right buttock pain.\nProcedure: L5-S1 transforaminal injection.\n"
              "Needle to the L5-S1 foramen.")
    assert p.laterality is None
    p = _proc("Indication: hip pain; had a right hip injection in the past.\nProcedure: hip injection.\n"
              "Needle to the hip joint; 40 mg Kenalog injected.")
    assert p.laterality is None


def test_a_side_named_as_not_treated_is_not_a_treated_side() -> None:
    for tail in ("The left side was not injected.", "The opposite side was deferred.",
                 "Left facets were left untreated today."):
        p = _proc("Bilateral L4-5 facet joint injections planned.\nTechnique: the right L4-5 facet joint was "
                  f"entered and 1 mL injected. {tail}")
        assert p.laterality == "right", tail


def test_imaging_findings_name_no_treated_side() -> None:
    for finding in ("bilateral foraminal narrowing at L5-S1 on MRI", "right paracentral protrusion at L5-S1 on MRI",
                    "a right L5-S1 disc protrusion seen on MRI"):
        p = _proc(f"Transforaminal ESI.\nLeft leg pain for 4 months; {finding}.\nNeedle placed at the left L5-S1 "
                  "foramen.")
        assert p.laterality == "left", finding


def test_the_identical_procedure_on_the_other_named_side_is_bilateral() -> None:
    p = _proc("Cervical medial branch blocks C5-6.\nNeedles at the C5 and C6 medial branches on the left, 0.5 mL "
              "bupivacaine each. The identical procedure was then carried out on the right.")
    assert p.laterality == "bilateral"
    p = _proc("Hip injections.\nThe right hip was injected with 40 mg Kenalog. The left hip was then injected in the "
              "same way.")
    assert p.laterality == "bilateral"


def test_a_one_sided_technique_overrides_a_bilateral_title_on_its_levels() -> None:
    p = _proc("Procedure: Bilateral L5-S1 transforaminal ESI\nTechnique: only the right L5-S1 foramen was treated; "
              "a 22 g needle was placed and dexamethasone 10 mg injected. The left side was not injected.")
    assert p.laterality == "right"
    assert [(lv.name, lv.side) for lv in p.levels] == [("L5-S1", "right")]


# --- trigger point muscles -----------------------------------------------------------------------

def _muscles(text: str) -> list[str]:
    return sorted(m.value for p in extract(text).procedures if p.family == "trigger_point" for m in p.muscles)


def test_right_and_left_before_a_muscle_name_both_sides() -> None:
    assert _muscles("Trigger point injections.\n1 mL lidocaine into the left and right rhomboids and the right "
                    "and into the left gluteus medius.") == [
        "left gluteus medius", "left rhomboids", "right gluteus medius", "right rhomboids"]


def test_an_unsided_muscle_in_the_title_is_the_sided_one_below() -> None:
    assert _muscles("TPI, cervical paraspinals\nTender points in the right cervical paraspinal; 1 mL "
                    "lidocaine injected into the right cervical paraspinals.") == ["right cervical paraspinal"]


# --- drug amounts --------------------------------------------------------------------------------

def test_each_named_nerve_is_one_site_per_side() -> None:
    drugs = _drugs("Bilateral greater and lesser occipital nerve blocks.\nAt each greater occipital nerve 2 mL of "
                   "0.5% bupivacaine with 4 mg dexamethasone. Each lesser occipital nerve received 1 mL 0.5% "
                   "bupivacaine.")
    assert drugs == {"bupivacaine": (30.0, "mg"), "dexamethasone_sodium_phosphate": (8.0, "mg")}


def test_a_stated_muscle_count_gives_the_sites() -> None:
    drugs = _drugs("Trigger point injections.\n0.5 mL of 1% lidocaine into each trigger point: right and left "
                   "trapezius and right and left rhomboid (4 muscles).")
    assert drugs == {"lidocaine": (20.0, "mg")}


def test_an_amount_wrapped_onto_the_line_before_its_drug_stays_with_it() -> None:
    drugs = _drugs("Right shoulder injection.\nThe glenohumeral joint was entered and we injected 80 mg\n"
                   "Depo-Medrol with 2 mL 1% lidocaine.")
    assert drugs == {"methylprednisolone_acetate": (80.0, "mg"), "lidocaine": (20.0, "mg")}


def test_a_negation_before_a_comma_does_not_reach_a_dosed_drug_of_the_next_clause() -> None:
    assert _drugs("Right L5-S1 TFESI.\nNo IV uptake, dex 10 mg injected.") == {
        "dexamethasone_sodium_phosphate": (10.0, "mg")}
    assert _drugs("Right L5-S1 TFESI.\nNo steroid was given, lidocaine 1% 2 mL only.") == {"lidocaine": (20.0, "mg")}
    assert _drugs("Right L5-S1 TFESI.\nNo contrast, no steroid.") == {}
    assert _drugs("Right L5-S1 TFESI.\nNo complications, and no Kenalog was used.") == {}


# --- contrast withheld ---------------------------------------------------------------------------

def test_a_reaction_to_contrast_is_an_accepted_reason_to_withhold_it() -> None:
    import datetime as dt

    from api.pipeline import analyze_text

    for reason, read in (("given her anaphylactic reaction to iodinated contrast", "anaphylactic reaction to iodinated contrast"),
                         ("(history of anaphylaxis to IV dye)", "anaphylaxis to iv dye"),
                         ("because of a prior severe reaction to contrast media", "prior severe reaction to contrast media")):
        text = f"Right L5-S1 TFESI under fluoroscopy.\nNo contrast was used {reason}. Dexamethasone 10 mg injected."
        (p,) = extract(text).procedures
        assert (p.contrast.used, p.contrast.reason_not_used) == (False, read)
        result = analyze_text(text, payer="medicare", date_of_service=dt.date(2026, 3, 2), place_of_service="11")
        assert "contrast" not in {f.element for f in result.findings}, reason


def test_side_spellings_of_titles_and_fields() -> None:
    for text, side in (("R-sided L5-S1 TFESI under fluoroscopy.", "right"), ("L-sided SI joint injection.", "left"),
                       ("BL L4-5 TFESI", "bilateral"), ("Knee injection - R", "right"), ("Hip joint injection, L", "left"),
                       ("Lumbar TFESI\nLaterality: B\nLevel: L5-S1", "bilateral"),
                       ("Lumbar TFESI at L5-S1.\nNeedles were placed at L5-S1 on each side.", "bilateral"),
                       ("L5-S1 TFESI.\nThe left L5-S1 foramen was targeted. Same on the right.", "bilateral")):
        assert _proc(text).laterality == side, text


def test_gon_blocks_plural_is_a_greater_occipital_block() -> None:
    p = _proc("Bilateral GON blocks today.\nLandmark technique, 2 mL 0.5% bupivacaine each side.")
    assert (p.family, p.target, p.laterality) == ("occipital_nerve_block", "greater_occipital", "bilateral")


def test_positioning_sides_are_not_treated_sides() -> None:
    p = _proc("LEFT STELLATE GANGLION BLOCK\nSupine, head slightly turned right. 25 g needle to the prevertebral fascia.")
    assert p.laterality == "left"
    p = _proc("Left L5-S1 TFESI.\nLying on the right side; needle to the left L5-S1 foramen.")
    assert p.laterality == "left"
    p = _proc("Right L5-S1 TFESI.\nPositioned prone; the needle was placed on the right at L5-S1.")
    assert p.laterality == "right"


def test_a_tfesi_pedicle_names_the_foramen_below_it() -> None:
    p = _proc("Right TFESI.\nNeedles were placed below the L4 and L5 pedicles; contrast outlined each root.")
    assert [lv.name for lv in p.levels] == ["L4-L5", "L5-S1"]
    p = _proc("L1 kyphoplasty.\nBilateral transpedicular approach through the L1 pedicles.")
    assert [lv.name for lv in p.levels] == ["L1"]


def test_a_replaced_joint_of_the_other_side_is_history_not_a_treated_side() -> None:
    pasts = ("right THA in 2021 doing well", "the right knee was replaced last spring", "right total knee arthroplasty 2020")
    sides = {past: _proc(f"Left knee injection\nLeft knee pain for 2 years; {past}, not treated today.\n"
                         "22 g needle into the left knee joint; 40 mg Kenalog injected.").laterality for past in pasts}
    assert sides == dict.fromkeys(pasts, "left")


def test_the_other_named_joint_in_the_same_fashion_repeats_the_amounts() -> None:
    drugs = _drugs("B/L SIJ injections, fluoro.\nConsent and time-out.\n22 g into the R SIJ; Depo-Medrol 40 mg + 1 mL "
                   "0.5% bupivacaine. Then the L SIJ in the same fashion with the same drugs.")
    assert drugs == {"methylprednisolone_acetate": (80.0, "mg"), "bupivacaine": (10.0, "mg")}


def test_a_procedure_the_patient_is_being_evaluated_for_is_not_performed() -> None:
    procs = extract("Genicular nerve blocks, left knee, diagnostic.\nBeing evaluated for radiofrequency ablation.\n"
                    "1 mL 0.5% bupivacaine at each of the three genicular nerves.").procedures
    assert [p.family for p in procs] == ["genicular_nerve_block"]


def test_steroid_injections_in_a_failed_care_list_are_not_todays_drug() -> None:
    drugs = _drugs("Left knee genicular nerve blocks.\nPain for 5 years despite PT, bracing and two rounds of steroid "
                   "injections.\n1 mL 0.5% bupivacaine at each of the 3 nerves.")
    assert drugs == {"bupivacaine": (15.0, "mg")}


def test_wrapped_lines_that_continue_a_dose_sentence_are_one_sentence() -> None:
    drugs = _drugs("Bilateral GON blocks.\nLandmark technique. 2 mL 0.5% bupivacaine\n+ 0.5 mL Depo-Medrol 40 mg/mL "
                   "each side (total 4 mL bupi, 40 mg methylpred).")
    assert drugs == {"bupivacaine": (20.0, "mg"), "methylprednisolone_acetate": (40.0, "mg")}
    drugs = _drugs("Right L3, L4 MBB and L5 DR block.\nNeedles placed. 2% lidocaine 0.5 mL at\n each of the three sites.")
    assert drugs == {"lidocaine": (30.0, "mg")}
    drugs = _drugs("Right L5-S1 TFESI.\nDexamethasone 10 mg was injected.\nAnd the patient tolerated it well.")
    assert drugs == {"dexamethasone_sodium_phosphate": (10.0, "mg")}


def test_an_anesthesia_field_closing_on_local_is_local_anesthesia() -> None:
    facts = extract("L5-S1 interlaminar ESI.\nANESTHESIA: 1% lidocaine 3 mL, local.\n18 g Tuohy needle to the L5-S1 "
                    "interlaminar space, loss of resistance.")
    assert facts.procedures[0].sedation.type == "local"


# --- found by the third batch ------------------------------------------------------------------------

def test_joint_aspiration_and_injection_titles_are_joint_injections() -> None:
    for title, target, side in (("Rt knee aspiration and injection, ultrasound-guided", "knee", "right"),
                                ("Left knee arthrocentesis", "knee", "left"), ("R shoulder aspiration/injection", "shoulder", "right")):
        p = _proc(f"{title}\nInjected 40 mg Kenalog.")
        assert (p.family, p.target, p.laterality) == ("joint_injection", target, side), title


def test_a_drug_joined_after_a_closed_per_site_amount_is_one_amount() -> None:
    head = "Bilateral GON blocks.\n"
    assert _drugs(head + "2 mL 0.5% bupivacaine at each nerve and dexamethasone 4 mg with the first injectate.") == {
        "bupivacaine": (20.0, "mg"), "dexamethasone_sodium_phosphate": (4.0, "mg")}
    assert _drugs(head + "At each nerve, 2 mL bupivacaine 0.5% and 4 mg dexamethasone.") == {
        "bupivacaine": (20.0, "mg"), "dexamethasone_sodium_phosphate": (8.0, "mg")}


def test_at_each_before_a_colon_is_per_site() -> None:
    assert _drugs("Left L5-S1 and S1 TFESI.\nNeedles to both foramina. Omnipaque 240 0.5 mL at each: neurograms.") == {
        "iohexol": (1.0, "ml")}


def test_two_ct_images_are_two_saved_views() -> None:
    import datetime as dt

    from api.pipeline import analyze_text

    text = ("Left SI joint injection, diagnostic, CT-guided.\nSI joint pain for 1 year; failed PT for 8 weeks. Pain 6/10."
            "\nConsent, time-out. Needle into the left SI joint; 1 mL Omnipaque 300 intra-articular; 40 mg triamcinolone."
            " Two CT images saved.\nPain 2/10 (67% relief). No complications.")
    result = analyze_text(text, payer="medicare", date_of_service=dt.date(2026, 3, 2), place_of_service="11")
    assert "saved_images" not in {f.element for f in result.findings}


def test_a_block_numbered_in_words_is_one_of_the_diagnostic_pair() -> None:
    p = _proc("lumbar medial branch blocks number two\nneedles at the left L3 and L4 medial branches and L5 dorsal ramus.")
    assert p.intent == "diagnostic"
    p = _proc("Lumbar facet joint injection number two hundred\nNeedle into the left L4-5 facet joint.")
    assert p.intent is None
