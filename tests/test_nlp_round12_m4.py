"""Round 12, metamorphic probe (styles, m4): a note rendered in another house style reads the same.

Each case is a short fictional note read as written and in the style that changed the reading of a development note
(benchmarks/metamorphic.py, transforms in benchmarks/metamorphic_style.py); the reading must be the exact one.
"""

from __future__ import annotations

import pytest

from nlp import extract


def _procs(text: str) -> list[tuple]:
    return [(p.family, p.laterality, [lv.name for lv in p.levels], p.approach) for p in extract(text).procedures]


_TERSE = ("L TFESI L4/5\n\n58 yo with L L5 radic x 4 mos, failed PT x 6 wks + meloxicam; can't walk > 1 block. SLR + L, "
          "EHL 4/5 L.\nConsent, TO. Fluoro: 22g to L L4/5 foramen, Omnipaque 240 1 mL, no vascular uptake. Dex 10 mg. "
          "Post NRS 2. No cx.\n")
_DICTATED = ("This is a bilateral L4-5 and L5-S1 transforaminal epidural steroid injection dictated by the attending\n"
             "the patient has had bilateral leg pain for about 7 months period informed consent was signed period using "
             "fluoroscopy needles were placed bilaterally at L4-5 and L5-S1 period Depo-Medrol 80 mg total\n")
_PREAMBLES = (
    "This note was electronically signed by the attending physician.\n\n",
    "Attestation: I personally reviewed this documentation and agree with its contents.\n\n",
    # a boilerplate sentence wrapped over two lines, with no blank line before the title
    "Portions of this note were dictated with voice recognition software; occasional transcription\nerrors may occur.\n",
)


@pytest.mark.parametrize("preamble", _PREAMBLES)
def test_boilerplate_before_the_title_leaves_the_title_first(preamble: str) -> None:
    # the title's one level stays the only one ('EHL 4/5' and the body do not add L5-S1)
    expected = [("transforaminal_epidural", "left", ["L4-L5"], "transforaminal")]
    assert _procs(_TERSE) == expected
    assert _procs(preamble + _TERSE) == expected


def test_boilerplate_before_a_dictated_title_keeps_the_procedure() -> None:
    expected = [("transforaminal_epidural", "bilateral", ["L4-L5", "L5-S1"], "transforaminal")]
    assert _procs(_DICTATED) == expected
    assert _procs(_PREAMBLES[0] + _DICTATED) == expected


def test_a_title_line_naming_a_signature_is_not_skipped_past_a_blank_line() -> None:
    # boilerplate is skipped line by line: the title after it is read, the body lines after the title are not skipped
    text = "Electronically signed by Dr. A. Lee\nRight L5-S1 TFESI\nConsent signed. Under fluoroscopy 1 mL Omnipaque.\n"
    assert [p[:3] for p in _procs(text)] == [("transforaminal_epidural", "right", ["L5-S1"])]


_GENICULAR = ("Right genicular nerve block, ultrasound-guided\n\nDx: Osteoarthritis of right knee M17.11; s/p TKA, persistent "
              "pain.\nConsent, time out. Under ultrasound, the superomedial, superolateral and inferomedial genicular nerves "
              "were blocked\nwith 2 mL of 0.5% bupivacaine each. Images saved. Pain before 7/10, after 1/10 (85% relief x 6 "
              "hours).\nNo complications.\n")


def test_an_attestation_field_before_the_note_does_not_end_the_history() -> None:
    # the opening-sentence indication reader stops at the first procedure-phase section: a leading attestation is none
    value = extract(_GENICULAR).necessity.indication.value
    assert value == "Pain before 7/10, after 1/10 (85% relief x 6 hours)."
    assert extract(_PREAMBLES[1] + _GENICULAR).necessity.indication.value == value


def _scores(text: str) -> list[tuple]:
    return [(p.timing, p.value) for p in extract(text).assessments.pain_scores]


@pytest.mark.parametrize("layout", ["POST-PROCEDURE PAIN: 2/10.", "POST-PROCEDURE PAIN:\n2/10.", "Post-procedure pain:\n  2/10\n"])
def test_a_timed_pain_label_over_its_score_times_the_score(layout: str) -> None:
    # the label's own 'post' cue holds for a score on the next line as for one beside it
    text = f"Right L5-S1 TFESI\nPRE-PROCEDURE PAIN:\n7/10.\nTECHNIQUE: Prone. Needle placed.\n{layout}\nCOMPLICATIONS: None."
    assert _scores(text) == [("pre", 7.0), ("post", 2.0)]


def _sedation(text: str) -> list[str | None]:
    return [p.sedation.type if p.sedation else None for p in extract(text).procedures]


@pytest.mark.parametrize("field,expected", [
    ("ANESTHESIA: Local.", "local"), ("ANESTHESIA:\nLocal.", "local"), ("Anesthesia\n  local\n", "local"),
    ("SEDATION:\nNone.", "none"), ("Sedation:\nnone", "none"),
])
def test_an_anaesthesia_label_over_its_one_word_value(field: str, expected: str) -> None:
    assert _sedation(f"Right L5-S1 TFESI\n{field}\nCOMPLICATIONS: None.") == [expected]


def _drugs(text: str) -> list[str]:
    return sorted(d.generic for d in extract(text).drugs)


_TERSE_TFESI = ("R L4-5 TFESI - repeat\n\nDx: R L4/L5 radic (M54.16)\nSx x3 mo, R lat leg -> dorsum of foot, +SLR R.\n"
                "{imaging}\nPrior: R L4-5 TFESI 03/2026 gave ~70% relief x 4 mo, pain now back.\nNRS 8 pre.\n\n"
                "Consent signed. Time out done. No sedation.\nProne. Fluoro. 25 g needle to R L4-5 foramen. Omnipaque 180 "
                "1 mL - good spread. Dex 10 mg + 1 mL 1% lido. AP/lat saved.\nNo cx. NRS 3 post.\n")


@pytest.mark.parametrize("imaging", ["MRI: R L4-5 foraminal protrusion.", "MRI:\nR L4-5 foraminal protrusion.",
                                     "MRI\nR L4-5 foraminal protrusion."])
def test_a_history_header_alone_ends_at_the_next_field_line(imaging: str) -> None:
    # 'MRI:' over its value heads that line only: 'Prior: ...' opens the next item and the technique is no imaging text
    assert _drugs(_TERSE_TFESI.format(imaging=imaging)) == ["dexamethasone_sodium_phosphate", "iohexol", "lidocaine"]


def test_a_side_header_alone_ends_at_the_next_label_alone() -> None:
    text = ("Procedure: Lumbar facet medial branch blocks, diagnostic #1\nSIDE:\nBilateral\nJOINTS:\nL4-5, L5-S1\n"
            "PAIN DURATION:\n3 years, axial low back pain worse with extension\nINJECTATE:\n0.5% bupivacaine 0.5 mL per nerve\n")
    assert extract(text).necessity.symptom_duration is not None
    assert [p.laterality for p in extract(text).procedures] == ["bilateral"]


def test_extra_spaces_inside_a_line_do_not_split_a_phrase_or_a_header() -> None:
    text = ("Bilateral sacro  iliac joint injections , diagnostic.\nHistory of  Present Illness:\nButtock pain for 8 months .\n"
            "Under fluoroscopy a 22 gauge needle into each sacroiliac  joint.")
    facts = extract(text)
    assert [(p.family, p.laterality) for p in facts.procedures] == [("si_joint_injection", "bilateral")]
    ev = facts.procedures[0].evidence[0]  # offsets are the note's own, over its double space
    assert (ev.start, ev.end, ev.text) == (10, 39, "sacro  iliac joint injections")
    duration = facts.necessity.symptom_duration.evidence[0]
    assert text[duration.start : duration.end] == duration.text == "for 8 months"


def test_compact_spaces_keeps_column_gaps_tabs_and_stops_after_digits() -> None:
    from nlp.normalise import compact_spaces

    text = "Fluoroscopy: Yes    Contrast: No\n\tProne.  Under fluoro  L4-5 . Dr.  Lee , here ."
    out, offsets = compact_spaces(text)
    assert out == "Fluoroscopy: Yes    Contrast: No\n\tProne.  Under fluoro L4-5 . Dr.  Lee, here."
    assert offsets is not None and len(offsets) == len(out) + 1 and all(text[offsets[i]] == c for i, c in enumerate(out))
    assert compact_spaces("No extra spaces.") == ("No extra spaces.", None)


def test_compact_spaces_keeps_a_dotted_leader_field() -> None:
    from nlp.normalise import compact_spaces

    for field in ("Complications . none", "Complications . None", "Consent ....... yes"):
        assert compact_spaces(field) == (field, None)
    assert extract("Right SI joint injection\nComplications . none\n").complications.value == "none"


@pytest.mark.parametrize("post", ["POST: Pain 2/10, roughly 70% relief.", "POST:\nPain 2/10, roughly 70% relief.", "After:\n  2/10"])
def test_a_timing_label_alone_over_its_score_times_the_score(post: str) -> None:
    # the pre score sits uncued at the end of the indications; the label alone above the post score says 'post'
    text = ("PROCEDURE: Right sacroiliac joint injection under fluoroscopy\nINDICATIONS: Right buttock pain for 2 years, "
            f"limits her walking. Pain 7/10.\n\nPROCEDURE: Consent signed. 22 g needle into the right SI joint.\n"
            f"COMPLICATIONS:\nNone.\n{post}")
    assert _scores(text) == [("pre", 7.0), ("post", 2.0)]


@pytest.mark.parametrize("field,expected", [
    ("IMAGING: fluoroscopy, contrast", "fluoroscopy"), ("IMAGING:\nfluoroscopy, contrast", "fluoroscopy"),
    ("Imaging guidance: CT.", "ct"), ("IMAGING GUIDANCE:\nCT.", "ct"),
])
def test_a_guidance_label_over_its_value_names_the_guidance(field: str, expected: str) -> None:
    # an 'Imaging' header otherwise files history imaging (MRI findings): its own value is the guidance used
    text = f"Interlaminar epidural steroid injection, C7-T1\nLevel: C7-T1, right paramedian\n{field}\nDiagnosis: M54.12\n"
    assert [p.imaging.modality if p.imaging else None for p in extract(text).procedures] == [expected]
