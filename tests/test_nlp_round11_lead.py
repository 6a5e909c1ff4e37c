"""A genicular block named after its nerves ('superolateral, superomedial and inferomedial genicular nerve blocks').

The last nerve's name ('inferomedial genicular nerve') and the procedure phrase ('genicular nerve blocks') are
equally long and overlap; the phrase stage kept the nerve, so no procedure was read at all."""

import pytest

from nlp import extract


@pytest.mark.parametrize(("text", "side", "nerves"), [
    ("PROCEDURE: Right superolateral, superomedial and inferomedial genicular nerve blocks under fluoroscopic "
     "guidance.\n", "right", ["inferomedial genicular", "superolateral genicular", "superomedial genicular"]),
    ("PROCEDURE: Right superolateral genicular nerve block.\n", "right", ["superolateral genicular"]),
    ("Left superomedial and inferomedial genicular nerve blocks were performed under ultrasound.\n", "left",
     ["inferomedial genicular", "superomedial genicular"]),
])
def test_a_block_named_after_its_nerves_is_a_genicular_block(text: str, side: str, nerves: list[str]) -> None:
    (p,) = extract(text).procedures
    assert (p.family, p.laterality) == ("genicular_nerve_block", side)
    assert sorted(n.name for n in p.nerves) == nerves


def test_the_plain_phrase_and_a_planned_block_read_as_before() -> None:
    (p,) = extract("PROCEDURE: Right genicular nerve blocks.\n").procedures
    assert (p.family, p.laterality, list(p.nerves)) == ("genicular_nerve_block", "right", [])
    assert extract("Plan: consider superolateral genicular nerve blocks next visit.\n").procedures == []
