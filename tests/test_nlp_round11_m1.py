"""Round 11, metamorphic probe (layout, PROC): a note laid out differently but worded the same reads the same.

Each case is a short note read twice, as written and in the layout that changed the reading of a development note
(benchmarks/metamorphic.py, transforms in benchmarks/metamorphic_layout.py); the reading must be the exact one.
"""

from __future__ import annotations

from nlp import extract


def _procs(text: str) -> list[tuple]:
    return [(p.family, p.laterality, [lv.name for lv in p.levels], p.approach) for p in extract(text).procedures]


_FACETS = ("Procedure: Right C5-6 and C6-7 cervical medial branch blocks\n"
           "Prone. Under fluoroscopy 25 g needles were placed at the right C5, C6 and C7 medial\n"
           "branches; 0.5 mL of 0.5% bupivacaine at each.\n")


_IMPAR = ("Return visit for tailbone pain. Coccydynia (M53.3) for 9 months; sitting is unbearable. We proceeded\n"
          "today with a ganglion impar\n"
          "block. Consent signed and time-out done. Prone; under fluoroscopy a 22 g needle was passed through the\n"
          "sacrococcygeal junction; Isovue-M 300, 2 mL, showed the typical spread. Injected 4 mL of 0.5% bupivacaine.\n")


def test_crlf_line_ends_read_as_newlines() -> None:
    # a phrase wrapped across a Windows line end ('ganglion impar' CR LF 'block') is still the procedure
    expected = [("sympathetic_block", None, [], None)]
    assert _procs(_IMPAR) == expected
    assert _procs(_IMPAR.replace("\n", "\r\n")) == expected
    assert _procs(_IMPAR.replace("\n", "\r")) == expected


def test_en_dash_in_a_mixed_level_list_keeps_the_region() -> None:
    # 'T7–8' must still tell the region of the digits-only '8-9' written with a hyphen
    text = "L thoracic MBB T7\u20138 and 8-9 (dx #1)\nProne, fluoroscopy, 0.5 mL 0.5% bupivacaine per nerve.\n"
    assert [p[2] for p in _procs(text)] == [["T7-T8", "T8-T9"]]


def test_en_dash_level_keeps_the_repeat_flag() -> None:
    text = "PROCEDURE: Repeat right L4\u2013L5 transforaminal epidural steroid injection under fluoroscopic guidance.\n"
    (proc,) = extract(text).procedures
    assert proc.repeat is not None and proc.repeat.value is True


def _drugs(text: str) -> list[tuple]:
    return [(d.generic, d.dose, d.dose_unit) for d in extract(text).drugs]


def test_trailing_space_before_a_wrap_inside_medial_branches() -> None:
    # a trailing space (or a CR) before the line break: 'medial ' + newline + 'branches' still names the nerves
    text = ("Procedure: Right lumbar medial branch radiofrequency ablation\n"
            "Prone. Under fluoroscopy RF cannulas were positioned at the right L3 and L4 medial \n"
            "branches. After sensory and motor testing, lesions at 80 C for 90 seconds.\n")
    assert [p[2] for p in _procs(text)] == [["L4-L5"]]


def test_trailing_space_before_a_wrap_inside_a_duration() -> None:
    text = ("Procedure: Right L5-S1 TFESI\nRight leg pain. Twelve \n"
            "weeks of physical therapy brought no change.\n")
    (care,) = extract(text).necessity.conservative_care
    assert (care.modality, care.weeks, care.outcome) == ("physical_therapy", 12.0, "failed")


def test_trailing_space_before_a_wrap_after_negative_aspiration() -> None:
    text = ("Procedure: Left greater occipital nerve block\nA 25 g needle was placed medial to the occipital artery;"
            " after negative \naspiration 2 mL of 0.5% bupivacaine was injected.\n")
    assert _drugs(text) == [("bupivacaine", 10.0, "mg")]


def test_trailing_space_inside_a_level_split_at_its_hyphen() -> None:
    text = ("Procedure: Right lumbar transforaminal epidural steroid injection\n"
            "Prone. Under fluoroscopy a 22 g spinal needle was advanced into the right L4- \n"
            "5 foramen and then the right L5- \nS1 foramen. Kenalog 40 mg injected.\n")
    assert [p[2] for p in _procs(text)] == [["L4-L5", "L5-S1"]]


def test_two_spaces_before_uneventful_still_say_no_complications() -> None:
    text = "Procedure: Caudal epidural steroid injection\nPre 6/10. Kenalog 80 mg.\nPost 2/10.  Uneventful.\n"
    assert extract(text).complications.value == "none"


def test_two_spaces_before_a_bare_intent_sentence() -> None:
    text = ("Procedure: Right SI joint injection under fluoroscopy\nKenalog 40 mg and 1 mL 1% lidocaine.\n"
            "Post 1/10 (85% relief).  Diagnostic.  No cx.\n")
    assert extract(text).procedures[0].intent == "diagnostic"


def test_tab_after_a_procedure_label_over_narrative() -> None:
    # 'Procedure:<TAB>Consent was signed ...' is the technique (as with a space), so its left side is today's side
    text = ("RIGHT L5-S1 TRANSFORAMINAL EPIDURAL STEROID INJECTION\n\n"
            "Procedure:\tConsent was signed and time out was done. Prone. Under fluoroscopy a 22 gauge needle was guided to\n"
            "the left L5-S1 foramen. Kenalog 40 mg with 1 mL 1% lidocaine was injected.\n")
    base = text.replace(":\t", ": ")
    assert _procs(text) == _procs(base) == [("transforaminal_epidural", "left", ["L5-S1"], "transforaminal")]


def test_bracketed_aside_wrapped_inside_its_brackets() -> None:
    text = ("Procedures: 1. Bilateral L4-5 and L5-S1 facet joint nerve (medial\nbranch) blocks, diagnostic  "
            "2. Fluoroscopic guidance\nProne. Needles at the L3, L4 medial branches and L5 dorsal ramus bilaterally. "
            "0.5 mL 0.5% bupivacaine each.\n")
    assert _procs(text) == [("facet_injection", "bilateral", ["L4-L5", "L5-S1"], "medial_branch")]


def test_a_procedure_planned_after_todays_block_is_not_today() -> None:
    body = ("Knee pain for 2 years. Under fluoroscopy needles at the superolateral, superomedial and inferomedial "
            "genicular nerves; 1 mL 0.5% bupivacaine at each.\n")
    for title in ("Left genicular nerve block, diagnostic, prior to planned\nradiofrequency ablation\n",
                  "Left genicular nerve block\nThis is a diagnostic block prior to planned radiofrequency ablation.\n",
                  "Left genicular nerve block, diagnostic, in anticipation of RFA\n"):
        assert [p[:2] for p in _procs(title + body)] == [("genicular_nerve_block", "left")], title


def test_digits_only_pair_after_a_long_form_level() -> None:
    # 'C5-C6 and 6-7' (m2's level-notation probe) reads as 'C5-6 and 6-7' does; so does 'L4-L5 and 5-1'
    for lv, expected in (("C5-C6 and 6-7", ["C5-C6", "C6-C7"]), ("C5-C6, 6-7", ["C5-C6", "C6-C7"]),
                         ("T7-T8 and 8-9", ["T7-T8", "T8-T9"]), ("L4-L5 and 5-1", ["L4-L5", "L5-S1"])):
        text = f"Dx MBB #1 R facets {lv}\nProne, fluoroscopy, 0.5 mL 0.5% bupivacaine per nerve.\n"
        assert [p[2] for p in _procs(text)] == [expected], lv
