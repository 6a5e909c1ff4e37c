"""A paraphrase probe of procedure names (round 8, P8c): how notes NAME each procedure family when the writer is a
speech recogniser (split words: 'inter laminar', 'trans foraminal', 'kypho plasty'), a template or a radiology
'EXAM:' title (hyphens: 'inter-laminar', 'medial-branch', 'radio-frequency', 'trigger-point'), a clinician using
shorthand ('MBNB', 'MBRFA', 'trigger pt inj') or another English ('periradicular injection' for a transforaminal
root injection, 'geniculate' for genicular), or simply a misspelling ('transforminal', 'median branch block').

Each name is put in three layouts (a 'Procedure:' field with the side and level before it, an upper-case radiology
'EXAM:' title with the side after it, a narrative sentence with 'at <level>') and must give exactly one procedure of
its family with the right side and level set. Every name in _PROBE read no procedure (or the wrong family) before the
change (targets.yaml PROC phrases, data only); names that were read already are pinned as guards at the end. Near-misses
(planned, declined, considered, an earlier session, a 'Next visit:' label) add nothing beside today's procedure.
Fictional snippets, written for this probe.
"""

from __future__ import annotations

import pytest

from nlp import extract

# family -> (level written in the note, level set read, names that were not read before)
_PROBE: dict[str, tuple[str, list[str], list[str]]] = {
    "interlaminar_epidural": ("L4-5", ["L4-L5"], [
        "inter laminar epidural", "inter-laminar epidural"]),
    "transforaminal_epidural": ("L4-5", ["L4-L5"], [
        "trans foraminal epidural", "transforminal epidural steroid injection", "transforminal ESI",
        "periradicular injection", "periradicular infiltration"]),
    "facet_injection": ("L4-5", ["L4-L5"], [
        "medial-branch block",
        "medial-branch nerve blocks", "MBNB", "median branch block", "median branch nerve block"]),
    "facet_rfa": ("L4-5", ["L4-L5"], [
        "radio-frequency ablation", "radio frequency denervation", "MBRFA"]),
    "genicular_nerve_block": ("", [], ["geniculate nerve block", "geniculate nerve blocks", "geniculate block"]),
    "genicular_rfa": ("", [], ["geniculate radiofrequency ablation", "geniculate RFA",
                                "geniculate nerve radiofrequency ablation"]),
    "trigger_point": ("", [], ["trigger-point injection", "trigger-point injections", "trigger pt injection",
                               "trigger pt injections"]),
    "vertebral_augmentation": ("L1", ["L1"], ["kypho plasty", "kypho-plasty", "vertebro plasty"]),
}

_CASES = [(fam, name, lv, levels) for fam, (lv, levels, names) in _PROBE.items() for name in names]


def _read(text: str) -> list[tuple[str, str | None, list[str]]]:
    return [(p.family, p.laterality, [lv.name for lv in p.levels]) for p in extract(text).procedures]


def _side(family: str) -> str | None:
    # the KB reads no side for a midline vertebral procedure; every other probed family is sided
    return None if family == "vertebral_augmentation" else "right"


@pytest.mark.parametrize(("family", "name", "level", "levels"), _CASES)
def test_a_procedure_field_with_side_and_level_before_the_name(family: str, name: str, level: str,
                                                               levels: list[str]) -> None:
    side = "" if family == "vertebral_augmentation" else "Right "
    text = f"Procedure: {side}{level + ' ' if level else ''}{name} under fluoroscopy.\n"
    assert _read(text) == [(family, _side(family), levels)]


@pytest.mark.parametrize(("family", "name", "level", "levels"), _CASES)
def test_a_radiology_exam_title_in_capitals_with_the_side_after(family: str, name: str, level: str,
                                                                levels: list[str]) -> None:
    side = "" if family == "vertebral_augmentation" else ", RIGHT"
    text = f"EXAM: {name.upper()}{side}{' ' + level if level else ''}\n"
    assert _read(text) == [(family, _side(family), levels)]


@pytest.mark.parametrize(("family", "name", "level", "levels"), _CASES)
def test_a_narrative_sentence_with_the_level_after(family: str, name: str, level: str, levels: list[str]) -> None:
    side = "" if family == "vertebral_augmentation" else "right "
    text = f"Today we performed a {side}{name}{' at ' + level if level else ''} without complication.\n"
    assert _read(text) == [(family, _side(family), levels)]


@pytest.mark.parametrize("text", [
    "Plan: consider a left L5-S1 inter laminar epidural if the pain persists.\n",
    "She declined the trans foraminal ESI on the left.\n",
    "Prior MBRFA at L5-S1 in 2024 gave 70% relief for a year.\n",
    "We will schedule bilateral geniculate nerve blocks in two weeks.\n",
    "Next visit: kypho plasty at T12 if the MRI shows oedema.\n",
])
def test_near_misses_of_the_new_names_beside_todays_procedure_add_nothing(text: str) -> None:
    done = "Procedure: Right L4-5 TFESI under fluoroscopy.\n"
    assert _read(done + text) == [("transforaminal_epidural", "right", ["L4-L5"])]


@pytest.mark.parametrize("label", ["Next visit", "Next appointment", "RTC", "Return to clinic"])
def test_a_plan_under_a_next_visit_label_is_no_procedure_today(label: str) -> None:
    text = f"Procedure: Right L4-5 TFESI under fluoroscopy.\n{label}: kyphoplasty at T12 if the MRI shows oedema.\n"
    assert _read(text) == [("transforaminal_epidural", "right", ["L4-L5"])]


@pytest.mark.parametrize("text", [
    "Median nerve block at the wrist was not performed.\n",
    "Transforminal is misspelled here only as a word, with no procedure.\n",
])
def test_guard_the_new_names_need_their_procedure_word(text: str) -> None:
    assert _read(text) == []


# --- guards: the rest of the probe, names the reader already read before the change (pinned so that no later rule
# loses them); one 'Procedure:' field each, with the side and the level before the name ------------------------------

_GUARD: dict[str, tuple[str, list[str], list[str]]] = {
    "interlaminar_epidural": ("L4-5", ["L4-L5"], [
        "interlaminar epidural steroid injection", "ILESI", "IL ESI", "interlaminar ESI",
        "interlaminar epidural injection", "translaminar epidural steroid injection",
        "epidural steroid injection, interlaminar approach", "interlaminar epidural steriod injection",
        "ESI interlaminar", "midline interlaminar epidural", "inter laminar epidural steroid injection",
        "inter-laminar ESI", "inter laminar ESI"]),
    "transforaminal_epidural": ("L4-5", ["L4-L5"], [
        "transforaminal epidural steroid injection", "TFESI", "TF ESI", "transforaminal ESI",
        "transforaminal epidural injection", "selective nerve root block", "SNRB", "nerve root block",
        "transforaminal injection", "trans-foraminal epidural steroid injection", "TFE",
        "selective nerve root injection", "foraminal epidural steroid injection", "trans foraminal ESI",
        "periradicular nerve root injection"]),
    "facet_injection": ("L4-5", ["L4-L5"], [
        "facet joint injection", "intra-articular facet injection", "facet injection",
        "zygapophyseal joint injection", "Z-joint injection", "intraarticular facet joint injection",
        "zygapophysial joint injection", "facet jt injection", "intra articular facet injection",
        "medial branch block", "MBB", "medial branch nerve block", "diagnostic medial branch block",
        "facet nerve block"]),
    "facet_rfa": ("L4-5", ["L4-L5"], [
        "RFA", "radiofrequency neurotomy", "radio frequency ablation", "facet rhizotomy", "RF ablation",
        "facet RFA", "radiofrequency denervation", "rhizotomy", "medial branch RFA", "RFTC", "MB RFA",
        "radio-frequency neurotomy"]),
    "si_joint_injection": ("", [], [
        "sacroiliac joint injection", "SI joint injection", "SIJ injection", "SIJI", "SI jt injection",
        "sacroiliac joint block", "sacroiliac injection", "sacroiliac joint steroid injection", "SI joint block",
        "sacroiliac arthrogram and injection"]),
    "occipital_nerve_block": ("", [], [
        "greater occipital nerve block", "GON block", "occipital nerve block", "ONB", "GONB",
        "occipital nerve blocks", "greater occipital nerve injection", "great occipital nerve block",
        "occipital block"]),
    "genicular_nerve_block": ("", [], ["genicular nerve block", "genicular block", "genicular nerve blocks"]),
    "genicular_rfa": ("", [], ["genicular RFA", "genicular nerve radiofrequency ablation",
                                "genicular radiofrequency ablation", "RFA of the genicular nerves",
                                "genicular nerve RFA"]),
    "trigger_point": ("", [], ["trigger point injection", "TPI", "trigger point injections", "TPIs",
                               "myofascial trigger point injection"]),
    "joint_injection": ("", [], ["knee joint injection", "intra-articular knee injection", "knee injection",
                                 "hip joint injection", "shoulder joint injection", "intra-articular hip injection",
                                 "knee steroid injection", "glenohumeral joint injection"]),
}


@pytest.mark.parametrize(("family", "name", "level", "levels"),
                         [(f, n, lv, ls) for f, (lv, ls, names) in _GUARD.items() for n in names])
def test_guard_names_already_read_keep_their_family_side_and_level(family: str, name: str, level: str,
                                                                    levels: list[str]) -> None:
    text = f"Procedure: Right {level + ' ' if level else ''}{name} under fluoroscopy.\n"
    assert [(f, s, lv) for f, s, lv in _read(text)] == [(family, "right", levels)]


# --- guards: level and side forms of the probe that the reader already reads (L4/5, L45, 'L4 5', 'L four five',
# B/L, Bilat, 'both sides', a 'Side:'/'Laterality:' field, bullets, numbered items, '(left)', ', L.', radiology titles,
# a plan for another side and level after today's line) --------------------------------------------------------------

_LEVEL_SIDE_FORMS = [
    ('Procedure: Right L4/5 TFESI.', 'right', ['L4-L5']),
    ('Procedure: Right L45 TFESI.', 'right', ['L4-L5']),
    ('Procedure: Right L4 5 TFESI.', 'right', ['L4-L5']),
    ('Procedure: Right L4-L5 TFESI.', 'right', ['L4-L5']),
    ('Procedure: right-sided L4-5 transforaminal epidural steroid injection.', 'right', ['L4-L5']),
    ('Procedure: Transforaminal epidural steroid injection, right L4-5 and L5-S1.', 'right', ['L4-L5', 'L5-S1']),
    ('Procedure: B/L L4-5 TFESI.', 'bilateral', ['L4-L5']),
    ('Procedure: Bilat L4-5 TFESI.', 'bilateral', ['L4-L5']),
    ('Procedure: L4-5 TFESI, both sides.', 'bilateral', ['L4-L5']),
    ('Procedure: TFESI L4-5 bilaterally.', 'bilateral', ['L4-L5']),
    ('Procedure: TFESI at L4-5.\nSide: Left', 'left', ['L4-L5']),
    ('Procedure: TFESI\nLevel: L4-5\nSide: Left', 'left', ['L4-L5']),
    ('Procedure: TFESI\nLevels: L4-5, L5-S1\nLaterality: Right', 'right', ['L4-L5', 'L5-S1']),
    ('Procedure: Left L4-5 and L5-S1 TFESI.', 'left', ['L4-L5', 'L5-S1']),
    ('Procedure: Left L4 through S1 TFESI.', 'left', ['L4-L5', 'L5-S1']),
    ('Procedure: Left TFESI L four-five.', 'left', ['L4-L5']),
    ('Procedure: Left TFESI L4-5, L5-S1.', 'left', ['L4-L5', 'L5-S1']),
    ('Procedure: Lt L4-5 TFESI.', 'left', ['L4-L5']),
    ('Procedure: L L4-5 TFESI.', 'left', ['L4-L5']),
    ('Procedure: LEFT L4-5 TFESI', 'left', ['L4-L5']),
    ('Procedure: L4-5 TFESI (left).', 'left', ['L4-L5']),
    ('Procedure: L4-5 TFESI - left.', 'left', ['L4-L5']),
    ('Procedure: L4-5 TFESI, L.', 'left', ['L4-L5']),
    ('Procedure: L4-5 TFESI on the left.', 'left', ['L4-L5']),
    ('Procedure: L4-5 TFESI on the left side.', 'left', ['L4-L5']),
    ('Procedure: Right L4-5 MBB.', 'right', ['L4-L5']),
    ('Procedure: Right L3, L4 and L5 medial branch blocks.', 'right', ['L4-L5', 'L5-S1']),
    ('Procedure: Bilateral L3-4, L4-5 medial branch blocks.', 'bilateral', ['L3-L4', 'L4-L5']),
    ('Procedure: C7-T1 interlaminar ESI.', None, ['C7-T1']),
    ('Procedure: C6-7 ILESI.', None, ['C6-C7']),
    ('Procedure: C six seven interlaminar epidural.', None, ['C6-C7']),
    ('Procedure: Left L five S one TFESI.', 'left', ['L5-S1']),
    ('Procedure: Right L4-5 TFESI.\nPlan: consider left L5-S1 TFESI next visit.', 'right', ['L4-L5']),
    ('EXAM: FLUOROSCOPIC GUIDED RIGHT L4-5 TRANSFORAMINAL EPIDURAL STEROID INJECTION', 'right', ['L4-L5']),
    ('EXAM: CT GUIDED LEFT L5-S1 SELECTIVE NERVE ROOT BLOCK', 'left', ['L5-S1']),
    ('EXAM: FL GUIDED LUMBAR FACET INJECTION BILATERAL L4-5', 'bilateral', ['L4-L5']),
    ('- TFESI R L4-5', 'right', ['L4-L5']),
    ('* TFESI L L5-S1', 'left', ['L5-S1']),
    ('1. TFESI, L4-5, R', 'right', ['L4-L5']),
    ('Procedure: Right-sided L4-5 TFESI.', 'right', ['L4-L5']),
    ('Procedure: Rt. L4-5 TFESI.', 'right', ['L4-L5']),
    ('Procedure: right L four five TFESI.', 'right', ['L4-L5']),
    ('Procedure: Left sacroiliac joint injection.', 'left', []),
    ('Procedure: SI joint injection, right side.', 'right', []),
    ('Procedure: bilateral SIJ injections.', 'bilateral', []),
    ('Procedure: Right knee injection.', 'right', []),
    ('Procedure: Left greater occipital nerve block.', 'left', []),
    ('Procedure: Bilateral GON blocks.', 'bilateral', []),
    ('Procedure: T12 and L1 vertebroplasty.', None, ['T12', 'L1']),
    ('Procedure: Kyphoplasty at T twelve.', None, ['T12']),
]


@pytest.mark.parametrize(("text", "side", "levels"), _LEVEL_SIDE_FORMS)
def test_guard_level_and_side_forms(text: str, side: str | None, levels: list[str]) -> None:
    assert [(s, lv) for _f, s, lv in _read(text + "\n")] == [(side, levels)]
