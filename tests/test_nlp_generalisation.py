"""Phrasings from outside the development corpus: abbreviations, field lines, dictation habits.

Each test is a short fictional snippet with the exact value the reader must return.
"""

from __future__ import annotations

from nlp import extract


def _drugs(text: str) -> dict[str, tuple]:
    return {d.generic: (d.dose, d.dose_unit) for d in extract(text).drugs}


def _pain(text: str) -> list[tuple[str, float]]:
    return [(s.timing, s.value) for s in extract(text).assessments.pain_scores]


# --- drugs ---------------------------------------------------------------------------------------

def test_brand_that_names_its_strength_gives_a_dose_from_the_volume() -> None:
    assert _drugs("Left knee injection. Kenalog-40 1 mL and 4 mL 1% lidocaine injected.") == {
        "triamcinolone_acetonide": (40.0, "mg"), "lidocaine": (40.0, "mg")}
    assert _drugs("L5-S1 ILESI. 2 mL Celestone Soluspan was injected.") == {
        "betamethasone_sodium_phosphate_acetate": (12.0, "mg")}


def test_toxin_units_per_muscle_add_up_and_the_vial_is_not_the_dose() -> None:
    facts = extract("Botox TPI.\nBotox 100 units reconstituted in 2 mL saline. Injected: R trapezius 30 units, "
                    "L trapezius 30 units, R levator scapulae 20 units. 20 units discarded.")
    botox = next(d for d in facts.drugs if d.generic == "onabotulinumtoxinA")
    assert (botox.dose, botox.dose_unit, botox.discarded, botox.container) == (80.0, "units", 20.0, "single_dose")


def test_ketorolac_dose_per_trigger_point() -> None:
    text = ("Trigger point injections.\nEach of the three trigger points (3 muscles) received 1 mL of 1% lidocaine "
            "and ketorolac 10 mg.")
    assert _drugs(text) == {"lidocaine": (30.0, "mg"), "ketorolac_tromethamine": (30.0, "mg")}


def test_each_named_nerve_and_a_closing_each() -> None:
    assert _drugs("Bilateral greater occipital nerve block.\n1.5 mL of 0.5% bupivacaine was injected at each "
                  "greater occipital nerve.") == {"bupivacaine": (15.0, "mg")}
    assert _drugs("Right genicular nerve block.\nThe superomedial, superolateral and inferomedial genicular nerves "
                  "were blocked with 2 mL of 0.5% bupivacaine each.") == {"bupivacaine": (30.0, "mg")}


def test_medial_branch_block_with_only_the_dorsal_ramus_named_counts_every_nerve() -> None:
    text = ("Procedure: Bilateral L4-L5 and L5-S1 facet medial branch blocks (MBB #1)\n"
            "A needle was placed at L4 and L5 and at the sacral ala for the L5 dorsal ramus on the right. 0.5 mL of "
            "0.5% bupivacaine was injected at each nerve. The same was performed on the left.")
    facts = extract(text)
    assert {d.generic: d.dose for d in facts.drugs} == {"bupivacaine": 15.0}
    assert facts.procedures[0].intent == "diagnostic"


def test_pump_strength_alone_is_not_a_dose_and_passive_staff_refill() -> None:
    facts = extract("Intrathecal pump refill (morphine 10 mg/mL).\nThe reservoir was accessed by the RN and refilled "
                    "with 20 mL of morphine 10 mg/mL. The pump was not reprogrammed.")
    assert {d.generic: d.dose for d in facts.drugs} == {"morphine": 200.0}
    p = facts.procedures[0]
    assert (p.pump_reprogrammed, p.performed_by_physician) == (False, False)
    p = extract("Pump refill. The refill was performed by me. The rate was increased.").procedures[0]
    assert (p.pump_reprogrammed, p.performed_by_physician) == (True, True)


# --- pain scores and relief -----------------------------------------------------------------------

def test_pain_score_forms() -> None:
    assert _pain("TFESI.\nPre-procedure VAS 70 mm.\nPost-procedure Evaluation: VAS 20 mm.") == [("pre", 7.0), ("post", 2.0)]
    assert _pain("TPI. Pain 6/10 before and 2/10 after. No complications.") == [("pre", 6.0), ("post", 2.0)]
    assert _pain("SIJ injection.\nPost-procedure Evaluation: 2/10.") == [("post", 2.0)]
    assert _pain("Pain score before: 8/10.\nPain score after: 3/10.") == [("pre", 8.0), ("post", 3.0)]


def test_relief_next_to_a_post_score_is_todays() -> None:
    a = extract("SI joint injection. Pain 1/10 post (85% relief).").assessments
    assert ([r.percent for r in a.percent_relief], a.prior_procedure_response) == ([85.0], [])


def test_two_positive_diagnostic_blocks_in_parentheses() -> None:
    facts = extract("Right L4-5 RFA.\nTwo positive diagnostic MBBs (85% and 90%) at the same levels.\n"
                    "RF cannulae at the right L3 and L4 medial branches; lesions at 80 C.")
    assert [(r.percent, r.ordinal) for r in facts.assessments.diagnostic_blocks] == [(85.0, 1), (90.0, 2)]
    assert [p.family for p in facts.procedures] == ["facet_rfa"]


# --- sides, sites, guidance, sedation -------------------------------------------------------------

def test_contralateral_is_the_other_side_only_when_treated() -> None:
    def side(text: str) -> str | None:
        return extract(text).procedures[0].laterality
    assert side("Right SI joint injection.\nA needle was placed into the right SIJ. The contralateral side was "
                "not treated.") == "right"
    assert side("Left knee injection.\nThe left knee was injected. Contralateral knee not symptomatic.") == "left"
    assert side("R SIJ injection. Needle into the R SIJ. The same was then performed on the contralateral "
                "side.") == "bilateral"


def test_side_letters_before_muscles_keep_muscles_apart() -> None:
    facts = extract("Trigger point injections.\n1 mL of 1% lidocaine into the R trapezius, L trapezius and R levator "
                    "scapulae.")
    assert [m.value for m in facts.procedures[0].muscles] == ["right trapezius", "left trapezius",
                                                              "right levator scapulae"]


def test_named_joint_wins_over_generic_intra_articular_injection() -> None:
    p = extract("Left knee intra-articular injection, ultrasound guided\nThe knee was entered.").procedures[0]
    assert (p.family, p.target, p.laterality) == ("joint_injection", "knee", "left")


def test_field_lines_for_imaging_sedation_duration_and_levels() -> None:
    facts = extract("Lumbar TFESI\nImaging guidance: CT.\nSedation: moderate.\nSymptom duration: 10 weeks.\n"
                    "Levels: L2")
    p = facts.procedures[0]
    assert (p.imaging.modality, p.sedation.type) == ("ct", "moderate")
    assert facts.necessity.symptom_duration.weeks == 10.0
    p = extract("Suprascapular nerve block under US.\nWith a linear probe the notch was identified.").procedures[0]
    assert p.imaging.modality == "ultrasound"


def test_saved_views_and_saved_ultrasound_image() -> None:
    img = extract("TFESI left L5-S1. Under fluoroscopy. AP and lateral saved.").procedures[0].imaging
    assert (img.saved_images, img.views) == (True, 2)
    img = extract("Knee injection. Under ultrasound the knee was entered. An ultrasound image was saved."
                  ).procedures[0].imaging
    assert img.saved_images is True


def test_sedation_times_in_both_forms() -> None:
    for text in ("Kyphoplasty T12. Sedation start 10:42, end 10:58: I gave midazolam 2 mg, RN observer present.",
                 "Kyphoplasty T12. Moderate sedation by me, midazolam 2 mg (10:42-10:58), independent RN observer."):
        sed = extract(text).procedures[0].sedation
        assert (sed.start_time, sed.stop_time, sed.intraservice_minutes, sed.by_proceduralist) == (
            "10:42", "10:58", 16, True)


def test_no_balloon_or_cavity_creation_is_negated() -> None:
    p = extract("Vertebroplasty L1.\nTrocar placed into L1. No balloon or cavity creation was performed. "
                "Cement 3 mL injected.").procedures[0]
    assert (p.family, p.approach, p.cavity_creation) == ("vertebral_augmentation", "vertebroplasty", False)


# --- necessity ------------------------------------------------------------------------------------

def test_vascular_uptake_check_is_not_a_complications_statement() -> None:
    assert extract("TFESI L5-S1. Omnipaque 180 2 mL, epidural spread without vascular uptake.").complications is None
    assert extract("TFESI L5-S1. Contrast without vascular uptake. No complications.").complications.value == "none"


def test_history_sentences_are_not_the_indication() -> None:
    text = ("Procedure: Lumbar TFESI.\n\nHISTORY:\nDiagnosis: lumbar radiculopathy.\nPain has been present for 10 "
            "weeks.\nConservative care: PT for 8 weeks, without relief.\n\nPROCEDURE:\nThe needle was placed.\n"
            "Post-procedure pain was 2/10.")
    n = extract(text).necessity
    assert n.indication is None
    assert n.radicular_findings == []  # a radiculopathy diagnosis line is not a symptom or sign
    assert extract("Pump refill.\nDx: spasticity, G35. Indication: severe spasticity.").necessity.indication.value \
        == "Indication: severe spasticity."


def test_imaging_report_is_not_a_diagnosis() -> None:
    n = extract("TFESI L L5-S1.\nThe patient has had back pain for 2 years.\nMRI shows a disc protrusion at "
                "L5-S1.").necessity
    assert n.diagnoses == []
    assert len(n.imaging_findings) == 1


def test_wrapped_imaging_line_and_activity_limits() -> None:
    n = extract("HPI: Leg pain.\nMRI lumbar spine from last month: recurrent left paracentral and foraminal\n"
                "L5-S1 disc herniation compressing the left S1 nerve root.\nPain limits lifting and housework.").necessity
    assert len(n.imaging_findings) == 1
    assert n.diagnoses == []
    assert len(n.functional_impairment) == 1
    n = extract("R axial low back pain x 2 years, NSAIDs failed, limits lifting and housework.").necessity
    assert len(n.functional_impairment) == 1


def test_r_and_l_is_both_sides() -> None:
    p = extract("Bilateral L4-5 TFESI.\nNeedles to the R and L L4-5 foramina.").procedures[0]
    assert (p.laterality, [m.value for m in p.laterality_mentions]) == ("bilateral", ["bilateral", "bilateral"])


def test_a_blank_line_ends_the_title_even_before_lower_case() -> None:
    n = extract("Procedure: L C3-4, C4-5 RFA\n\nh/o L neck pain x 1 yr with headaches; 2 MBBs with 80% and 85% "
                "relief lasting 6 hours each.").necessity
    assert n.symptom_duration.weeks == 52.0


def test_score_during_the_anesthetic_phase_is_post() -> None:
    assert _pain("SIJ injection. Pain 8/10.\nLidocaine injected. 90% relief during the anesthetic phase, pain 1/10."
                 ) == [("pre", 8.0), ("post", 1.0)]


def test_prose_diagnosis_keeps_its_site() -> None:
    n = extract("Trigger point injections\n\nMyofascial pain in the neck and upper back for a year with taut bands."
                ).necessity
    assert [d.text for d in n.diagnoses] == ["Myofascial pain in the neck and upper back"]


def test_each_before_a_participle_is_per_site() -> None:
    text = ("Right C4-5 and C5-6 facet intra-articular injections.\n25 g needles into the R C4-5 and C5-6 facet joints, "
            "0.2 mL Omnipaque 240 each confirming arthrogram.")
    assert _drugs(text) == {"iohexol": (0.4, "ml")}
