"""Findings that come from code selection itself: level limits, laterality conflicts, code
validity, MUE, and the info findings naming each flagged choice. All facts are fictional."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding.engine import propose
from coding.errors import UnknownPayerError
from coding.facts import NoteFacts
from coding.result import CodingResult, Finding

DOS = dt.date(2025, 3, 1)
FLUORO = {"imaging": {"modality": "fluoroscopy"}}


def ev(start: int, text: str, section: str | None = None) -> dict[str, Any]:
    return {"start": start, "end": start + len(text), "text": text, "section": section}


def run(*procedures: dict[str, Any], payer: str = "medicare", dos: dt.date = DOS, pos: str = "11") -> CodingResult:
    note = NoteFacts.model_validate({"encounter": {"place_of_service": pos}, "procedures": list(procedures)})
    return propose(note, payer=payer, date_of_service=dos)


def mine(result: CodingResult, prefixes: tuple[str, ...] = ("limit.", "laterality_conflict", "code_validity",
                                                              "flag.", "levels.", "kx.", "imaging.", "sedation.")) -> list[Finding]:
    return [f for f in result.findings if f.id.startswith(prefixes)]


def ids(result: CodingResult) -> list[str]:
    return [f.id for f in mine(result)]


def joints(*names: str, **more: Any) -> list[dict[str, Any]]:
    return [{"name": n, **more} for n in names]


# --- level limits ------------------------------------------------------------------------------


def test_third_facet_level_is_flagged_not_covered() -> None:
    result = run({"family": "facet_injection", "laterality": "right", "intent": "therapeutic",
                  "levels": joints("L3-L4", "L4-L5", "L5-S1")})
    (finding,) = [f for f in result.findings if f.element == "level_limit"]
    assert finding.id == "limit.facet.levels"
    assert finding.severity == "warning"
    assert finding.message == ("Facet injection at 3 levels in the lumbar/sacral region (L3-L4, L4-L5, L5-S1); "
                               "third and later levels (64492/64495) are not covered under the current LCDs.")
    assert finding.fix.startswith("Limit the session to two levels per region")
    assert finding.requirement.text == "Third and later facet levels per region are not covered."
    assert "CGS Aug 2024 news" in finding.requirement.source and "[P]" in finding.requirement.source
    assert finding.procedure_index == 0


def test_two_facet_levels_are_within_the_limit() -> None:
    result = run({"family": "facet_injection", "laterality": "right", "intent": "therapeutic",
                  "levels": joints("L4-L5", "L5-S1")})
    assert [f for f in result.findings if f.element == "level_limit"] == []


def test_tfesi_over_two_levels() -> None:
    result = run({"family": "transforaminal_epidural", "laterality": "left",
                  "levels": joints("L3-L4", "L4-L5", "L5-S1")})
    (finding,) = [f for f in result.findings if f.element == "level_limit"]
    assert (finding.id, finding.message) == (
        "limit.tfesi.levels",
        "Transforaminal epidural at 3 levels in the lumbar/sacral region (L3-L4, L4-L5, L5-S1); "
        "the LCD allows at most 2 levels per region per session.",
    )


def test_ilesi_over_one_level() -> None:
    result = run({"family": "interlaminar_epidural", "levels": joints("L3-L4", "L4-L5"), **FLUORO})
    assert [(f.id, f.severity) for f in result.findings if f.element == "level_limit"] == [
        ("limit.ilesi.levels", "warning")]
    assert [c.code for c in result.codes] == ["62323"]


def test_two_spinal_regions_in_one_esi_session_across_procedures() -> None:
    result = run({"family": "transforaminal_epidural", "laterality": "left", "levels": joints("L5-S1")},
                 {"family": "interlaminar_epidural", "levels": joints("C7-T1"), **FLUORO})
    (finding,) = [f for f in result.findings if f.element == "level_limit"]
    assert finding.id == "limit.esi.regions"
    assert finding.message.startswith("Epidural injections in 2 spinal regions in one session (L5-S1, C7-T1)")
    assert finding.procedure_index is None
    assert [c.code for c in result.codes] == ["64483", "62321"]


def test_two_regions_inside_one_tfesi() -> None:
    result = run({"family": "transforaminal_epidural", "laterality": "right", "levels": joints("C5-C6", "L4-L5")})
    assert [c.code for c in result.codes] == ["64479", "64483"]
    assert [f.id for f in result.findings if f.element == "level_limit"] == ["limit.esi.regions"]


# --- laterality / level / region conflicts --------------------------------------------------------


def test_side_conflict_between_title_and_body_cites_both() -> None:
    result = run({"family": "transforaminal_epidural", "laterality": "right", "levels": joints("L5-S1"),
                  "laterality_mentions": [
                      {"value": "Left", "source": "title", "evidence": [ev(0, "Left")]},
                      {"value": "right", "source": "body", "evidence": [ev(300, "right")]},
                  ]})
    (finding,) = [f for f in result.findings if f.element == "laterality_conflict"]
    assert finding.id == "laterality_conflict.side"
    assert finding.message == "The side is written differently in different places: 'Left' in the title; 'right' in the body."
    assert [(e.start, e.text) for e in finding.evidence] == [(0, "Left"), (300, "right")]
    assert finding.fix == ("Correct the note so the title, header and procedure description all state the same "
                           "side (right).")


def test_roots_beside_segments_are_not_a_level_conflict() -> None:
    result = run({"family": "transforaminal_epidural", "laterality": "right", "levels": joints("L4-L5", "L5-S1"),
                  "level_mentions": [{"value": "L4-L5, L5-S1", "source": "title"},
                                     {"value": "L4, L4-L5, L5, L5-S1", "source": "body"}]})
    assert [f for f in result.findings if f.element == "laterality_conflict"] == []


def test_same_side_written_differently_is_not_a_conflict() -> None:
    result = run({"family": "transforaminal_epidural", "laterality": "left", "levels": joints("L5-S1"),
                  "laterality_mentions": [{"value": "LT", "source": "header"}, {"value": "left", "source": "body"}]})
    assert [f for f in result.findings if f.element == "laterality_conflict"] == []


def test_level_conflict_between_header_and_body() -> None:
    result = run({"family": "facet_injection", "laterality": "left", "intent": "therapeutic",
                  "levels": joints("L4-L5", "L5-S1"),
                  "level_mentions": [{"value": "L3-4, L4-5", "source": "header"},
                                     {"value": "L4-L5 and L5-S1", "source": "body"}]})
    (finding,) = [f for f in result.findings if f.element == "laterality_conflict"]
    assert finding.id == "laterality_conflict.levels"
    assert finding.message == ("The levels are written differently in different places: 'L3-4, L4-5' in the header; "
                               "'L4-L5 and L5-S1' in the body.")
    assert finding.fix == "Correct the note so every place lists the same levels (L4-L5, L5-S1)."


def test_region_disagrees_with_levels() -> None:
    result = run({"family": "interlaminar_epidural", "region": "cervical",
                  "levels": [{"name": "L4-L5", "evidence": [ev(90, "L4-L5")]}], **FLUORO})
    (finding,) = [f for f in result.findings if f.element == "laterality_conflict"]
    assert (finding.id, finding.message) == (
        "laterality_conflict.region", "The procedure is described as cervical but the levels named are L4-L5.")
    assert [c.code for c in result.codes] == ["62323"]  # the levels decide the code


def test_lumbar_region_with_s1_root_is_consistent() -> None:
    result = run({"family": "transforaminal_epidural", "region": "lumbar", "laterality": "left",
                  "levels": [{"name": "S1", "kind": "root"}]})
    assert [f for f in result.findings if f.element == "laterality_conflict"] == []


# --- code validity -------------------------------------------------------------------------------


def test_si_rfa_code_before_it_existed() -> None:
    result = run({"family": "si_joint_rfa", "laterality": "left", **FLUORO}, dos=dt.date(2019, 6, 1))
    assert result.codes == []
    (finding,) = [f for f in result.findings if f.element == "code_validity" and f.severity == "error"]
    assert finding.id == "code_validity.not_effective.64625"
    assert finding.message == ("64625 is not valid on the date of service 2019-06-01 (valid 2020-01-01 to open); "
                               "it was not proposed.")


def test_facet_rfa_codes_before_2012() -> None:
    result = run({"family": "facet_rfa", "laterality": "left", "levels": joints("L4-L5", "L5-S1")},
                 dos=dt.date(2011, 12, 31))
    assert result.codes == []
    assert [f.id for f in result.findings if f.element == "code_validity"] == [
        "code_validity.not_effective.64635", "code_validity.not_effective.64636"]


def test_methylprednisolone_legacy_codes_end_2024_03_31() -> None:
    note = NoteFacts.model_validate({"procedures": [{"family": "trigger_point", "muscles": [{"value": "trapezius"}]}],
                                     "drugs": [{"generic": "methylprednisolone", "dose": 40, "dose_unit": "mg"}]})
    before = propose(note, date_of_service=dt.date(2024, 3, 31))
    after = propose(note, date_of_service=dt.date(2024, 4, 1))
    assert [(c.code, c.units) for c in before.codes] == [("20552", 1), ("J1030", 1)]
    assert [(c.code, c.units) for c in after.codes] == [("20552", 1), ("J1010", 40)]


def test_mue_exceeded_when_64494_is_split_over_two_procedures() -> None:
    result = run({"family": "facet_injection", "laterality": "left", "intent": "therapeutic",
                  "levels": joints("L4-L5", "L5-S1")},
                 {"family": "facet_injection", "laterality": "right", "intent": "therapeutic",
                  "levels": joints("L4-L5", "L5-S1")})
    assert [f.message for f in result.findings if f.id == "code_validity.mue.64494"] == [
        "64494 is proposed with 2 units; the practitioner MUE is 1."]


def test_unknown_payer_lists_known_payers() -> None:
    with pytest.raises(UnknownPayerError) as info:
        run({"family": "trigger_point"}, payer="acme")
    assert str(info.value) == "unknown payer 'acme'; known payers: commercial_generic, medicare, medicare_cgs, medicare_facility, medicare_fcso"
    assert isinstance(info.value, ValueError)


def test_no_rule_finding_when_joint_is_unknown() -> None:
    result = run({"family": "joint_injection", "laterality": "left"})
    assert result.codes == []
    (finding,) = [f for f in result.findings if f.id == "code_validity.no_rule.joint_injection"]
    assert finding.message == "No code could be selected for this joint injection (the joint injected is not identified)."
    assert finding.fix == "Document the joint injected (e.g. 'right knee')."


# --- flagged choices (info) ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("procedure", "payer", "expected"),
    [
        pytest.param({"family": "sympathetic_block", "target": "superior_hypogastric", **FLUORO}, "medicare",
                     ["flag.setting.sympathetic_fluoroscopy_code", "flag.code.64517"], id="64517 and 77002 choice"),
        pytest.param({"family": "sympathetic_block", "target": "ganglion_impar"}, "medicare",
                     ["flag.row.symp.impar", "flag.code.64999"], id="ganglion impar unlisted"),
        pytest.param({"family": "sympathetic_block", "target": "stellate", "laterality": "left"}, "medicare",
                     ["flag.bilateral.64510"], id="stellate indicator"),
        pytest.param({"family": "transforaminal_epidural", "laterality": "left", "intent": "diagnostic",
                      "levels": [{"name": "L4-L5"}]}, "medicare",
                     ["flag.setting.kx_diagnostic_nerve_root_block"], id="no KX on diagnostic SNRB is a flagged setting"),
        pytest.param({"family": "interlaminar_epidural", "laterality": "left", "levels": [{"name": "L4-L5"}], **FLUORO},
                     "medicare", ["flag.bilateral.62323"], id="ILESI indicator unconfirmed"),
        pytest.param({"family": "interlaminar_epidural", "levels": [{"name": "L4-L5"}], **FLUORO}, "medicare", [],
                     id="ILESI without side: nothing to flag"),
        pytest.param({"family": "si_joint_injection", "laterality": "left"}, "medicare",
                     ["flag.row.si.no_guidance"], id="SI without guidance 20552"),
        pytest.param({"family": "scs_trial", "devices": [{"kind": "lead", "count": 2}]}, "medicare",
                     ["flag.code.63650"], id="63650 per lead"),
        pytest.param({"family": "facet_injection", "laterality": "right",
                      "nerves": [{"name": "C5 medial branch"}, {"name": "C6 medial branch"}]}, "medicare",
                     ["flag.anatomy.cervical", "kx.intent_unknown.kx.diagnostic_facet"], id="cervical nerve table"),
        pytest.param({"family": "transforaminal_epidural", "laterality": "left", "levels": [{"name": "L5", "kind": "root"}]},
                     "medicare", ["flag.anatomy.roots"], id="root table"),
        pytest.param({"family": "facet_injection", "laterality": "left", "intent": "therapeutic",
                      "nerves": [{"name": "L4 medial branch"}]}, "medicare",
                     ["levels.unpaired_nerve"], id="single nerve is no joint"),
        pytest.param({"family": "joint_injection", "target": "knee", "laterality": "right",
                      "imaging": {"modality": "ultrasound"}}, "medicare",
                     ["flag.row.joint.major.us_unsaved"], id="US without saved image"),
        pytest.param({"family": "occipital_nerve_block", "target": "greater_occipital", "laterality": "left",
                      "imaging": {"modality": "ultrasound"}}, "medicare",
                     ["imaging.not_saved.76942"], id="76942 needs a saved image"),
        pytest.param({"family": "occipital_nerve_block", "target": "greater_occipital", "laterality": "left", **FLUORO},
                     "medicare_cgs", [], id="confirmed choices are not flagged"),
    ],
)
def test_flagged_choices(procedure: dict[str, Any], payer: str, expected: list[str]) -> None:
    result = run(procedure, payer=payer)
    assert ids(result) == expected
    assert all(f.severity == "info" for f in mine(result))


def test_flag_finding_cites_the_kb_entry() -> None:
    result = run({"family": "sympathetic_block", "target": "superior_hypogastric"})
    (finding,) = [f for f in result.findings if f.id == "flag.code.64517"]
    assert finding.element == "code_validity"
    assert finding.message == ("64517 chosen, but the reference flags it (unconfirmed): Code number 64517 for the "
                               "superior hypogastric block is domain knowledge, not verified.")
    assert finding.requirement.source == "domain knowledge named in coding-reference.md (not verified there) [T]"


def test_sedation_not_coded_explains_why() -> None:
    result = run({"family": "facet_rfa", "laterality": "right", "levels": joints("L4-L5"),
                  "sedation": {"type": "moderate", "intraservice_minutes": 8, "by_proceduralist": True,
                               "independent_observer": False}})
    (finding,) = [f for f in result.findings if f.id == "sedation.not_coded"]
    assert finding.message == ("Moderate sedation is documented but not coded: intraservice time 8 min is under 10 min; "
                               "no independent trained observer is documented.")
