"""Wordings found by reading `dev_fresh_z` (round 6, fixer Z6: PROC + NEC areas) and older open items.

Each snippet is fictional and written in a wording of the family (other words than the notes'), with the exact fact
the reader must return; each failed on the reader before the change it tests, except the guards (named so) that pin
what the new rules must leave alone.
"""

from __future__ import annotations

import pytest

from nlp import extract

_TFESI = "Procedure: Right L4-L5 transforaminal epidural steroid injection under fluoroscopy.\n"


# --- symptom durations: a label without its colon, "Sx 5 mo", "N months of <a list of places> pain" ---------------

@pytest.mark.parametrize("text, weeks", [
    ("SYMPTOMS: Left calf pain and numbness. Duration 3 months.", 13.0),
    ("Sx duration - 4 mo.", 17.3333),
    ("Duration \u2013 5 months, constant.", 21.6667),
    ("Sx 7 wks: right buttock -> posterior thigh.", 7.0),
    ("Sxs 3 months, worse with standing.", 13.0),
    ("Pain: 6 months, radiating to the calf.", 26.0),
    ("INDICATIONS: Seven months of left groin, anterior thigh, knee and medial shin pain.", 30.3333),
    ("Eight weeks of left buttock, posterior thigh and lateral calf pain.", 8.0),
])
def test_symptom_duration_family(text: str, weeks: float) -> None:
    duration = extract(_TFESI + text).necessity.symptom_duration
    assert duration is not None and duration.weeks == weeks


@pytest.mark.parametrize("text", [
    "Symptoms: 6 weeks of PT without relief.",
    "Pain 3 weeks after the fall.",
    "Duration of relief 3 months after the last injection.",
])
def test_guard_no_symptom_duration(text: str) -> None:
    assert extract(_TFESI + text).necessity.symptom_duration is None


# --- a cervical articular pillar / lateral mass is where a medial branch lies: nerves, not a joint pair ------------

@pytest.mark.parametrize("text, nerves", [
    ("bilateral cervical medial branch blocks for the C4-5 and C5-6 facet joints\n\nunder fluoroscopy needles were "
     "placed at the waists of the C4 C5 and C6 articular pillars on both sides. lidocaine given.", ["C4", "C5", "C6"]),
    ("Procedure: Right C3-4 and C4-5 facet medial branch blocks.\nDescription: Needles were placed at the centroid of "
     "the right C3, C4 and C5 lateral masses. Bupivacaine 0.5 mL each.", ["C3", "C4", "C5"]),
    ("Procedure: Left C5-C6 and C6-C7 cervical medial branch radiofrequency ablation.\nThe electrodes were placed "
     "along the left C5, C6 and C7 articular pillars. Lesions at 80 C for 90 seconds.", ["C5", "C6", "C7"]),
])
def test_articular_pillars_name_medial_branches(text: str, nerves: list[str]) -> None:
    proc = extract(text).procedures[0]
    assert [n.name for n in proc.nerves] == [f"{v} medial branch" for v in nerves]
    assert [m.source for m in proc.level_mentions] == ["title"]  # no body level set to disagree with the title


def test_guard_pillar_in_a_transforaminal_note_is_no_nerve() -> None:
    proc = extract("Procedure: Right C5-6 transforaminal epidural steroid injection.\n"
                   "The needle was walked off the C6 lateral mass into the right C5-6 foramen.").procedures[0]
    assert proc.nerves == [] and [lv.name for lv in proc.levels] == ["C5-C6"]


# --- a sacroiliac ablation: lateral branches wrapped at a line end, a body "radiofrequency lesions" sentence, and
# --- earlier SI injections that "now last only weeks" -------------------------------------------------------------

def _families(text: str) -> list[str]:
    return [p.family for p in extract(text).procedures]


def test_lateral_branches_wrapped_at_a_line_end_are_a_sacroiliac_cue() -> None:
    assert _families("PROCEDURE: Radiofrequency neurotomy of the right S1, S2 and S3 lateral\nbranches with "
                     "fluoroscopic guidance.") == ["si_joint_rfa"]


def test_body_ablation_sentence_takes_the_titles_family() -> None:
    assert _families("PROCEDURE: Right genicular nerve radiofrequency ablation.\nDESCRIPTION: Radiofrequency "
                     "lesioning was carried out at 80 C for 90 seconds at each target.") == ["genicular_rfa"]


@pytest.mark.parametrize("text, family", [
    ("PROCEDURE: Right L4-5 and L5-S1 facet radiofrequency ablation.\n"
     "DESCRIPTION: Radiofrequency lesions were made at 80 C.", "facet_rfa"),
    ("PROCEDURE: Left S1-S3 lateral branch radiofrequency ablation.\nTECHNIQUE: Prone. Radiofrequency lesions were "
     "then made at 80 degrees for 90 seconds at each of the three targets.", "si_joint_rfa"),
])
def test_guard_ablation_body_sentence_keeps_one_procedure(text: str, family: str) -> None:
    assert _families(text) == [family]


@pytest.mark.parametrize("sentence", [  # a wrapped line that opens with the earlier procedure's name
    "Two blocks helped; cortisone\nSI joint injections now last only two weeks.",
    "Two blocks helped; the\nSI joint injections only lasted a few days each time.",
    "Two blocks helped; right\nSI joint blocks typically wear off within a week.",
])
def test_earlier_injections_that_last_weeks_are_not_todays(sentence: str) -> None:
    text = ("PROCEDURE: Left S1-S3 lateral branch radiofrequency ablation under fluoroscopy.\n"
            f"INDICATIONS: Left buttock pain for 2 years. {sentence}\n"
            "DESCRIPTION: Radiofrequency lesions at 80 C for 90 seconds at each target.")
    assert _families(text) == ["si_joint_rfa"]


# --- a phrase cut by a hard line wrap ("lumbar spinal" + newline + "stenosis") is still the phrase ------------------

def test_diagnosis_phrase_wrapped_at_a_line_end() -> None:
    facts = extract("Procedure: Left L4-L5 interlaminar epidural steroid injection under fluoroscopy.\n"
                    "History: she walks half a block before both legs cramp from her lumbar spinal\n"
                    "stenosis with neurogenic claudication.")
    assert [d.text for d in facts.necessity.diagnoses] == ["lumbar spinal stenosis"]


def test_procedure_phrase_wrapped_at_a_line_end() -> None:
    assert _families("PROCEDURE: Right superolateral, superomedial and inferomedial genicular nerve\n"
                     "blocks under ultrasound. Bupivacaine 0.5% 2 mL at each nerve.") == ["genicular_nerve_block"]


@pytest.mark.parametrize("text", [
    "PROCEDURE: Left L4-5 medial branch block.\n\nnerve blocks were discussed at length.",  # a blank line between
    "PROCEDURE: Left L4-5 genicular nerve\nBLOCKS: none.",  # the next line opens a field in capitals
])
def test_guard_no_phrase_across_a_paragraph_or_field(text: str) -> None:
    assert "genicular_nerve_block" not in _families(text)


# --- two SCS leads told by their sides ("one on each side of midline"), not by a number -----------------------------

@pytest.mark.parametrize("sentence, count", [
    ("eight-contact trial leads were placed one on each side of midline to the top of T8.", 2),
    ("the trial leads were advanced one per side to T8.", 2),
    ("a lead was placed on each side of midline to the top of T8.", 2),
    ("leads were placed bilaterally to the top of T8.", 2),
    ("an eight-contact lead was placed to T8 with contacts on both sides of midline.", 1),  # guard: one lead
    ("a single lead was placed at midline to T8.", 1),  # guard
])
def test_scs_leads_one_on_each_side(sentence: str, count: int) -> None:
    facts = extract("PROCEDURE: Spinal cord stimulator trial.\nDESCRIPTION: Under fluoroscopy, " + sentence)
    assert [(d.kind, d.count) for p in facts.procedures for d in p.devices] == [("lead", count)]
