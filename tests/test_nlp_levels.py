"""Level arithmetic and how written levels become Level and Nerve facts."""

from __future__ import annotations

import pytest

from nlp import extract
from nlp.levels import joints_of, parse_level
from nlp.rules import compiled_patterns


def _parse(text: str) -> list[list[str]]:
    return [parse_level(m) for m in compiled_patterns()["level"].finditer(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("L4-5", [["L4", "L5"]]),
        ("L4/L5", [["L4", "L5"]]),
        ("L4-L5", [["L4", "L5"]]),
        ("L4 - L5", [["L4", "L5"]]),
        ("L45", [["L4", "L5"]]),
        ("C56", [["C5", "C6"]]),
        ("L5S1", [["L5", "S1"]]),
        ("L5-S1", [["L5", "S1"]]),
        ("C7-T1", [["C7", "T1"]]),
        ("T12-L1", [["T12", "L1"]]),
        ("T12", [["T12"]]),
        ("S1-S3", [["S1", "S2", "S3"]]),
        ("L3, L4 and L5", [["L3"], ["L4"], ["L5"]]),
        ("M54.16 S33.6", []),
    ],
)
def test_parse_level(text: str, expected: list[list[str]]) -> None:
    assert _parse(text) == expected


def test_joints_of_range() -> None:
    assert joints_of(["L3", "L4", "L5", "S1"]) == ["L3-L4", "L4-L5", "L5-S1"]


def test_title_levels_normalise_and_keep_their_span() -> None:
    text = "Left L4-5 and L5S1 TFESI under fluoroscopy\nThe needle was placed."
    facts = extract(text)
    (proc,) = facts.procedures
    assert [(lv.name, lv.kind, lv.side) for lv in proc.levels] == [("L4-L5", "segment", "left"),
                                                                   ("L5-S1", "segment", "left")]
    assert proc.levels[0].evidence[0].text == "L4-5 and L5S1"


def test_medial_branch_list_gives_nerves_and_the_joints_they_complete() -> None:
    text = ("PROCEDURE: Right lumbar medial branch block\n"
            "TECHNIQUE: Needles were placed at the right L3, L4 medial branches and the L5 dorsal ramus.")
    (proc,) = extract(text).procedures
    assert [(n.name, n.side) for n in proc.nerves] == [
        ("L3 medial branch", "right"), ("L4 medial branch", "right"), ("L5 dorsal ramus", "right")]
    assert [(lv.name, lv.kind, lv.side) for lv in proc.levels] == [("L4-L5", "joint", "right"),
                                                                   ("L5-S1", "joint", "right")]
    assert proc.region == "lumbar"


def test_cervical_medial_branches_complete_the_joint_between_them() -> None:
    text = "Left cervical medial branch block.\nNeedles were placed on the left C5, C6 medial branches."
    (proc,) = extract(text).procedures
    assert [lv.name for lv in proc.levels] == ["C5-C6"]


def test_a_lone_nerve_completes_no_joint() -> None:
    (proc,) = extract("Right medial branch block.\nThe right L4 medial branch was blocked.").procedures
    assert ([n.name for n in proc.nerves], proc.levels) == (["L4 medial branch"], [])


def test_joint_named_medial_branch_block_is_a_joint_level() -> None:
    (proc,) = extract("Bilateral L4-5 and L5-S1 medial branch blocks under fluoroscopy.").procedures
    assert [(lv.name, lv.kind) for lv in proc.levels] == [("L4-L5", "joint"), ("L5-S1", "joint")]
    assert proc.laterality == "bilateral"


def test_nerve_roots_become_the_foramina_they_exit() -> None:
    text = "PROCEDURE: Left selective nerve root block\nDESCRIPTION: The left L5 and S1 nerve roots were targeted."
    (proc,) = extract(text).procedures
    assert proc.family == "transforaminal_epidural"
    assert [(lv.name, lv.kind) for lv in proc.levels] == [("L5-S1", "root"), ("S1", "root")]
    (proc,) = extract("Left T8 transforaminal epidural steroid injection.").procedures
    assert [(lv.name, lv.kind) for lv in proc.levels] == [("T8-T9", "root")]
    (proc,) = extract("Right C6 selective nerve root block.").procedures
    assert [(lv.name, lv.kind, lv.side) for lv in proc.levels] == [("C5-C6", "root", "right")]


def test_sacral_lateral_branch_range_expands() -> None:
    text = ("PROCEDURE: Right sacroiliac joint radiofrequency ablation\n"
            "TECHNIQUE: Lesions were made at the L5 dorsal ramus and S1-S3 lateral branches.")
    (proc,) = extract(text).procedures
    assert proc.family == "si_joint_rfa"
    assert [n.name for n in proc.nerves] == ["L5 dorsal ramus", "S1 lateral branch", "S2 lateral branch",
                                             "S3 lateral branch"]


def test_header_levels_win_and_every_mention_is_kept() -> None:
    text = ("PROCEDURE: Lumbar facet joint injections\n"
            "Levels Treated: L3-L4, L4-L5\n"
            "Laterality: Left\n"
            "TECHNIQUE: The needle was placed in the left L3-4 facet joint. "
            "The procedure was repeated at the remaining levels.")
    (proc,) = extract(text).procedures
    assert [lv.name for lv in proc.levels] == ["L3-L4", "L4-L5"]
    assert [(m.value, m.source) for m in proc.level_mentions] == [("L3-L4, L4-L5", "header"),
                                                                  ("L3-L4, L4-L5", "body")]
    assert [(m.value, m.source) for m in proc.laterality_mentions] == [("left", "header"), ("left", "body")]
