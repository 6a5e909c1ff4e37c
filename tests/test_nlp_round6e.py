"""Round 6e: wording families met in `dev_fresh_ai` (the round's final check, now development data), as fictional
snippets of the same families: a checkbox grid's ticked intent, an OCR scan's 'Iesioned', a letter's sign-off.

Every case gives the exact reading the reader must return and failed before its change; the guards (named so) pin
readings the change must keep.
"""

from __future__ import annotations

import pytest

from nlp import extract


def _intents(text: str) -> list[tuple[str, str | None]]:
    """(family, intent) of each procedure read, in order."""
    return [(p.family, p.intent) for p in extract(text).procedures]


# --- a checkbox grid ticks one intent: the ticked option is the intent, not the first word printed ------------

@pytest.mark.parametrize("text, expected", [
    ("Procedure ........ Sacroiliac joint injection   Side: [ ] R  [X] L\n"
     "Intent ........... [ ] Diagnostic  [X] Therapeutic\nGuidance ......... Fluoroscopy\n",
     [("si_joint_injection", "therapeutic")]),
    ("Left SI joint injection under fluoroscopy.\nIntent: Diagnostic [ ]  Therapeutic [X]\n",
     [("si_joint_injection", "therapeutic")]),
    ("Left L4-5 and L5-S1 facet joint injections under fluoroscopy.\nPurpose: [ ] Diagnostic [x] Therapeutic\n",
     [("facet_injection", "therapeutic")]),
    ("Left SI joint injection under fluoroscopy.\nIntent: [X] Diagnostic  [ ] Therapeutic\n",
     [("si_joint_injection", "diagnostic")]),
])
def test_ticked_intent_box_is_the_intent(text: str, expected: list) -> None:
    assert _intents(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Left SI joint injection under fluoroscopy.\nIntent: diagnostic\n", [("si_joint_injection", "diagnostic")]),
    ("Left SI joint injection under fluoroscopy.\n", [("si_joint_injection", None)]),
])
def test_guard_written_or_missing_intent_kept(text: str, expected: list) -> None:
    assert _intents(text) == expected


# --- an OCR scan reads the l of 'lesioned' as I or 1: the RF temperature is still read -----------------------

_RF = ("Right lumbar radiofrequency neurotomy, L3 and L4 medial branches and L5 dorsal ramus.\n"
       "Fluoro. 18g cannulas placed parallel to each nerve; sensory 50 Hz concordant.\n{w} 85 C x 90 sec each.\n")


@pytest.mark.parametrize("word", ["Iesioned", "1esioned", "lesioned"])
def test_ocr_lesioned_still_gives_the_temperature(word: str) -> None:
    rf = extract(_RF.format(w=word)).procedures[0].radiofrequency
    assert rf is not None and (rf.technique, rf.temperature_c, rf.duration_s) == ("thermal", 85.0, 90.0)


def test_guard_no_rf_word_no_temperature() -> None:
    assert extract(_RF.format(w="Treated")).procedures[0].radiofrequency is None


# --- a letter's sign-off ('With kind regards,' + 'Pain Medicine') is no indication --------------------------

_PUMP = ("Dear Dr. Colleague,\n\nI saw our patient today for her intrathecal pump refill. Diagnosis: failed back "
         "surgery syndrome (M96.1). I personally performed the refill. The pump was not reprogrammed.\n\n{close}\n")


@pytest.mark.parametrize("close", ["With kind regards,\nPain Medicine", "Sincerely,\nPain Management Associates",
                                   "Yours faithfully,\nThe Pain Clinic", "Best wishes.\nInterventional Pain Service"])
def test_letter_sign_off_is_no_indication(close: str) -> None:
    assert extract(_PUMP.format(close=close)).necessity.indication is None


def test_guard_symptom_sentence_before_sign_off_is_the_indication() -> None:
    text = _PUMP.format(close="She has severe low back pain limiting walking.\n\nKind regards,\nPain Medicine")
    ind = extract(text).necessity.indication
    assert ind is not None and ind.value == "She has severe low back pain limiting walking."


# --- a vendor field's leader dots join its label to the value: 'Prior dx block ....... ...: 85% relief' ------------

_SIJ = ("Procedure ......... Sacroiliac joint injection   Side: [ ] R  [X] L\n"
        "Intent ............ [ ] Diagnostic  [X] Therapeutic\n{line}\nGuidance .......... Fluoroscopy\n")


def test_leader_dot_label_names_the_diagnostic_block() -> None:
    line = "Prior dx block .... Left SI block 03/2026 with lidocaine: 85% relief for the duration of the anesthetic"
    a = extract(_SIJ.format(line=line)).assessments
    assert ([r.percent for r in a.diagnostic_blocks], a.prior_procedure_response) == ([85.0], [])


def test_guard_label_with_diagnostic_word_kept() -> None:
    line = "Diagnostic block ........ left SI joint, 02/2026, bupivacaine: 90% relief"
    a = extract(_SIJ.format(line=line)).assessments
    assert ([r.percent for r in a.diagnostic_blocks], a.prior_procedure_response) == ([90.0], [])


def test_guard_full_stop_still_ends_the_clause() -> None:
    line = "Prior diagnostic block gave 90% relief. Last SI injection 03/2026: 60% relief for 4 months."
    a = extract(_SIJ.format(line=line)).assessments
    assert ([r.percent for r in a.diagnostic_blocks], [r.percent for r in a.prior_procedure_response]) == ([90.0], [60.0])


# --- an imaging report in the plural, or a disc 'touching'/'indenting' the root, is an imaging finding ----------

@pytest.mark.parametrize("line, value", [
    ("Imaging ........ MRI right L4-5 and L5-S1 disc protrusions touching the right L5 and S1 roots",
     "MRI right L4-5 and L5-S1 disc protrusions touching the right L5 and S1 roots"),
    ("MRI: L5-S1 disc extrusions deforming the left S1 root.", "L5-S1 disc extrusions deforming the left S1 root."),
    ("MRI shows a right L5-S1 disc touching the traversing S1 root.",
     "MRI shows a right L5-S1 disc touching the traversing S1 root."),
])
def test_plural_or_touching_imaging_finding(line: str, value: str) -> None:
    text = f"Right L5-S1 interlaminar epidural steroid injection.\n{line}\n"
    assert [f.value for f in extract(text).necessity.imaging_findings] == [value]


def test_guard_touching_without_imaging_is_no_finding() -> None:
    text = "Right L5-S1 interlaminar epidural steroid injection.\nThe needle was advanced without touching bone.\n"
    assert extract(text).necessity.imaging_findings == []
