"""Procedure, level, side, drug and event wordings found by the fresh notes of `corpora/notes/dev_fresh_b`.

Each snippet is fictional and written in a wording of the family (not a sentence of the notes), with the
exact facts the reader must return.
"""

from __future__ import annotations

from nlp import extract


def _drugs(text: str) -> dict[str, tuple]:
    return {d.generic: (d.dose, d.dose_unit) for d in extract(text).drugs}


def _proc(text: str):
    (p,) = extract(text).procedures
    return p


# --- procedure titles ----------------------------------------------------------------------------

def test_zygapophyseal_joint_titles_with_a_parenthesis_are_facet_injections() -> None:
    for title in ("Left L4-5 zygapophyseal (facet) joint injection under fluoroscopy.",
                  "Bilateral L3-4 z-joint injections, diagnostic.",
                  "Right C6-7 zygapophysial joint block."):
        p = _proc(title)
        assert (p.family, p.approach) == ("facet_injection", "intra_articular"), title


def test_abbreviated_injection_words_name_the_procedure() -> None:
    p = _proc("R SIJ inj. under fluoroscopy with 1 mL Omnipaque 240.")
    assert (p.family, p.laterality) == ("si_joint_injection", "right")
    p = _proc("L knee inj - Kenalog 40 mg.")
    assert (p.family, p.target, p.laterality) == ("joint_injection", "knee", "left")


def test_epidural_approach_is_read_from_the_technique_words_only() -> None:
    p = _proc("Lumbar epidural steroid injection.\nAn 18 g Tuohy needle entered the L4-5 interlaminar space.")
    assert (p.family, p.approach) == ("interlaminar_epidural", "interlaminar")
    p = _proc("Lumbar epidural steroid injection.\nAn 18 g Tuohy needle reached the epidural space by loss of resistance.")
    assert p.approach is None


# --- levels and sides ----------------------------------------------------------------------------

def test_lumbar_shorthand_without_letters_is_read_only_in_a_list_ending_at_5_1() -> None:
    p = _proc("Bilateral facet injections at 3-4, 4-5 and 5-1 under fluoroscopy.")
    assert [lv.name for lv in p.levels] == ["L3-L4", "L4-L5", "L5-S1"]
    p = _proc("Right L5-S1 TFESI. Leg pain for 4-5 weeks.")
    assert [lv.name for lv in p.levels] == ["L5-S1"]


def test_a_root_whose_foramen_is_named_is_the_same_level() -> None:
    p = _proc("Procedure: needle to the right C6-7 foramen for the C7 nerve root; transforaminal injection.")
    assert [lv.name for lv in p.levels] == ["C6-C7"]


def test_a_side_letter_in_a_side_field_counts() -> None:
    p = _proc("GENICULAR NERVE BLOCK\nSide: R\nUnder ultrasound the three genicular nerves were blocked.")
    assert p.laterality == "right"


def test_the_techniques_side_wins_over_the_title_on_levels_too() -> None:
    p = _proc("LEFT L5-S1 TRANSFORAMINAL EPIDURAL STEROID INJECTION\n"
              "Technique: the needle was placed in the right L5-S1 foramen under fluoroscopy.")
    assert p.laterality == "right"
    assert [(lv.name, lv.side) for lv in p.levels] == [("L5-S1", "right")]
    assert [(m.value, m.source) for m in p.laterality_mentions] == [("left", "title"), ("right", "body")]


def test_genicular_branches_listed_without_the_word_are_nerves() -> None:
    p = _proc("Right genicular nerve block.\nThe superior medial, superior lateral and inferior medial genicular "
              "nerves were injected under ultrasound.")
    assert sorted(n.name for n in p.nerves) == ["inferomedial genicular", "superolateral genicular",
                                                "superomedial genicular"]


# --- drugs ---------------------------------------------------------------------------------------

def test_kenalog_40_written_with_a_space_names_its_strength() -> None:
    assert _drugs("Right knee injection: Kenalog 40, 1 mL, with 3 mL of 1% lidocaine.") == {
        "triamcinolone_acetonide": (40.0, "mg"), "lidocaine": (30.0, "mg")}
    assert _drugs("Right knee injection: Kenalog 40 mg with 3 mL of 1% lidocaine.") == {
        "triamcinolone_acetonide": (40.0, "mg"), "lidocaine": (30.0, "mg")}


def test_a_ratio_mixture_gives_each_component_its_share() -> None:
    text = ("Left L4-5 and L5-S1 facet joint injections.\n"
            "1 mL of a 1:1 mix of 0.5% bupivacaine and Kenalog 40 was injected into each joint.")
    assert _drugs(text) == {"bupivacaine": (5.0, "mg"), "triamcinolone_acetonide": (40.0, "mg")}


def test_a_per_site_phrase_covers_its_own_clause_only() -> None:
    text = ("Left genicular nerve block.\nThe superomedial, superolateral and inferomedial genicular nerves were "
            "found. 2 mL of 0.25% bupivacaine at each nerve; triamcinolone 20 mg was added to the total volume.")
    assert _drugs(text) == {"bupivacaine": (15.0, "mg"), "triamcinolone_acetonide": (20.0, "mg")}


def test_an_amount_divided_between_levels_is_a_total() -> None:
    text = ("Right L3-4, L4-5 and L5-S1 transforaminal epidural steroid injections.\n"
            "60 mg of Depo-Medrol was split between the three levels, each portion mixed with 0.5 mL of 1% lidocaine.")
    assert _drugs(text) == {"methylprednisolone_acetate": (60.0, "mg"), "lidocaine": (15.0, "mg")}


def test_an_amount_stated_as_a_total_is_not_multiplied_by_the_sites() -> None:
    text = ("Left L4-5, L5-S1 radiofrequency ablation.\nL3, L4 medial branches and L5 dorsal ramus: 2% lidocaine "
            "2 mL total for the lesion sites, and each nerve was lesioned at 80 C for 90 seconds.")
    assert _drugs(text) == {"lidocaine": (40.0, "mg")}
    # a parenthetical total restates the per-site amount
    text = ("Right L4-5 and L5-S1 TFESI.\nDexamethasone 5 mg per level (10 mg total) with 1 mL of 0.5% bupivacaine "
            "per level.")
    assert _drugs(text) == {"dexamethasone_sodium_phosphate": (10.0, "mg"), "bupivacaine": (10.0, "mg")}


def test_in_each_closing_a_sentence_is_per_site() -> None:
    text = ("Right C4-5 and C5-6 facet joint injections.\n0.3 mL of Omnipaque 240 was placed in each, and both "
            "capsules filled.")
    assert _drugs(text) == {"iohexol": (0.6, "ml")}


def test_a_steroid_named_only_as_past_care_is_not_todays_drug() -> None:
    text = ("Right knee genicular radiofrequency ablation.\nKnee pain for 5 years. Physical therapy, bracing and two "
            "steroid injections have failed.\n2 mL of 1% lidocaine at each of three sites before lesioning.")
    assert _drugs(text) == {"lidocaine": (60.0, "mg")}


def test_toxin_amounts_per_muscle_add_up_without_a_stated_total_and_no_waste_is_zero_discarded() -> None:
    facts = extract("Botox trigger point injections.\nA 200-unit single-dose vial of Botox was reconstituted; none was "
                    "discarded. Injected: right levator scapulae 50 units, right rhomboid major 50 units, right upper "
                    "trapezius 100 units.")
    (toxin,) = facts.drugs
    assert (toxin.generic, toxin.dose, toxin.discarded) == ("onabotulinumtoxinA", 200.0, 0.0)


# --- events --------------------------------------------------------------------------------------

def test_a_contrast_allergy_is_no_contrast_use() -> None:
    p = _proc("L5-S1 interlaminar epidural steroid injection.\nContrast was withheld because of an allergy to iodinated "
              "contrast. 80 mg triamcinolone injected.")
    assert (p.contrast.used, p.contrast.reason_not_used) == (False, "allergy to iodinated contrast")


def test_field_values_filed_under_other_sections_still_count() -> None:
    p = _proc("Procedure: right L4-5 facet joint injection, diagnostic\nImaging: fluoroscopy\n"
              "Technique: 22 g needle into the joint.")
    assert p.imaging.modality == "fluoroscopy"
    p = _proc("Intrathecal pump refill\nPerformed by: LPN\nReprogramming: none\n20 mL of baclofen 500 mcg/mL instilled.")
    assert (p.performed_by_physician, p.pump_reprogrammed) == (False, False)


def test_sedatives_given_by_anesthesia_still_document_the_sedation() -> None:
    facts = extract("L2 kyphoplasty.\nANESTHESIA: MAC by the anesthesia team, midazolam 1 mg and fentanyl 50 mcg, "
                    "09:00 to 09:30.\n1% lidocaine 10 mL local.")
    (p,) = facts.procedures
    assert (p.sedation.type, sorted(p.sedation.agents)) == ("mac", ["fentanyl", "midazolam"])
    assert sorted(p.sedation.doses) == ["1 mg midazolam", "50 mcg fentanyl"]
    assert {d.generic for d in facts.drugs} == {"lidocaine"}


def test_one_line_of_fields_affirms_each_event() -> None:
    facts = extract("Right SI joint injection.\nConsent: written   Time-out: yes\nUnder fluoroscopy 1 mL injected.")
    assert (facts.consent.value, facts.time_out.value) == (True, True)


def test_no_complications_run_on_after_a_diagnosis_line() -> None:
    facts = extract("Pump refill.\nDx: spasticity, G35. Refilled with 20 mL baclofen. No complications.")
    assert facts.complications.value == "none"


def test_diagnostic_and_therapeutic_states_no_one_intent_but_a_bare_line_does() -> None:
    assert _proc("Right SI joint injection under fluoroscopy. This was a diagnostic and therapeutic "
                 "injection.").intent is None
    assert _proc("Right SI joint injection under fluoroscopy. Post 1/10. Diagnostic. No complications.").intent \
        == "diagnostic"


# --- found by the first untuned batch (fixed afterwards; see corpora/notes/dev_fresh_b/README.md) ----------

def test_hyphenated_contrast_brands_and_a_one_ml_unit_dose() -> None:
    assert _drugs("Right L4-5 TFESI. Isovue-M-200 1 cc confirmed flow. Depo-Medrol 80 mg/1 mL injected.") == {
        "iopamidol": (1.0, "ml"), "methylprednisolone_acetate": (80.0, "mg")}


def test_ia_abbreviation_names_a_joint_injection() -> None:
    p = _proc("R shoulder IA injection by palpation.")
    assert (p.family, p.target, p.laterality) == ("joint_injection", "shoulder", "right")


def test_abbreviated_genicular_branches_in_a_list_are_each_a_nerve() -> None:
    text = "Left genicular nerve block.\nThe SL, SM and IM genicular nerves each got 1 mL of 0.5% bupivacaine."
    (p,) = extract(text).procedures
    assert sorted(n.name for n in p.nerves) == ["inferomedial genicular", "superolateral genicular",
                                                "superomedial genicular"]
    assert _drugs(text) == {"bupivacaine": (15.0, "mg")}


def test_a_volume_withdrawn_from_a_pump_is_no_dose() -> None:
    assert _drugs("Intrathecal pump refill. Residual volume 3.1 mL withdrawn; refilled with 18 mL of morphine "
                  "10 mg/mL.") == {"morphine": (180.0, "mg")}


def test_amounts_for_one_side_repeated_on_the_other_side_are_per_side() -> None:
    text = ("Right S1 transforaminal epidural steroid injection.\nUnder fluoroscopy the right S1 foramen was "
            "entered; 2 mL of dexamethasone 4 mg/mL was injected. The identical procedure was\nrepeated on the "
            "opposite side.")
    facts = extract(text)
    (p,) = facts.procedures
    assert (p.laterality, [(lv.name, lv.side) for lv in p.levels]) == ("bilateral", [("S1", "bilateral")])
    assert {d.generic: d.dose for d in facts.drugs} == {"dexamethasone_sodium_phosphate": 16.0}


# --- probes of shorthand titles and per-site wordings (after the untuned batches) -----------------------

def test_medial_branch_and_dorsal_ramus_shorthand_makes_facet_joints() -> None:
    p = _proc("L L2 and L3 MB and L4 DR blocks under fluoroscopy.")
    assert (p.family, p.laterality, [lv.name for lv in p.levels]) == ("facet_injection", "left", ["L3-L4", "L4-L5"])
    p = _proc("Lumbar medial branch blocks\nLevels: L2, L3, L4 (dorsal ramus)\nSide: left")
    assert [lv.name for lv in p.levels] == ["L3-L4", "L4-L5"]


def test_joints_written_as_a_run_from_one_segment_to_another() -> None:
    p = _proc("Right cervical facet injections C4-5 through C6-7.")
    assert [lv.name for lv in p.levels] == ["C4-C5", "C5-C6", "C6-C7"]


def test_side_shorthand_bilat_parenthesis_and_tf() -> None:
    assert _proc("Bilat L3-4 facet injections.").laterality == "bilateral"
    p = _proc("L3-4 TF (L).")
    assert (p.family, p.laterality, [lv.name for lv in p.levels]) == ("transforaminal_epidural", "left", ["L3-L4"])
    assert _proc("Facet joints at L4-5 were injected on the right.").family == "facet_injection"


def test_more_per_site_wordings() -> None:
    assert _drugs("Right L3, L4 and L5 medial branch blocks. 0.5 mL 0.5% bupivacaine each (3 nerves).") == {
        "bupivacaine": (7.5, "mg")}
    assert _drugs("Left L4-5 and L5-S1 radiofrequency ablation (L3, L4 MB, L5 DR). 1 mL of 1% lidocaine through "
                  "each cannula before lesioning.") == {"lidocaine": (30.0, "mg")}
    assert _drugs("Bilateral SI joint injections. Isovue-M 300 0.5 mL each, intra-articular spread.") == {
        "iopamidol": (1.0, "ml")}


def test_parenthetical_amounts_stated_counts_and_totals() -> None:
    assert _drugs("Right hip injection. 2 mL (80 mg) Depo-Medrol with 3 mL 1% lidocaine.") == {
        "methylprednisolone_acetate": (80.0, "mg"), "lidocaine": (30.0, "mg")}
    assert _drugs("Trigger point injections at 3 trigger points in the left trapezius, 2 mL of 0.5% lidocaine "
                  "each.") == {"lidocaine": (30.0, "mg")}
    assert _drugs("Botox 150 units: 50 units to each of the 3 muscles.") == {"onabotulinumtoxinA": (150.0, "units")}
    assert _drugs("Left L3, L4 MB and L5 DR radiofrequency ablation; 1 mL 2% lidocaine each, lesions at 80 C.") == {
        "lidocaine": (60.0, "mg")}


def test_contrast_not_injected_is_no_contrast() -> None:
    p = _proc("Left L5-S1 TFESI under fluoroscopy. Contrast was not injected because of a contrast allergy.")
    assert (p.contrast.used, p.contrast.reason_not_used) == (False, "contrast allergy")


def test_injection_of_both_joints_and_no_joint_below_the_sacrum() -> None:
    p = _proc("Injection of both knees: 40 mg triamcinolone into each knee.")
    assert (p.family, p.target, p.laterality) == ("joint_injection", "knee", "bilateral")
    assert _drugs("Injection of both knees: 40 mg triamcinolone into each knee.") == {
        "triamcinolone_acetonide": (80.0, "mg")}
    p = _proc("Right L4 and L5 medial branch and S1 dorsal ramus radiofrequency ablation.")
    assert [lv.name for lv in p.levels] == ["L5-S1"]


def test_sedation_times_without_colons_and_a_separate_intraservice_sentence() -> None:
    s = _proc("Right L5-S1 TFESI under fluoroscopy. Moderate sedation by me with midazolam 2 mg for anxiety; "
              "independent observer RN present; sedation start 0905, end 0930.").sedation
    assert (s.start_time, s.stop_time, s.intraservice_minutes) == ("09:05", "09:30", 25)
    s = _proc("Right L5-S1 TFESI. Conscious sedation: Versed 2 mg IV (administered by me for anxiety).\n"
              "Intraservice time 18 minutes.").sedation
    assert (s.intraservice_minutes, s.by_proceduralist) == (18, True)
    s = _proc("Right L5-S1 TFESI. IV sedation 10:00 to 10:40 with midazolam 3 mg and fentanyl 100 mcg given by me.").sedation
    assert s.by_proceduralist is True


def test_years_are_not_sedation_times() -> None:
    s = _proc("Right L5-S1 TFESI. Sedation with midazolam 2 mg; symptoms started 2019, ended 2021.").sedation
    assert (s.start_time, s.stop_time) == (None, None)
