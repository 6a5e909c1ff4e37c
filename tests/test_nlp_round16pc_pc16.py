"""Round 16 post-check (pc16, issue 3): the wording families behind the final check dev_fresh_ca's errors, as
fictional snippets written for these tests (never a corpus sentence). Each case gives exact values and failed before
its change; the guards (named so) pin readings the change must keep.

- A diagnosis header alone on its line over a numbered or bulleted list, then a blank line and dictated prose with the
  technique: the prose is the note's body, not diagnosis text, so its drugs, guidance, contrast and images count
  (fca-h-tfesi-02).
- 'caudal' telling how the C-arm or the beam was turned ('with caudal tilt', 'angled 15 degrees caudal', 'caudal
  angulation') names no caudal epidural (fca-h-si-01: no 62323).
- The present episode as the subject of a duration ('This episode dates back 11 months', 'This episode goes back
  roughly ten months') is the symptoms' duration (fca-ilesi-01, fca-tfesi-02).
- The plan gone over with the patient as a topic before the consent ('After we reviewed the risks and the plan for a
  pain diary she signed the consent') leaves the consent today's (fca-h-mbb-01).
"""

from __future__ import annotations

import datetime as dt

from api import pipeline
from nlp import extract

DOS = dt.date(2026, 6, 23)


def _result(text: str):
    return pipeline.analyze_text(text, payer="medicare", date_of_service=DOS, place_of_service="11", source="pc16")


def _lines(text: str) -> list[tuple[str, list[str], int]]:
    return sorted((c.code, sorted(c.modifiers), c.units) for c in _result(text).codes)


def _findings(text: str) -> set[str]:
    return {f.id.split(".")[0] for f in _result(text).findings if f.severity in ("error", "warning")}


# --- a diagnosis list, then dictated prose ------------------------------------------------------------------------

_DX_LIST_NOTE = """Right L4-5 transforaminal epidural steroid injection

{header}
{mark1} Lumbar radiculopathy (M54.16)
{mark2} Lumbar foraminal stenosis (M48.061)

He comes in with right shin pain. Prone. With fluoroscopic guidance a 22-gauge needle reached the right L4-5 foramen.
2 mL of Isovue-M 200 outlined the L4 root without vascular runoff. We injected 10 mg dexamethasone (1 mL of
10 mg/mL). AP and lateral images were kept.
"""


def _dx_list_facts(header: str, mark1: str, mark2: str):
    return extract(_DX_LIST_NOTE.format(header=header, mark1=mark1, mark2=mark2))


def test_numbered_diagnosis_list_then_prose_reads_the_technique():
    facts = _dx_list_facts("Diagnoses:", "1.", "2.")
    assert [(d.generic, d.dose, d.dose_unit) for d in facts.drugs] == [
        ("iopamidol", 2.0, "ml"), ("dexamethasone_sodium_phosphate", 10.0, "mg")]
    proc = facts.procedures[0]
    assert (proc.imaging.modality, proc.imaging.saved_images, proc.imaging.views, proc.contrast.used) == \
        ("fluoroscopy", True, 2, True)
    assert [d.icd10 for d in facts.necessity.diagnoses] == ["M54.16", "M48.061"]


def test_bulleted_assessment_list_then_prose_reads_the_technique():
    facts = _dx_list_facts("ASSESSMENT", "-", "-")
    assert [d.generic for d in facts.drugs] == ["iopamidol", "dexamethasone_sodium_phosphate"]
    assert facts.procedures[0].imaging.modality == "fluoroscopy"


def test_list_items_apart_by_blank_lines_end_at_prose():
    """A list whose items stand apart by blank lines goes on; the prose line after it is no diagnosis."""
    text = ("Left knee injection\n\nDiagnoses:\n1. Primary osteoarthritis, left knee (M17.12)\n\n"
            "2. Effusion of the left knee (M25.462)\n\nSeen again for the knee.\n")
    facts = extract(text)
    assert [d.icd10 for d in facts.necessity.diagnoses] == ["M17.12", "M25.462"]


# --- 'caudal' as the C-arm's or beam's direction ----------------------------------------------------------------

def _families(text: str) -> list[str]:
    return sorted(p.family for p in extract(text).procedures)


def test_caudal_tilt_of_the_c_arm_is_no_caudal_epidural():
    text = ("Right SI joint injection under fluoroscopy.\nProne. Using the C-arm with caudal tilt to open the joint, "
            "a 22-gauge needle entered the lower right SI joint. 40 mg triamcinolone injected.\n")
    assert _families(text) == ["si_joint_injection"]


def test_degrees_caudal_and_caudal_angulation_are_no_caudal_epidural():
    assert _families("Left SI joint injection. The image intensifier was angled 15 degrees caudal and a needle was "
                     "placed into the inferior left SI joint.") == ["si_joint_injection"]
    assert _families("Left SI joint injection. With 20 degrees of caudal angulation of the beam the needle was "
                     "placed into the left SI joint.") == ["si_joint_injection"]


def test_guard_caudal_epidural_still_read():
    assert _families("Caudal under fluoroscopy, 10 mL injected through the hiatus.") == ["interlaminar_epidural"]


# --- the present episode as the subject of a duration -----------------------------------------------------------

_EPISODE_NOTE = """Procedure: L4-5 interlaminar epidural steroid injection
Hx: Aching and heaviness in both calves after a few minutes on her feet, eased by sitting. {duration}
She did 8 weeks of physical therapy and took meloxicam without meaningful relief. She has had to give up her walks.
Lumbar MRI shows severe central stenosis at L4-5.
Consent signed. Time-out held. Pre-procedure pain 7/10.
Technique: Prone. Under fluoroscopy a Tuohy needle entered the L4-5 epidural space by loss of resistance. 2 mL
Omnipaque 240 showed epidural spread. 80 mg methylprednisolone injected. AP and lateral images saved.
No complications. Post 2/10.
"""


def test_this_episode_dates_back_is_the_symptom_duration():
    result = _result(_EPISODE_NOTE.format(duration="This episode dates back about 10 months."))
    assert round(result.facts.necessity.symptom_duration.weeks, 2) == 43.33
    assert "symptom_duration" not in {f.id.split(".")[0] for f in result.findings}


def test_this_episode_goes_back_is_the_symptom_duration():
    result = _result(_EPISODE_NOTE.format(duration="This episode goes back roughly ten months."))
    assert round(result.facts.necessity.symptom_duration.weeks, 2) == 43.33
    assert "symptom_duration" not in {f.id.split(".")[0] for f in result.findings}


def test_guard_another_episode_is_no_duration():
    result = _result(_EPISODE_NOTE.format(duration="A similar episode 3 years ago settled with rest."))
    assert result.facts.necessity.symptom_duration is None


# --- the plan as a topic before the consent ---------------------------------------------------------------------

def _consent(sentence: str):
    facts = extract("Left L4-5 facet joint injection under fluoroscopy.\n" + sentence)
    return None if facts.consent is None else facts.consent.value


def test_plan_reviewed_as_a_topic_leaves_the_consent_todays():
    assert _consent("After we went over the risks and the plan for a symptom log, she signed the consent.") is True
    assert _consent("Once we discussed our plan for aftercare he signed the consent form.") is True


def test_guard_consent_for_a_planned_procedure_is_still_later():
    assert _consent("Plan for RFA next month; consent will be obtained at that visit.") is None
