"""Round 15 (PC15): wording families that the final sealed check dev_fresh_bp showed misread. Fictional snippets
written for these tests, with wordings other than the batch notes'; each case failed before its change.

- 'dx' naming the block itself ('(dx block)', '- dx inj', 'dx MBB'): the intent was not read, so an SI injection was
  flagged as lacking its diagnostic/therapeutic intent.
- A negation ending a wrapped line ('... discussion. No' + newline + 'IV sedation was given'): the line break ended the
  sentence, the negation did not reach the sedation, and moderate sedation was read as given.
- Care that failed written as 'in spite of' ('Pain persists in spite of 10 weeks of PT'): not read as failed.
"""

from __future__ import annotations

import datetime as dt

import pytest

from api.pipeline import analyze_text

_DOS = dt.date(2026, 6, 9)


def _run(text: str):
    return analyze_text(text, payer="medicare", date_of_service=_DOS, place_of_service="11")


def _elements(text: str) -> set[str]:
    return {f.element for f in _run(text).findings}


# --- intent: 'dx block' ---------------------------------------------------------------------------------------------

_SI_BODY = ("\nDx: R sacroiliitis (M46.1). Right buttock pain for 9 months; four weeks of PT and meloxicam gave no "
            "relief; cannot sit through a meal. CT: right SIJ erosions. Consent signed, time-out done, no sedation.\n"
            "Pre 6/10. Prone, prep. Fluoro-guided 22 g needle into the lower right SI joint, contrast 0.5 mL with an "
            "arthrogram, then 1.5 mL 0.25% bupivacaine. Image saved. Post 1/10. No complications.\n")


@pytest.mark.parametrize("title", [
    "R SI jt injection (dx block) under fluoro",
    "Right SIJ inj - dx inj - fluoro",
])
def test_dx_block_states_diagnostic_intent(title: str) -> None:
    r = _run(title + _SI_BODY)
    assert [p.intent for p in r.facts.procedures] == ["diagnostic"]
    assert "approach" not in {f.element for f in r.findings}


def test_dx_field_is_no_intent() -> None:
    """guard: 'Dx:' opens the diagnosis, not the block's intent; the missing intent is still flagged."""
    r = _run("R SI jt injection under fluoro" + _SI_BODY)
    assert [p.intent for p in r.facts.procedures] == [None]
    assert "approach" in {f.element for f in r.findings}


# --- sedation: a negation ending a wrapped line ---------------------------------------------------------------------

_MBB = ("Left L3-L4 medial branch blocks, diagnostic.\nLow back pain for 8 months despite PT; cannot stand for long.\n"
        "Consent signed after we talked it over, time-out done. {sed} sedation was used.\nPre 6/10. Under fluoroscopy, "
        "22 g needles to the left L2 and L3 medial branches; 0.5 mL 0.5% bupivacaine at each. Post 1/10. No "
        "complications.\n")


@pytest.mark.parametrize("sed", [
    "Risks reviewed. No\n    IV",
    "She was given no\n  IV",
])
def test_negation_wrapped_before_sedation(sed: str) -> None:
    r = _run(_MBB.format(sed=sed))
    assert r.facts.procedures[0].sedation.type == "none"
    assert "sedation_details" not in {f.element for f in r.findings}


def test_sedation_field_answer_no_is_no_opener() -> None:
    """guard: a field answered 'No' on its own line ends there; the next line's sedation is the note's own statement."""
    text = _MBB.format(sed="Anticoagulants: No\nModerate") + "Midazolam 2 mg IV given by me.\n"
    r = _run(text)
    assert r.facts.procedures[0].sedation.type == "moderate"


# --- conservative care: 'in spite of' -------------------------------------------------------------------------------

_RFA = ("Left L4-L5 and L5-S1 medial branch radiofrequency ablation.\nLumbar spondylosis (M47.816). Axial low back "
        "pain for 2 years. {care} Oswestry 40%. MRI: left L4-5 and L5-S1 facet arthropathy. Two medial branch blocks "
        "gave 85% and 90% relief. Consent signed; time-out done; no sedation. Pre 7/10.\nUnder fluoroscopy, RF "
        "cannulas to the left L3, L4 medial branches and L5 dorsal ramus; sensory and motor testing done; 1 mL 2% "
        "lidocaine each, then lesions at 80 C for 90 s. Post 2/10. No complications.\n")


@pytest.mark.parametrize("care", [
    "The pain has persisted in spite of 10 weeks of physical therapy and ibuprofen.",
    "Her back pain goes on in spite of a home exercise program and NSAIDs for 3 months.",
])
def test_in_spite_of_reads_failed_care(care: str) -> None:
    assert "conservative_care" not in _elements(_RFA.format(care=care))


def test_care_listed_without_outcome_still_flagged() -> None:
    """guard: care named with no failure stated stays a conservative-care finding."""
    assert "conservative_care" in _elements(_RFA.format(care="She has done 10 weeks of physical therapy and ibuprofen."))


# --- function: hours of work cut, told in the passive ---------------------------------------------------------------

_ESI = ("Right L5-S1 transforaminal epidural steroid injection under fluoroscopy.\nDx: lumbar radiculopathy (M54.16). "
        "Pain down the right leg to the foot for 7 months, numb along the outer foot. PT for 8 weeks did not help. {fn} "
        "MRI: right L5-S1 foraminal stenosis.\nConsent signed; time-out done; no sedation. Pre 7/10. Needle to the right "
        "L5-S1 foramen, contrast 1 mL Omnipaque 240 with epidural spread, then 40 mg triamcinolone. AP and lateral images "
        "saved. Post 2/10. No complications.\n")


@pytest.mark.parametrize("fn", [
    "Her working hours have been cut back because of it.",
    "His shifts were reduced on account of the leg pain.",
])
def test_hours_cut_in_the_passive_is_functional_impairment(fn: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PAINPOINT_PRESENCE", "0")  # the rules' own reading
    assert "functional_impairment" not in _elements(_ESI.format(fn=fn))


def test_clinic_hours_cut_is_no_impairment(monkeypatch: pytest.MonkeyPatch) -> None:
    """guard: hours that are not the patient's ('Clinic hours were reduced') say nothing of function."""
    monkeypatch.setenv("PAINPOINT_PRESENCE", "0")
    assert "functional_impairment" in _elements(_ESI.format(fn="Clinic hours were reduced this month."))
