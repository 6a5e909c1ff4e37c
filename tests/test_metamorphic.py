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


# --- wording transforms (benchmarks/metamorphic_words.py, m2): a transform must keep the meaning; these pin what
# each one rewrites and, as much, what it leaves alone (a verb 'left', a range '1-2 weeks', a score '7/10',
# 'Kenalog-40', 'L4/L5', 'I performed') ---------------------------------------------------------------------------

import yaml  # noqa: E402

mw = _load("metamorphic_words")

WORD_CASES = [
    ("abbrev_side",
     "Right L4-5 transforaminal injection on the left side.\nLaterality: Left\nThe needle was left in place.\nBilateral knee pain.",
     "Rt L4-5 transforaminal injection on the L side.\nLaterality: Lt\nThe needle was left in place.\nBilat knee pain."),
    ("abbrev_with",
     "Done with fluoroscopy without complications.",
     "Done w/ fluoroscopy w/o complications."),
    ("abbrev_terms",
     "Procedure: The patient tolerated the procedure; no complications. Medial branches at 2 levels over 15 minutes.",
     "Procedure: The pt tolerated the proc; no cx. MBs at 2 lvls over 15 min."),
    ("units_volume",
     "2 mL of 0.25% bupivacaine and 1cc contrast, 40 mg/mL",
     "2 cc of 0.25% bupivacaine and 1mL contrast, 40 mg/mL"),
    ("units_mass",
     "Kenalog 40 mg and 1 mg dexamethasone, 80 milligrams, 10 mg/mL",
     "Kenalog 40 milligrams and 1 milligram dexamethasone, 80 mg, 10 mg/mL"),
    ("number_words",
     "2 mL at 3 levels for 1-2 weeks, pain 7/10, two needles, 0.5 mL. 6 weeks of PT.",
     "Two mL at three levels for 1-2 weeks, pain 7/10, 2 needles, 0.5 mL. Six weeks of PT."),
    ("leading_zero",
     "0.25% bupivacaine and .5% ropivacaine, 10.5%",
     ".25% bupivacaine and 0.5% ropivacaine, 10.5%"),
    ("brand_generic",
     "Kenalog 40 mg, triamcinolone acetonide, Kenalog-40, lidocaine patches, Depo-Medrol, Omnipaque 240.",
     "Triamcinolone 40 mg, Kenalog, Kenalog-40, lidocaine patches, methylprednisolone, iohexol 240."),
    ("british",
     "Anesthesia: local. No edema or hematoma; paresthesias; home exercise program. The block was performed. I performed it.",
     "Anaesthesia: local. No oedema or haematoma; paraesthesias; home exercise programme. The block was carried out. "
     "I performed it."),
    ("level_notation",
     "L4-5 and L5-S1, C5-C6, L3-5, T12-L1, L4/L5, L4/5, T2-weighted",
     "L4-L5 and L5/S1, C5/6, L3-L5, T12/L1, L4/L5, L4-5, T2-weighted"),
    ("pt_initial",
     "The patient was prone. Indications: The patient has pain. Then the patient left.",
     "Pt was prone. Indications: Pt has pain. Then the patient left."),
]


@pytest.mark.parametrize(("name", "text", "expected"), WORD_CASES, ids=[c[0] for c in WORD_CASES])
def test_word_transform_exact(name: str, text: str, expected: str) -> None:
    assert mw.TRANSFORMS[name](text) == expected


@pytest.mark.parametrize("name", sorted(mw.TRANSFORMS))
def test_word_transform_is_deterministic_and_documented(name: str) -> None:
    fn = mw.TRANSFORMS[name]
    text = next(c[1] for c in WORD_CASES if c[0] == name)
    assert fn(text) == fn(text)
    assert fn.__doc__ and "Meaning kept" in fn.__doc__


def test_every_word_transform_has_a_case() -> None:
    assert sorted(c[0] for c in WORD_CASES) == sorted(mw.TRANSFORMS)


def test_brand_pairs_share_one_drug_entry() -> None:
    """Each brand and its generic are names of one entry of coding/kb/drugs.yaml, so the swap keeps the drug."""
    drugs = yaml.safe_load((Path(__file__).resolve().parents[1] / "coding/kb/drugs.yaml").read_text())["drugs"]
    for brand, generic in mw.BRANDS.items():
        owners = [k for k, d in drugs.items()
                  if brand.lower() in d["names"] and (generic in d["names"] or k.split("_")[0] == generic)]
        assert len(owners) == 1, (brand, generic, owners)


def test_brand_generic_keeps_a_brand_with_a_bare_strength_number() -> None:
    """'Kenalog 40 1 cc' names the product Kenalog-40 (40 mg/mL); 'triamcinolone 40 1 cc' would read as a 40 mg
    dose, another meaning, so the transform leaves it (DRUG, round 11c); so is an oral taper, which is no Depo-Medrol.
    A contrast's iodine number still swaps."""
    text = ("Kenalog 40 1 cc with 1 cc 1% lidocaine. Kenalog 40. Omnipaque 300 1 mL. Kenalog 40 mg/mL. "
            "A methylprednisolone taper failed.")
    assert mw.brand_generic(text) == (
        "Kenalog 40 1 cc with 1 cc 1% Xylocaine. Kenalog 40. Iohexol 300 1 mL. Triamcinolone 40 mg/mL. "
        "A methylprednisolone taper failed.")


def test_abbrev_terms_leaves_a_dotted_leader_label_whole() -> None:
    """A template's label before a dotted leader ('Levels ....... [X] L3-L4') is fixed text, not prose: no shorthand
    there, only in the value after it (round 12, m3: 'Lvls .......' had counted as a reader change)."""
    assert mw.TRANSFORMS["abbrev_terms"]("Levels ....... [X] L3-L4  [X] L4-L5\nContrast ..... Omnipaque 240, 1 mL per level") \
        == "Levels ....... [X] L3-L4  [X] L4-L5\nContrast ..... Omnipaque 240, 1 mL per lvl"


# --- style transforms (benchmarks/metamorphic_style.py, round 12 m4): the seven test-split styles, each pinned on a
# short string, with what it must leave alone (a document title, a list value, a long field, a one-clause field's
# label over its value, a first-line field) ------------------------------------------------------------------------

import re  # noqa: E402

harness_style = _load("metamorphic_style")
STYLE = "Procedure Note\nConsent:\nSigned.\n\nTechnique:\nPatient prone.\nNeedle placed.\nNo complications.\nPlan: follow up"


def test_all_style_transforms_are_registered() -> None:
    assert {"inline_fields", "block_fields", "paragraph_join", "odd_spacing", "attestation", "section_order",
            "dictate_headers"} <= set(T)


@pytest.mark.parametrize("name,expected", [
    ("inline_fields", "Procedure Note\nConsent: Signed.\n\nTechnique:\nPatient prone.\nNeedle placed.\nNo complications.\n"
                      "Plan: follow up"),
    ("block_fields", "Procedure Note\nConsent:\nSigned.\n\nTechnique:\nPatient prone.\nNeedle placed.\nNo complications.\n"
                     "PLAN:\nfollow up"),
    ("paragraph_join", "Procedure Note\nConsent:\nSigned.\n\nTechnique:\nPatient prone. Needle placed. No complications.\n"
                       "Plan: follow up"),
    ("dictate_headers", STYLE),
    ("section_order", STYLE),
])
def test_style_transform_exact_output(name: str, expected: str) -> None:
    assert T[name](STYLE) == expected


def test_inline_fields_leaves_titles_lists_and_running_paragraphs() -> None:
    text = "PAIN CLINIC PROCEDURE RECORD\nSeen today.\nMEDICATIONS\n- Kenalog 40 mg\n\nIndications:\nLine one.\nLine two."
    assert T["inline_fields"](text) == text
    assert T["inline_fields"]("Title\nCONSENT\nWritten consent on file.") == "Title\nCONSENT: Written consent on file."


def test_block_fields_keeps_first_line_and_sentence_fields() -> None:
    text = "Procedure: Right L5-S1 TFESI\nIndications: Low back pain. MRI shows stenosis.\nTime-out: done"
    assert T["block_fields"](text) == "Procedure: Right L5-S1 TFESI\nIndications: Low back pain. MRI shows stenosis.\nTIME-OUT:\ndone"
    before_prose = "Title\nHistory: pain for 5 months,\nworse on standing.\n\nPain: 8/10\n\nProne. Needle placed."
    assert T["block_fields"](before_prose) == before_prose  # a label alone would claim the unlabelled prose below


def test_odd_spacing_is_whitespace_only_and_seeded() -> None:
    text = "Indications:\nLow back pain, worse on the left, for two years.\n\nThe patient tolerated the injection well."
    out = T["odd_spacing"](text)
    assert out == "Indications:\nLow back  pain, worse on  the left, for  two years.\n\n\nThe patient tolerated the injection well."
    assert "".join(out.split()) == "".join(text.split())


def test_attestation_adds_one_fact_free_paragraph() -> None:
    text = "Procedure: Right SI joint injection\nComplications: none"
    out = T["attestation"](text)
    assert out == text + "\n\nTemplated content in this document has been reviewed and edited as needed. Electronically signed.\n"
    assert out in {
        p + "\n\n" + text for p in harness_style._ATTESTATIONS} | {text + "\n\n" + p + "\n" for p in harness_style._ATTESTATIONS}
    for para in harness_style._ATTESTATIONS:
        assert not re.search(r"(?i)procedure|inject|block|left|right|bilateral|level|mg|pain|consent|time-?out|"
                             r"complication|sedat|anest|\d", para)


def test_section_order_swaps_two_closing_sections_only() -> None:
    text = "Technique:\nNeedle placed.\n\nComplications: none\n\nFollow-up:\nClinic in 2 weeks.\n"
    assert T["section_order"](text) == "Technique:\nNeedle placed.\n\nFollow-up:\nClinic in 2 weeks.\n\nComplications: none\n"
    kept = "Complications: none\nTechnique:\nNeedle placed.\nPlan: clinic in 2 weeks"  # the section before is no closing one
    assert T["section_order"](kept) == kept


def test_dictate_headers_only_whole_safe_values() -> None:
    text = ("Procedure: Right SI joint injection\nConsent: obtained\nTime-out: performed\nSedation: none\n"
            "Complications: None.\nComplications: none; mild vasovagal\nDisposition: home")
    assert T["dictate_headers"](text) == (
        "Procedure: Right SI joint injection\nInformed consent was obtained.\nA time-out was performed.\n"
        "No sedation was given.\nThere were no complications.\nComplications: none; mild vasovagal\n"
        "The patient was discharged home.")



def test_paragraph_join_keeps_labelled_items_and_columns_apart() -> None:
    text = ("Consent obtained.\nPain 8/10 before.\nMBB (fluoroscopy): C5 and C6, 0.5 mL each.\nGON blocks (landmark): 2 mL each.\n"
            "LINE 2  TPI R trapezius.\nImages archived.\nNo complications.")
    assert T["paragraph_join"](text) == ("Consent obtained. Pain 8/10 before.\nMBB (fluoroscopy): C5 and C6, 0.5 mL each.\n"
                                         "GON blocks (landmark): 2 mL each.\nLINE 2  TPI R trapezius.\nImages archived. No complications.")
