"""Round 19 (issue 3, rep19): the wording and layout families behind the errors of the sealed batches dev_fresh_df
(repeat and staged procedures) and dev_fresh_di (a group practice's month, six physicians), as fictional snippets
written for these tests (never a corpus sentence). Each case gives exact values and failed before its change; the
guards (named so) pin readings the change must keep.

- A side set apart where templates carry stale values though the layout leaves it in the body: a key-value table's
  side row ('| Side | Left |', '| Laterality | Right |') or a pasted template's title line under a clinic visit
  ('RIGHT L5-S1 MEDIAL BRANCH BLOCK'), against the needle's side: the needle's side is coded and the difference is a
  laterality_conflict, not a bilateral -50 (fdi-tfesi-03, fdi-h-mbb-01).
- A sentence that points back at the diagnostic block told just before it without naming it ('The second, with
  bupivacaine, gave 70% ...', 'The confirmatory one gave 90% ...') reports that block's relief, not a prior procedure's
  response (fdf-h-rfa-01).
- Two blocks named by their two dates in a field ('| Diagnostic blocks | 01/15 and 02/12, 90% relief each |') share
  one result (fdi-rfa-02).
- A falling score pair said to have held for weeks ('went from 8 down to 2 ... and that held for a good four months',
  'stayed that way for three months') is an earlier procedure's response, never today's pre/post scores or relief
  (fdf-h-tfesi-01).
- 'repeat' written as a title's modifier after the procedure name ('..., repeat, therapeutic.') makes a repeat
  (fdf-h-si-02).
- 'After a time-out ...', 'following consent ...' open a score taken before the needle: no post cue (fdi-h-tfesi-02).
- A pain path written tersely from its start to a part below the knee or elbow ('radicular pain buttock to dorsum of
  foot') is a radicular symptom (fdi-h-tfesi-01).
- A muscle's bare name beside a part of it ('L trapezius' and 'L upper trap') is one muscle for the TPI count
  (fdi-h-tpi-01: 20552).
- Care that 'no longer controls it' failed (fdf-rfa-02).
"""

from __future__ import annotations

import datetime as dt

import pytest

from api import pipeline

DOS = dt.date(2026, 6, 23)


def _result(text: str):  # noqa: ANN202
    return pipeline.analyze_text(text, payer="medicare", date_of_service=DOS, place_of_service="11", source="r19")


def _lines(result) -> list[tuple[str, list[str], int]]:  # noqa: ANN001
    return sorted((c.code, sorted(c.modifiers), c.units) for c in result.codes)


def _elements(result) -> set[str]:  # noqa: ANN001
    return {f.element for f in result.findings if f.severity != "info"}


# --- a side set apart in a table row or a pasted title line --------------------------------------------------------------

_TABLE = ("LUMBAR TRANSFORAMINAL EPIDURAL - RECORD\n\n| Item | Value |\n|---|---|\n| {label} | {side} |\n"
          "| Level | L5-S1 foramen |\n| Diagnosis | Lumbar radiculopathy (M54.17) |\n"
          "| Symptoms | Leg pain to the heel with numbness of the lateral foot, 3 months |\n"
          "| Prior care | Physical therapy 8 weeks, naproxen: no relief |\n| Function | Cannot walk a block; ODI 44% |\n"
          "| MRI | Foraminal disc protrusion at L5-S1 contacting the exiting root |\n| Consent | Signed |\n"
          "| Time-out | Done |\n| Pain pre / post | 8/10 / 2/10 |\n\n| Step | Detail |\n|---|---|\n"
          "| Needle | 22-gauge needle to the {needle} L5-S1 foramen under fluoroscopy |\n"
          "| Contrast | Isovue-M 200, 1 mL, epidural flow, no vascular uptake |\n"
          "| Injectate | Dexamethasone 10 mg + 1 mL 1% lidocaine |\n| Images | AP and oblique saved |\n"
          "| Complications | None |\n")


@pytest.mark.parametrize("label, side, needle, modifier, conflict", [
    ("Side", "Left", "right", "RT", True),
    ("Laterality", "Right", "left", "LT", True),
    ("Procedure side", "Right", "left", "LT", True),
    ("Side", "Left", "left", "LT", False),  # guard: the row agrees with the needle
])
def test_table_side_row_against_needle_side(label: str, side: str, needle: str, modifier: str, conflict: bool) -> None:
    r = _result(_TABLE.format(label=label, side=side, needle=needle))
    assert _lines(r) == [("64483", [modifier], 1), ("J1100", [], 10)]
    # the record tells all else an ESI needs: the conflict is the only finding, when there is one
    assert _elements(r) == ({"laterality_conflict"} if conflict else set())


_PASTED = ("Clinic follow-up\nHPI: Axial low back pain for 9 months, worse with extension; no leg pain. Failed 10 weeks of "
           "physical therapy and meloxicam. Cannot stand to cook; ODI 36%.\nImpression: lumbar spondylosis (M47.816), facet "
           "mediated.\n{sep}\n{title}\nConsent: signed. Time-out: done. Sedation: none.\nPre-procedure pain: 7/10.\n"
           "Technique: Prone under fluoroscopy. Needles were placed at the {needle} L4 medial branch and the {needle} L5 "
           "dorsal ramus. 0.5 mL of 0.5% bupivacaine was injected at each nerve.\nPost-procedure pain: 1/10. No complications.\n")


@pytest.mark.parametrize("sep, title, needle, modifiers, conflict", [
    ("--------------------\nPROCEDURE NOTE (from template)", "RIGHT L5-S1 DIAGNOSTIC MEDIAL BRANCH BLOCK", "left",
     ["KX", "LT"], True),
    ("*** template pasted below ***", "Left L5-S1 diagnostic medial branch block", "right", ["KX", "RT"], True),
    # guard: the pasted title agrees with the needles
    ("--------------------\nPROCEDURE NOTE (from template)", "LEFT L5-S1 DIAGNOSTIC MEDIAL BRANCH BLOCK", "left",
     ["KX", "LT"], False),
])
def test_pasted_title_line_against_needle_side(sep: str, title: str, needle: str, modifiers: list[str],
                                               conflict: bool) -> None:
    r = _result(_PASTED.format(sep=sep, title=title, needle=needle))
    assert _lines(r) == [("64493", modifiers, 1)]
    assert _elements(r) == ({"laterality_conflict"} if conflict else set())


# --- a sentence pointing back at the block before it ---------------------------------------------------------------------

_RFA = ("Right L4-L5 medial branch radiofrequency ablation (L3 and L4 medial branches).\n\nLumbar spondylosis (M47.816). "
        "Right axial back pain for three years; twelve weeks of physical therapy and naproxen failed. Cannot garden; ODI "
        "30%. MRI: right L4-L5 facet arthropathy.\n\n{blocks}\n\nPre-procedure pain 6/10. Consent signed. Time-out "
        "performed.\n\nUnder fluoroscopy, RF cannulae were placed on the right L3 and L4 medial branches; sensory and motor "
        "testing appropriate; lidocaine 1% 1 mL at each, then lesions at 80 degrees C for 90 seconds.\n\nPost-procedure "
        "pain 3/10. No complications.\n")


@pytest.mark.parametrize("blocks, expected_blocks, expected_prior, elements", [
    ("The first diagnostic medial branch block (lidocaine) gave 90% relief for three hours. The second, with "
     "bupivacaine, gave 85% relief for six hours.", [(90.0, 1), (85.0, 2)], [], set()),
    ("An initial diagnostic block with lidocaine relieved 95% of her pain for two hours. The confirmatory one gave 90% "
     "for five hours.", [(95.0, 1), (90.0, 2)], [], set()),
    # the second block's 60% is under the 80% asked
    ("Her first medial branch block on 3/2 gave 85% relief. A second one on 3/16 gave 60% relief.",
     [(85.0, 1), (60.0, 2)], [], {"diagnostic_block_relief"}),
    # guard: the sentence names its own procedure, an epidural: that one's response, which makes no repeat of the
    # ablation (round 20, tgap20), so the one block told is asked for its pair
    ("The first diagnostic medial branch block gave 90% relief for three hours. The second epidural last year gave "
     "40% relief.", [(90.0, 1)], [40.0], {"diagnostic_block_relief"}),
])
def test_follow_on_sentence_is_the_blocks_result(blocks: str, expected_blocks: list, expected_prior: list,
                                                 elements: set) -> None:
    r = _result(_RFA.format(blocks=blocks))
    a = r.assessments
    assert [(b.percent, b.ordinal) for b in a.diagnostic_blocks] == expected_blocks
    assert [p.percent for p in a.prior_procedure_response] == expected_prior
    assert _lines(r) == [("64635", ["RT"], 1)]
    assert _elements(r) == elements


def test_follow_on_sentence_completes_two_blocks_for_rfa() -> None:
    r = _result(_RFA.format(blocks="The first diagnostic medial branch block (lidocaine) gave 90% relief for three "
                                   "hours. The second, with bupivacaine, gave 85% relief for six hours."))
    assert _lines(r) == [("64635", ["RT"], 1)]
    assert _elements(r) == set()  # no diagnostic_block_relief, no prior_procedure_response, nothing else


# --- two blocks named by their dates in a field ------------------------------------------------------------------------

@pytest.mark.parametrize("row, expected", [
    ("| Diagnostic blocks | 02/03/2026 and 02/24/2026, 85% relief each |", [(85.0, 1), (85.0, 2)]),
    ("| Blocks done | 01/10/2026 + 01/31/2026 - 90% relief each |", [(90.0, 1), (90.0, 2)]),
    ("| Diagnostic blocks | 02/03/2026: 85% relief |", [(85.0, None)]),  # guard: one block, one result
])
def test_two_dated_blocks_share_a_result(row: str, expected: list) -> None:
    text = ("RADIOFREQUENCY ABLATION - RECORD\n\n| Field | Entry |\n|---|---|\n| Procedure | Right L4-L5 facet "
            "radiofrequency ablation (right L3 and L4 medial branches) |\n| Diagnosis | Lumbar spondylosis (M47.816) |\n"
            f"{row}\n| Consent | Signed |\n| Time-out | Done |\n| Pain pre / post | 6/10 / 2/10 |\n\n| Step | Detail |\n"
            "|---|---|\n| Lesions | 80 degrees C for 90 seconds at each nerve |\n| Complications | None |\n")
    r = _result(text)
    assert [(b.percent, b.ordinal) for b in r.assessments.diagnostic_blocks] == expected
    assert _lines(r) == [("64635", ["RT"], 1)]
    # the record tells no care, function, duration or guidance; one block alone is short of the two asked
    assert _elements(r) == {"conservative_care", "functional_impairment", "imaging_guidance", "symptom_duration"} | (
        {"diagnostic_block_relief"} if len(expected) == 1 else set())


# --- a falling pair said to have held for weeks -------------------------------------------------------------------------

_TF = ("Repeat left L5-S1 transforaminal epidural steroid injection.\n\nLeft leg pain into the lateral foot with numbness "
       "for seven months (M54.17); eight weeks of physical therapy and gabapentin failed; cannot walk a block, ODI 40%; MRI "
       "shows a left L5-S1 foraminal protrusion touching the S1 root.\n\n{prior}\n\nPain before the injection: 7/10. "
       "Consent signed. Time-out done.\n\nUnder fluoroscopy a needle was placed in the left L5-S1 foramen; Omnipaque 240 "
       "1 mL showed epidural flow; dexamethasone 10 mg with 1 mL 1% lidocaine was injected. AP and lateral images saved."
       "\n\nPain after: 1/10. No complications.\n")


@pytest.mark.parametrize("prior, expected_prior, expected_scores", [
    ("She had this injection on 2025-12-02. The leg pain dropped from 8 to 1, about 85% better, and it stayed that way "
     "for three months.", [(85.0, 91.0)], [("baseline", 8.0), ("baseline", 1.0), ("pre", 7.0), ("post", 1.0)]),
    ("Her last one was in the fall. Pain fell from 9/10 to 3/10, some 65% relief, which lasted a good five months.",
     [(65.0, 151.6667)], [("baseline", 9.0), ("baseline", 3.0), ("pre", 7.0), ("post", 1.0)]),
    # guard: nothing says the fall held: the pair stays as read
    ("She had this injection on 2025-12-02 and it helped for a while. Her pain went from 8 to 1 within the hour.",
     [], [("pre", 8.0), ("post", 1.0), ("pre", 7.0), ("post", 1.0)]),
])
def test_fall_that_held_for_weeks_is_a_prior_response(prior: str, expected_prior: list, expected_scores: list) -> None:
    r = _result(_TF.format(prior=prior))
    a = r.assessments
    assert [(p.percent, p.duration_days) for p in a.prior_procedure_response] == expected_prior
    assert [(s.timing, s.value) for s in a.pain_scores] == expected_scores
    assert a.percent_relief == []
    assert _lines(r) == [("64483", ["LT"], 1), ("J1100", [], 10)]
    # a response that held for three months or more meets the repeat's requirement; the guard's has no percent or span
    assert _elements(r) == (set() if expected_prior else {"prior_procedure_response"})


# --- 'repeat' as a title's modifier --------------------------------------------------------------------------------------

@pytest.mark.parametrize("title, plan, repeat, span, elements", [
    # a therapeutic repeat: the first session's response and the diagnostic block are not told
    ("Right sacroiliac joint injection, repeat, therapeutic.", "", True, "injection, repeat",
     {"complications", "diagnostic_block_relief", "prior_procedure_response"}),
    # no intent told: approach
    ("R SI joint injection - repeat", "", True, "injection - repeat", {"approach", "complications"}),
    # guard: a plan to repeat makes no repeat
    ("Right sacroiliac joint injection, therapeutic.", "Plan: SI joint injection - repeat in 3 months if helpful.", False,
     None, {"complications", "diagnostic_block_relief"}),
])
def test_repeat_as_title_modifier(title: str, plan: str, repeat: bool, span: str | None, elements: set) -> None:
    text = (f"{title}\n\nRight sacroiliitis (M46.1), buttock pain for eight months, positive FABER and thigh thrust. "
            "Physical therapy for eight weeks failed. She cannot sit through a drive.\n\nPain before: 7/10. Consent signed. "
            "Time-out done.\n\nUnder fluoroscopy a needle entered the right SI joint; contrast confirmed the joint; "
            "triamcinolone 40 mg with 1 mL 1% lidocaine injected. AP and oblique images saved.\n\nPain after: 2/10.\n{plan}\n")
    r = _result(text)
    proc = r.procedures[0]
    assert (proc.repeat is not None and proc.repeat.value) is repeat
    assert ([e.text for e in proc.repeat.evidence] if proc.repeat else None) == ([span] if span else None)
    assert _lines(r) == [("27096", ["RT"], 1), ("J3301", [], 4)]
    assert _elements(r) == elements


# --- a step before the needle ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("After a time-out confirming the side, and with his pain at 6/10, I placed the needle", [("pre", 6.0), ("post", 2.0)]),
    ("Following consent and positioning, pain 8/10; I then placed the needle", [("pre", 8.0), ("post", 2.0)]),
    ("After the injection, with his pain at 4/10, I placed a bandage over the needle site and the needle",
     [("post", 4.0), ("post", 2.0)]),  # guard: after the injection is after it
])
def test_after_a_step_before_the_needle(sentence: str, expected: list) -> None:
    text = ("Dear colleague, thank you for referring your patient for a left L4-L5 transforaminal epidural steroid "
            "injection. His left leg pain runs down the front of the shin for four months (M54.16). Physical therapy for "
            "six weeks did not help. He cannot stand to cook; ODI 40%. MRI shows a left L4-L5 foraminal protrusion. "
            f"We reviewed the risks and he signed consent. {sentence} into the left L4-L5 foramen under fluoroscopy. "
            "Omnipaque 300, 1 mL, outlined the root; dexamethasone 10 mg with 1 mL 0.25% bupivacaine was injected. AP "
            "and oblique images were stored. No complications. His pain was 2/10 when he left.\n")
    r = _result(text)
    assert [(s.timing, s.value) for s in r.assessments.pain_scores] == expected
    assert _lines(r) == [("64483", ["LT"], 1), ("J1100", [], 10)]
    # the letter tells all else; the guard's only score before the needle is missing
    assert _elements(r) == ({"pre_procedure_pain_score"} if expected[0][0] == "post" else set())


# --- a terse pain path -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("hx, indication_missing", [
    ("Hx: L L5 radicular pain hip to big toe x 3 mo (M54.17)", False),
    ("Hx: L L5 radicular pain, gluteal to lateral calf x 3 mo (M54.17)", False),
    ("Hx: L S1 radicular pain, buttock to the little toe x 3 mo (M54.17)", False),
    ("Hx: L S1 radicular pain buttock to thigh x 3 mo (M54.17)", True),  # guard: the thigh is a joint's referral too
])
def test_terse_pain_path_is_radicular(hx: str, indication_missing: bool) -> None:
    text = (f"06/01/26 L L5-S1 TFESI. {hx}, 8 wk PT + naproxen w/o relief, can't stand >10 min, MRI L L5-S1 foraminal "
            "stenosis; pre 7/10; consent signed, time-out done.\nProc: fluoro-guided L L5-S1 TF, Isovue 1 mL epidural "
            "flow, dexamethasone 10 mg + 1 mL 1% lidocaine; AP + lat saved; post 2/10; no complications.\n")
    r = _result(text)
    assert _lines(r) == [("64483", ["LT"], 1), ("J1100", [], 10)]
    # the terse note tells all else an ESI needs
    assert _elements(r) == ({"indication"} if indication_missing else set())


# --- a muscle's bare name beside a part of it ---------------------------------------------------------------------------

@pytest.mark.parametrize("body, code, exam_told", [
    ("Taut bands in the R trapezius and R rhomboid. TPI to R upper trap and R rhomboid, 1 mL 1% lidocaine each.", "20552",
     True),
    ("Exam: tender left trapezius with a twitch response. TPIs into the L upper trapezius x2 sites and the L "
     "rhomboid, 1 mL 1% lidocaine each.", "20552", True),
    # 'trigger points in' names no taut band, twitch or referral: the exam finding is missing (indication)
    ("Trigger points in the right trapezius and right levator scapulae. Injected: right upper traps, right levator, "
     "1 mL each of 1% lidocaine.", "20552", False),
    # guard: the bare name on the other side is another muscle
    ("Taut bands in the L trapezius. TPI to the L trapezius, R upper trap and R rhomboid, 1 mL 1% lidocaine each.",
     "20553", True),
])
def test_muscle_part_beside_its_bare_name(body: str, code: str, exam_told: bool) -> None:
    text = f"Trigger point injections. Myofascial pain (M79.18) for 5 months. {body} Pain 7/10 before, 2/10 after.\n"
    r = _result(text)
    assert [c.code for c in r.codes] == [code]
    assert _lines(r) == [(code, [], 1)]
    # neither consent nor complications are told
    assert _elements(r) == {"complications", "consent"} | (set() if exam_told else {"indication"})


# --- care that no longer controls 'it' ---------------------------------------------------------------------------------

@pytest.mark.parametrize("care, missing", [
    ("Two years of physical therapy and NSAIDs no longer control it.", False),
    ("Home exercise and meloxicam no longer manage it well.", False),
    ("She does home exercise and takes meloxicam.", True),  # guard: care only listed
])
def test_care_no_longer_controls_it(care: str, missing: bool) -> None:
    text = ("Right L4-L5 and L5-S1 diagnostic medial branch block.\n\nRight axial low back pain for two years, worse "
            f"with extension. {care} She cannot stand to cook; ODI 34%. MRI: right L4-L5 and L5-S1 facet arthropathy "
            "(M47.816).\n\nPain before: 6/10. Consent signed. Time-out done.\n\nUnder fluoroscopy needles were placed at "
            "the right L3 and L4 medial branches and the right L5 dorsal ramus; 0.5 mL 0.5% bupivacaine at each.\n\nPain "
            "after: 1/10. No complications.\n")
    r = _result(text)
    assert _lines(r) == [("64493", ["KX", "RT"], 1), ("64494", ["KX", "RT"], 1)]
    assert _elements(r) == ({"conservative_care"} if missing else set())
