"""Rendering: SmartText, plain text, printable HTML (autoescaped, sandboxed) and the SDC
Questionnaire (validated with fhir.resources), from the fixture KB."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
import yaml
from fhir.resources.R4B.questionnaire import Questionnaire
from jinja2.exceptions import SecurityError

from api.templates_builder.catalog import apply_overlay, load_catalog
from api.templates_builder.model import build_template
from api.templates_builder.render import environment, render

DATA = Path(__file__).parent / "data" / "templates"
DAY = dt.date(2025, 1, 1)


@pytest.fixture(scope="module")
def catalog():
    return load_catalog(DATA / "kb")


@pytest.fixture(scope="module")
def tfesi(catalog):
    return build_template(catalog, "transforaminal_epidural", "medicare", DAY)


def test_smarttext_body_uses_star_blanks_and_smartlists(tfesi):
    text = render(tfesi, "smarttext")
    body = text.split("=== SmartList build sheet ===")[0].splitlines()
    assert body[3] == "Procedure: {Region:PP_TRANSFORAMINAL_EPIDURAL_REGION} transforaminal epidural steroid injection."
    assert body[5:] == [
        "HISTORY:",
        "Indication: ***.",
        "",
        "PRE-PROCEDURE:",
        "{Informed consent:PP_TRANSFORAMINAL_EPIDURAL_CONSENT}",
        "Pre-procedure pain was ***/10 on the "
        "{Pre-procedure pain score:PP_TRANSFORAMINAL_EPIDURAL_PRE_PROCEDURE_PAIN_SCORE}.",
        "",
        "PROCEDURE:",
        "Side: {Side:PP_TRANSFORAMINAL_EPIDURAL_LATERALITY}.",
        "Levels: {Levels:PP_TRANSFORAMINAL_EPIDURAL_LEVELS}.",
        "The needles were placed under {Imaging guidance:PP_TRANSFORAMINAL_EPIDURAL_IMAGING_GUIDANCE} guidance.",
        "{Sedation:PP_TRANSFORAMINAL_EPIDURAL_SEDATION}",
        "Injectate: *** ***.",
        "",
    ]


def test_smarttext_build_sheet_defines_lists_and_nested_conditional_text(tfesi):
    sheet = render(tfesi, "smarttext").split("=== SmartList build sheet ===")[1]
    assert 'PP_TRANSFORAMINAL_EPIDURAL_LEVELS  "Levels"  multiple select, required' in sheet
    assert 'PP_TRANSFORAMINAL_EPIDURAL_CONSENT  "Informed consent"  single select, optional' in sheet
    assert "  values: Informed consent was obtained. | Informed consent was not obtained." in sheet
    assert (
        "  values: No sedation was given. | Local anesthesia only; no sedation was given. | Minimal sedation was "
        "given. | Moderate sedation was given. | Deep sedation was given. | Monitored anesthesia care was "
        "provided. | General anesthesia was given." in sheet
    )
    assert "  Sedation: moderate or deep or mac or general -> also inserts: Sedation details: ***." in sheet


def test_plain_text_marks_conditional_lines(tfesi):
    lines = render(tfesi, "text").splitlines()
    at = lines.index(
        "[No sedation was given. | Local anesthesia only; no sedation was given. | Minimal sedation was given. | "
        "Moderate sedation was given. | Deep sedation was given. | Monitored anesthesia care was provided. | "
        "General anesthesia was given.]"
    )
    assert lines[at + 1 : at + 3] == ["  If Sedation: moderate or deep or mac or general:", "  Sedation details: ___."]
    assert "Pre-procedure pain was ___/10 on the [NRS | VAS]." in lines
    assert "- Informed consent (recommended; unconfirmed or in conflict): Fixture B [S]" in lines


def test_html_is_autoescaped(catalog, tmp_path):
    overlay = yaml.safe_load((DATA / "overlay_ok.yaml").read_text())
    overlay["requirements"][0]["prompt"] = "Reason <script>alert(1)</script> & more"
    path = tmp_path / "overlay.yaml"
    path.write_text(yaml.safe_dump(overlay))
    t = build_template(apply_overlay(catalog, path), "transforaminal_epidural", "medicare", DAY)
    html = render(t, "html")
    assert "<script>alert(1)</script>" not in html
    assert "Reason &lt;script&gt;alert(1)&lt;/script&gt; &amp; more" in html
    assert '<div class="field cond" id="f-sedation_details">' in html


def test_text_formats_are_not_escaped(catalog, tmp_path):
    overlay = yaml.safe_load((DATA / "overlay_ok.yaml").read_text())
    overlay["requirements"][0]["prompt"] = "Reason & cause"
    path = tmp_path / "overlay.yaml"
    path.write_text(yaml.safe_dump(overlay))
    t = build_template(apply_overlay(catalog, path), "transforaminal_epidural", "medicare", DAY)
    assert "Indication: ___." in render(t, "text")  # the phrase keeps its own wording
    assert "Reason & cause (required)" in render(t, "text")


def test_jinja_runs_sandboxed():
    with pytest.raises(SecurityError):
        environment().from_string("{{ ''.__class__.__mro__ }}").render()


def test_questionnaire_validates_and_uses_enable_when(catalog):
    t = build_template(catalog, "facet_injection", "medicare", DAY)
    data = json.loads(render(t, "questionnaire"))
    Questionnaire.model_validate(data)
    assert data["meta"]["profile"] == ["http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire|3.0.0"]
    assert data["id"] == "painpoint-facet-injection-medicare"
    groups = {g["linkId"]: g for g in data["item"] if g["type"] == "group"}
    indications = {i["linkId"]: i for i in groups["history"]["item"]}
    assert indications["intent"]["answerOption"] == [{"valueString": "diagnostic"}, {"valueString": "therapeutic"}]
    relief = indications["diagnostic_block_relief"]
    assert relief["type"] == "decimal"
    assert relief["enableWhen"] == [{"question": "intent", "operator": "=", "answerString": "therapeutic"}]
    procedure = {i["linkId"]: i for i in groups["procedure"]["item"]}
    assert procedure["sedation_details"]["enableBehavior"] == "any"
    assert [w["answerString"] for w in procedure["sedation_details"]["enableWhen"]] == [
        "moderate",
        "deep",
        "mac",
        "general",
    ]
    assert procedure["laterality"]["required"] is True


def test_questionnaire_items_by_input_type(tfesi):
    data = json.loads(render(tfesi, "questionnaire"))
    items = {i["linkId"]: i for g in data["item"] if g["type"] == "group" for i in g["item"]}
    assert items["consent"]["type"] == "boolean" and items["consent"]["required"] is False
    assert items["levels"]["repeats"] is True and items["levels"]["type"] == "choice"
    score = items["pre_procedure_pain_score"]
    assert score["type"] == "integer"
    assert score["extension"][0] == {"url": "http://hl7.org/fhir/StructureDefinition/minValue", "valueInteger": 0}
    assert score["item"][0]["linkId"] == "pre_procedure_pain_score.scale"
    drugs = items["drug_dose"]
    assert drugs["type"] == "group" and drugs["repeats"] is True
    assert [c["linkId"] for c in drugs["item"][:3]] == ["drug_dose.drug", "drug_dose.dose", "drug_dose.unit"]
    assert data["item"][0]["linkId"] == "region"


def test_every_bundled_template_renders_in_every_format():
    from coding.facts import FAMILIES

    catalog = load_catalog()
    for family in FAMILIES:
        t = build_template(catalog, family, catalog.default_payer)
        for fmt in ("smarttext", "text", "html"):
            assert "{{" not in render(t, fmt), (family, fmt)
        Questionnaire.model_validate(json.loads(render(t, "questionnaire")))


# --- container and discarded amount (JW / JZ) of drugs billed by code, bundled KB ----------------

CODED = (
    "methylprednisolone_acetate", "triamcinolone_acetonide", "dexamethasone_sodium_phosphate",
    "betamethasone_sodium_phosphate_acetate", "ketorolac_tromethamine", "onabotulinumtoxinA", "abobotulinumtoxinA",
    "incobotulinumtoxinA", "rimabotulinumtoxinB", "bupivacaine", "ropivacaine",
)


@pytest.fixture(scope="module")
def si_joint():
    return build_template(load_catalog(), "si_joint_injection", "medicare", dt.date(2026, 3, 2))


def test_container_is_asked_for_drugs_billed_by_code(si_joint):
    assert si_joint.field("drug_dose").container_drugs == CODED  # lidocaine carries no code


def test_no_container_before_the_kb_reports_discarded_drugs():
    # drugs.yaml: discard.jw_from 2017-01-01
    t = build_template(load_catalog(), "si_joint_injection", "medicare", dt.date(2016, 12, 31))
    assert t.field("drug_dose").container_drugs == ()
    assert "single-dose" not in render(t, "text")
    assert "container" not in render(t, "questionnaire")


def test_questionnaire_asks_the_discarded_amount_only_for_a_single_dose_container(si_joint):
    data = json.loads(render(si_joint, "questionnaire"))
    items = {i["linkId"]: i for g in data["item"] if g["type"] == "group" for i in g["item"]}
    children = {c["linkId"]: c for c in items["drug_dose"]["item"]}
    container = children["drug_dose.container"]
    assert container["answerOption"] == [{"valueString": "single-dose"}, {"valueString": "multi-dose"}]
    assert container["enableBehavior"] == "any"
    assert [w["answerString"] for w in container["enableWhen"]] == list(CODED)
    assert {w["question"] for w in container["enableWhen"]} == {"drug_dose.drug"}
    discarded = children["drug_dose.discarded"]
    assert discarded["type"] == "decimal" and discarded["required"] is True
    assert discarded["enableWhen"] == [
        {"question": "drug_dose.container", "operator": "=", "answerString": "single-dose"}
    ]
    Questionnaire.model_validate(data)


def test_text_smarttext_and_html_offer_the_container(si_joint):
    text = render(si_joint, "text")
    assert (
        "[from a single-dose vial; ___ (same unit, 0 if none) was discarded | from a multi-dose vial] "
        "(container for " + ", ".join(CODED) + ")"
    ) in text
    smart = render(si_joint, "smarttext")
    assert "{Container:PP_SI_JOINT_INJECTION_DRUG_DOSE_CONTAINER}." in smart
    assert "  values: from a single-dose vial; *** (0 if none) was discarded | from a multi-dose vial\n" in smart
    html = render(si_joint, "html")
    assert html.count("single-dose vial") == len(CODED)
    assert "lidocaine <span class=\"blank\" style=\"min-width:3rem\"></span> mL</span>" in html
