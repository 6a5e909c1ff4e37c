"""Round 19 (issue 3, teach19): wording families behind the sealed teaching-hospital batch dev_fresh_de, as fictional
snippets written for these tests (never a corpus sentence). Each case gives exact values and failed before its change;
the guards (named so) pin readings the change must keep.

- Moderate sedation whose clock range stands in a sentence of its own that names the sedation by the bare word
  ('Sedation 14:05 to 14:40, 35 minutes.', 'Sedated 10:15-10:35'): the range is its start and stop, so 99152/99153
  are billed and no sedation_details finding is raised (fde-h-kypho-01, fde-h-shp-01). Not a time after the sedation
  ('after sedation 10:40 to 11:05 in recovery').
"""

from __future__ import annotations

import datetime as dt

import pytest

from api import pipeline
from nlp import extract

DOS = dt.date(2026, 6, 23)


def _result(text: str, pos: str = "22", dos: dt.date = DOS):  # noqa: ANN202
    return pipeline.analyze_text(text, payer="medicare", date_of_service=dos, place_of_service=pos, source="r19")


def _lines(text: str, pos: str = "22") -> list[tuple[str, list[str], int]]:
    return sorted((c.code, sorted(c.modifiers), c.units) for c in _result(text, pos).codes)


def _elements(text: str, pos: str = "22") -> set[str]:
    return {str(f.element.value if hasattr(f.element, "value") else f.element) for f in _result(text, pos).findings}


# --- a sedation's clock range in a sentence of its own ----------------------------------------------------------------

_AUG = ("T12 vertebroplasty under biplanar fluoroscopy. Senior resident dictating; teaching physician present.\n"
        "Painful osteoporotic T12 compression fracture (M80.08XA) for six weeks despite a brace; she cannot sit up.\n"
        "Consent signed. Time-out done.\n"
        "The teaching physician directed moderate sedation: midazolam 1 mg and fentanyl 50 mcg IV, with a dedicated "
        "RN as independent observer.\n{times}\n"
        "Prone. 8 mL of 1% lidocaine to the periosteum. A transpedicular trocar was placed into T12 and cement was "
        "injected without leakage.\nNo complications.\n")


@pytest.mark.parametrize("times, expected", [
    ("Sedation 13:02 to 13:41, 39 minutes.", ("13:02", "13:41", 39)),
    ("Sedated 08:50-09:12.", ("08:50", "09:12", 22)),
    ("Intraservice 11:20 until 11:33.", ("11:20", "11:33", 13)),
    ("Time under sedation 15:05 through 15:30.", ("15:05", "15:30", 25)),
])
def test_sedation_range_after_bare_word(times: str, expected: tuple) -> None:
    sed = extract(_AUG.format(times=times)).procedures[0].sedation
    assert (sed.start_time, sed.stop_time, sed.intraservice_minutes) == expected


def test_sedation_range_codes() -> None:
    text = _AUG.format(times="Sedation 13:02 to 13:41, 39 minutes.")
    assert _lines(text) == [("22510", [], 1), ("99152", [], 1), ("99153", [], 2)]
    assert "sedation_details" not in _elements(text)


def test_sedation_range_short_single_line() -> None:
    text = _AUG.format(times="Sedated 08:50-09:12.")
    assert _lines(text) == [("22510", [], 1), ("99152", [], 1)]


def test_guard_recovery_range_is_not_the_sedation() -> None:
    sed = extract(_AUG.format(times="Monitored after sedation 10:40 to 11:05 in recovery.")).procedures[0].sedation
    assert (sed.start_time, sed.stop_time, sed.intraservice_minutes) == (None, None, None)


# --- discharge warning signs are not the patient's limits -------------------------------------------------------------

_ESI = ("Left L5-S1 transforaminal epidural steroid injection under fluoroscopy.\n"
        "Left leg pain from L5-S1 disc herniation (M51.16) for five months; physical therapy for eight weeks did not "
        "help.\n{function}\n"
        "Consent signed. Time-out done. Dexamethasone 10 mg injected at the left L5-S1 foramen. No complications.\n"
        "{discharge}\n")


@pytest.mark.parametrize("discharge", [
    "Discharge: rest today. Report fever, worsening pain, new numbness or weakness, or trouble passing urine.",
    "Instructions: no driving today; call for fever, chills, inability to walk or loss of bladder control.",
    "Go to the emergency department if you have difficulty walking or cannot bear weight on the leg.",
    "The patient was instructed to phone the clinic with any new trouble standing or leg weakness.",
    "Warning signs to watch for: fever, redness, trouble walking, bowel or bladder changes.",
    "Return precautions given: severe headache on sitting up, difficulty walking, fever.",
])
def test_warning_signs_are_not_function(discharge: str) -> None:
    facts = extract(_ESI.format(function="", discharge=discharge))
    assert facts.necessity.functional_impairment == []


@pytest.mark.parametrize("function", [
    "She reports trouble walking more than one block.",
    "Return to work has not been possible; she cannot lift her grandchild.",
])
def test_guard_patient_limits_still_read(function: str) -> None:
    facts = extract(_ESI.format(function=function, discharge="Report fever or new weakness."))
    assert [f.value for f in facts.necessity.functional_impairment] == [function]


# --- one saved image told by its count ---------------------------------------------------------------------------------

_CERV = ("- Procedure: left C5-C6 transforaminal epidural steroid injection, fluoroscopic guidance\n"
         "- Indication: left C6 radicular pain for four months; therapy for eight weeks without relief\n"
         "- Consent signed; time-out done\n- Technique: {technique}\n- Complications: none\n")


@pytest.mark.parametrize("technique", [
    "supine oblique position; 25-gauge needle to the left C5-C6 foramen under fluoroscopy; only one lateral view was "
    "saved; dexamethasone 4 mg injected",
    "prone oblique position, needle to the foramen under fluoroscopy, one AP spot film retained, dexamethasone 4 mg",
    "head turned, oblique approach; a single AP image was archived to PACS; dexamethasone 4 mg injected",
])
def test_single_saved_view_counts_one(technique: str) -> None:
    img = extract(_CERV.format(technique=technique)).procedures[0].imaging
    assert (img.saved_images, img.views) == (True, 1)
    assert "saved_images" in _elements(_CERV.format(technique=technique))


def test_guard_one_view_each_counts_two() -> None:
    text = _CERV.format(technique="needle to the left C5-C6 foramen under fluoroscopy; one AP and one lateral image "
                                  "were saved; dexamethasone 4 mg injected")
    img = extract(text).procedures[0].imaging
    assert (img.saved_images, img.views) == (True, 2)
