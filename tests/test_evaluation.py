"""Metric arithmetic of `api.evaluation` on tiny hand-made gold/prediction pairs (exact numbers)."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace as NS

import pytest
from pydantic import ValidationError

from api.evaluation import (
    PRF,
    EvalReport,
    GoldNote,
    NoteView,
    aggregate_drugs,
    in_mg,
    evaluate,
    field_items,
    gold_view,
    result_view,
    score_note,
)

GOLD = {
    "id": "t-1", "style": "dictated", "origin": "hand", "payer": "medicare", "date_of_service": "2025-03-04", "place_of_service": "11",
    "procedures": [{"family": "transforaminal_epidural", "approach": "transforaminal", "region": "lumbar", "laterality": "right",
                    "levels": ["L4-L5", "L5-S1"], "imaging": "fluoroscopy", "contrast": True, "intent": "therapeutic", "sedation": "none"}],
    "drugs": [{"generic": "triamcinolone_acetonide", "dose": 40, "dose_unit": "mg"}, {"generic": "lidocaine", "dose": None, "dose_unit": None}],
    "pain_scores": {"pre": 7, "post": 2},
    "necessity": {"diagnosis": True, "symptom_duration": True, "conservative_care": False, "functional_impairment": True,
                  "imaging_findings": True, "radicular_findings": False},
    "consent": True, "complications": "none",
    "codes": [{"code": "64483", "modifiers": ["RT"], "units": 1}, {"code": "64484", "modifiers": ["RT"], "units": 1},
              {"code": "J3301", "modifiers": [], "units": 4}],
    "finding_elements": ["conservative_care", "saved_images"],
}


def gold() -> GoldNote:
    return GoldNote.model_validate(GOLD)


def pred_view(**over) -> NoteView:
    base = gold_view(gold())
    for k, v in over.items():
        setattr(base, k, v)
    return base


def test_prf_arithmetic():
    prf = PRF()
    prf.add({"a", "b", "c"}, {"a", "b", "d"})  # tp 2, fp 1, fn 1
    prf.add(set(), set())  # out of scope
    prf.add({"x"}, {"x"})  # tp 1, exact
    assert (prf.tp, prf.fp, prf.fn, prf.notes, prf.exact) == (3, 1, 1, 2, 1)
    assert prf.precision == pytest.approx(0.75)
    assert prf.recall == pytest.approx(0.75)
    assert prf.f1 == pytest.approx(0.75)
    assert prf.accuracy == pytest.approx(0.5)


def test_prf_empty_is_one_and_zero_f1_when_nothing_right():
    assert PRF().precision == 1.0 and PRF().recall == 1.0 and PRF().accuracy == 1.0
    prf = PRF()
    prf.add({"a"}, {"b"})
    assert (prf.precision, prf.recall, prf.f1) == (0.0, 0.0, 0.0)


def test_perfect_prediction_scores_one_everywhere():
    report = EvalReport()
    score_note(report, "t-1", gold_view(gold()), pred_view())
    assert report.codes_exact == 1 and report.codes_exact_rate == 1.0
    assert report.findings.f1 == 1.0
    assert report.fields["laterality"].as_dict()["note_accuracy"] == 1.0
    assert report.fields["levels"].tp == 2
    # lidocaine has no gold dose: scored by name only, not in drug_doses
    assert field_items(gold_view(gold()), "drug_doses") == {("triamcinolone_acetonide", 40.0, "mg")}
    assert report.fields["drugs"].tp == 2


def test_wrong_side_missing_level_and_extra_finding():
    g = gold_view(gold())
    p = pred_view(
        procedures=[{**g.procedures[0], "laterality": "left", "levels": ["L5-S1"]}],
        codes={("64483", ("LT",), 1), ("J3301", (), 4)},
        findings={"saved_images", "consent"},
    )
    report = EvalReport()
    score_note(report, "t-1", g, p)
    lat = report.fields["laterality"]
    assert (lat.tp, lat.fp, lat.fn, lat.exact) == (0, 1, 1, 0)
    lv = report.fields["levels"]
    assert (lv.tp, lv.fp, lv.fn) == (1, 0, 1)
    assert lv.precision == 1.0 and lv.recall == 0.5 and lv.f1 == pytest.approx(2 / 3)
    c = report.code_lines
    assert (c.tp, c.fp, c.fn) == (1, 1, 2)
    assert report.codes_exact == 0
    assert report.codes_by_family == {"transforaminal_epidural": [0, 1]}
    out = report.outcomes[0]
    assert out.missing_codes == ["64483-RT x1", "64484-RT x1"] and out.extra_codes == ["64483-LT x1"]
    f = report.findings
    assert (f.tp, f.fp, f.fn) == (1, 1, 1)
    assert report.finding_elements["consent"].fp == 1 and report.finding_elements["conservative_care"].fn == 1
    assert report.finding_elements["saved_images"].tp == 1


def test_unannotated_field_is_not_scored_but_wrong_family_is():
    g = gold_view(gold())
    g.procedures[0]["imaging"] = None  # gold leaves imaging unannotated for this family
    p = pred_view(procedures=[{**g.procedures[0], "imaging": "ct"}, {"family": "facet_injection", "imaging": "fluoroscopy",
                                                                     "levels": [], "laterality": None, "region": None, "approach": None,
                                                                     "contrast": None, "sedation": None}])
    assert field_items(p, "imaging", g) == {("facet_injection", "fluoroscopy")}
    report = EvalReport()
    score_note(report, "t-1", g, p)
    assert (report.fields["imaging"].tp, report.fields["imaging"].fp) == (0, 1)
    assert report.fields["family"].fp == 1


def test_drug_totals_aggregate_per_generic():
    assert aggregate_drugs([("dex", 4.0, "mg"), ("dex", 6.0, "mg"), ("lido", 20.0, "mg"), ("lido", None, None)]) == {
        "dex": (10.0, "mg"), "lido": (None, None)}


def test_complications_compare_none_versus_event():
    g = gold_view(gold())
    assert field_items(g, "complications") == {"none"}
    assert field_items(pred_view(complications="vasovagal episode"), "complications") == {"event"}
    assert field_items(pred_view(complications=None), "complications") == set()


def test_gold_model_rejects_bad_records():
    with pytest.raises(ValidationError):
        GoldNote.model_validate({**GOLD, "finding_elements": ["not_an_element"]})
    with pytest.raises(ValidationError):
        GoldNote.model_validate({**GOLD, "codes": [{"code": "6448", "modifiers": [], "units": 1}]})
    with pytest.raises(ValidationError):
        GoldNote.model_validate({**GOLD, "unexpected": 1})


def _fake_result(codes, findings, laterality="right"):
    proc = NS(family="transforaminal_epidural", approach="transforaminal", region="lumbar", laterality=laterality,
              levels=[NS(name="L4-L5"), NS(name="L5-S1")], imaging=NS(modality="fluoroscopy"), contrast=NS(used=True),
              sedation=NS(type="none"))
    return NS(
        procedures=[proc],
        drugs=[NS(generic="triamcinolone_acetonide", dose=20.0, dose_unit="mg"), NS(generic="triamcinolone_acetonide", dose=20.0, dose_unit="mg"),
               NS(generic="lidocaine", dose=None, dose_unit=None)],
        assessments=NS(pain_scores=[NS(timing="pre", value=7.0), NS(timing="post", value=2.0), NS(timing="post", value=5.0)]),
        necessity=NS(diagnoses=[1], symptom_duration=NS(weeks=20), conservative_care=[], functional_impairment=[1], imaging_findings=[1],
                     radicular_findings=[]),
        facts=NS(consent=NS(value=True), complications=NS(value="none")),
        codes=[NS(code=c, modifiers=m, units=u) for c, m, u in codes],
        findings=[NS(element=e, severity=s, id=f"x.{e}") for e, s in findings],
    )


def test_result_view_reads_public_fields():
    r = _fake_result([("64483", ["RT"], 1)], [("saved_images", "warning"), ("code_validity", "info")])
    v = result_view(r)
    assert v.drugs == {"triamcinolone_acetonide": (40.0, "mg"), "lidocaine": (None, None)}
    assert v.pain == {"pre": 7.0, "post": 2.0}  # first score of each timing
    assert v.findings == {"saved_images"}  # info findings are not counted by default
    assert v.codes == {("64483", ("RT",), 1)}
    assert result_view(r, frozenset({"warning", "info"})).findings == {"saved_images", "code_validity"}
    r.findings[1].id = "common.time_out"  # an info finding from a documentation requirement counts
    assert result_view(r, requirements=frozenset({"common.time_out"})).findings == {"saved_images", "code_validity"}


def test_evaluate_runs_analyzer_on_a_folder(tmp_path: Path):
    (tmp_path / "t-1.txt").write_text("note text", encoding="utf-8")
    (tmp_path / "t-1.json").write_text(json.dumps(GOLD), encoding="utf-8")
    (tmp_path / "t-2.txt").write_text("second", encoding="utf-8")
    (tmp_path / "t-2.json").write_text(json.dumps({**GOLD, "id": "t-2"}), encoding="utf-8")
    calls = []

    def analyzer(text, **kw):
        calls.append((text, kw["payer"], str(kw["date_of_service"]), kw["place_of_service"]))
        if text == "second":
            raise RuntimeError("boom")
        return _fake_result([("64483", ["RT"], 1), ("64484", ["RT"], 1), ("J3301", [], 4)],
                            [("saved_images", "error"), ("conservative_care", "error")])

    report = evaluate(tmp_path, analyzer=analyzer)
    assert calls == [("note text", "medicare", "2025-03-04", "11"), ("second", "medicare", "2025-03-04", "11")]
    assert report.notes == 2 and report.errors == 1
    assert report.codes_exact == 1 and report.codes_exact_rate == 0.5
    assert (report.findings.tp, report.findings.fp, report.findings.fn) == (2, 0, 2)
    assert report.outcomes[1].error == "RuntimeError: boom"
    assert report.fields["laterality"].accuracy == 0.5
    d = report.as_dict()
    assert d["codes"]["exact_rate"] == 0.5 and d["findings"]["overall"]["recall"] == 0.5


def test_eval_command_prints_tables_and_json(tmp_path: Path, monkeypatch):
    from typer.testing import CliRunner

    import api.evaluation as ev
    from api.cli import app

    (tmp_path / "t-1.txt").write_text("note text", encoding="utf-8")
    (tmp_path / "t-1.json").write_text(json.dumps(GOLD), encoding="utf-8")
    seen = []

    def analyzer(text, **kw):
        seen.append(kw["payer"])
        return _fake_result([("64483", ["RT"], 1)], [("saved_images", "error")])

    monkeypatch.setattr(ev, "default_analyzer", lambda: analyzer)
    runner = CliRunner()
    out = runner.invoke(app, ["eval", str(tmp_path), "--json", "--payer", "commercial_generic"])
    assert out.exit_code == 0, out.output
    data = json.loads(out.output)
    assert seen == ["commercial_generic"]
    assert data["codes"]["exact_notes"] == 0
    assert data["codes"]["lines"]["tp"] == 1 and data["codes"]["lines"]["fn"] == 2
    assert data["findings"]["overall"]["precision"] == 1.0 and data["findings"]["overall"]["recall"] == 0.5
    assert data["per_note"][0]["missing_codes"] == ["64484-RT x1", "J3301 x4"]
    assert data["codes"]["by_family"] == {"transforaminal_epidural": {"exact": 0, "notes": 1}}

    text = runner.invoke(app, ["eval", str(tmp_path), "--details"])
    assert text.exit_code == 0
    assert "Code lines exactly right on 0/1 notes" in text.output
    assert "t-1: codes missing ['64484-RT x1', 'J3301 x4']" in text.output

    missing = runner.invoke(app, ["eval", str(tmp_path / "nope")])
    assert missing.exit_code == 2


def test_micrograms_and_milligrams_are_one_dose() -> None:
    """Gold may write fentanyl in mcg; the reader gives mg: 50 mcg and 0.05 mg agree, 100 mcg and 0.05 mg do not."""
    assert aggregate_drugs([("fentanyl", 50.0, "mcg"), ("fentanyl", 0.05, "mg")]) == {"fentanyl": (0.1, "mg")}
    assert in_mg(50.0, "mcg") == (0.05, "mg")
    assert in_mg(40.0, "mg") == (40.0, "mg")
    assert in_mg(None, "mcg") == (None, "mcg")
