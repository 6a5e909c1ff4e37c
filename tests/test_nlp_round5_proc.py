"""Procedure, muscle and dose wordings found by `dev_fresh_u` after its first (untuned) reading (round 5, PROC).

Each snippet is fictional and written in a wording of the family (not a sentence of the notes), with the exact
facts the reader must return; each failed on the reader before the change it tests, except the guards (named
so) that pin what the new rules must leave alone.
"""

from __future__ import annotations

import pytest

from nlp import extract


def _drugs(text: str) -> list[tuple[str, float | None]]:
    return [(d.generic, d.dose) for d in extract(text).drugs]


def _families(text: str) -> list[str]:
    return [p.family for p in extract(text).procedures]


# --- an amount written before "of <strength> percent <drug>" ----------------------------------------

@pytest.mark.parametrize("text, drugs", [
    ("Bilateral L3-4 facet joint injections. Each joint received 1 mL of Kenalog 40 mixed with 1 mL of 0.25 percent "
     "bupivacaine.", [("triamcinolone_acetonide", 80.0), ("bupivacaine", 5.0)]),
    ("Right hip injection: 40 mg triamcinolone with 2 mL of 1 percent lidocaine.",
     [("triamcinolone_acetonide", 40.0), ("lidocaine", 20.0)]),
])
def test_volume_before_a_percent_strength_belongs_to_the_drug_after_it(text: str, drugs: list) -> None:
    assert _drugs(text) == drugs


# --- "each (6 mL)": a restated total, not a count of sites -------------------------------------------

def test_parenthetical_volume_after_each_is_no_site_count() -> None:
    assert _drugs("Trigger point injections into 2 muscles, 0.5% bupivacaine 2 mL each (4 mL).") == [
        ("bupivacaine", 20.0)]


def test_guard_each_with_a_parenthetical_count_still_counts_sites() -> None:
    text = "Right L3, L4, L5 medial branch blocks, 0.5 mL of 2% lidocaine at each (3) nerve."
    assert _drugs(text) == [("lidocaine", 30.0)]


# --- "at each one" ------------------------------------------------------------------------------------

def test_at_each_one_is_per_site() -> None:
    text = ("Left L3, L4 and L5 medial branches were blocked with 0.5 mL of 2 percent lidocaine at each one.")
    assert _drugs(text) == [("lidocaine", 30.0)]


# --- trigger points: muscle shorthand, stated counts, a dose per muscle ---------------------------------

def _muscles(text: str) -> list[str]:
    return [m.value for p in extract(text).procedures for m in p.muscles]


def test_muscle_shorthand_counts_once_with_its_full_name() -> None:
    text = ("TPI - R QL, R gluteus medius\nTender bands in R QL and R glut med with twitch response.\n"
            "Injected R QL and R glut med.")
    muscles = _muscles(text)
    assert len(muscles) == 2 and muscles[0].endswith("ql") and muscles[1] == "right gluteus medius"


def test_dose_each_in_a_trigger_point_note_is_per_named_muscle() -> None:
    text = "TPI x2 - R QL, R gluteus medius\nConsent. 27 g, 1% lidocaine 2 mL each. Tolerated well."
    assert _drugs(text) == [("lidocaine", 40.0)]


def test_stated_muscle_count_documents_the_muscles() -> None:
    text = ("Trigger point injections\nExam: twitch response in the left trapezius, left levator scapulae and left "
            "rhomboid.\nFour muscles injected with 1 mL of 1% lidocaine in each.")
    facts = extract(text)
    assert len(facts.procedures[0].muscles) == 4
    assert [(d.generic, d.dose) for d in facts.drugs] == [("lidocaine", 40.0)]


def test_guard_muscle_relaxants_are_no_muscle_count() -> None:
    text = "Trigger point injection to the right trapezius. Tried 2 muscle relaxants without help."
    assert _muscles(text) == ["right trapezius"]


# --- earlier and planned procedures named beside today's ----------------------------------------------

@pytest.mark.parametrize("text, families", [
    ("Left L4-5, L5-S1 RFA\n- MBBs done twice before\n- Lesions at 80 C x 90 s.", ["facet_rfa"]),
    ("Right lumbar radiofrequency ablation L3-4. Had an SI joint injection before.", ["facet_rfa"]),
    ("Right genicular nerve block (diagnostic, ahead of a planned RFA)\n- 2 mL 0.5% bupivacaine at each nerve.",
     ["genicular_nerve_block"]),
    ("Bilateral L4-5 medial branch blocks to qualify for radiofrequency ablation.", ["facet_injection"]),
])
def test_earlier_and_planned_procedures_are_not_todays(text: str, families: list[str]) -> None:
    assert _families(text) == families


def test_guard_prior_to_ablation_alone_is_still_todays_ablation() -> None:
    assert _families("Prior to radiofrequency ablation of the right L4-5 facet, sensory testing was done.") == [
        "facet_rfa"]


def test_guard_same_as_before_is_still_todays_procedure() -> None:
    assert _families("Repeat right L4-5 radiofrequency ablation, settings the same as before.") == ["facet_rfa"]
    assert _families("Right L5-S1 transforaminal epidural steroid injection same as before.") == [
        "transforaminal_epidural"]


# --- open items of dev_fresh_s/t: template columns, amounts closing a line, per-site totals ------------

def test_a_second_field_on_a_template_line_opens_its_own_section() -> None:
    text = ("LUMBAR EPIDURAL STEROID INJECTION\nLevel: L3-L4        Approach: interlaminar\n"
            "Imaging: fluoroscopy       Contrast: Isovue-M 200, 3 mL\n"
            "Procedure: Tuohy to loss of resistance; dexamethasone 10 mg injected.")
    assert _drugs(text) == [("iopamidol", 3.0), ("dexamethasone_sodium_phosphate", 10.0)]


def test_an_amount_closing_a_drug_line_stays_with_that_drug() -> None:
    text = "Procedure: C7-T1 interlaminar ESI\nContrast: Omnipaque 300 1.5 mL\nDexamethasone 10 mg injected."
    assert _drugs(text) == [("iohexol", 1.5), ("dexamethasone_sodium_phosphate", 10.0)]


def test_guard_an_amount_wrapped_before_its_drug_still_goes_to_the_next_line() -> None:
    assert _drugs("Right knee injection. Kenalog 40 mg with 2 mL\n1% lidocaine injected.") == [
        ("triamcinolone_acetonide", 40.0), ("lidocaine", 20.0)]


def test_the_same_drug_twice_in_one_sentence_is_two_administrations() -> None:
    text = "Right shoulder injection\n- 1% lidocaine 2 mL skin; Depo-Medrol 80 mg + 5 mL 1% lidocaine injected"
    assert _drugs(text) == [("lidocaine", 70.0), ("methylprednisolone_acetate", 80.0)]


def test_equal_doses_in_different_strengths_are_not_a_restatement() -> None:
    text = ("TECHNIQUE: Left genicular nerve RFA of the superomedial, superolateral and inferomedial genicular "
            "nerves. 1% lidocaine 2 mL per\nsite for skin. Cannulae to the targets (shaft and epicondyle).\n"
            "Motor testing negative. 1 mL 2% lidocaine per nerve, then lesioning at 80 C.")
    assert _drugs(text) == [("lidocaine", 120.0)]


@pytest.mark.parametrize("text, dose", [
    ("TPI - R trapezius, R levator scapulae, R rhomboid\nConsent. 2 mL 1% lidocaine into each trigger point "
     "(8 mL total).", 80.0),
    ("TPI x4 muscles\nConsent. 0.5% bupivacaine 2 mL per point, one point in each muscle (4 total).", 40.0),
])
def test_a_parenthetical_total_gives_the_number_of_sites(text: str, dose: float) -> None:
    assert [d for _, d in _drugs(text)] == [dose]


def test_a_bare_each_counts_the_nerves_of_the_sentence_before() -> None:
    text = "L L4-5 MBB #1 - fluoro\nconsent. 25g to L L3 MB + L L4 MB under fluoro. 1% lido 1 mL each."
    assert _drugs(text) == [("lidocaine", 20.0)]


def test_guard_each_side_of_a_muscle_named_on_both_sides_is_two_sites() -> None:
    text = "TPI - left and right lumbar paraspinals\nConsent. 27 g, 2 mL 1% lidocaine to each side."
    assert _drugs(text) == [("lidocaine", 40.0)]


# --- coding: images documented without their modality ------------------------------------------------

def _code_lines(text: str) -> list[tuple[str, list[str], int]]:
    import datetime as dt

    from api.pipeline import analyze_text

    result = analyze_text(text, date_of_service=dt.date(2026, 3, 1), place_of_service="11")
    return [(x.code, list(x.modifiers), x.units) for x in result.codes]


def test_si_joint_with_images_of_unnamed_modality_is_27096_with_a_finding() -> None:
    """CPT sends an SI joint injection without fluoroscopy/CT to 20552; saved AP and lateral images show guidance was
    used and only its kind is missing, so the gold convention bills 27096 and flags the imaging_guidance gap."""
    text = ("PROCEDURE: Left SI joint injection\nLeft SI joint entered with imaging in contralateral oblique; 1 mL "
            "iohexol outlined the joint; 40 mg Kenalog injected. AP and lateral images were saved.")
    assert _code_lines(text)[0] == ("27096", ["LT"], 1)


def test_guard_si_joint_by_landmarks_is_still_20552() -> None:
    text = "PROCEDURE: Left SI joint injection by landmarks, no imaging. 40 mg Kenalog injected."
    assert _code_lines(text)[0] == ("20552", [], 1)


# --- a negation ended by "and"; amounts repeated by reference -----------------------------------------

def test_a_negation_before_and_does_not_reach_a_dosed_drug() -> None:
    text = ("Right L5 TFESI. Contrast showed a neurogram without vascular uptake and Kenalog 40 mg was injected.")
    assert _drugs(text) == [("triamcinolone_acetonide", 40.0)]


def test_guard_a_drug_named_after_and_no_stays_negated() -> None:
    assert _drugs("Right L5 TFESI. Dexamethasone 10 mg injected, no lidocaine and no sedation used.") == [
        ("dexamethasone_sodium_phosphate", 10.0)]


@pytest.mark.parametrize("text, drugs", [
    ("Bilateral shoulder injections\nRight shoulder: posterior approach, Depo-Medrol 40 mg with 3 mL 1% lidocaine.\n"
     "Left shoulder: same approach, same mixture.", [("methylprednisolone_acetate", 80.0), ("lidocaine", 60.0)]),
    ("Bilateral knee injections. Right knee: Kenalog 40 mg and 2 mL 0.5% bupivacaine. The left knee received the same "
     "dose.", [("triamcinolone_acetonide", 80.0), ("bupivacaine", 20.0)]),
])
def test_the_same_mixture_on_the_other_side_repeats_the_amounts(text: str, drugs: list) -> None:
    assert _drugs(text) == drugs


def test_guard_the_same_mixture_on_the_same_site_is_no_repeat() -> None:
    text = "Right knee injection. Kenalog 40 mg mixed with 4 mL 1% lidocaine. The same mixture was injected slowly."
    assert _drugs(text) == [("triamcinolone_acetonide", 40.0), ("lidocaine", 40.0)]


def test_each_closing_a_line_without_punctuation_is_per_site() -> None:
    text = "L C4-5, C5-6 MBB\nconsent. 25 g to L C4, C5, C6 MB; 0.5 mL 1% lido each\npost 2/10, no cx"
    assert _drugs(text) == [("lidocaine", 15.0)]


# --- genicular nerves as a bracketed list of codes ----------------------------------------------------

def test_genicular_codes_in_brackets_name_the_nerves() -> None:
    facts = extract("R genicular nerve block (SM, SL, IM), dx, fluoro. 22 g to each target, 0.25% bupivacaine "
                    "2 mL each.")
    assert sorted(n.name for p in facts.procedures for n in p.nerves) == [
        "inferomedial genicular", "superolateral genicular", "superomedial genicular"]
    assert [(d.generic, d.dose) for d in facts.drugs] == [("bupivacaine", 15.0)]


def test_guard_a_lone_im_in_brackets_is_no_nerve() -> None:
    facts = extract("Right genicular nerve block under fluoroscopy. Ketorolac 30 mg (IM) afterwards.")
    assert [n.name for p in facts.procedures for n in p.nerves] == []
