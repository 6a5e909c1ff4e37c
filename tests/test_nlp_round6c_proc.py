"""Procedures, sides and levels read from the wrong part of a note, found by `dev_fresh_ah` after its first
(untuned) reading (round 6c, PROC): verbose notes listing earlier procedures under their own label, copy-forward
text carried in from an earlier visit, addenda correcting the side of a draft title or order, terse abbreviations.

Each snippet is fictional and written in a wording of the family (not a sentence of the notes), with the exact
facts the reader must return; each failed on the reader before the change it tests, except the guards (named so)
that pin what the new rules must leave alone.
"""

from __future__ import annotations

import pytest

from nlp import extract


def _procs(text: str) -> list[tuple[str, str | None, list[str]]]:
    return [(p.family, p.laterality, [lv.name for lv in p.levels]) for p in extract(text).procedures]


# --- a labelled list of earlier procedures is history, never today's procedure --------------------------------

@pytest.mark.parametrize("label", [
    "PRIOR PROCEDURES:", "Past procedures:", "PRIOR INTERVENTIONS:", "Previous injections:", "PSH:",
    "Past Surgical History:", "Procedure history:",
])
def test_a_labelled_list_of_earlier_procedures_adds_no_procedure(label: str) -> None:
    text = ("PROCEDURE: Right C6-7 interlaminar epidural steroid injection under fluoroscopy.\n"
            "MEDICATIONS AT HOME: gabapentin 300 mg three times daily.\n"
            f"{label} Left L4-5 transforaminal epidural 2023; right knee injection 2024.\n"
            "HISTORY: Neck and right arm pain for 5 months despite therapy.\n"
            "TECHNIQUE: Prone. 20 g Tuohy needle at C6-7 right paramedian, loss of resistance. "
            "Dexamethasone 10 mg injected.\n")
    assert _procs(text) == [("interlaminar_epidural", "right", ["C6-C7"])]
