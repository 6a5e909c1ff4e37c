"""The metamorphic probe's own parts (benchmarks/metamorphic*.py): exact outputs of each transform on
short strings, so a transform never silently starts changing words, and the harness's field diff."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"


def _load(name: str):
    spec = importlib.util.spec_from_file_location(f"_test_{name}", BENCH / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


harness = _load("metamorphic")
T = harness.load_transforms()

NOTE = 'PROCEDURE:\nRight L4-5 and L5-S1 TFESI. Dr. Lee said "pop" 40 mg x2.\nLevels: L4-5'


def test_all_layout_transforms_are_registered() -> None:
    assert {"hard_wrap", "crlf", "double_space_tabs", "blank_lines_trailing", "header_case", "header_case_nocolon",
            "bullets", "bullet_sentences", "en_dash", "curly_quotes", "nbsp", "times_sign"} <= set(T)


@pytest.mark.parametrize("name,expected", [
    ("crlf", 'PROCEDURE:\r\nRight L4-5 and L5-S1 TFESI. Dr. Lee said "pop" 40 mg x2.\r\nLevels: L4-5'),
    ("double_space_tabs", 'PROCEDURE:\nRight L4-5 and L5-S1 TFESI. Dr. Lee said "pop" 40 mg x2.\nLevels:\tL4-5'),
    ("header_case", 'Procedure:\nRight L4-5 and L5-S1 TFESI. Dr. Lee said "pop" 40 mg x2.\nLEVELS: L4-5'),
    ("header_case_nocolon", 'Procedure\nRight L4-5 and L5-S1 TFESI. Dr. Lee said "pop" 40 mg x2.\nLEVELS: L4-5'),
    ("bullets", 'PROCEDURE:\n\u2022 Right L4-5 and L5-S1 TFESI. Dr. Lee said "pop" 40 mg x2.\nLevels: L4-5'),
    ("en_dash", 'PROCEDURE:\nRight L4\u20135 and L5\u2013S1 TFESI. Dr. Lee said "pop" 40 mg x2.\nLevels: L4\u20135'),
    ("curly_quotes", 'PROCEDURE:\nRight L4-5 and L5-S1 TFESI. Dr. Lee said \u201cpop\u201d 40 mg x2.\nLevels: L4-5'),
    ("nbsp", 'PROCEDURE:\nRight L4-5 and L5-S1 TFESI. Dr.\u00a0Lee said "pop" 40\u00a0mg x2.\nLevels: L4-5'),
    ("times_sign", 'PROCEDURE:\nRight L4-5 and L5-S1 TFESI. Dr. Lee said "pop" 40 mg \u00d72.\nLevels: L4-5'),
])
def test_transform_exact_output(name: str, expected: str) -> None:
    assert T[name](NOTE) == expected


def test_bullet_sentences_splits_technique_but_not_after_a_title() -> None:
    text = "Technique:\nThe patient was prone. Dr. Lee placed a 22 g needle. Kenalog 40 mg was given."
    assert T["bullet_sentences"](text) == (
        "Technique:\n- The patient was prone.\n- Dr. Lee placed a 22 g needle.\n- Kenalog 40 mg was given.")


def test_blank_lines_and_trailing_spaces_keep_the_lines() -> None:
    out = T["blank_lines_trailing"]("Indications:\nLow back pain.\nConsent: signed")
    assert [ln.rstrip() for ln in out.split("\n")] == ["Indications:", "Low back pain.", "", "Consent: signed"]
    assert all(ln.endswith(" ") for ln in out.split("\n") if ln)


def test_hard_wrap_keeps_fields_and_words() -> None:
    prose = " ".join(["word"] * 30) + " end."
    field = "Procedure: right L5-S1 transforaminal epidural steroid injection under fluoroscopic guidance"
    out = T["hard_wrap"](f"{field}\n{prose}")
    lines = out.split("\n")
    assert lines[0] == field
    assert all(len(ln) <= 78 for ln in lines[1:]) and len(lines) > 2
    assert out.split() == f"{field}\n{prose}".split()


def test_times_sign_leaves_words_with_x_alone() -> None:
    assert T["times_sign"]("Xylocaine x 2, 3x2 cm, 22 g x 3.5 inch, next") == "Xylocaine \u00d7 2, 3\u00d72 cm, 22 g \u00d7 3.5 inch, next"


def test_changed_fields_names_codes_and_findings() -> None:
    before = {"codes": ("a",), "laterality": ("x",), "findings": ("consent", "diagnosis")}
    after = {"codes": ("b",), "laterality": ("x",), "findings": ("diagnosis", "time_out")}
    assert harness.changed_fields(before, after) == ["codes", "findings:+time_out,-consent"]


def test_bullet_sentences_opens_a_one_line_technique_field() -> None:
    text = "Procedure: Right SI joint injection\nTechnique: Prone. Sterile prep. A 22 g needle entered the joint.\nPain: 2/10"
    assert T["bullet_sentences"](text) == ("Procedure: Right SI joint injection\nTechnique:\n\u2022 Prone.\n\u2022 Sterile prep.\n"
                                           "\u2022 A 22 g needle entered the joint.\nPain: 2/10")


def test_bullets_skip_lines_that_go_on_from_the_line_before() -> None:
    text = "SURGERY CENTER PROCEDURE RECORD\nArrived.\nTechnique:\nNeedle placed. 1 mL lido-\ncaine.\n    per side\nDone."
    # 'Done.' follows an unclosed line ('per side'), so it too stays a continuation
    assert T["bullets"](text) == ("SURGERY CENTER PROCEDURE RECORD\nArrived.\nTechnique:\n* Needle placed. 1 mL lido-\n"
                                  "caine.\n    per side\nDone.")
