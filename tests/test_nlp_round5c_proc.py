"""Procedure, side, level and drug wordings found by `dev_fresh_y` after its first (untuned) reading
(round 5c, PROC): radiology-report layouts, ortho brief op notes, vendor templates.

Each snippet is fictional and written in a wording of the family (not a sentence of the notes), with the exact
facts or code lines the reader must return; each failed on the reader before the change it tests, except the
guards (named so) that pin what the new rules must leave alone.
"""

from __future__ import annotations

import pytest

from nlp import extract


def _levels(text: str) -> list[tuple[str, str | None, list[str]]]:
    return [(p.family, p.laterality, [lv.name for lv in p.levels]) for p in extract(text).procedures]


# --- radiology report: the EXAM / STUDY line is the title -----------------------------------------------

_RADIOLOGY_BODY = (
    "\n\nHISTORY: Back pain.\n\n"
    "TECHNIQUE: Consent obtained. Needles were placed under guidance and the injectate was given.\n\n"
    "IMPRESSION: Uncomplicated procedure.\n"
)


@pytest.mark.parametrize("title, expected", [
    ("EXAM: FLUOROSCOPY-GUIDED LEFT L4-5 TRANSFORAMINAL EPIDURAL STEROID INJECTION",
     [("transforaminal_epidural", "left", ["L4-L5"])]),
    ("STUDY: CT guided bilateral L3-4 facet joint injections",
     [("facet_injection", "bilateral", ["L3-L4"])]),
    ("Exam performed: Right C4-C6 medial branch blocks under fluoroscopy",
     [("facet_injection", "right", ["C4-C5", "C5-C6"])]),
    ("EXAMINATION: FLUOROSCOPIC L2 KYPHOPLASTY",
     [("vertebral_augmentation", None, ["L2"])]),
])
def test_a_radiology_exam_line_naming_a_procedure_is_the_title(title: str, expected: list) -> None:
    assert _levels(title + _RADIOLOGY_BODY) == expected


def test_guard_a_physical_exam_line_stays_an_exam() -> None:
    text = ("PROCEDURE: Right L5-S1 transforaminal epidural steroid injection.\n\n"
            "EXAM: Tenderness over the left L3-4 facet joints; prior facet joint injection helped.\n\n"
            "TECHNIQUE: Needle placed at the right L5-S1 foramen; dexamethasone 10 mg given.\n")
    assert _levels(text) == [("transforaminal_epidural", "right", ["L5-S1"])]
