"""Code-line, side, level and drug wordings found by the fresh notes of `corpora/notes/dev_fresh_h`.

Each snippet is fictional and written in a wording of the family (not a sentence of the notes), with the exact
facts the reader must return; each failed on the reader before the change it tests, except the guards named as
such (they pin what the new rules must leave alone).
"""

from __future__ import annotations

import datetime

from api.pipeline import analyze_text
from nlp import extract


def _lines(text: str) -> set[tuple[str, tuple[str, ...], int]]:
    result = analyze_text(text, payer="medicare", date_of_service=datetime.date(2026, 3, 10),
                          place_of_service="11", source="snippet.txt")
    return {(c.code, tuple(sorted(c.modifiers)), c.units) for c in result.codes}


def _levels(text: str) -> list[tuple[str, list[str]]]:
    return [(p.family, [lv.name for lv in p.levels]) for p in extract(text).procedures]


# --- digits-only levels take the note's region ----------------------------------------------------

def test_digits_only_level_in_a_cervical_note_is_cervical() -> None:
    text = ("Cervical epidural, interlaminar approach.\n"
            "With the patient prone a 20 g Tuohy needle entered the epidural space at the 5-6 level by loss of "
            "resistance. Triamcinolone 40 mg injected.")
    assert _levels(text) == [("interlaminar_epidural", ["C5-C6"])]


def test_digits_only_interspace_in_a_thoracic_note_is_thoracic() -> None:
    text = ("Thoracic interlaminar epidural injection.\n"
            "The 10-11 interspace was marked under fluoroscopy and a Tuohy needle advanced; dexamethasone 10 mg.")
    assert _levels(text) == [("interlaminar_epidural", ["T10-T11"])]


def test_digits_only_pair_continuing_a_lettered_list_takes_its_letter() -> None:
    text = "Left cervical medial branch blocks C4-5 and 5-6.\n25 g needles to the left C4, C5 and C6 medial branches."
    assert _levels(text) == [("facet_injection", ["C4-C5", "C5-C6"])]
    text = "Right thoracic TFESI T10-11, 11-12.\nDexamethasone 5 mg at each level."
    assert _levels(text) == [("transforaminal_epidural", ["T10-T11", "T11-T12"])]


def test_digits_only_foramen_after_a_side_word() -> None:
    text = ("Cervical transforaminal injection on the right.\n"
            "A 25 g needle was placed at the right 4-5 foramen; 4 mg dexamethasone.")
    assert _levels(text) == [("transforaminal_epidural", ["C4-C5"])]


def test_guard_digits_only_level_in_a_lumbar_note_stays_lumbar() -> None:
    text = "Lumbar interlaminar ESI.\nTuohy needle at the 4-5 interspace, loss of resistance; Kenalog 80 mg."
    assert _levels(text) == [("interlaminar_epidural", ["L4-L5"])]
    # a number pair after a lettered level that is no level (weeks) is not read as one
    assert _levels("Right C5-6 and 6-7 weeks ago TFESI.\nDexamethasone 10 mg.") == [
        ("transforaminal_epidural", ["C5-C6"])]


# --- a trailing "each" after a nerve list: the nerves of that list ---------------------------------

def _doses(text: str) -> dict[str, float | None]:
    return {d.generic: d.dose for d in extract(text).drugs}


def test_bare_each_after_a_shorthand_nerve_list_counts_its_nerves() -> None:
    text = ("Dx MBB #2 L cervical C3-4 and 4-5\n"
            "prone, fluoro. 25 g to L C3, C4, C5 MB; 0.4 mL 0.5% bupi each.\n")
    assert _doses(text) == {"bupivacaine": 6.0}  # 3 nerves x 0.4 mL x 5 mg/mL


def test_bare_each_in_a_second_procedure_counts_its_own_nerves() -> None:
    text = ("Procedures: left L4-5 transforaminal ESI; left L4-5 and L5-S1 medial branch blocks.\n"
            "A needle to the left L4-5 foramen, triamcinolone 40 mg injected. Then needles to the left L3 and L4 "
            "medial branches and the left L5 dorsal ramus, 0.5 mL 0.25% bupivacaine at each.\n")
    assert _doses(text) == {"triamcinolone_acetonide": 40.0, "bupivacaine": 3.75}


def test_guard_bare_each_after_a_nerve_list_of_a_bilateral_sentence() -> None:
    text = ("Bilateral cervical medial branch blocks C3-4, C4-5.\n"
            "Needles to the C3, C4 and C5 medial branches bilaterally, 0.25 mL 2% lidocaine each.\n")
    assert _doses(text) == {"lidocaine": 30.0}  # 6 nerves x 0.25 mL x 20 mg/mL


def test_each_after_a_counted_nerve_phrase_and_a_divided_second_drug() -> None:
    text = ("Right genicular nerve block under ultrasound.\n"
            "The three genicular nerves were found beside their arteries and 3 mL 0.5% ropivacaine was injected "
            "at each, with 6 mg dexamethasone divided among them.\n")
    assert _doses(text) == {"ropivacaine": 45.0, "dexamethasone_sodium_phosphate": 6.0}


def test_guard_one_named_side_repeated_on_the_other_doubles_the_listed_nerves() -> None:
    text = ("Lumbar medial branch blocks L4-5, L5-S1, bilateral.\n"
            "25 g needles at the L3 and L4 medial branches and L5 dorsal ramus on the left, 0.5 mL 1% lidocaine each. "
            "The same was then repeated on the contralateral side.\n")
    assert _doses(text) == {"lidocaine": 30.0}


# --- a dictated "period" left in by speech recognition ends a sentence ------------------------------

def _sentences(text: str) -> list[str]:
    from nlp.pipeline import get_pipeline

    return [s.text.strip() for s in get_pipeline()(text).sents]


def test_dictated_period_ends_a_sentence() -> None:
    text = ("Lumbar epidural steroid injection period\n"
            "the patient has had back pain for a year comma worse with standing period she tried therapy period "
            "consent was signed\n")
    assert _sentences(text) == ["Lumbar epidural steroid injection period",
                                "the patient has had back pain for a year comma worse with standing period",
                                "she tried therapy period", "consent was signed"]


def test_dictated_period_gives_a_clean_diagnosis_sentence() -> None:
    text = ("Right knee injection period the knee has hurt for two years comma worse on stairs period diagnosis is "
            "primary osteoarthritis of the right knee M17.11 period 40 mg Kenalog injected period\n")
    (dx,) = extract(text).necessity.diagnoses
    assert dx.text == "primary osteoarthritis of the right knee"  # round 12 (n12b): 'diagnosis is' no longer kept


def test_guard_period_in_its_own_sense_does_not_split() -> None:
    text = "Pain for a period of 6 weeks. The recovery period was uneventful and she went home.\n"
    assert _sentences(text) == ["Pain for a period of 6 weeks.", "The recovery period was uneventful and she went home."]


# --- vertebral augmentation: the fracture on imaging may be written as its signs ----------------------

def _requirements(text: str) -> set[str]:
    result = analyze_text(text, payer="medicare", date_of_service=datetime.date(2026, 3, 10),
                          place_of_service="11", source="snippet.txt")
    return {f.id for f in result.findings}


def test_fracture_signs_on_imaging_document_each_augmented_level() -> None:
    assert "va.imaging_findings" in _requirements("Kyphoplasty T11 and T12\nDx M80.08XA\n")  # the check runs
    text = ("Kyphoplasty T11 and T12\nDx osteoporotic fractures M80.08XA\n"
            "MRI: STIR signal in the T11 and T12 bodies with 25% loss of height at T12.\n")
    assert "va.imaging_findings" not in _requirements(text)
    text = "Vertebroplasty L4\nDx M80.08XA\nCT: acute L4 fx with 20% height loss.\n"
    assert "va.imaging_findings" not in _requirements(text)


def test_guard_imaging_without_a_fracture_sign_still_fails() -> None:
    text = "Vertebroplasty at L4.\nDx M80.08XA\nMRI: L4-5 disc bulge and facet arthropathy.\n"
    assert "va.imaging_findings" in _requirements(text)


# --- contrast that "gave a neurogram" is today's, not a past result ---------------------------------

def test_contrast_that_gave_an_image_is_given_today() -> None:
    facts = extract("Left S1 transforaminal injection.\nNeedle at the left S1 foramen; Isovue-M 300, 0.5 mL, gave a "
                    "neurogram along the S1 root. Dexamethasone 10 mg injected.\n")
    assert {d.generic: d.dose for d in facts.drugs} == {"iopamidol": 0.5, "dexamethasone_sodium_phosphate": 10.0}
    assert facts.procedures[0].contrast.used is True


def test_guard_a_prior_block_that_gave_relief_stays_history() -> None:
    facts = extract("Right L4-5 TFESI.\nThe last injection with Kenalog 80 mg gave 70% relief for 4 months.\n"
                    "Today dexamethasone 10 mg was injected at the right L4-5 foramen.\n")
    assert {d.generic: d.dose for d in facts.drugs} == {"dexamethasone_sodium_phosphate": 10.0}


# --- intent stated as a sentence of its own ---------------------------------------------------------

def test_intent_said_as_this_was_diagnostic() -> None:
    (p,) = extract("Left SI joint injection under fluoroscopy.\nBupivacaine 0.5% 2 mL injected. Pain 6/10 -> 1/10.\n"
                   "This was diagnostic.\n").procedures
    assert p.intent == "diagnostic"


# --- two procedures: a foramen belongs to the transforaminal one -----------------------------------

def test_foramen_level_in_a_tfesi_plus_mbb_session_goes_to_the_tfesi() -> None:
    text = ("Procedures: 1) left L4-5 TFESI 2) left L3-4 and L4-5 medial branch blocks\n"
            "A needle went to the left L4-5 foramen and the L4 root was outlined; dexamethasone 10 mg. Then needles "
            "to the left L2, L3 and L4 medial branches, 0.5 mL 0.5% bupivacaine each.\n")
    result = analyze_text(text, payer="medicare", date_of_service=datetime.date(2026, 3, 10),
                          place_of_service="11", source="snippet.txt")
    facet = next(p for p in result.facts.procedures if p.family == "facet_injection")
    assert [(m.value, m.source) for m in facet.level_mentions] == [("L3-L4, L4-L5", "title")]
    assert "laterality_conflict" not in {f.element for f in result.findings}


# --- joints and augmentation written in shorthand ---------------------------------------------------

def test_ac_joint_in_a_joint_list_is_an_intermediate_joint() -> None:
    text = ("Injections performed: left AC joint, right shoulder\n"
            "L AC joint: 0.5 mL Kenalog-40. R shoulder: posterior approach, 1 mL Kenalog-40.\n")
    assert sorted((p.target, p.laterality) for p in extract(text).procedures) == [
        ("acromioclavicular", "left"), ("shoulder", "right")]
    assert _lines(text) == {("20605", ("LT",), 1), ("20610", ("RT",), 1), ("J3301", (), 6)}


def test_vp_and_kp_beside_a_level_are_augmentations() -> None:
    (p,) = extract("T9 KP\nbiplane fluoro, bilateral 11 g access, balloon, 3 mL PMMA\n").procedures
    assert (p.family, p.approach, [lv.name for lv in p.levels]) == ("vertebral_augmentation", "kyphoplasty", ["T9"])
    (p,) = extract("VP at L1\nfluoro, 11 g R pedicle, 3 mL cement\n").procedures
    assert (p.family, p.approach, [lv.name for lv in p.levels]) == ("vertebral_augmentation", "vertebroplasty", ["L1"])


def test_guard_vp_shunt_is_no_procedure() -> None:
    assert [p.family for p in extract("Hx VP shunt. Right L5-S1 TFESI, dexamethasone 10 mg.").procedures] == [
        "transforaminal_epidural"]


# --- cross.md items from dev_fresh_f / dev_fresh_g (PROC) ------------------------------------------

def test_at_each_followed_by_and_is_per_nerve_on_each_side() -> None:
    text = ("Bilateral L4-5, L5-S1 radiofrequency ablation.\n"
            "On both sides cannulas to the L3 and L4 medial branches and the L5 dorsal ramus; then 0.5 mL 2% lidocaine "
            "at each and lesioning at 80 C.\n")
    assert _doses(text) == {"lidocaine": 60.0}  # 6 nerves x 0.5 mL x 20 mg/mL


def test_at_each_skin_site_is_per_level() -> None:
    text = ("Right L4-5 and L5-S1 transforaminal ESI.\n1% lidocaine 3 mL at each skin entry site. Needles to the right "
            "L4-5 and L5-S1 foramina, dexamethasone 5 mg at each level.\n")
    assert _doses(text) == {"lidocaine": 60.0, "dexamethasone_sodium_phosphate": 10.0}


def test_unsided_muscle_in_the_history_adds_no_third_muscle() -> None:
    text = ("TPI: bilat cervical paraspinals (2 muscles)\nNeck pain with taut bands in both paraspinals x 4 mo.\n"
            "27 g, 1 mL 1% lidocaine to each side.\n")
    (p,) = extract(text).procedures
    assert sorted(m.value for m in p.muscles) == ["left cervical paraspinals", "right cervical paraspinals"]
    assert ("20552", (), 1) in _lines(text)


def test_intent_after_a_long_parenthesis() -> None:
    (p,) = extract("PROCEDURE: Left L4-5 and L5-S1 facet medial branch blocks (L3, L4 medial branches and L5 dorsal "
                   "ramus), diagnostic.\nBupivacaine 0.5% 0.5 mL at each nerve.\n").procedures
    assert p.intent == "diagnostic"


def test_drug_named_with_a_prior_block_relief_is_not_given_today() -> None:
    text = ("Right L4-5 RFA\nTwo diagnostic blocks: 90% with bupivacaine, 85% with lidocaine.\n"
            "Cannulas to the right L3 and L4 medial branches; 1 mL 2% lidocaine per nerve before lesioning.\n")
    assert _doses(text) == {"lidocaine": 40.0}


def test_volume_returned_from_a_pump_is_not_placed() -> None:
    text = ("Intrathecal pump refill by the physician, no reprogramming.\n"
            "2.5 mL returned from the reservoir, then 18 mL baclofen 2000 mcg/mL placed.\n")
    assert _doses(text) == {"baclofen": 36.0}


def test_caudal_spread_does_not_make_an_interlaminar_note_caudal() -> None:
    (p,) = extract("Lumbar interlaminar ESI at L4-5.\nTuohy into the L4-5 epidural space; contrast with cephalad and "
                   "caudal spread; triamcinolone 80 mg.\n").procedures
    assert (p.approach, p.region, [lv.name for lv in p.levels]) == ("interlaminar", "lumbar", ["L4-L5"])


# --- a steroid's dose written without its unit -----------------------------------------------------

def test_bare_number_after_a_steroid_name_is_milligrams() -> None:
    assert _doses("Left L5-S1 TFESI under fluoro; Decadron 8 and 1 mL Omnipaque 240.") == {
        "dexamethasone_sodium_phosphate": 8.0, "iohexol": 1.0}
    assert _doses("Right hip injection: Depo-Medrol 80 + 3 cc 1% lidocaine.") == {
        "methylprednisolone_acetate": 80.0, "lidocaine": 30.0}
    assert _doses("Bilateral L4-5 TFESI, dex 6 to each side.") == {"dexamethasone_sodium_phosphate": 12.0}


def test_guard_a_brand_strength_or_a_concentration_is_no_bare_dose() -> None:
    assert _doses("Right L4-5 TFESI. Kenalog 40 1 mL.") == {"triamcinolone_acetonide": 40.0}
    assert _doses("Right L4-5 TFESI. Dexamethasone 10 mg/mL, 0.5 mL.") == {"dexamethasone_sodium_phosphate": 5.0}


# --- trigger points counted after the abbreviation; levator written alone ---------------------------

def test_tpi_times_count_is_the_number_of_sites_and_levator_is_a_muscle() -> None:
    text = "TPIs x 3: L levator, L trapezius, L rhomboid; 0.5 mL 1% lidocaine each.\n"
    (p,) = extract(text).procedures
    assert sorted(m.value for m in p.muscles) == ["left levator", "left rhomboid", "left trapezius"]
    assert _doses(text) == {"lidocaine": 15.0}
    assert _lines(text) == {("20553", (), 1)}


# --- header fields with "(s)", brand shorthand, a title that mentions the earlier block -----------------

def test_levels_header_written_with_an_s_in_parentheses_is_a_header() -> None:
    (p,) = extract("Procedure: Left TFESI\nLevel(s): L5-S1\nTechnique: needle at the left L4-5 foramen; "
                   "dexamethasone 10 mg.\n").procedures
    # the header is read as one (its level is a header mention); the levels are where the needle went (lead, round 11:
    # levels follow the description when it places the needle at other levels only, the difference a conflict)
    assert [lv.name for lv in p.levels] == ["L4-L5"]
    assert [(m.value, m.source) for m in p.level_mentions] == [("L5-S1", "header"), ("L4-L5", "body")]


def test_omni_and_dexameth_shorthand() -> None:
    facts = extract("Rt L4-5 TFESI under fluoro. Omni 300 0.5 ml, then Dexameth 6 mg.\n")
    assert {d.generic: d.dose for d in facts.drugs} == {"iohexol": 0.5, "dexamethasone_sodium_phosphate": 6.0}
    assert facts.procedures[0].contrast.strength_mg_iodine_per_ml == 300.0


def test_title_naming_the_earlier_block_after_the_procedure_is_today() -> None:
    (p,) = extract("Left SI joint injection, therapeutic, prior diagnostic injection 90% relief\n"
                   "Fluoroscopy; Kenalog 40 mg with 1 mL 0.5% bupivacaine.\n").procedures
    assert (p.family, p.laterality) == ("si_joint_injection", "left")


def test_guard_a_first_line_about_a_past_procedure_is_history() -> None:
    procs = extract("S/p right SI joint injection, 80% relief.\nToday: left knee injection, 40 mg Kenalog.\n").procedures
    assert [(p.family, p.laterality) for p in procs] == [("joint_injection", "left")]


def test_joint_said_to_be_injected_is_a_joint_injection() -> None:
    text = "Both shoulders injected, posterior approach, landmark guided, 40 mg Kenalog each.\n"
    (p,) = extract(text).procedures
    assert (p.family, p.target, p.laterality) == ("joint_injection", "shoulder", "bilateral")
    assert _lines(text) == {("20610", ("50",), 1), ("J3301", (), 8)}


# --- more digits-only levels; "per nerve" when only joints are named ------------------------------------

def test_digits_only_list_in_a_cervical_note_and_spine_abbreviations() -> None:
    assert _levels("Cervical medial branch blocks at 4-5 and 5-6 on the right, diagnostic.\n"
                   "Bupivacaine 0.5% 0.3 mL at each of 3 nerves.\n") == [("facet_injection", ["C4-C5", "C5-C6"])]
    assert _levels("T-spine interlaminar ESI at the 8-9 level, fluoroscopy. Dexamethasone 10 mg.\n") == [
        ("interlaminar_epidural", ["T8-T9"])]
    # guard: a bare lumbar digits list without its 5-1 is still not read (it may be weeks or mL)
    assert _levels("Lumbar MBB at 3-4 and 4-5, 0.5 mL each.\n") == [("facet_injection", [])]


def test_per_nerve_amount_when_the_medial_branch_note_names_only_joints() -> None:
    text = "Bilateral L3-4 and L4-5 medial branch blocks, diagnostic.\n0.25% bupivacaine 0.5 mL per nerve.\n"
    assert _doses(text) == {"bupivacaine": 7.5}  # 3 nerves a side x 2 sides x 0.5 mL x 2.5 mg/mL
    # guard: "at each level" keeps counting the levels
    assert _doses("Right L4-5 MBB, 0.5 mL 0.5% bupivacaine at each level.\n") == {"bupivacaine": 2.5}


# --- cross.md items from dev_fresh_g's untuned batch (info lines) -------------------------------------

def test_contrast_that_gave_an_epidural_pattern_is_given_today() -> None:
    text = ("Lumbar ILESI L5-S1\n2 mL of 1% lidocaine to the skin; Tuohy at L5-S1 by loss of resistance; Isovue-M 200 "
            "3 mL gave a typical epidural pattern; dexamethasone 10 mg.\n")
    assert _doses(text) == {"lidocaine": 20.0, "iopamidol": 3.0, "dexamethasone_sodium_phosphate": 10.0}


def test_earlier_block_line_in_run_on_shorthand_names_no_drug_given_today() -> None:
    text = ("L C5-6, C6-7 MBB #2, fluoro\nprior MBB 2/2: 90% x 6h (bupi)\nconsent, TO\n"
            "25 g to L C5, C6, C7 MB, 0.5 mL 2% lidocaine each\n")
    assert _doses(text) == {"lidocaine": 30.0}
