"""Procedure, side, level and imaging wordings found by `dev_fresh_aa/ab/ac` after their first (untuned) reading
(round 6b, PROC): ASC records whose physician paragraph has its own label, compact diagnosis fields running into the
technique, study reports inside a paragraph, level/side tables, checkbox templates.

Each snippet is fictional and written in a wording of the family (not a sentence of the notes), with the exact
facts the reader must return; each failed on the reader before the change it tests, except the guards (named so)
that pin what the new rules must leave alone.
"""

from __future__ import annotations

import pytest

from nlp import extract


def _procs(text: str) -> list[tuple[str, str | None, list[str]]]:
    return [(p.family, p.laterality, [lv.name for lv in p.levels]) for p in extract(text).procedures]


# --- an ASC / nursing record labels the physician's part: 'PHYSICIAN: <procedure>' is the title ---------------

_NURSING = "PRE-OP (RN): BP 130/80, pain 7/10. Consent signed.\n"


@pytest.mark.parametrize("line, expected", [
    ("PHYSICIAN: Right L4-5 transforaminal epidural steroid injection under fluoroscopy.",
     [("transforaminal_epidural", "right", ["L4-L5"])]),
    ("Surgeon: Left knee intra-articular injection, landmark guided.", [("joint_injection", "left", [])]),
    ("Provider: Bilateral L3-4 and L4-5 facet joint injections, fluoroscopic guidance.",
     [("facet_injection", "bilateral", ["L3-L4", "L4-L5"])]),
    ("Physician:\nDiagnostic left sacroiliac joint injection with arthrogram.", [("si_joint_injection", "left", [])]),
])
def test_a_provider_label_opening_with_a_procedure_names_todays_procedure(line: str, expected: list) -> None:
    assert _procs(_NURSING + line + "\nPOST-OP (RN): Aldrete 10. Discharged.\n") == expected


def test_guard_a_provider_line_naming_a_person_stays_a_provider_line() -> None:
    text = ("PROCEDURE: Left L5-S1 transforaminal epidural steroid injection.\n"
            "Physician: Dr. A (attending), who also did her right knee injection last year.\n"
            "TECHNIQUE: Needle to the left L5-S1 foramen under fluoroscopy; dexamethasone 10 mg.\n")
    assert _procs(text) == [("transforaminal_epidural", "left", ["L5-S1"])]


# --- a diagnosis field ends with the sentence closing on its ICD-10 code ---------------------------------------

@pytest.mark.parametrize("dx", [
    "Dx: sacroiliitis, right (M46.1). ",
    "Diagnosis: Sacroiliitis, not elsewhere classified M46.1. ",
    "Pre-op diagnosis: right sacroiliac joint pain ( M53.3 ). ",
])
def test_technique_after_a_code_closed_diagnosis_field_is_todays(dx: str) -> None:
    text = ("ASC RECORD\nPHYSICIAN: Sacroiliac joint injection under fluoroscopy.\n"
            + dx + "Time-out. 22 g needle into the inferior left SI joint; arthrogram confirmed.\n")
    facts = extract(text)
    assert _procs(text) == [("si_joint_injection", "left", [])]
    assert facts.procedures[0].imaging is not None and facts.procedures[0].imaging.modality == "fluoroscopy"


def test_guard_a_diagnosis_field_without_a_code_keeps_its_paragraph() -> None:
    text = ("PROCEDURE: Sacroiliac joint injection under fluoroscopy.\n"
            "Dx: sacroiliitis. Worse on the left side than the right side in the past.\n"
            "TECHNIQUE: 22 g needle into the inferior SI joint; arthrogram confirmed.\n")
    assert _procs(text) == [("si_joint_injection", None, [])]


# --- a sentence led by a study label reports the study, not today's target -----------------------------------

@pytest.mark.parametrize("study", [
    "MRI: C6-7 central HNP w/ bilat foraminal narrowing.",
    "CT myelogram: right foraminal osteophyte at C6-7.",
    "MRI C-spine 12/2025: left C6-7 foraminal stenosis.",
    "X-rays - left foraminal narrowing at C6-7.",
    "Outside EMG/NCS: right C7 root irritation at the C6-7 foramen.",
])
def test_a_study_labelled_sentence_inside_a_paragraph_adds_no_side_or_level(study: str) -> None:
    text = ("C-ILESI C7-T1 (fluoro)\n"
            "Dx: cervical radiculopathy M54.12. Arm pain x 4 mo, failed PT. " + study + " Can't sleep.\n"
            "Prone. 18g Tuohy @ C7-T1, LOR to saline. Depo-Medrol 80 mg injected.\n")
    p = extract(text).procedures[0]
    assert (p.family, p.laterality, [lv.name for lv in p.levels]) == ("interlaminar_epidural", None, ["C7-T1"])
    # the technique line ('18g Tuohy @ C7-T1') names the level too since round 17 (a needle gauge makes a verbless line
    # procedural); the study sentence still adds no side and no level
    assert [(m.source, m.value) for m in p.level_mentions + p.laterality_mentions] == [("title", "C7-T1"),
                                                                                         ("body", "C7-T1")]


def test_guard_a_sentence_that_only_names_a_study_later_stays_procedural() -> None:
    text = ("PROCEDURE: Epidural steroid injection (fluoro).\n"
            "Right paramedian Tuohy needle advanced into the C7-T1 interlaminar space, the level seen on MRI.\n")
    assert _procs(text) == [("interlaminar_epidural", "right", ["C7-T1"])]


# --- fluoroscopy in British / Commonwealth theatre wording and in named radiographic views --------------------

def _modality(text: str) -> str | None:
    img = extract(text).procedures[0].imaging
    return img.modality if img is not None else None


@pytest.mark.parametrize("guidance", [
    "Needle placed under image intensifier control",
    "Needle placed with X-ray screening",
    "Needle placed under radiological guidance",
    "Needle placed; position confirmed on the lateral view",
    "Oblique views; needle placed",
    "Needle placed. AP and lateral films retained",
    "Needle placed; contrast outlined the epidural space on lateral screening",
])
def test_radiographic_guidance_wordings_are_fluoroscopy(guidance: str) -> None:
    text = ("Procedure: Caudal epidural steroid injection.\n"
            "Prone. Sacral hiatus palpated. " + guidance + ". Depo-Medrone 80 mg injected.\n")
    assert _modality(text) == "fluoroscopy"


def test_guard_a_palpated_landmark_without_any_imaging_stays_landmark_guided() -> None:
    text = ("Procedure: Caudal epidural steroid injection.\n"
            "Prone. Sacral hiatus palpated. Needle placed. Depo-Medrone 80 mg injected.\n")
    assert _modality(text) == "none"


def test_guard_an_ultrasound_view_stays_ultrasound() -> None:
    text = ("Procedure: Right knee joint injection under ultrasound guidance.\n"
            "Linear probe, long-axis view of the suprapatellar recess; needle in-plane; Kenalog 40 mg injected.\n")
    assert _modality(text) == "ultrasound"


# --- a procedure its own clause dates in the past is not today's ----------------------------------------------

@pytest.mark.parametrize("dated", [
    "Diagnostic left C3, C4, C5 medial branch blocks earlier this year helped.",
    "Left C3-C5 medial branch blocks earlier in the year were positive.",
    "Dual medial branch blocks earlier this summer, both positive.",
])
def test_a_procedure_dated_in_its_own_clause_is_an_earlier_one(dated: str) -> None:
    text = ("Procedure - left cervical RFA, C3-4 and C4-5 facets\n"
            + dated + "\nLeft C3, C4 and C5 medial branches lesioned at 80 C for 90 s under fluoroscopy.\n")
    assert [p.family for p in extract(text).procedures] == ["facet_rfa"]


@pytest.mark.parametrize("title", [
    "Right L5-S1 TFESI (prior 3 months ago gave 60% relief).",
    "Right L5-S1 TFESI (repeat of the one 4 months ago).",
])
def test_guard_a_date_set_apart_in_brackets_leaves_todays_procedure(title: str) -> None:
    text = title + "\nNeedle to the right L5-S1 foramen under fluoroscopy; dexamethasone 10 mg.\n"
    assert _procs(text) == [("transforaminal_epidural", "right", ["L5-S1"])]


# --- an SCS trial named only by placing its trial leads ----------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Today I placed two percutaneous 8-contact trial leads under fluoroscopy.",
    "Two trial leads were advanced under fluoroscopy to the top of T8.",
])
def test_placing_trial_leads_is_an_scs_trial(sentence: str) -> None:
    facts = extract("Dear Dr. A,\nYour patient has failed back surgery syndrome.\n" + sentence
                    + " Stimulation covered both legs.\n")
    assert [(p.family, p.approach) for p in facts.procedures] == [("scs_trial", "percutaneous")]


# --- a table of the levels treated; one field for level and side ----------------------------------------------

_TABLE_TAIL = ("Diagnosis: Lumbar radiculopathy (M54.16)\n"
               "Guidance: fluoroscopy; AP and oblique images saved.\n")


@pytest.mark.parametrize("table, expected", [
    ("Level | Side | Needle | Medication\nL5-S1 | Left | 22 g | dexamethasone 10 mg\n",
     ("transforaminal_epidural", "left", ["L5-S1"])),
    ("| Level | Side | Drug |\n|---|---|---|\n| L4-5 | Right | Kenalog 40 mg |\n| L5-S1 | Right | Kenalog 40 mg |\n",
     ("transforaminal_epidural", "right", ["L4-L5", "L5-S1"])),
    ("Site\tSide\tInjectate\nL4-5\tBilateral\tdexamethasone 5 mg each\n",
     ("transforaminal_epidural", "bilateral", ["L4-L5"])),
    ("LEVEL      SIDE      MEDICATION\nL4-5       Left      dexamethasone 5 mg\nL5-S1      Left      dexamethasone 5 mg\n",
     ("transforaminal_epidural", "left", ["L4-L5", "L5-S1"])),
])
def test_rows_of_a_level_table_name_todays_levels_and_sides(table: str, expected: tuple) -> None:
    text = "PAIN PROCEDURE NOTE - TRANSFORAMINAL EPIDURAL STEROID INJECTION\n\n" + table + "\n" + _TABLE_TAIL
    assert _procs(text) == [expected]


def test_a_table_of_earlier_procedures_names_no_level_of_today() -> None:
    text = ("PAIN PROCEDURE NOTE - TRANSFORAMINAL EPIDURAL STEROID INJECTION\n\n"
            "Date | Level | Side | Relief\n2025-03-02 | L4-5 | Right | 60%\n\n"
            "Needle to the left L5-S1 foramen; dexamethasone 10 mg.\n" + _TABLE_TAIL)
    assert _procs(text) == [("transforaminal_epidural", "left", ["L5-S1"])]


@pytest.mark.parametrize("field", ["LEVELS / SIDE: L4-5, right", "Level/Side: L4-5 right", "Levels and sides: right L4-5"])
def test_one_field_for_level_and_side_is_a_header_field(field: str) -> None:
    p = extract("PROCEDURE: Transforaminal epidural steroid injection\n" + field + "\n"
                "Technique: needle placed under fluoroscopy; dexamethasone 10 mg.\n").procedures[0]
    assert [(m.source, m.value) for m in p.level_mentions] == [("header", "L4-L5")]
    assert [(m.source, m.value) for m in p.laterality_mentions] == [("header", "right")]


# --- checkbox templates: an unticked option is not asserted ----------------------------------------------------

@pytest.mark.parametrize("line, options", [
    ("Procedure: [X] Interlaminar ESI  [ ] Transforaminal ESI  [ ] Caudal ESI",
     ["[ ] Transforaminal ESI", "[ ] Caudal ESI"]),
    ("Guidance: [X] Fluoro [ ] US [ ] CT", ["[ ] US", "[ ] CT"]),
    ("Contrast: [X] Yes  [ ] No   Agent: Omnipaque 300, 1.5 mL", ["[ ] No"]),
    ("Consent signed ....... Yes [X]  No [ ]", ["No [ ]"]),
    ("Right [ ]  Left [x]", ["Right [ ]"]),
    ("Side: \u2610 Right \u2612 Left", ["\u2610 Right"]),
    ("[x] Consent  [x] Time-out", []),
    ("Laterality: (X) Right  ( ) Left  ( ) Bilateral", ["( ) Left", "( ) Bilateral"]),
    ("Guidance: [\u221a] Fluoroscopy [ ] Ultrasound", ["[ ] Ultrasound"]),
    ("Injected the L5-S1 foramen (x2 views saved) (AP)", []),
])
def test_unticked_options_with_their_words(line: str, options: list[str]) -> None:
    from nlp.checkboxes import unchecked_options

    assert [line[s:e] for s, e in unchecked_options(line)] == options


def test_an_unticked_procedure_and_side_of_a_checkbox_template_are_not_read() -> None:
    text = ("PROCEDURE NOTE - INTERVENTIONAL SPINE\n"
            "Procedure: [X] Transforaminal ESI  [ ] Interlaminar ESI  [ ] Caudal ESI\n"
            "Level: L5-S1     Side: [ ] Right  [X] Left  [ ] Bilateral\n"
            "Guidance: [X] Fluoroscopy  [ ] Ultrasound  [ ] CT\n"
            "Medications injected: dexamethasone 10 mg\n")
    facts = extract(text)
    assert _procs(text) == [("transforaminal_epidural", "left", ["L5-S1"])]
    assert facts.procedures[0].imaging is not None and facts.procedures[0].imaging.modality == "fluoroscopy"


# --- more forms of the ASC physician part and of a compact diagnosis field --------------------------------------

@pytest.mark.parametrize("physician", [
    "PHYSICIAN: Procedure: right L4-5 transforaminal epidural steroid injection under fluoroscopy.",
    "Surgeon: Procedure performed: right L4-5 transforaminal epidural steroid injection under fluoroscopy.",
])
def test_the_physician_part_of_an_asc_record_in_other_forms(physician: str) -> None:
    assert _procs(_NURSING + physician + "\nPOST-OP (RN): Aldrete 10. Discharged.\n") == [
        ("transforaminal_epidural", "right", ["L4-L5"])]


def test_technique_after_a_diagnosis_field_that_opens_with_its_code_is_todays() -> None:
    text = ("ASC RECORD\nPHYSICIAN: Knee joint injection, landmark guided.\n"
            "Dx: M17.12 primary osteoarthritis, left knee. Time-out. 22 g needle into the right knee joint; "
            "Kenalog 40 mg injected.\n")
    assert _procs(text) == [("joint_injection", "right", [])]


# --- dev_fresh_ag: procedures only talked about, midline plexus blocks, foramina written as a range, a narrative
# --- 'Procedure:' label --------------------------------------------------------------------------------------

@pytest.mark.parametrize("aside", [
    "Pulsed radiofrequency was mentioned but not offered.",
    "RFA was discussed but not scheduled today.",
    "Radiofrequency ablation (next step) was not offered.",
    "Radiofrequency ablation discussed for a later date if a second block confirms.",
    "Radiofrequency ablation to be considered after the second block.",
])
def test_a_procedure_only_talked_about_is_not_done(aside: str) -> None:
    text = ("Left L4-5 and L5-S1 facet medial branch blocks, diagnostic.\n"
            "Under fluoroscopy the left L3, L4 medial branches and L5 dorsal ramus were blocked with bupivacaine. "
            + aside + "\n")
    assert [p.family for p in extract(text).procedures] == ["facet_injection"]


@pytest.mark.parametrize("title, needles", [
    ("Celiac plexus block, bilateral posterior retrocrural approach, fluoroscopic guidance.",
     "22-gauge needles were advanced from each side to the anterolateral L1 vertebral body."),
    ("Superior hypogastric plexus block, bilateral approach.",
     "Needles from both sides to the anterolateral L5-S1 disc under fluoroscopy."),
])
def test_a_midline_plexus_block_has_no_side_or_spinal_level(title: str, needles: str) -> None:
    assert _procs("PROCEDURE: " + title + "\nDESCRIPTION: Prone. " + needles + " Bupivacaine injected.\n") == [
        ("sympathetic_block", None, [])]


def test_guard_a_lumbar_sympathetic_block_keeps_its_side_and_body() -> None:
    text = ("PROCEDURE: Left lumbar sympathetic block under fluoroscopy.\n"
            "DESCRIPTION: Needle to the anterolateral L3 vertebral body; bupivacaine injected.\n")
    assert _procs(text) == [("sympathetic_block", "left", ["L3"])]


@pytest.mark.parametrize("body, levels", [
    ("Needles were placed in the right foramina from L2-3 to L5-S1.", ["L2-L3", "L3-L4", "L4-L5", "L5-S1"]),
    ("Needles into the right neural foramina of L3-4 through L5-S1.", ["L3-L4", "L4-L5", "L5-S1"]),
])
def test_foramina_written_as_a_range_name_every_segment(body: str, levels: list[str]) -> None:
    text = "PROCEDURE: Right transforaminal epidural steroid injections.\nDESCRIPTION: " + body + \
        " Dexamethasone 10 mg under fluoroscopy.\n"
    assert _procs(text) == [("transforaminal_epidural", "right", levels)]


def test_a_procedure_label_over_narrative_is_the_technique_not_the_title() -> None:
    text = ("RIGHT L5-S1 TRANSFORAMINAL EPIDURAL STEROID INJECTION\n\n"
            "Procedure: Consent was signed and time out was done. Prone. Under fluoroscopy a 22 gauge needle was\n"
            "guided to the left L5-S1 foramen. Kenalog 40 mg was injected.\n")
    p = extract(text).procedures[0]
    assert (p.laterality, [lv.name for lv in p.levels]) == ("left", ["L5-S1"])
    assert [(m.source, m.value) for m in p.laterality_mentions] == [("title", "right"), ("body", "left")]


@pytest.mark.parametrize("value", ["Right L5-S1 TFESI. Fluoroscopy.", "L5-S1, left. Transforaminal epidural injection.",
                                   "\n1. Left L5-S1 TFESI"])
def test_guard_a_procedure_label_naming_its_procedure_stays_the_title(value: str) -> None:
    p = extract("Procedure: " + value + "\nNeedle to the L5-S1 foramen under fluoroscopy; dexamethasone 10 mg.\n"
                ).procedures[0]
    assert [m.source for m in p.level_mentions][0] == "title"


def test_a_side_in_a_sentence_of_nerve_words_belongs_to_the_nerve_procedure() -> None:
    text = ("PROCEDURES: 1. Bilateral L4-5 and L5-S1 facet medial branch blocks, diagnostic, under fluoroscopy.\n"
            "2. Trigger point injections, right quadratus lumborum and right gluteus medius.\n"
            "DESCRIPTION: Needles were placed at the L3 and L4 medial branches and the L5 dorsal ramus on each side; "
            "bupivacaine 0.5 mL at each site. The two trigger points were then injected with lidocaine.\n")
    assert [(p.family, p.laterality) for p in extract(text).procedures] == [
        ("facet_injection", "bilateral"), ("trigger_point", "right")]


# --- OCR / word-processor hyphenation of a procedure word at a line end ----------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("PROCEDURE: Right L5-S1 transfor-\naminal epidural steroid injection under fluoroscopy.\n",
     [("transforaminal_epidural", "right", ["L5-S1"])]),
    ("PROCEDURE: Right L4-5 and L5-S1 facet joint injec-\ntions under fluoroscopy.\n",
     [("facet_injection", "right", ["L4-L5", "L5-S1"])]),
    ("PROCEDURE: Right sacroiliac joint injec-  \n  tion under fluoroscopy.\n", [("si_joint_injection", "right", [])]),
])
def test_a_procedure_word_hyphenated_across_a_line_end_is_read(text: str, expected: list) -> None:
    assert _procs(text) == expected


def test_guard_a_hyphen_before_a_capitalised_line_joins_nothing() -> None:
    text = "PROCEDURE: Right L5-S1 transforaminal epidural steroid injection -\nFluoroscopy used.\n"
    assert _procs(text) == [("transforaminal_epidural", "right", ["L5-S1"])]


# --- OCR: the digit 1 read as a lower-case l inside a level -----------------------------------------------------

@pytest.mark.parametrize("title, expected", [
    ("C7-Tl interlaminar epidural steroid injection", [("interlaminar_epidural", None, ["C7-T1"])]),
    ("Tl2 kyphoplasty", [("vertebral_augmentation", None, ["T12"])]),
    ("Left Ll-L2 transforaminal epidural steroid injection", [("transforaminal_epidural", "left", ["L1-L2"])]),
])
def test_an_ocr_l_for_1_inside_a_level_is_read(title: str, expected: list) -> None:
    assert _procs("PROCEDURE: " + title + " under fluoroscopy.\n") == expected


@pytest.mark.parametrize("words", ["sl. better", "Sl improved", "Tl.", "SI joint", "LL soreness", "Cl- 104"])
def test_guard_a_lone_ocr_l_or_an_si_joint_is_no_level(words: str) -> None:
    from nlp.rules import compiled_patterns

    assert [m.group(0) for m in compiled_patterns()["level"].finditer(words)] == []


@pytest.mark.parametrize("guidance", ["X-ray screening: needle to the left L5-S1 foramen.",
                                      "CT guidance: needle to the left L5-S1 foramen."])
def test_a_guidance_label_is_no_study_report(guidance: str) -> None:
    text = "PROCEDURE: Transforaminal epidural steroid injection.\nTime-out. " + guidance + " Kenalog 40 mg.\n"
    assert _procs(text) == [("transforaminal_epidural", "left", ["L5-S1"])]


# --- intent: an earlier block reported with its result does not lend today's procedure its intent -----------------

def test_an_earlier_block_with_its_result_lends_no_intent() -> None:
    text = ("CLINIC VISIT\nHPI: pain over both SI joints for 7 months. Diagnostic bilateral SI blocks on 2026-02-17 "
            "relieved 80% of the pain for five hours.\nAssessment/Plan: Sacroiliitis (M46.1) - therapeutic injections "
            "today.\nProcedure: Bilateral SI joint injections, fluoroscopy. 22 g needle into each SI joint; "
            "Depo-Medrol 40 mg per side.\n")
    assert [(p.family, p.intent) for p in extract(text).procedures] == [("si_joint_injection", "therapeutic")]


def test_guard_a_result_in_an_earlier_clause_leaves_todays_intent() -> None:
    text = ("L C3-4, C4-5 ZYGAPOPHYSEAL JOINT INJECTION\nIndication: Previous diagnostic blocks gave 80% and 90% relief; "
            "RFA was declined, so a therapeutic intra-articular injection is chosen.\n"
            "Technique: needles into the left C3-4 and C4-5 joints under fluoroscopy; Kenalog 10 mg each.\n")
    assert [(p.family, p.intent) for p in extract(text).procedures] == [("facet_injection", "therapeutic")]
