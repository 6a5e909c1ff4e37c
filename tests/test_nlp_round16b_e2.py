"""Round 16b (issue 3, e2): event and drug wording families behind the sealed batches dev_fresh_cc/cd, as fictional
snippets written for these tests (never a corpus sentence). Each case gives exact values and failed before its change;
the guards (named so) pin readings the change must keep.

- An earlier note carried in under a banner line ('=== Copied forward from the 02/2026 visit ===') over its own
  paragraph: the doses in that paragraph are the earlier visit's, not today's (fcd-h-tfesi-03: J1100 x14 for x4).
- The sedation's reason in a field asked as a question ('Why sedation:', 'Why IV sedation was needed -')
  (fcc-h-ilesi-01).
- A time-out told as a final check of what it checks ('paused for a final check of the patient, side and level')
  (fcc-caudal-01).
- The frontal projection is the AP view: 'Frontal and lateral images were saved' are two views (fcc-h-tfesi-02).
"""

from __future__ import annotations

import datetime as dt

import pytest

from api.pipeline import analyze_text
from nlp import extract

_DOS = dt.date(2026, 6, 9)


def _result(text: str):
    return analyze_text(text, payer="medicare", date_of_service=_DOS, place_of_service="11", source="r16b")


def _elements(text: str) -> set[str]:
    return {f.element for f in _result(text).findings}  # every severity: a time-out is an info finding here


def _dose(text: str, generic: str) -> tuple[float | None, str | None]:
    found = [d for d in extract(text).drugs if d.generic == generic]
    total = sum(d.dose for d in found if d.dose is not None)
    return (round(total, 3) if found else None), (found[0].dose_unit if found else None)


# --- a copied-forward block under a banner --------------------------------------------------------------------------

_TFESI = ("PROCEDURE: Right L5-S1 transforaminal epidural steroid injection under fluoroscopy.\n"
          "Diagnosis: lumbar radiculopathy (M54.16).\n\n"
          "{banner}\n"
          "Right L5-S1 TFESI done. Triamcinolone 80 mg. Omnipaque 240 2 mL. Tolerated well.\n"
          "{closing}\n\n"
          "Consent signed. Time-out done. Prone. The skin was numbed with 2 mL of 1% lidocaine. A 22-gauge needle was "
          "placed at the right L5-S1 foramen; Omnipaque 240, 1 mL, outlined the S1 root. Triamcinolone 40 mg was "
          "injected. AP and lateral images were saved. No sedation. No complications.\n")


@pytest.mark.parametrize("banner,closing", [
    ("=== Copied forward from the 02/2026 visit ===", "=== end of copy ==="),
    ("---- Previous procedure note (carried forward, for reference) ----", "---- end ----"),
    ("*** Text copied from prior note ***", ""),
])
def test_a_banner_carried_block_gives_no_dose_of_today(banner: str, closing: str) -> None:
    text = _TFESI.format(banner=banner, closing=closing)
    assert _dose(text, "triamcinolone_acetonide") == (40.0, "mg")
    assert _dose(text, "iohexol") == (1.0, "ml")


def test_guard_the_closing_banner_ends_the_copy_without_a_blank_line() -> None:
    """guard: '=== end of copy ===' closes the carried text; today's doses right under it are today's."""
    text = ("Caudal epidural steroid injection under fluoroscopy.\n"
            "=== Copied forward from the 01/2026 visit ===\n"
            "Leg pain since 2024; therapy failed.\n"
            "=== end of copy ===\n"
            "Consent signed, time-out done. Omnipaque 240 3 mL; triamcinolone 40 mg with 5 mL saline. No complications.\n")
    assert _dose(text, "triamcinolone_acetonide") == (40.0, "mg")


def test_guard_a_banner_without_a_copy_cue_keeps_its_doses() -> None:
    """guard: a plain section banner ('=== Medications given ===') carries nothing forward."""
    text = _TFESI.format(banner="=== Medications given today ===", closing="")
    assert _dose(text, "triamcinolone_acetonide") == (120.0, "mg")


def test_guard_a_copy_cue_inline_still_ends_with_its_line() -> None:
    """guard: 'copied forward' told in a sentence (no banner) covers its own line only."""
    text = _TFESI.format(banner="Plan copied forward from the last visit, unchanged.", closing="")
    assert _dose(text, "triamcinolone_acetonide") == (120.0, "mg")


# --- the sedation's reason asked as a question ------------------------------------------------------------------------

_ILESI = ("PROCEDURE: Lumbar interlaminar epidural steroid injection at L4-L5 under moderate sedation.\n"
          "Diagnosis: lumbar radiculopathy (M54.16).\n{why}\n"
          "Consent signed. Time-out done. I gave midazolam 2 mg IV at 09:05 with a nurse monitoring as independent "
          "observer. Prone; loss of resistance at L4-L5 with a 20-gauge Tuohy needle; Omnipaque 180 2 mL showed "
          "epidural spread. Methylprednisolone 80 mg injected. AP and lateral images saved. Sedation stopped at "
          "09:21. No complications.\n")


@pytest.mark.parametrize("why, reason", [
    ("Why sedation: she trembles uncontrollably and cannot keep still on the table without it.",
     "she trembles uncontrollably and cannot keep still on the table without it"),
    ("Why IV sedation was needed - a prior attempt awake ended when he jerked away from the needle.",
     "a prior attempt awake ended when he jerked away from the needle"),
    ("Why moderate sedation: marked fear of the procedure table after an earlier failed block.",
     "marked fear of the procedure table after an earlier failed block"),
])
def test_sedation_reason_asked_as_a_question_is_given(why: str, reason: str) -> None:
    text = _ILESI.format(why=why)
    assert extract(text).procedures[0].sedation.justification == reason
    assert "sedation_details" not in _elements(text)


def test_guard_why_sedation_answered_none_gives_no_reason() -> None:
    text = _ILESI.format(why="Why sedation: none documented.")
    assert extract(text).procedures[0].sedation.justification is None
    assert "sedation_details" in _elements(text)


# --- the time-out as a final check -----------------------------------------------------------------------------------

_CAUDAL = ("PROCEDURE: Caudal epidural steroid injection under fluoroscopy.\n"
           "Diagnosis: lumbar radiculopathy (M54.16).\n"
           "Consent signed. {check} Prone. 2 mL of 1% lidocaine to the skin; a 20-gauge Tuohy needle entered the "
           "caudal canal; Omnipaque 240 3 mL filled the sacral canal. Triamcinolone 40 mg injected. AP and lateral "
           "images saved. No sedation. No complications.\n")


@pytest.mark.parametrize("check", [
    "Before starting we stopped for a final check of the patient, procedure and approach.",
    "The nurse and I did a last safety check of the patient's name and the site.",
    "Final confirmation of patient identity and procedure with the team.",
])
def test_a_final_check_of_patient_and_site_is_a_time_out(check: str) -> None:
    assert "time_out" not in _elements(_CAUDAL.format(check=check))


def test_guard_a_final_check_of_needle_position_is_no_time_out() -> None:
    assert "time_out" in _elements(_CAUDAL.format(check="A final check of needle position was made on the lateral."))


# --- the frontal view -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("saved", [
    "Frontal and lateral images were archived.",
    "Lateral and frontal views were stored.",
])
def test_frontal_and_lateral_saved_are_two_views(saved: str) -> None:
    text = _CAUDAL.format(check="Time-out done.").replace("AP and lateral images saved.", saved)
    assert extract(text).procedures[0].imaging.views == 2
    assert "saved_images" not in _elements(text)


def test_guard_a_single_frontal_view_is_one_view() -> None:
    text = _CAUDAL.format(check="Time-out done.").replace("AP and lateral images saved.", "A frontal image was saved.")
    assert "saved_images" in _elements(text)



# --- a per-site amount and the whole in one sentence ----------------------------------------------------------------

_BILAT = ("PROCEDURE: Bilateral L5-S1 transforaminal epidural steroid injection under fluoroscopy.\n"
          "Consent signed. Time-out done. Prone. {sentence} AP and lateral images saved. No complications.\n")


@pytest.mark.parametrize("sentence,generic,dose", [
    ("Kenalog-40 1 mL (40 mg) was placed at each foramen, 80 mg total.", "triamcinolone_acetonide", 80.0),
])
def test_a_per_site_volume_then_the_total_mass_is_the_total(sentence: str, generic: str, dose: float) -> None:
    assert _dose(_BILAT.format(sentence=sentence), generic) == (dose, "mg")


@pytest.mark.parametrize("sentence,dose", [
    ("Triamcinolone 40 mg was given on each side, 80 mg in all, with 2 mL of 1% lidocaine per side.", 40.0),
    ("Dexamethasone 5 mg per foramen, 10 mg altogether, then 1 mL of 2% lidocaine at each foramen.", 40.0),
])
def test_a_later_drugs_per_site_amount_after_anothers_total_is_per_site(sentence: str, dose: float) -> None:
    assert _dose(_BILAT.format(sentence=sentence), "lidocaine") == (dose, "mg")


def test_guard_a_total_word_after_the_anaesthetic_keeps_it_whole() -> None:
    """guard: 'lidocaine 1% 3 mL in all' with a per-site steroid: the anaesthetic's amount is its whole."""
    text = _BILAT.format(sentence="Triamcinolone 40 mg at each foramen with 1% lidocaine 3 mL in all.")
    assert _dose(text, "lidocaine") == (30.0, "mg")


@pytest.mark.parametrize("sentence", [
    "At each of the three nerves 1 mL of 0.25% bupivacaine was placed, 3 mL (7.5 mg) altogether.",
])
def test_per_site_volume_then_the_whole_volume_is_counted_once(sentence: str) -> None:
    text = ("PROCEDURE: Right genicular nerve block under ultrasound.\nConsent signed. Time-out done. "
            + sentence + " No complications.\n")
    assert _dose(text, "bupivacaine") == (7.5, "mg")


@pytest.mark.parametrize("sentence,generic,dose", [
    ("Dexamethasone 2.5 mL (5 mg) was injected on either side, 10 mg in total.", "dexamethasone_sodium_phosphate", 10.0),
    ("Depo-Medrol 1 mL (40 mg) injected at either foramen, 80 mg in total.", "methylprednisolone_acetate", 80.0),
])
def test_guard_per_site_volume_and_mass_then_the_total_mass(sentence: str, generic: str, dose: float) -> None:
    """guard: both masses read ('(5 mg) ... on either side, 10 mg in total'): the per-site one times the sides."""
    assert _dose(_BILAT.format(sentence=sentence), generic) == (dose, "mg")


# --- no sedation told with the patient as subject -------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "He did not receive any sedation.",
    "The patient didn't get any sedation today.",
    "She was not given sedation at any point.",
])
def test_sedation_denied_with_the_patient_as_subject_is_none(sentence: str) -> None:
    text = _CAUDAL.format(check="Time-out done.").replace("No sedation.", sentence)
    assert extract(text).procedures[0].sedation.type == "none"


def test_guard_sedation_withheld_on_a_condition_is_not_read() -> None:
    """guard: 'would not receive sedation unless ...' says nothing of today's sedation."""
    text = _CAUDAL.format(check="Time-out done.").replace(
        "No sedation.", "She was told she would not receive sedation unless a driver came.")
    assert extract(text).procedures[0].sedation is None


# --- contrast named as an allergy field's value -----------------------------------------------------------------------

@pytest.mark.parametrize("allergy", ["Allergies: iodinated contrast (hives).", "Allergies: sulfa, IV contrast."])
def test_contrast_in_an_allergy_field_is_no_use(allergy: str) -> None:
    text = ("PROCEDURE: Right L4 and L5 medial branch blocks under fluoroscopy.\n"
            f"Medications: meloxicam. {allergy}\n"
            "Consent signed. Time-out done. Needles at the right L4 and L5 medial branches; contrast was not used. "
            "0.5 mL of 0.5% bupivacaine at each nerve. No sedation. No complications.\n")
    assert extract(text).procedures[0].contrast.used is False


def test_guard_contrast_given_after_an_allergy_field_is_used() -> None:
    """guard: an allergy field naming another agent leaves today's contrast given."""
    text = ("PROCEDURE: Right L4 and L5 medial branch blocks under fluoroscopy.\nAllergies: penicillin.\n"
            "Consent signed. Time-out done. Omnipaque 180 0.3 mL confirmed each needle; 0.5 mL of 0.5% bupivacaine at "
            "each nerve. No sedation. No complications.\n")
    assert extract(text).procedures[0].contrast.used is True
