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
