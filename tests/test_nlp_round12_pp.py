"""Round-12 paraphrase probe (PP, NEC): wording families of documentation elements that the probe
(`benchmarks/paraphrase_probe.py`, sentences in `benchmarks/paraphrases/`) showed misread. One test per family,
with wordings different from the probe's own sentences; each failed before the change it tests. Snippets are
fictional, written for this test.
"""

from __future__ import annotations

import pytest

from nlp import extract

_TFESI = ("Procedure: Left L4-L5 transforaminal epidural steroid injection under fluoroscopy.\n"
          "{line}\n"
          "Under fluoroscopy a needle was placed at the left L4-5 foramen and dexamethasone 10 mg injected.\n")


def _consent(line: str) -> bool | None:
    flag = extract(_TFESI.format(line=line), None, None).consent
    return None if flag is None else flag.value


@pytest.mark.parametrize("line", [
    "Consent form has not been signed.",
    "The patient declined to sign the consent.",
    "He refused consent for sedation and the injection.",
])
def test_consent_refused_or_unsigned_is_no_consent(line: str) -> None:
    """A consent said to be unsigned or refused documents no consent (it was read as consent obtained)."""
    assert _consent(line) is False


@pytest.mark.parametrize("line", [
    "CONSENT: We will get informed consent at the surgery center.",
    "CONSENT: Consent form to be signed in pre-op.",
])
def test_consent_still_to_come_is_not_documented(line: str) -> None:
    """Consent planned ('will obtain consent', a field repeating its label then 'to be signed') is not obtained."""
    assert _consent(line) is not True


def test_consent_field_answered_na_is_no_consent() -> None:
    """'Consent: N/A' answers the field with a denial."""
    assert _consent("Risk talk done earlier. Consent: N/A") is False


def test_consent_wordings_still_read() -> None:
    """The guards leave real consent alone: signed, obtained, given after a discussion."""
    assert _consent("Consent was signed after risks were reviewed.") is True
    assert _consent("The patient was able to sign the consent form.") is True


def _sedation_times(line: str) -> tuple[str | None, str | None]:
    text = ("Procedure: Left L4-L5 transforaminal epidural steroid injection under fluoroscopy.\n"
            f"SEDATION: {line}\n"
            "Under fluoroscopy a needle was placed at the left L4-5 foramen and dexamethasone 10 mg injected.\n")
    sed = extract(text, None, None).procedures[0].sedation
    return (sed.start_time, sed.stop_time) if sed else (None, None)


@pytest.mark.parametrize("line, expected", [
    ("Midazolam 1 mg IV administered at 10:41 for moderate sedation; sedation ended at 10:58.", ("10:41", "10:58")),
    ("Moderate sedation began at 1341 with fentanyl 25 mcg IV and ended at 1402.", ("13:41", "14:02")),
    ("Moderate sedation, midazolam 2 mg IV, times 1110-1131.", ("11:10", "11:31")),
    ("Moderate sedation with midazolam 2 mg IV; 1410-1428.", ("14:10", "14:28")),
    ("| Moderate sedation | midazolam 2 mg IV | 10:05 | 10:26 |", ("10:05", "10:26")),
    ("She was sedated with midazolam 2 mg IV between 07:50 and 08:09.", ("07:50", "08:09")),
])
def test_sedation_times_told_by_verbs_ranges_and_cells(line: str, expected: tuple[str, str]) -> None:
    """A sedation's start and stop told by 'given/began/ended at', a bare four-digit range, adjacent table cells or
    'between X and Y' (the times were missed, so the sedation looked undocumented)."""
    assert _sedation_times(line) == expected


def test_four_digit_number_pairs_that_are_no_times_stay_unread() -> None:
    """A four-digit range whose second half is no clock time (a document number) is not a sedation time."""
    assert _sedation_times("Moderate sedation with midazolam 2 mg IV; ref 1234-5678.") == (None, None)


def _symptom_weeks(line: str) -> float | None:
    text = ("Procedure: Left L4-L5 transforaminal epidural steroid injection under fluoroscopy.\n"
            "Indications:\n"
            f"{line}\n"
            "Under fluoroscopy a needle was placed at the left L4-5 foramen and dexamethasone 10 mg injected.\n")
    d = extract(text, None, None).necessity.symptom_duration
    return None if d is None else d.weeks


@pytest.mark.parametrize("line, weeks", [
    ("Symptom onset roughly 7 months before this encounter.", 30.3333),
    ("Leg pain began 10 weeks prior to the current visit.", 10.0),
    ("| Sx duration | 2 years |", 104.0),
])
def test_symptom_duration_counted_back_from_the_visit_or_in_a_table_cell(line: str, weeks: float) -> None:
    """'N months prior to today's visit' is 'N months ago'; a table row's duration cell after its label counts."""
    assert _symptom_weeks(line) == pytest.approx(weeks, abs=0.01)


@pytest.mark.parametrize("line", [
    "Symptom-free x 4 months, then sudden left leg pain two days ago.",
    "His father had leg pain for 10 years.",
])
def test_duration_without_symptoms_or_of_a_relative_is_not_the_patients(line: str) -> None:
    """A pain-free spell and a relative's history are no duration of the patient's symptoms."""
    assert (_symptom_weeks(line) or 0) < 4


def _functional(line: str) -> bool:
    text = ("Procedure: Left L4-L5 transforaminal epidural steroid injection under fluoroscopy.\n"
            "Indications:\n"
            f"{line}\n"
            "Under fluoroscopy a needle was placed at the left L4-5 foramen and dexamethasone 10 mg injected.\n")
    return bool(extract(text, None, None).necessity.functional_impairment)


@pytest.mark.parametrize("line", [
    "He has been off work for two months because of the leg pain.",
    "She cut back to part-time at the bakery.",
    "Significant limitation in activities of daily living from the sciatica.",
    "Reduced tolerance for prolonged sitting.",
    "Relies on and is dependent on her daughter for showering.",
])
def test_functional_impairment_work_loss_limitation_tolerance_dependence(line: str) -> None:
    """Work lost or cut back, a marked limitation of daily activities, a lowered activity tolerance and dependence on
    another for self-care are functional impairment."""
    assert _functional(line) is True


@pytest.mark.parametrize("line", [
    "No limitation in activities of daily living.",
    "She works full time and has not missed any shifts.",
])
def test_functional_impairment_new_wordings_keep_their_negatives(line: str) -> None:
    """A denied limitation and work missed for another reason stay no impairment."""
    assert _functional(line) is False


def test_one_result_said_for_both_blocks_after_it() -> None:
    """'85% relief after both diagnostic blocks': one result shared by the two blocks."""
    text = ("Procedure: Right L4-L5 and L5-S1 lumbar facet radiofrequency ablation under fluoroscopy.\n"
            "History: facet pain for 2 years. He reported 85% relief after both diagnostic medial branch blocks.\n"
            "RF lesions were made at 80 degrees C for 90 seconds at the right L3, L4 medial branches.\n")
    blocks = extract(text, None, None).assessments.diagnostic_blocks
    assert [(b.percent, b.ordinal) for b in blocks] == [(85.0, 1), (85.0, 2)]
