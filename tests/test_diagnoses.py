"""ICD-10-CM support: normalisation, validity by date of service, text-to-code mapping with region and
side, suggestions linked to code lines, and diagnosis-procedure support. Fictional data only."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coding.diagnoses import (
    check_validity,
    map_diagnoses,
    map_text,
    normalize_icd10,
    specificity_gap,
    suggest_diagnoses,
)
from coding.documentation import check_documentation
from coding.facts import Diagnosis, NoteFacts
from coding.knowledge import load_kb
from coding.result import CodeLine
from coding.schema.icd10 import Icd10File

DOS = dt.date(2025, 3, 10)


def icd() -> Icd10File:
    return load_kb().icd10


@pytest.mark.parametrize("raw,expected", [("m5416", "M54.16"), (" M54.16 ", "M54.16"), ("M80.08XA", "M80.08XA"),
                                          ("m8008xa", "M80.08XA"), ("G894", "G89.4"), ("M46.1", "M46.1"), ("M25", "M25")])
def test_normalize(raw: str, expected: str) -> None:
    assert normalize_icd10(raw) == expected


@pytest.mark.parametrize(
    "code,day,valid,reason",
    [
        ("M54.5", dt.date(2021, 9, 30), True, None),
        ("M54.5", dt.date(2021, 10, 1), False, "M54.5 ended 2021-09-30; use M54.50, M54.51, M54.59"),
        ("M54.50", dt.date(2021, 9, 30), False, "M54.50 starts 2021-10-01; use M54.5"),
        ("M54.50", dt.date(2021, 10, 1), True, None),
        ("M51.36", dt.date(2024, 9, 30), True, None),
        ("M51.36", dt.date(2024, 10, 1), False, "M51.36 ended 2024-09-30; use M51.360, M51.361, M51.362, M51.369"),
        ("M51.37", dt.date(2024, 10, 1), False, "M51.37 ended 2024-09-30; use M51.370, M51.371, M51.372, M51.379"),
        ("M51.379", dt.date(2024, 10, 1), True, None),
        ("G90.5", DOS, False, "G90.5 is a category header, not a billable code"),
        ("M47.81", DOS, False, "M47.81 is a category header, not a billable code"),
        ("S33.6XXA", DOS, True, None),
        ("Z99.89", DOS, True, None),  # well formed, outside the pain subset: not judged
        ("ABC", DOS, False, "'ABC' is not a well-formed ICD-10-CM code"),
    ],
)
def test_validity_by_date(code: str, day: dt.date, valid: bool, reason: str | None) -> None:
    result = check_validity(icd(), code, day)
    assert (result.valid, result.reason) == (valid, reason)


@pytest.mark.parametrize(
    "text,day,expected",
    [
        ("L4-5 disc herniation with left L5 radiculopathy", DOS, ("M51.16", "icd10.text.disc_radiculopathy")),
        ("lumbosacral disc protrusion with radiculopathy", DOS, ("M51.17", "icd10.text.disc_radiculopathy")),
        ("cervical disc herniation with C6 radiculopathy", DOS, ("M54.12", "icd10.text.radiculopathy")),
        ("Lumbar radiculopathy", DOS, ("M54.16", "icd10.text.radiculopathy")),
        ("L5-S1 radiculopathy", DOS, ("M54.17", "icd10.text.radiculopathy")),
        ("thoracolumbar radiculitis", DOS, ("M54.15", "icd10.text.radiculopathy")),
        ("lumbar spondylosis without myelopathy or radiculopathy", DOS, ("M47.816", "icd10.text.spondylosis")),
        ("cervical facet arthropathy C5-C6", DOS, ("M47.812", "icd10.text.spondylosis")),
        ("lumbar spondylosis with radiculopathy", DOS, ("M54.16", "icd10.text.radiculopathy")),
        ("lumbar stenosis with neurogenic claudication", DOS, ("M48.062", "icd10.text.stenosis_claudication")),
        ("lumbar spinal stenosis without neurogenic claudication", DOS, ("M48.061", "icd10.text.stenosis")),
        ("cervical foraminal stenosis", DOS, ("M48.02", "icd10.text.stenosis")),
        ("post-laminectomy syndrome", DOS, ("M96.1", "icd10.text.postlaminectomy")),
        ("right sacroiliitis", DOS, ("M46.1", "icd10.text.sacroiliitis")),
        ("left SI joint dysfunction", DOS, ("M53.3", "icd10.text.si_dysfunction")),
        ("low back pain", DOS, ("M54.50", "icd10.text.low_back_pain")),
        ("low back pain", dt.date(2021, 9, 30), ("M54.5", "icd10.text.low_back_pain")),
        ("lumbar degenerative disc disease", DOS, ("M51.369", "icd10.text.disc_degeneration")),
        ("lumbar degenerative disc disease", dt.date(2024, 9, 30), ("M51.36", "icd10.text.disc_degeneration")),
        ("discogenic back pain, lumbar", DOS, ("M51.360", "icd10.text.discogenic_pain")),
        ("myofascial pain of the left trapezius", DOS, ("M79.12", "icd10.text.myofascial")),
        ("myofascial pain, lumbar paraspinals", DOS, ("M79.18", "icd10.text.myofascial")),
        ("myalgia", DOS, ("M79.10", "icd10.text.myofascial")),
        ("left occipital neuralgia", DOS, ("M54.81", "icd10.text.occipital_neuralgia")),
        ("CRPS type 1 of the left lower extremity", DOS, ("G90.522", "icd10.text.crps_type_1")),
        ("complex regional pain syndrome of both arms", DOS, ("G90.513", "icd10.text.crps_type_1")),
        ("CRPS of the right hand", DOS, ("G90.511", "icd10.text.crps_type_1")),
        ("CRPS", DOS, ("G90.50", "icd10.text.crps_type_1")),
        ("complex regional pain syndrome type II, right upper extremity", DOS, ("G56.41", "icd10.text.crps_type_2")),
        ("causalgia of the left leg", DOS, ("G57.72", "icd10.text.crps_type_2")),
        ("right knee osteoarthritis", DOS, ("M17.11", "icd10.text.knee_osteoarthritis")),
        ("bilateral knee OA", DOS, ("M17.0", "icd10.text.knee_osteoarthritis")),
        ("osteoarthritis of the knee", DOS, ("M17.10", "icd10.text.knee_osteoarthritis")),
        ("Glenohumeral osteoarthritis, left", DOS, ("M19.012", "icd10.text.shoulder_osteoarthritis")),
        ("right hip osteoarthritis", DOS, ("M16.11", "icd10.text.hip_osteoarthritis")),
        ("osteoporotic compression fracture of L1", DOS, ("M80.08XA", "icd10.text.osteoporotic_fracture")),
        ("T12 compression fracture", DOS, ("M48.54XA", "icd10.text.vertebral_collapse")),
        ("postherpetic neuralgia", DOS, ("B02.29", "icd10.text.zoster")),
        ("lumbar facet synovial cyst", DOS, ("M53.86", "icd10.text.facet_cyst")),
        ("chronic pain syndrome", DOS, ("G89.4", "icd10.text.chronic_pain_syndrome")),
        ("neck pain", DOS, ("M54.2", "icd10.text.neck_pain")),
    ],
)
def test_text_mapping(text: str, day: dt.date, expected: tuple[str, str]) -> None:
    assert map_text(icd(), text, day) == expected


@pytest.mark.parametrize("text", ["radiculopathy", "compression fracture", "spinal stenosis", "sacral stenosis", "headache"])
def test_text_without_enough_specificity_gives_no_code(text: str) -> None:
    # Region-specific families give no code when the text names no region; unknown text gives none.
    assert map_text(icd(), text, DOS) is None


def facts(diagnoses: list[dict[str, Any]], families: list[str]) -> NoteFacts:
    return NoteFacts.model_validate(
        {"procedures": [{"family": f} for f in families], "necessity": {"diagnoses": diagnoses}}
    )


def line(code: str, index: int | None) -> CodeLine:
    return CodeLine(code=code, kind="CPT" if code[0].isdigit() else "HCPCS", units=1, description="d",
                    rationale="r", procedure_index=index)


def test_written_codes_are_kept_and_invalid_ones_get_a_text_mapping_too() -> None:
    note = facts([{"text": "lumbar radiculopathy", "icd10": "m5417"},
                  {"text": "low back pain", "icd10": "M54.5"}], ["transforaminal_epidural"])
    mapped = map_diagnoses(note, load_kb(), DOS)
    assert [(m.code, m.origin, m.rule, m.diagnosis_index, m.valid) for m in mapped] == [
        ("M54.17", "written", "icd10.written", 0, True),
        ("M54.5", "written", "icd10.written", 1, False),
        ("M54.50", "text", "icd10.text.low_back_pain", 1, True),
    ]


def test_suggestions_link_to_the_lines_they_support() -> None:
    note = facts(
        [
            {"text": "L4-5 disc herniation with left L5 radiculopathy",
             "evidence": [{"start": 10, "end": 57, "text": "L4-5 disc herniation with left L5 radiculopathy"}]},
            {"text": "lumbar spondylosis"},
            {"text": "facet arthropathy, lumbar"},
            {"text": "low back pain", "icd10": "M54.5"},
        ],
        ["transforaminal_epidural", "facet_injection"],
    )
    lines = [line("64483", 0), line("64493", 1), line("64494", 1), line("J1100", None)]
    suggestions = suggest_diagnoses(note, lines, load_kb(), DOS)
    assert [(s.code, s.supports, s.rules) for s in suggestions] == [
        ("M51.16", ["64483", "J1100"], ["icd10.text.disc_radiculopathy"]),
        ("M47.816", ["64493", "64494", "J1100"], ["icd10.text.spondylosis"]),
        ("M54.5", [], ["icd10.written"]),
        ("M54.50", [], ["icd10.text.low_back_pain"]),
    ]
    assert suggestions[0].description == "Disc disorder with radiculopathy, lumbar region"
    assert [e.start for e in suggestions[0].evidence] == [10]


def test_spinal_codes_link_only_to_procedures_in_a_fitting_region() -> None:
    note = NoteFacts.model_validate({
        "procedures": [{"family": "transforaminal_epidural", "region": "lumbar"},
                       {"family": "interlaminar_epidural", "region": "cervical"}],
        "necessity": {"diagnoses": [{"text": "cervical radiculopathy"}, {"text": "lumbosacral radiculopathy"}]},
    })
    lines = [line("64483", 0), line("62321", 1), line("J1100", None)]
    assert [(s.code, s.supports) for s in suggest_diagnoses(note, lines, load_kb(), DOS)] == [
        ("M54.12", ["62321", "J1100"]),
        ("M54.17", ["64483", "J1100"]),
    ]


def test_caudal_esi_for_lumbar_stenosis_is_no_region_mismatch() -> None:
    # A caudal ESI (sacral hiatus, 62323: lumbar or sacral) treats lumbar disease; a cervical code still does not fit.
    note = NoteFacts.model_validate({
        "procedures": [{"family": "interlaminar_epidural", "approach": "caudal", "region": "sacral"}],
        "necessity": {"diagnoses": [{"text": "lumbar spinal stenosis with neurogenic claudication", "icd10": "M48.062"},
                                    {"text": "cervical radiculopathy", "icd10": "M54.12"}]},
    })
    assert [(s.code, s.supports) for s in suggest_diagnoses(note, [line("62323", 0)], load_kb(), DOS)] == [
        ("M48.062", ["62323"]),
        ("M54.12", []),
    ]
    lumbar_only = note.model_copy(update={"necessity": note.necessity.model_copy(
        update={"diagnoses": note.necessity.diagnoses[:1]})})
    found = [f.id for f in check_documentation(lumbar_only, [], load_kb(), "medicare", DOS) if f.element == "diagnosis"]
    assert found == []


def test_side_specific_codes_link_only_to_the_same_side() -> None:
    note = NoteFacts.model_validate({
        "procedures": [{"family": "sympathetic_block", "target": "lumbar_sympathetic", "laterality": "right"},
                       {"family": "sympathetic_block", "target": "lumbar_sympathetic", "laterality": "left"}],
        "necessity": {"diagnoses": [{"text": "CRPS type 1, left leg"}]},
    })
    lines = [line("64520", 0), line("64520", 1)]
    assert [(s.code, s.supports) for s in suggest_diagnoses(note, [lines[0]], load_kb(), DOS)] == [("G90.522", [])]
    assert [(s.code, s.supports) for s in suggest_diagnoses(note, [lines[1]], load_kb(), DOS)] == [
        ("G90.522", ["64520"])
    ]


def test_region_compatibility_is_validated() -> None:
    raw = icd().model_dump(by_alias=True)
    raw["region_compatibility"]["lumbar"].append("lumbar_spine")
    with pytest.raises(ValueError, match="region_compatibility.lumbar: 'lumbar_spine' is not a region qualifier value"):
        Icd10File.model_validate(raw)
    raw = icd().model_dump(by_alias=True)
    raw["region_compatibility"]["spine"] = ["lumbar"]
    with pytest.raises(ValueError, match="region_compatibility: 'spine' is not a procedure region"):
        Icd10File.model_validate(raw)


def test_indication_stands_in_for_a_missing_diagnosis_list() -> None:
    ind = "Cervicogenic headache with left occipital neuralgia."
    note = NoteFacts.model_validate({
        "procedures": [{"family": "occipital_nerve_block", "laterality": "left"}],
        "necessity": {"indication": {"value": ind, "evidence": [{"start": 5, "end": 5 + len(ind), "text": ind}]}},
    })
    suggestions = suggest_diagnoses(note, [line("64405", 0)], load_kb(), DOS)
    assert [(s.code, s.supports, s.rules, [e.start for e in s.evidence]) for s in suggestions] == [
        ("M54.81", ["64405"], ["icd10.indication.occipital_neuralgia"], [5])
    ]
    with_list = note.model_copy(deep=True)
    with_list.necessity.diagnoses = [Diagnosis(text="myalgia of the neck")]
    assert [s.code for s in suggest_diagnoses(with_list, [], load_kb(), DOS)] == ["M79.12"]


def test_unknown_written_code_is_kept_with_a_neutral_description() -> None:
    suggestions = suggest_diagnoses(facts([{"text": "other", "icd10": "Z99.89"}], ["trigger_point"]),
                                    [line("20552", 0)], load_kb(), DOS)
    assert [(s.code, s.description, s.supports) for s in suggestions] == [
        ("Z99.89", "Code as written (not in the knowledge base)", [])
    ]


def test_radiculopathy_does_not_support_a_facet_block() -> None:
    note = facts([{"text": "right L5 radiculopathy"}], ["facet_injection"])
    found = [(f.id, f.element, f.severity, f.procedure_index)
             for f in check_documentation(note, [], load_kb(), "medicare", DOS) if f.element == "diagnosis"]
    assert found == [("facet.diagnosis_support", "diagnosis", "error", 0)]
    assert suggest_diagnoses(note, [line("64493", 0)], load_kb(), DOS)[0].supports == []


def test_icd10_file_rejects_rules_pointing_at_unknown_codes() -> None:
    raw = icd().model_dump(by_alias=True)
    raw["text_rules"][0]["codes"]["lumbar"] = "M99.99"
    with pytest.raises(ValueError, match="text rule disc_radiculopathy: code M99.99 for 'lumbar' is not in codes"):
        Icd10File.model_validate(raw)
    raw = icd().model_dump(by_alias=True)
    raw["codes"].append(raw["codes"][1])
    with pytest.raises(ValueError, match="duplicate ICD-10 code M54.12"):
        Icd10File.model_validate(raw)


def test_replacements_start_the_day_after_the_old_code_ends() -> None:
    codes = icd().by_code()
    pairs = [(e.code, r) for e in icd().codes for r in e.replaced_by]
    assert len(pairs) == 17  # M51.36/M51.37 (8), M48.06 (2), M54.5 (3), M79.1 (4)
    for old, new in pairs:
        assert codes[old].effective.to is not None
        assert codes[new].effective.from_ == codes[old].effective.to + dt.timedelta(days=1), (old, new)
    for entry in icd().codes:
        if entry.replaces:
            assert entry.code in codes[entry.replaces].replaced_by, entry.code


WORDS = ["lumbar", "cervical", "thoracic", "lumbosacral", "left", "right", "bilateral", "knee", "hip", "arm", "leg",
         "radiculopathy", "disc herniation with", "spondylosis", "stenosis", "neurogenic claudication", "CRPS",
         "type II", "myofascial pain", "trapezius", "low back pain", "degenerative disc disease", "discogenic",
         "sacroiliitis", "osteoarthritis", "compression fracture", "osteoporotic", "L5-S1", "C5-6", "T12", "without",
         "zoster", "occipital neuralgia", "post-laminectomy", "chronic pain syndrome", "same", "see prior notes"]


@given(words=st.lists(st.sampled_from(WORDS), min_size=1, max_size=6),
       day=st.dates(min_value=dt.date(2015, 10, 1), max_value=dt.date(2027, 9, 30)))
@settings(max_examples=300, deadline=None)
def test_mapped_codes_are_billable_on_the_date_of_service(words: list[str], day: dt.date) -> None:
    text = " ".join(words)
    mapped = map_text(icd(), text, day)
    if mapped is not None:
        code, rule = mapped
        assert icd().by_code()[code].valid_on(day)
        assert rule.startswith("icd10.text.")
    gap = specificity_gap(icd(), text)
    if gap is not None:
        assert gap[1] and set(gap[1]) <= set(icd().qualifiers)


def test_suggestions_need_a_date() -> None:
    note = facts([{"text": "lumbar radiculopathy"}], ["transforaminal_epidural"])
    with pytest.raises(TypeError, match="needs the date of service as a date, got '2025-03-10'"):
        suggest_diagnoses(note, [], load_kb(), "2025-03-10")  # type: ignore[arg-type]
    assert [s.code for s in suggest_diagnoses(note, [], load_kb(), dt.datetime(2025, 3, 10, 8, 0))] == ["M54.16"]
