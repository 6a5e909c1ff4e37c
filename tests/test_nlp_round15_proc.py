"""Round 15 (PROC): wording families that the sealed batches dev_fresh_bm/bn/bo showed misread in procedures, sides and
code lines: an ablation named only as the decision a block informs ('for the RFA decision'), a block's intent field
that leads up to an ablation ('Purpose: Diagnostic - prior to RF ablation'), SmartLists printed with their list name
and the value chosen ('{Side:LEFT}'), a home medicine stopped read as a reduced service (-52), and both sides written
out before a level ('the right and left L5-S1 foramina', also across a hard wrap). Fictional snippets written for these
tests, in wordings other than the batch notes'; each case failed before its change.
"""

from __future__ import annotations

import datetime as dt

import pytest

from api.pipeline import analyze_text
from nlp import extract

_DOS = dt.date(2026, 3, 10)


def _codes(text: str, pos: str = "11") -> list[str]:
    r = analyze_text(text, payer="medicare", date_of_service=_DOS, place_of_service=pos)
    return sorted(f"{c.code}{''.join('-' + m for m in sorted(c.modifiers))} x{c.units}" for c in r.codes)


def _families(text: str) -> list[tuple[str, str | None]]:
    return [(p.family, p.laterality) for p in extract(text).procedures]


# --- an ablation named only as the decision today's block informs ----------------------------------------------------

_GNB = ("Left knee genicular nerve block, diagnostic.\n"
        "Under fluoroscopy a 22 g needle was placed at the superomedial, superolateral and inferomedial genicular nerves;\n"
        "1.5 mL of 0.5% bupivacaine at each nerve. Pain 6/10 before, 1/10 after.\n"
        "{line}\n")


@pytest.mark.parametrize("line", [
    "A relief log was handed to her to help with the RFA decision.",
    "Relief diary given; RFA decision at follow-up.",
    "Result to be used for radiofrequency ablation planning.",
    "Follow-up in 2 weeks to decide on RFA.",
    "Diary to be reviewed with her before deciding whether to proceed with RFA.",
    "She remains a reasonable RFA candidate if the diary confirms the relief.",
])
def test_ablation_named_as_a_decision_still_to_make_is_not_done_today(line: str) -> None:
    """The block is today's; the ablation it informs adds no second procedure (and no facet RFA codes or findings)."""
    text = _GNB.format(line=line)
    assert _families(text) == [("genicular_nerve_block", "left")]
    assert _codes(text) == ["64454-LT x1"]


def test_decision_already_made_keeps_the_ablation_done_today() -> None:
    """Near miss: 'shared decision-making done; RFA ... was performed' reports today's ablation."""
    text = ("Shared decision-making completed; radiofrequency ablation of the right L3 and L4 medial branches and the L5\n"
            "dorsal ramus was performed under fluoroscopy, lesions at 85 C for 90 seconds each.\n")
    assert _families(text) == [("facet_rfa", "right")]


# --- a block's intent field leading up to an ablation ----------------------------------------------------------------

_SINB = ("Procedure: Left sacroiliac joint lateral branch blocks (L5 dorsal ramus, S1-S3 lateral branches)\n"
         "{line}\n"
         "Under fluoroscopy needles were placed at the left L5 dorsal ramus and lateral to the left S1, S2 and S3 "
         "foramina; 0.5 mL of 0.5% bupivacaine at each.\n")


@pytest.mark.parametrize("line", [
    "Purpose: Diagnostic - prior to RF ablation",
    "Intent: test block, before RF neurotomy",
    "Type: prognostic -- ahead of lateral branch RFA",
    "Goal: confirmatory, prior to cooled radiofrequency ablation",
])
def test_intent_field_leading_up_to_an_ablation_names_no_ablation_today(line: str) -> None:
    assert _families(_SINB.format(line=line)) == [("si_joint_nerve_block", "left")]


def test_prior_to_rfa_opening_a_technique_sentence_is_still_the_ablation() -> None:
    """Near miss: 'Prior to RFA, sensory testing ...' in an ablation note is today's ablation."""
    text = ("Left L4-5 and L5-S1 medial branch radiofrequency ablation\n"
            "Prior to RFA, diagnostic sensory stimulation at 50 Hz reproduced her pain at each cannula.\n"
            "Lesions at the left L3 and L4 medial branches and L5 dorsal ramus, 80 C for 90 seconds each.\n")
    assert _families(text) == [("facet_rfa", "left")]


# --- SmartLists printed with their list name and the value chosen ----------------------------------------------------

_HIP = ("Procedure: Hip joint injection under fluoroscopy\n"
        "Laterality: {side}\n"
        "Under fluoroscopic guidance a spinal needle was advanced into the {body} hip joint; 40 mg Kenalog-40 with 3 mL\n"
        "of 0.25% bupivacaine was injected. Image saved.\n")


@pytest.mark.parametrize(("side", "body", "want"), [
    ("{Laterality:LEFT}", "{Laterality:LEFT}", "left"),
    ("{Side:Right}", "{Side:Right}", "right"),
    ("{Procedure side: left}", "affected", "left"),
])
def test_smartlist_with_its_chosen_value_is_read(side: str, body: str, want: str) -> None:
    text = _HIP.format(side=side, body=body)
    assert _families(text) == [("joint_injection", want)]
    assert [p.text for p in extract(text).placeholders] == []
    assert "20610-" + {"left": "LT", "right": "RT"}[want] + " x1" in _codes(text)


@pytest.mark.parametrize("side", ["{Side:***}", "{Side: }", "{laterality}"])
def test_smartlist_left_unfilled_is_still_a_hole(side: str) -> None:
    """Near miss: a list with no value chosen is a placeholder and gives no side."""
    text = _HIP.format(side=side, body="target")
    assert _families(text) == [("joint_injection", None)]
    assert side.replace(" ", "") in [p.text.replace(" ", "") for p in extract(text).placeholders]


# --- a home medicine stopped is not a reduced service ----------------------------------------------------------------

_TFESI = ("Right L5-S1 transforaminal epidural steroid injection under fluoroscopy.\n"
          "Sciatica for 5 months. {line}\n"
          "Technique: a 22 g needle to the right L5-S1 foramen; Omnipaque 240 1 mL with epidural flow, then dexamethasone\n"
          "10 mg. AP and lateral images saved. {tech}\n")


@pytest.mark.parametrize("line", [
    "Six weeks of therapy did not help, and the gabapentin was discontinued because of dizziness.",
    "Her medications were stopped early owing to sedation.",
    "Pregabalin discontinued after two weeks (weight gain).",
    "He discontinued the nortriptyline on his own.",
])
def test_medicine_stopped_adds_no_reduced_service_modifier(line: str) -> None:
    assert _codes(_TFESI.format(line=line, tech="")) == ["64483-RT x1", "J1100 x10"]


def test_procedure_discontinued_still_reduced() -> None:
    """Near miss: the injection itself cut short keeps its -52."""
    text = _TFESI.format(line="Gabapentin helps.", tech="The injection was then discontinued because of a vasovagal "
                                                         "episode.")
    assert _codes(text) == ["64483-52-RT x1", "J1100 x10"]


# --- both sides written out before a level ---------------------------------------------------------------------------

_BILAT = ("Procedure: Bilateral lumbar transforaminal epidural steroid injection.\n"
          "Technique: under fluoroscopy needles were placed into {where}. Omnipaque 240 1 mL at each.\n")


@pytest.mark.parametrize("where", [
    "the L4-5 foramina on both sides, then the right and\nleft L5-S1 foramina",
    "the left and right\nL4-5 foramina, then the right and left L5-S1 foramina",
    "both L4-5 foramina and the left/right L5-S1 foramina",
    "both L4-5 foramina and the left and right L5-S1 foramina",
])
def test_both_sides_written_before_a_level_make_it_bilateral(where: str) -> None:
    """The add-on level's side is both sides: one 64484 line with 50, not the last side written."""
    text = _BILAT.format(where=where)
    levels = {lv.name: lv.side for p in extract(text).procedures for lv in p.levels}
    assert levels == {"L4-L5": "bilateral", "L5-S1": "bilateral"}
    assert _codes(text) == ["64483-50 x1", "64484-50 x1"]


@pytest.mark.parametrize("where", ["the right L4-5 foramen and the left L5-S1 foramen",
                                   "the right L4-5 and left\nL5-S1 foramina"])
def test_one_side_before_each_level_stays_that_side(where: str) -> None:
    """Near miss: one side before each level gives each level its own side."""
    text = _BILAT.format(where=where)
    levels = {lv.name: lv.side for p in extract(text).procedures for lv in p.levels}
    assert levels == {"L4-L5": "right", "L5-S1": "left"}
    assert _codes(text) == ["64483-RT x1", "64484-LT x1"]


# --- layout and wording fragilities the metamorphic probe found (bm, bn, bo) -----------------------------------------

@pytest.mark.parametrize(("title", "family"), [
    ("PROCEDURE :   Left   L5-S1   transforaminal\nepidural   steroid   injection", "transforaminal_epidural"),
    ("PROCEDURE :   Bilateral   L4-L5   transforaminal\nepidural   steroid   injection", "transforaminal_epidural"),
    ("PROCEDURE:    Left    L4-5    medial    branch\nblock    with    fluoroscopy", "facet_injection"),
    ("PROCEDURE :   Lumbar\nepidural   steroid   injection   at   L4-5", "interlaminar_epidural"),
])
def test_padded_title_wrapped_inside_the_name(title: str, family: str) -> None:
    """A padded export's title wrapped inside the procedure's name is still one name (the near miss names no approach
    and stays the generic epidural)."""
    text = title + "\n\nTechnique: prone, fluoroscopy, needle placed, dexamethasone 10 mg injected.\n"
    assert [p.family for p in extract(text).procedures] == [family]


@pytest.mark.parametrize("doc_title", ["PROCEDURE NOTE", "Operative Note", "PROCEDURE NOTE:"])
def test_title_under_a_document_title_is_the_title(doc_title: str) -> None:
    """'PROCEDURE NOTE' over 'LEFT L5-S1 TFESI': the second line is the title, so the needle's side (right) wins and the
    title's left stays a title mention (the laterality conflict)."""
    text = (doc_title + "\nLEFT L5-S1 TRANSFORAMINAL EPIDURAL STEROID INJECTION\n\n"
            "Dictated note. Sciatica for 6 months. Under fluoroscopy a 22 g needle was placed at the right L5-S1 "
            "foramen and dexamethasone 10 mg was injected.\n")
    p = extract(text).procedures[0]
    assert p.laterality == "right"
    assert sorted((m.value, m.source) for m in p.laterality_mentions) == [("left", "title"), ("right", "body")]


def test_dictated_paragraph_under_a_document_title_stays_body() -> None:
    """Near miss: prose under the document title is no title, though it names the procedure."""
    text = ("PROCEDURE NOTE\nShe returns for a left L5-S1 transforaminal injection. Sciatica for 6 months.\n"
            "Under fluoroscopy a 22 g needle was placed at the left L5-S1 foramen and dexamethasone 10 mg was injected.\n")
    p = extract(text).procedures[0]
    assert {m.source for m in p.laterality_mentions} == {"body"}


_RUN_ON = ("Procedure: bilateral L3-4 and L4-5 transforaminal epidural steroid injection.\n\n"
           "Consent signed, time out done, pain 7 out of 10, prone, sterile prep, skin numbed with 1% lidocaine, "
           "under fluoroscopy needles were placed into the right and left L4-L5 foramina and the right and left L5-S1 "
           "foramina, {tail}, dexamethasone 2.5 mg at each foramen.\n")


@pytest.mark.parametrize("tail", [
    "omnipaque 240, 1 mL at each, showed epidural flow and no vascular pattern on live imaging, at each of the four "
    "foramina we then injected",
    "contrast spread with no uptake under real time imaging, then at each of the four foramina",
])
def test_comma_spliced_technique_keeps_its_levels(tail: str) -> None:
    """A run-on technique with 'imaging, at each of ...' is no imaging report: its levels are today's (the body's)."""
    p = extract(_RUN_ON.format(tail=tail)).procedures[0]
    assert [lv.name for lv in p.levels] == ["L4-L5", "L5-S1"]


def test_imaging_report_in_a_run_on_still_names_no_treated_level() -> None:
    """Near miss: 'MRI with stenosis at L2-3' in a sentence of its own adds no level."""
    text = ("Right L4-5 transforaminal epidural steroid injection.\nMRI with severe stenosis at L2-L3 and L3-L4.\n"
            "Under fluoroscopy a needle was placed at the right L4-5 foramen; dexamethasone 10 mg.\n")
    assert [lv.name for lv in extract(text).procedures[0].levels] == ["L4-L5"]


@pytest.mark.parametrize(("line", "modality"), [
    ("Prone, no sedation was given, with fluoroscopy guidance the needles were placed at the right L4-5 foramen.",
     "fluoroscopy"),
    ("Prone, no IV sedation was administered, using ultrasound guidance the needle was placed at the right L4-5 foramen.",
     "ultrasound"),
    ("Prone, no sedation was used, under CT guidance the needle was placed at the right L4-5 foramen.", "ct"),
])
def test_negated_item_closed_by_its_predicate_does_not_negate_the_guidance(line: str, modality: str) -> None:
    p = extract("Right L4-5 transforaminal epidural steroid injection.\n" + line + "\n").procedures[0]
    assert (p.imaging.modality, p.sedation.type) == (modality, "none")


@pytest.mark.parametrize("line", [
    "Prone, no fluoroscopy was used, the needle was placed by landmarks at the right L4-5 foramen.",
    "Prone. No sedation or fluoroscopy was used; the needle was placed at the right L4-5 foramen.",
])
def test_negated_guidance_stays_negated(line: str) -> None:
    """Near miss: guidance that is itself the negated item is no guidance."""
    p = extract("Right L4-5 transforaminal epidural steroid injection.\n" + line + "\n").procedures[0]
    assert p.imaging.modality == "none"


@pytest.mark.parametrize("title", [
    "Chemodenervation of cervical and upper back trigger points with onabotulinumtoxinA.",
    "Botox injection into neck, shoulder and mid-back trigger points.",
])
def test_toxin_into_trigger_points_of_joined_regions_is_the_procedure(title: str) -> None:
    """The title names the trigger point session, though the body's route mention sits beside today's relief."""
    text = (title + "\nMyofascial pain (M79.18) for two years. 100 units of Botox in 2 mL saline: 25 units into each of "
            "the four muscles, pain 7/10 before and 5/10 after, about 30% relief, no complications.\n")
    assert [p.family for p in extract(text).procedures] == ["trigger_point"]


def test_trigger_points_named_as_the_condition_only_are_no_procedure() -> None:
    """Near miss: 'trigger points' in the history with a toxin discussed for later is no session today."""
    text = ("Clinic visit.\nMyofascial pain with cervical and upper back trigger points for two years. "
            "We discussed Botox as an option.\n")
    assert extract(text).procedures == []


@pytest.mark.parametrize("opener", [
    "The patient had been placed prone and the skin prepared with chlorhexidine, under fluoroscopy,",
    "She was positioned prone and prepped in sterile fashion, then under fluoroscopy",
])
def test_comma_spliced_procedure_field_opening_on_the_patient_is_technique(opener: str) -> None:
    """'Procedure: The patient ... , under fluoroscopy, the right L4-5 joint ..., the left L4-5 joint ...': the field
    is the technique, so both sides are where the needles went (bilateral), not a 'right' title."""
    text = ("Bilateral L4-5 Intra-articular Facet Joint Injections\n\n"
            f"Procedure: {opener} the right L4-5 facet joint was entered with a 22 g needle and triamcinolone 20 mg\n"
            "was injected, the left L4-5 joint was then entered in the same way and triamcinolone 20 mg given. Pain\n"
            "2/10 afterwards.\n")
    p = extract(text).procedures[0]
    assert p.laterality == "bilateral"
    assert {m.source for m in p.laterality_mentions} == {"title", "body"}


def test_procedure_field_naming_its_side_first_stays_the_title() -> None:
    """Near miss: 'Procedure: Right L4-5 facet injection, under fluoroscopy, ...' is the field's title."""
    text = ("Procedure: Right L4-5 facet joint injection, under fluoroscopy, with triamcinolone 20 mg.\n"
            "The needle was placed into the right L4-5 joint.\n")
    p = extract(text).procedures[0]
    assert ("right", "title") in [(m.value, m.source) for m in p.laterality_mentions]


@pytest.mark.parametrize(("line", "modality"), [
    ("Consent signed, no sedation, prone on the fluoroscopy table, needles to the right L4-5 foramen.", "fluoroscopy"),
    ("No sedation, supine, with ultrasound the needle was placed at the right L4-5 foramen.", "ultrasound"),
])
def test_negation_stops_at_the_positioning(line: str, modality: str) -> None:
    p = extract("Right L4-5 transforaminal epidural steroid injection.\n" + line + "\n").procedures[0]
    assert (p.imaging.modality, p.sedation.type) == (modality, "none")


_MBB_FIELD = ("Right lumbar medial branch blocks\nLevels: L3-4 and L4-5\n\n"
              "Procedure: {body}\n\nPain afterwards 1/10.\n")


@pytest.mark.parametrize("body", [
    "prone, prep and drape period under fluoroscopy needles were placed on the\nright L3 and L4 medial branches and the "
    "right L5 dorsal ramus period half a milliliter of bupivacaine\nwas given at each nerve.",
    "prone, prep and drape, under fluoroscopy needles were placed on the\nright L3 and L4 medial branches and the right "
    "L5 dorsal ramus, half a milliliter of bupivacaine\nwas given at each nerve.",
    "the patient lay prone and was draped, under fluoroscopy needles were placed on the\nright L3 and L4 medial branches "
    "and the right L5 dorsal ramus, then bupivacaine\nwas given at each nerve.",
])
def test_procedure_field_dictated_as_technique_gives_the_needles_levels(body: str) -> None:
    """A 'Procedure:' field that opens on the positioning (a spoken 'period' or a comma after it) is the technique: the
    nerves blocked (L3, L4 medial branches + L5 dorsal ramus = the L4-L5 and L5-S1 joints) put the needles below the
    header's L3-4 and L4-5, so the description's joints stand."""
    p = extract(_MBB_FIELD.format(body=body)).procedures[0]
    assert [lv.name for lv in p.levels] == ["L4-L5", "L5-S1"]


def test_procedure_field_opening_on_its_name_stays_the_title() -> None:
    """Near miss: 'Procedure: right L4-5 and L5-S1 medial branch blocks, prone, ...' names the procedure first."""
    text = _MBB_FIELD.format(body="right L4-5 and L5-S1 medial branch blocks, prone, under fluoroscopy, bupivacaine\n"
                                  "given at each nerve.")
    p = extract(text).procedures[0]
    assert ("right", "title") in [(m.value, m.source) for m in p.laterality_mentions]


_TITLED = ("{lead}LEFT L4-5 and L5-S1 medial branch blocks, diagnostic\n"
           "He has had axial back pain for a year{sep} facet arthropathy (M47.816){sep} twelve weeks of therapy did not "
           "help{sep}\nconsent obtained and a time-out completed{sep} pain 6/10 before{sep} with fluoroscopy, 22 g needles "
           "were placed on the right at the L3 and\nL4 medial branches and the right L5 dorsal ramus, and bupivacaine "
           "was injected at each{sep} pain 1/10 after.\n")


@pytest.mark.parametrize(("lead", "sep"), [
    ("PROCEDURE NOTE\n", "."),
    ("Templated content was reviewed. Electronically signed.\n\n", "."),
    ("", ","),
])
def test_title_ending_on_an_intent_word_keeps_its_own_line(lead: str, sep: str) -> None:
    """'..., diagnostic' closing the title keeps its line under a document title or a signed-note banner, and in a
    comma-spliced paragraph the technique clause is read: the needles' side (right) stands against the title's."""
    p = extract(_TITLED.format(lead=lead, sep=sep)).procedures[0]
    assert p.laterality == "right"
    assert sorted((m.value, m.source) for m in p.laterality_mentions) == [("left", "title"), ("right", "body")]
