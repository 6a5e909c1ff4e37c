"""Template trees built from the fixture KB (tests/data/templates/kb): which blanks, in which
sections, required or not, under which conditions; and practice overlays."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from api.templates_builder.catalog import CatalogError, apply_overlay, load_catalog
from api.templates_builder.model import Condition, build_template

DATA = Path(__file__).parent / "data" / "templates"
DAY = dt.date(2025, 1, 1)
DAY_NOW = dt.date(2026, 3, 2)
LEVELS = ("moderate", "deep", "mac", "general")


@pytest.fixture(scope="module")
def catalog():
    return load_catalog(DATA / "kb")


def shape(template):
    return [(s.key, [(f.key, f.input, f.required) for f in s.fields]) for s in template.sections]


def test_transforaminal_template_has_every_applicable_element(catalog):
    t = build_template(catalog, "transforaminal_epidural", "medicare", DAY)
    assert shape(t) == [
        ("history", [("indication", "text", True)]),
        ("pre_procedure", [("consent", "yes_no", False), ("pre_procedure_pain_score", "score", True)]),
        (
            "procedure",
            [
                ("laterality", "side", True),
                ("levels", "levels", True),
                ("imaging_guidance", "choice", True),
                ("sedation", "choice", True),
                ("sedation_details", "text", True),
                ("drug_dose", "drug_dose", True),
            ],
        ),
    ]
    assert t.heading.regions == ("cervical", "thoracic", "lumbar")
    drugs = t.field("drug_dose")
    assert drugs.requirement_ids == ("fx.drug_name", "fx.drug_dose")
    assert drugs.label == "Medications injected"


def test_sedation_details_only_when_sedation_given(catalog):
    t = build_template(catalog, "transforaminal_epidural", "medicare", DAY)
    details = t.field("sedation_details")
    # fx.sedation (sedation_given) and fx.observer (moderate only) share one blank, shown for any level.
    assert details.conditions == (Condition("sedation", LEVELS),)
    assert details.requirement_ids == ("fx.sedation", "fx.observer")
    assert details.label == "Sedation"
    assert t.field("sedation").kind == "gate"
    assert details.enabled({"sedation": "moderate"}) is True
    assert details.enabled({"sedation": "local"}) is False
    assert details.enabled({}) is False


def test_intent_blank_is_the_gate_of_diagnostic_block_results(catalog):
    t = build_template(catalog, "facet_injection", "medicare", DAY)
    assert [f.key for f in t.sections[0].fields] == ["indication", "intent", "diagnostic_block_relief"]
    assert t.field("intent").kind == "element"
    assert t.field("diagnostic_block_relief").conditions == (Condition("intent", ("therapeutic",)),)


def test_paired_structure_drops_side_for_midline_families(catalog):
    keys = [f.key for f in build_template(catalog, "interlaminar_epidural", "medicare", DAY).fields]
    assert "laterality" not in keys
    assert "levels" in keys


def test_payer_and_date_filter_requirements(catalog):
    other = build_template(catalog, "trigger_point", "commercial", DAY)
    assert [f.key for f in other.fields] == ["indication", "consent", "sedation", "sedation_details"]
    old = build_template(catalog, "trigger_point", "commercial", dt.date(2014, 6, 1))
    # fx.retired (complications) applied until 2015; fx.* rules start in 2020.
    assert [f.key for f in old.fields] == ["complications"]


def test_help_fills_family_slot_and_blanks_the_others(catalog):
    t = build_template(catalog, "transforaminal_epidural", "medicare", DAY)
    assert t.field("indication").help == "Indication: transforaminal epidural steroid injection for ___."
    assert t.field("drug_dose").help == "Injectate: ___. ___: ___ mg."


def test_unknown_family_is_an_error(catalog):
    with pytest.raises(CatalogError, match="unknown procedure family 'facet'"):
        build_template(catalog, "facet", "medicare", DAY)


def test_overlay_rewords_and_adds(catalog):
    merged = apply_overlay(catalog, DATA / "overlay_ok.yaml")
    t = build_template(merged, "transforaminal_epidural", "medicare", DAY)
    assert t.field("indication").label == "Reason for the procedure"
    assert t.field("complications").requirement_ids == ("practice.complications",)
    assert t.field("complications").required is False
    assert t.overlays == ("overlay_ok.yaml",)


def test_bad_overlay_names_file_entry_and_field(catalog):
    with pytest.raises(CatalogError) as err:
        apply_overlay(catalog, DATA / "overlay_bad.yaml")
    message = str(err.value)
    assert "overlay_bad.yaml" in message
    assert "practice.bad" in message
    assert "element" in message


def test_missing_overlay_file_is_a_clear_error(catalog):
    with pytest.raises(CatalogError, match="not found|cannot read"):
        apply_overlay(catalog, DATA / "no_such_overlay.yaml")


def test_bundled_kb_builds_every_family_and_payer():
    catalog = load_catalog()
    from coding.facts import FAMILIES

    for family in FAMILIES:
        for payer in catalog.payers:
            template = build_template(catalog, family, payer)
            keys = [f.key for f in template.fields + template.heading.choices]
            assert len(keys) == len(set(keys)), (family, payer)
            for f in template.fields:
                for cond in f.conditions:
                    assert cond.gate in keys, (family, f.key, cond.gate)


def test_every_applicable_requirement_has_a_blank():
    """Completeness: each requirement that can apply to a family and payer today is behind a blank;
    the only ones left out are those whose precondition can never hold for the family (e.g. a side
    for a midline procedure)."""
    from api.templates_builder.catalog import applicable
    from api.templates_builder.conditions import NEVER, translate
    from coding.facts import FAMILIES

    catalog = load_catalog()
    for family in FAMILIES:
        for payer in catalog.payers:
            template = build_template(catalog, family, payer, DAY_NOW)
            asked = {rid for f in template.fields for rid in f.requirement_ids}
            expected = {
                r.id
                for r in applicable(catalog.requirements, family, payer, DAY_NOW)
                if all(translate(k, v, family, catalog) is not NEVER for k, v in r.applies_when.items())
            }
            assert expected and asked == expected, (family, payer)

