"""The JSON Schemas referenced from the README are the ones the models generate (no hand-kept drift)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from coding.facts import NoteFacts
from coding.result import AnalysisResult

DOCS = Path(__file__).resolve().parent.parent / "docs"


@pytest.mark.parametrize(("name", "model"), [("result", AnalysisResult), ("facts", NoteFacts)])
def test_committed_schema_equals_generated(name: str, model: type) -> None:
    committed = json.loads((DOCS / f"{name}.schema.json").read_text(encoding="utf-8"))
    assert committed == model.model_json_schema(), f"regenerate with: painpoint schema {name} > docs/{name}.schema.json"


def test_result_schema_names_the_documented_top_level_fields() -> None:
    props = AnalysisResult.model_json_schema()["properties"]
    assert list(props)[:9] == [
        "source", "procedures", "drugs", "assessments", "necessity", "codes", "diagnoses", "findings", "kb_version",
    ]
