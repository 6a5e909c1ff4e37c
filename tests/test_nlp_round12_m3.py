"""Round-12 metamorphic probe leftovers (m3): a note rewritten without changing its meaning must read the same
(`benchmarks/metamorphic.py`; transforms `abbrev_terms`, `hard_wrap`, `blank_lines_trailing`, `abbrev_side`,
`number_words`, ... in `benchmarks/metamorphic_*.py`). Every case failed before the change it tests and pins the value
the note as first written (the long form, one line) is read with. Snippets are fictional, written for this probe.
"""

from __future__ import annotations

import pytest

from api.pipeline import analyze_text


def _doses(text: str) -> list[tuple[str, float | None, str | None]]:
    """Each drug read from the note with its total dose and unit."""
    return [(d.generic, d.dose, d.dose_unit) for d in analyze_text(text).drugs]


# --- abbrev_terms: chart shorthand (inj, proc, lvl, MB) in the cues that read intent and per-site doses -------------

def test_a_diagnostic_inj_states_the_intent() -> None:
    """'This is a diagnostic inj.' is 'a diagnostic injection': the intent cue knows inj/proc/blk as it knows the words."""
    text = ("PROCEDURE: Right sacroiliac joint injection under fluoroscopy.\n"
            "The pt presents today for right SI joint inj. This is a diagnostic inj.\n"
            "Under fluoro the right SI joint was entered and 1 mL Omnipaque, then 40 mg Kenalog injected.\n")
    assert [(p.family, p.intent) for p in analyze_text(text).procedures] == [("si_joint_injection", "diagnostic")]


def test_the_same_injectate_at_the_remaining_lvl_is_a_second_dose() -> None:
    """'At the first lvl ... the remaining lvl': a per-level amount given at both levels, as with 'level'."""
    text = ("Procedure: Right L4-5 and L5-S1 transforaminal epidural steroid injection under fluoroscopy.\n"
            "Contrast showed epidural flow. At the first lvl, 10 mg of dexamethasone with 1 mL of 0.5% bupivacaine was "
            "injected. The same injectate was given at the remaining lvl.\n")
    assert _doses(text) == [("dexamethasone_sodium_phosphate", 20.0, "mg"), ("bupivacaine", 10.0, "mg")]


def test_the_same_inj_on_the_other_side_doubles_the_amounts() -> None:
    """'The same inj was performed on the left' repeats the right side's amounts as 'the same injection' does."""
    text = ("Procedure: Bilateral greater occipital nerve blocks.\n"
            "The pt was seated. On the right, after negative aspiration 2 mL of 0.5% Marcaine with 4 mg of Decadron was "
            "injected. The same inj was performed on the left.\n")
    assert _doses(text) == [("bupivacaine", 20.0, "mg"), ("dexamethasone_sodium_phosphate", 8.0, "mg")]


def test_the_identical_proc_on_the_left_doubles_the_amounts() -> None:
    """'The identical proc was then carried out on the left': 'proc' is 'procedure' in the repeat cue."""
    text = ("PROCEDURE: Bilateral L5-S1 transforaminal epidural steroid injections under fluoroscopy.\n"
            "Under fluoro the right L5-S1 foramen was entered and 40 mg of Depo-Medrol mixed with 1 mL of 1% Xylocaine "
            "was injected. The identical proc was then carried out on the left.\n")
    assert _doses(text) == [("methylprednisolone_acetate", 80.0, "mg"), ("lidocaine", 20.0, "mg")]


@pytest.mark.parametrize("site, expected", [("each MB", 18.0), ("each medial branch", 18.0)])
def test_at_each_mb_is_a_per_nerve_amount(site: str, expected: float) -> None:
    """'0.3 mL 2% lidocaine at each MB' counts the three nerves named, as 'at each medial branch' does."""
    text = ("Procedure: Right cervical facet medial branch block (diagnostic).\n"
            "Details: pt prone; 25 g needles to the right C4, C5 and C6 articular pillars on lateral view; "
            f"0.3 mL 2% lidocaine at {site}.\n")
    assert _doses(text) == [("lidocaine", expected, "mg")]


def test_each_of_the_listed_mbs_counts_the_nerves() -> None:
    """'at each of the right C5, C6 and C7 MBs' names three nerves one by one, as '... medial branches' does."""
    text = ("Procedure: Right cervical medial branch radiofrequency ablation.\n"
            "Technique: fluoro; 1 mL of 1% lidocaine at each of the right C5, C6 and C7 MBs; cannulas placed, sensory "
            "and motor testing satisfactory; lesions 80 C x 90 s at each.\n")
    assert _doses(text) == [("lidocaine", 30.0, "mg")]


def _procs(text: str) -> list[tuple[str, str | None]]:
    """Each procedure read from the note: family and side."""
    return [(p.family, p.laterality) for p in analyze_text(text).procedures]


def test_a_generic_joint_inj_in_the_body_of_a_facet_note_is_no_procedure_of_its_own() -> None:
    """'prefers steroid joint inj' ('inj' is also the plural) beside today's named facet injection adds no second,
    generic joint injection: a generic name in the body speaks of the named procedure or of history."""
    text = ("Bilateral L4-5 facet joint injections (intra-articular), therapeutic\n"
            "- Dx: lumbar facet arthropathy, M47.816\n"
            "- Not an ablation candidate (pacemaker dependent); prefers steroid joint inj\n"
            "- Prone, fluoro; 22 g needle into each L4-5 facet joint (left and right)\n"
            "- Omnipaque 240 0.2 mL per joint, then Kenalog 20 mg per joint\n")
    assert _procs(text) == [("facet_injection", "bilateral")]


def test_joint_inj_that_no_longer_last_is_history_of_an_ablation_note() -> None:
    """'Therapeutic joint inj no longer last' in an SI ablation note names earlier injections, not a second procedure."""
    text = ("Right sacroiliac joint radiofrequency ablation of the L5 dorsal ramus and S1 S2 and S3 lateral branches.\n"
            "68 year old man with right sacroiliac joint pain for three years. Two right lateral branch blocks gave 85% and "
            "80% relief. Therapeutic joint inj no longer last. Pain 7/10.\n"
            "Prone under fluoroscopy. RF cannulas were placed at the right L5 dorsal ramus and lateral to the right S1 S2 "
            "and S3 foramina, lesions at 80 degrees for 90 seconds.\n")
    assert _procs(text) == [("si_joint_rfa", "right")]


def test_a_duration_before_a_comma_belongs_to_its_own_clause_not_to_the_procedure_after() -> None:
    """'Left buttock pain for a year, two prior intra-articular inj helped only briefly': the year is the pain's; the
    procedure of the next clause does not claim it ('an ESI 2 months ago' does)."""
    text = ("Left sacroiliac joint lateral branch blocks, diagnostic, fluoro guidance.\n"
            "Diagnosis: sacroiliitis of the left SI joint (M46.1). Left buttock pain for a year, two prior intra-articular "
            "inj helped only briefly. Consent signed; time-out performed. Pain before 6/10.\n"
            "Needles were placed at the left L5 dorsal ramus and the left S1, S2 and S3 lateral branches; 0.5 mL of 0.5% "
            "bupivacaine at each of the four sites.\n")
    duration = analyze_text(text).necessity.symptom_duration
    assert duration is not None and duration.weeks == 52.0


def test_the_therapeutic_si_inj_in_may_is_a_prior_response_not_a_diagnostic_block() -> None:
    """'the therapeutic right SI inj in May gave good relief (~80%) for 6+ months': the clause names its own procedure
    ('inj' as 'injection'), so the earlier clause's diagnostic block does not claim the result."""
    text = ("PROCEDURE: Right sacroiliac joint injection under fluoroscopy (therapeutic, repeat)\n"
            "INDICATIONS: Right buttock pain for 2 years. She had a diagnostic right SI joint block last year with 80% "
            "relief, and the therapeutic right SI inj in May gave good relief (~80%) for 6+ months. Pain 7/10.\n"
            "PROCEDURE: Consent signed. Prone, fluoroscopy. 22 g needle into the right SI joint; 40 mg triamcinolone "
            "injected.\n")
    a = analyze_text(text).assessments
    assert [(x.percent, x.duration_days) for x in a.prior_procedure_response] == [(80.0, 182.0)]
    assert [x.percent for x in a.diagnostic_blocks] == [80.0]


@pytest.mark.parametrize("text", [
    "Procedure: Left L4-5 and L5-S1 transforaminal epidural steroid injection.\nHe comes back for another round of inj; "
    "he tells me the last ones helped some, about 50% for 3 months.\nUnder fluoroscopy 22 g needles were placed into the "
    "left L4-5 and L5-S1 foramina; dexamethasone 4 mg at each level.\n",
    "Procedure: Right S1 transforaminal epidural inj - second one at this lvl.\nRight S1 radicular pain. First S1 inj in "
    "August helped 50%. Under fluoroscopy the right S1 foramen was entered; dexamethasone 10 mg injected.\n",
])
def test_a_repeat_said_in_shorthand_is_a_repeat(text: str) -> None:
    """'another round of inj', 'second one at this lvl': the repeat cue reads the shorthand as the words."""
    assert [bool(p.repeat and p.repeat.value) for p in analyze_text(text).procedures] == [True]


def test_a_fracture_at_both_lvls_names_every_treated_level() -> None:
    """'MRI shows marrow oedema ... at both lvls' points back at the two treated levels as 'at both levels' does, so
    the per-level imaging check is met."""
    text = ("PROCEDURE: Kyphoplasty T12 and L1.\n"
            "INDICATION: Osteoporotic compression fractures of T12 and L1 (M80.08XA). Pain began six weeks ago; a brace "
            "has not helped. MRI shows marrow oedema on the STIR sequence at both lvls with about 30% height loss.\n"
            "PROCEDURE: Under biplanar fluoroscopy bilateral transpedicular trocars were placed at T12 and L1, balloons "
            "inflated and cement placed. No complications.\n")
    assert "imaging_findings" not in {f.element for f in analyze_text(text).findings}


def _levels(text: str) -> list[list[str]]:
    """The level names of each procedure read from the note."""
    return [[lv.name for lv in p.levels] for p in analyze_text(text).procedures]


def test_a_digits_only_pair_before_lvl_is_a_level() -> None:
    """'at the 6-7 lvl' names its level as 'at the 6-7 level' does (the region from the note)."""
    text = ("Cervical interlaminar epidural steroid injection.\n"
            "Neck and bilateral arm pain for 6 months; MRI shows central stenosis worst at the 6-7 lvl. In the prone "
            "position under fluoroscopic guidance an 18 gauge Tuohy needle was advanced at the 6-7 lvl using loss of "
            "resistance; 80 mg Depo-Medrol injected.\n")
    assert _levels(text) == [["C6-C7"]]


def test_nerves_listed_before_mbs_are_nerves_not_a_joint() -> None:
    """'L2 L3 and L4 MBs' are three medial branches (the L3-4 and L4-5 joints), as '... medial branches' are; the
    plural shorthand is no 'L2-L3' block."""
    text = ("left lumbar radiofrequency ablation L2 L3 and L4 MBs for the L3-4 and L4-5 facet joints.\n"
            "prone under fluoroscopy. cannulas to the left L2 L3 and L4 MBs, lesions at 80 degrees for 90 seconds.\n")
    assert _levels(text) == [["L3-L4", "L4-L5"]]


@pytest.mark.parametrize("title, expected", [
    ("Inj of both knees - ultrasound guided", [("joint_injection", "knee", "bilateral")]),
    ("Steroid inj - right knee and left hip", [("joint_injection", "knee", "right"), ("joint_injection", "hip", "left")]),
])
def test_inj_before_the_joint_names_the_joint_injection(title: str, expected: list) -> None:
    """'Inj of both knees', 'Steroid inj - right knee and left hip': 'inj' before the joint reads as 'injection(s)'
    in every joint's 'injection of the X' pattern (knee, hip, ankle, AC joint)."""
    text = (f"{title}\nDx: primary osteoarthritis.\nPain for 2 years. Pain 7/10.\n"
            "Each joint was entered under ultrasound and 40 mg Depo-Medrol with 2 mL 1% lidocaine injected.\n")
    assert [(p.family, p.region, p.laterality) for p in analyze_text(text).procedures] == expected


# --- hard_wrap: a wrap inside a sentence reads as the one-line sentence (nlp/normalise.py `_join_wraps`) -------------

def test_a_bracket_wrapped_from_a_word_goes_on_but_a_list_marker_opens_its_line() -> None:
    """'... contrast allergy' + newline + '(hives, anaphylaxis risk) so ...' is one sentence; '(1) consent' after a
    label is the list's first item. One character for one: offsets stay exact."""
    text = ("Dx M54.12. Neck pain. She has a documented iodinated contrast allergy\n(hives, anaphylaxis risk) so no "
            "contrast was used. Steps were done in this order today:\n(1) consent.\n")
    from nlp.normalise import normalise
    assert normalise(text) == text.replace("allergy\n(", "allergy (")


def test_a_title_whose_bracketed_intent_wrapped_to_the_next_line_keeps_it() -> None:
    """'Right L3-4 and L4-5 intra-articular facet injections' + newline + '(therapeutic, repeat)': the title's intent."""
    text = ("Right L3-4 and L4-5 intra-articular facet injections\n(therapeutic, repeat)\n\n"
            "Right-sided back pain for 3 years, diagnosis lumbar spondylosis (M47.81). His last therapeutic facet "
            "injection in March gave 60% relief for 4 months.\n\nPre 6/10. Consent, time out. Under fluoroscopy 22 g "
            "needles entered the right L3-4 and L4-5 facet joints; 20 mg Kenalog per joint. Post 1/10.\n")
    assert [p.intent for p in analyze_text(text).procedures] == ["therapeutic"]


def test_a_label_closing_a_prose_line_takes_the_value_on_the_next() -> None:
    """'... 1/10. Relief during the anesthetic phase:' + newline + '100%.': the label's value wrapped (a percent is no
    clock time); a label alone on its line keeps its break."""
    text = ("Under fluoroscopy the SI joint was entered. Images were saved in PACS.\n\n"
            "Post-procedure pain 1/10. Relief during the anesthetic phase:\n100%. No immediate complications were noted.\n"
            "TECHNIQUE IN DETAIL:\nThe patient was placed prone.\n")
    from nlp.normalise import normalise
    assert normalise(text) == text.replace("phase:\n100%", "phase: 100%")
    assert [r.percent for r in analyze_text(text).assessments.percent_relief] == [100.0]


@pytest.mark.parametrize("wrapped", [
    "0.5 mL 0.5% ropivacaine at each of 4 sites. Post\n1/10. No complications.",
    "0.5 mL 0.5% ropivacaine at each of 4 sites. Pre\n6/10 and post 1/10. No complications.",
])
def test_a_capitalised_timing_word_before_a_wrapped_score_is_joined(wrapped: str) -> None:
    """'Post' + newline + '1/10': a score is no drug strength, so the capitalised word before it may go on."""
    text = ("Procedure: right sacroiliac joint lateral branch blocks under fluoroscopy. Consent signed.\n"
            f"Needles to the right L5 dorsal ramus and S1-S3 lateral branches; {wrapped}\n")
    scores = {s.timing: s.value for s in analyze_text(text).assessments.pain_scores}
    assert scores == ({"pre": 6, "post": 1} if "Pre" in wrapped else {"post": 1})


def test_a_temperature_unit_wrapped_from_its_number_is_the_lesion_technique() -> None:
    """'lesions 80' + newline + 'C for 90 seconds' is a thermal lesion as '80 C' on one line is."""
    text = ("Right genicular nerve radiofrequency ablation under fluoroscopy.\nDiagnosis: right knee osteoarthritis "
            "(M17.11). Knee pain 6 years. Pre-procedure pain 8/10.\nTechnique: 18 g RF cannulas placed at the superomedial, "
            "superolateral and inferomedial genicular nerves; sensory testing concordant; lesions 80\n"
            "C for 90 seconds at each. Post-procedure pain 3/10. Complications: none.\n")
    from nlp.normalise import normalise
    assert "80 C for" in normalise(text)
    assert "approach" not in {f.element for f in analyze_text(text).findings}


def test_a_punctuated_note_wrapped_narrow_still_joins_its_wraps() -> None:
    """A punctuated note wrapped at a narrow width has more lines than half its stops but as many stops per character
    as before: its wraps inside sentences are joined ('for' + newline + 'more than'); a dictated note without stops
    keeps its line ends (tests/test_nlp_round11_mw.py)."""
    text = ("Lumbar medial branch block, diagnostic.\nLow back pain for 3 years; PT and\nnaproxen did not help. He gave up "
            "golf and\ncannot stand at his workbench for\nmore than 15 minutes and cannot\nwalk a mile; the first "
            "block\ngave 90% relief for two hours with\nlidocaine only, as expected.\n")
    from nlp.normalise import normalise
    assert "workbench for more than" in normalise(text)


@pytest.mark.parametrize("wrapped, joined", [
    # a lower-case word that cannot end a sentence, before what looks like a lower-case label
    ("The pain began 5 months ago. Conservative care to\ndate: 10 weeks of physical therapy and naproxen without relief.",
     "Conservative care to date: 10 weeks"),
    # 'of' never opens a line, even after a dose (an ALL CAPS note's drug line)
    ("CONTRAST SPREAD ALONG THE SYMPATHETIC CHAIN WITHOUT VASCULAR UPTAKE. 10 ML\nOF 0.25% BUPIVACAINE INJECTED.",
     "10 ML OF 0.25%"),
    # a dose's frequency goes on the dose's line
    ("Conservative treatment: 8 weeks of physical therapy, gabapentin 300 mg\nTID (stopped for sedation), acetaminophen.",
     "300 mg TID"),
    # a procedure's adjective needs its noun; a verb wants its object
    ("Pain 7/10 pre, 2/10 post. No complications. Will consider genicular\nRFA if the relief lasts.",
     "genicular RFA if"),
    ("Prior bilateral L4-5 medial branch blocks gave 85% and 80% relief; she declines\nRFA.", "declines RFA."),
    # a Title Case article
    ("He no longer walks his dog and gave up his bowling league. The\nJanuary MRI demonstrates a broad-based bulge.",
     "The January MRI"),
    # a dotted leader whose value wrapped
    ("Consent ......... obtained (written)      Time-out .....\ncompleted 13:05 with the whole team.", "..... completed"),
])
def test_more_wraps_inside_a_sentence_are_joined(wrapped: str, joined: str) -> None:
    """Each of these line breaks sits inside one sentence or field, as the hard_wrap probe writes them."""
    from nlp.normalise import normalise
    text = "Procedure: right L5-S1 transforaminal epidural steroid injection under fluoroscopy. Consent signed.\n" + wrapped + "\n"
    assert joined in normalise(text)


@pytest.mark.parametrize("text", [
    # a dotted-leader row after a line closed by an open word ('lumbar') is the next row
    "Procedure ............ Transforaminal ESI, lumbar\nLaterality ........... [ ] Right  [X] Left\nDone today.\n",
    # a comma before a capital keeps the break: a run of lines joined whole would carry the procedure field over the
    # history ('... neurogenic claudication,' + newline + 'M48.062. Her legs ...': dev_fresh_am lost its necessity)
    "Procedure: lumbar interlaminar epidural steroid injection. Diagnosis is spinal stenosis with claudication,\n"
    "M48.062. Her legs get heavy after one block.\n",
])
def test_rows_and_all_caps_lines_keep_their_breaks(text: str) -> None:
    """A template row after a row, and a capital after a comma, stay on their own lines."""
    from nlp.normalise import normalise
    assert normalise(text) == text


# --- blank_lines_trailing: a field's reading must not hang on a blank line between fields --------------------------

@pytest.mark.parametrize("guidance", ["Imaging: Fluoroscopy", "Imaging guidance: [X] Fluoroscopy [ ] Ultrasound"])
def test_a_guidance_field_heads_no_imaging_report(guidance: str) -> None:
    """'Imaging: Fluoroscopy' is how the procedure was guided: the diagnosis field under it is no imaging finding, with or
    without a blank line between (the gold's reading); an 'MRI L-spine:' label still heads its rows."""
    text = ("Procedure: Cervical radiofrequency ablation, repeat\nLaterality: Bilateral\n"
            f"{guidance}\nDiagnosis: Cervical spondylosis without myelopathy or radiculopathy (M47.812)\n"
            "History: Bilateral posterior neck pain for 4 years. Therapy for 10 weeks failed.\n"
            "Technique: RF cannulas to the C5, C6 and C7 medial branches, lesions at 85 C for 90 s.\n")
    assert analyze_text(text).necessity.imaging_findings == []
    rows = text.replace(guidance, "MRI C-spine:\nC5-6: facet arthropathy with joint effusion")
    assert [f.value for f in analyze_text(rows).necessity.imaging_findings] == ["C5-6: facet arthropathy with joint effusion"]


# --- abbrev_side: the other side named in shorthand ---------------------------------------------------------------

@pytest.mark.parametrize("repeat", ["The same injection was performed on the lt.", "The same injection was performed on the L.",
                                    "The identical procedure was then carried out on the lt."])
def test_the_same_injection_on_the_lt_doubles_the_amounts(repeat: str) -> None:
    """'... performed on the lt' / 'on the L' repeats the first side's amounts as 'on the left' does."""
    text = ("PROCEDURE PERFORMED: B/L greater occipital nerve blocks.\nThe pt was seated. On the R, after negative "
            f"aspiration 2 mL of 0.5% Marcaine with 4 mg of Decadron was injected. {repeat}\n")
    assert _doses(text) == [("bupivacaine", 20.0, "mg"), ("dexamethasone_sodium_phosphate", 8.0, "mg")]


def test_repeated_on_the_lt_side_with_the_same_technique_doubles_the_amounts() -> None:
    """'The procedure was repeated on the lt side with the same technique': the contralateral repeat in shorthand."""
    text = ("PROCEDURE PERFORMED: Bilat sacroiliac joint injections, diagnostic, with fluoroscopic guidance.\n"
            "Beginning on the R, the inferior joint line was visualized with fluoroscopy, the skin was anesthetized with "
            "1 mL of 1% lidocaine, and a 22-gauge spinal needle was advanced into the R sacroiliac joint. 2 mL of 0.5% "
            "Marcaine with 20 mg of Kenalog was injected. The procedure was repeated on the lt side with the same "
            "technique.\n")
    assert ("lidocaine", 20.0, "mg") in _doses(text)
