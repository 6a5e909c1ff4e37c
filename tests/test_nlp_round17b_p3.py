"""Round 17b (p3): wording families that the sealed batches dev_fresh_cp … cr showed misread in procedures, levels and
sides. Fictional snippets written for these tests, in wordings other than the batch notes'; each variant failed before
its change, each near miss passes."""

from __future__ import annotations

import pytest
from nlp import extract
from test_nlp_round15_proc import _codes, _families


# --- 'left' as the verb (what remains, what stays), not a side (fcr-h-knee-01) ---------------------------------------

_KNEE = ("Right knee joint injection, intra-articular, under ultrasound.\n"
         "A 25 g needle entered the right knee joint from a lateral approach. {line} Pain 8/10 before, 2/10 after.\n")


@pytest.mark.parametrize("line", [
    "We injected Depo-Medrol 40 mg from a single-use vial with none left.",
    "I injected 40 mg of methylprednisolone from a single-dose vial; nothing was left.",
    "Injected methylprednisolone 40 mg from an SDV, nil left.",
    "Injected methylprednisolone 40 mg, no medication left in the syringe.",
    "I injected Depo-Medrol 40 mg; zero left over.",
    "Methylprednisolone 40 mg injected, then the stylet was left in place for a moment before withdrawal.",
    "Depo-Medrol 40 mg was injected and the needle left in situ while the syringe was changed.",
])
def test_left_as_a_verb_is_no_side(line: str) -> None:
    """The knee stays right: one 20610-RT line (no image kept), no left."""
    text = _KNEE.format(line=line)
    assert _families(text) == [("joint_injection", "right")]
    assert [c for c in _codes(text) if c.startswith("2061")] == ["20610-RT x1"]


def test_left_side_still_read() -> None:
    """Near miss: 'the left knee was then injected as well' is a side."""
    text = _KNEE.format(line="Methylprednisolone 40 mg injected. The left knee was then injected the same way.")
    assert _families(text) == [("joint_injection", "bilateral")]


# --- a studies field's label before the study's own label (fcq-ilesi-02) -----------------------------------------------

_ILESI = ("Procedure: Lumbar interlaminar epidural steroid injection\nLevel: L5-S1\n\nINDICATIONS\n"
          "Duration of symptoms: four months\n{line}\n\nDETAILS\nThe L5-S1 interlaminar space was entered with a 20 g "
          "Tuohy needle by loss of resistance under fluoroscopy; 80 mg of triamcinolone in 3 mL of saline was injected. "
          "Pain 7/10 before, 3/10 after.\n")


def _levels_read(text: str) -> list[tuple[str, list[str]]]:
    return [(m.source, m.value) for p in extract(text).procedures for m in p.level_mentions]


@pytest.mark.parametrize("line", [
    "Imaging reviewed: MRI: left L3-L4 foraminal disc-osteophyte complex with foraminal stenosis",
    "Imaging findings: CT: L3-L4 facet hypertrophy and canal narrowing",
    "Studies: CT L-spine - L3-L4 facet joint hypertrophy",
    "Diagnostic imaging: MRI lumbar spine: L3-L4 facet degeneration, worse on the left",
    "Images reviewed: X-rays - L3-L4 facet arthrosis",
])
def test_study_under_a_studies_label_gives_no_level(line: str) -> None:
    """The study's level is not today's: the body reads only L5-S1, so no level conflict."""
    assert _levels_read(_ILESI.format(line=line)) == [("header", "L5-S1"), ("body", "L5-S1")]


def test_studies_label_without_a_study_still_today() -> None:
    """Near miss: a studies label not followed by a study ('Imaging reviewed: the needle was advanced ...') leaves the
    technique sentence today's: its level is read beside the header's."""
    text = ("Procedure: Lumbar interlaminar epidural steroid injection\nLevel: L5-S1\n\nTechnique\n"
            "Imaging reviewed: the needle was advanced into the L4-L5 interlaminar space by loss of resistance under "
            "fluoroscopy.\n80 mg of triamcinolone was injected. Pain 7/10 before, 3/10 after.\n")
    assert _levels_read(text) == [("header", "L5-S1"), ("body", "L4-L5")]


# --- a plan line that says its procedure was done today, the technique not naming it (fcp-h-tfesi-01) ----------------

_PLAN_DONE = ("Assessment: right L5 radiculopathy (M54.16).\n\nPlan: {line}\n\n"
              "Procedure: consent signed and time-out held. Prone, prepped and draped. Under fluoroscopy a 22 g spinal "
              "needle was guided to the right L5-S1 foramen; contrast outlined the nerve root without vascular uptake "
              "and 10 mg of dexamethasone was given. Pain 8/10 before, 3/10 after.\n")


@pytest.mark.parametrize("line", [
    "right L5-S1 transforaminal epidural steroid injection, which we performed today.",
    "right L5-S1 TFESI, which was carried out today after consent.",
    "right L5-S1 transforaminal ESI - done at this visit.",
    "right L5-S1 TFESI (performed today).",
    "right L5-S1 transforaminal epidural, which we then went ahead with this morning.",
    "right L5-S1 TFESI. This was performed today.",
    "right L5-S1 transforaminal ESI; completed today.",
])
def test_plan_line_done_today_is_todays_procedure(line: str) -> None:
    """The procedure is read from the plan line: one 64483-RT line."""
    text = _PLAN_DONE.format(line=line)
    assert _families(text) == [("transforaminal_epidural", "right")]
    assert [c for c in _codes(text) if c.startswith("644")] == ["64483-RT x1"]


@pytest.mark.parametrize("line", [
    "right L5-S1 TFESI, which we did not do today because of her INR.",
    "right L5-S1 TFESI, which we will do next week.",
    "right L5-S1 TFESI to be scheduled; nothing was done today.",
    "right L5-S1 TFESI. Will be done today if the INR allows.",
    "right L5-S1 TFESI. Not done today.",
])
def test_plan_line_not_done_today_stays_a_plan(line: str) -> None:
    """Near miss: a plan not done today drafts no procedure."""
    assert _families(_PLAN_DONE.format(line=line)) == []


# --- a repeat of an injection that an earlier mention calls therapeutic (fcr-h-si-01) ----------------------------------

_REPEAT = ("{title}\n\nLeft buttock pain over the sacral sulcus for two years; FABER and thigh thrust positive on the "
           "left. {prior}\n\nUnder fluoroscopy the left sacroiliac joint was entered with a 25 g needle and contrast "
           "outlined the joint; 40 mg of triamcinolone with 1 mL of 0.5% bupivacaine was injected. Pain 6/10 before, "
           "1/10 after.\n")


def _intents(text: str) -> list[tuple[str, str | None]]:
    return [(p.family, p.intent) for p in extract(text).procedures]


@pytest.mark.parametrize("title,prior", [
    ("Repeat left SI joint injection",
     "Her previous therapeutic left SI joint injection in March gave about 70% relief for four months."),
    ("Repeat left sacroiliac joint injection under fluoroscopy",
     "The prior therapeutic sacroiliac injection (last spring) helped 60% for 14 weeks."),
    ("Repeat L SIJ injection",
     "Last therapeutic SIJ injection 5 months ago: 75% relief lasting 3 months."),
])
def test_repeat_of_a_therapeutic_injection_is_therapeutic(title: str, prior: str) -> None:
    assert _intents(_REPEAT.format(title=title, prior=prior)) == [("si_joint_injection", "therapeutic")]


def test_repeat_of_a_diagnostic_block_tells_no_intent() -> None:
    """Near miss: the earlier one was diagnostic, so today's may be its confirmatory pair: no intent read."""
    text = _REPEAT.format(title="Repeat left SI joint injection",
                          prior="Her previous diagnostic left SI joint injection in March gave 90% relief for six hours.")
    assert _intents(text) == [("si_joint_injection", None)]
