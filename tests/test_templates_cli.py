"""`painpoint template ...` commands and the `/v1/templates` routes, on the bundled KB."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from fhir.resources.R4B.questionnaire import Questionnaire
from typer.testing import CliRunner

from api.cli import app as cli_app
from api.routers import templates as templates_router
from coding.facts import FAMILIES
from coding.knowledge import load_kb

DATA = Path(__file__).parent / "data" / "templates"
runner = CliRunner()
KB_PAYERS = list(load_kb().payers.profiles)  # every payer profile of the KB, in file order


def run(*args: str):
    return runner.invoke(cli_app, ["template", *args])


def test_list_shows_every_family_and_payer():
    result = run("list")
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0].split() == ["family", *KB_PAYERS]
    assert [line.split()[0] for line in lines[1 : 1 + len(FAMILIES)]] == list(FAMILIES)
    assert "formats: smarttext, text, html, questionnaire" in result.output


def test_build_smarttext_to_stdout():
    result = run("build", "transforaminal_epidural", "--payer", "medicare")
    assert result.exit_code == 0
    assert result.output.startswith("SmartText: PP TRANSFORAMINAL_EPIDURAL MEDICARE\n")
    heading = "Procedure: {Region:PP_TRANSFORAMINAL_EPIDURAL_REGION} transforaminal epidural steroid injection."
    assert heading in result.output


def test_build_questionnaire_to_file_validates(tmp_path):
    out = tmp_path / "q.json"
    result = run("build", "facet_rfa", "--format", "questionnaire", "--out", str(out))
    assert result.exit_code == 0
    data = json.loads(out.read_text())
    Questionnaire.model_validate(data)
    assert data["id"] == "painpoint-facet-rfa-medicare"


def test_build_with_overlay_changes_the_wording(tmp_path):
    overlay = tmp_path / "practice.yaml"
    overlay.write_text(
        (DATA / "overlay_ok.yaml").read_text().replace("id: fx.indication", "id: common.indication")
    )
    result = run("build", "transforaminal_epidural", "--format", "text", "--overlay", str(overlay))
    assert result.exit_code == 0, result.output
    assert "- Reason for the procedure (required): Practice policy 2026 [S]" in result.output
    assert "overlay practice.yaml" in result.output


@pytest.mark.parametrize(
    "args,message",
    [
        (("build", "facet"), "error: unknown procedure family 'facet'"),
        (("build", "facet_rfa", "--payer", "acme"), "error: unknown payer 'acme'"),
        (("build", "facet_rfa", "--format", "pdf"), "error: unknown format 'pdf'"),
        (("build", "facet_rfa", "--date", "2026-13-01"), "error: --date '2026-13-01' is not a YYYY-MM-DD date"),
        (("build", "facet_rfa", "--overlay", str(DATA / "overlay_bad.yaml")), "overlay_bad.yaml"),
    ],
)
def test_bad_input_is_a_clear_error(args, message):
    result = run(*args)
    assert result.exit_code == 2
    assert message in result.output


def test_modifier_sheet_lists_every_kb_modifier(tmp_path):
    from coding.knowledge import load_kb

    out = tmp_path / "mods.html"
    result = run("modifiers", "--out", str(out))
    assert result.exit_code == 0
    html = out.read_text()
    for code in load_kb().modifiers.modifiers:
        assert f'<tr id="mod-{code}">' in html
    assert "64493-LT-KX x1; 64494-LT-KX x1" in html


# --- REST ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def client():
    from api.app import _install_error_handlers

    app = FastAPI()
    app.include_router(templates_router.router)
    _install_error_handlers(app)
    return TestClient(app)


def test_api_lists_templates(client):
    body = client.get("/v1/templates").json()
    assert body["families"] == list(FAMILIES)
    assert body["payers"] == KB_PAYERS
    assert body["formats"]["questionnaire"] == "application/fhir+json"


def test_api_template_download(client):
    params = {"format": "html", "payer": "medicare", "download": "true"}
    r = client.get("/v1/templates/si_joint_injection", params=params)
    assert r.status_code == 200
    assert r.headers["content-type"] == "text/html; charset=utf-8"
    assert r.headers["content-disposition"] == 'attachment; filename="si_joint_injection-medicare-html.html"'
    assert "<h1>Sacroiliac joint injection</h1>" in r.text


@pytest.mark.parametrize(
    "path,params,status,error",
    [
        ("/v1/templates/nope", {}, 404, "unknown_family"),
        ("/v1/templates/facet_rfa", {"format": "pdf"}, 422, "unknown_format"),
        ("/v1/templates/facet_rfa", {"payer": "acme"}, 422, "unknown_payer"),
    ],
)
def test_api_errors(client, path, params, status, error):
    r = client.get(path, params=params)
    assert r.status_code == status
    assert r.json()["error"] == error


def test_api_picker_and_modifier_pages(client):
    page = client.get("/v1/templates/ui")
    assert page.status_code == 200
    assert '<option value="transforaminal_epidural">transforaminal epidural</option>' in page.text
    sheet = client.get("/v1/templates/modifiers")
    assert sheet.status_code == 200
    assert '<tr id="mod-JZ">' in sheet.text


def test_modifier_sheet_refuses_a_modifier_without_example():
    from api.templates_builder.catalog import CatalogError
    from api.templates_builder.modifiers import modifier_rows

    section = {
        "version": "t",
        "modifiers": {
            "LT": {"description": "Left side", "applies_when": "Left only.", "source": [{"cite": "x", "tag": "P"}]},
            "ZZ": {"description": "Made up", "applies_when": "Never.", "source": [{"cite": "x", "tag": "P"}]},
        },
    }
    with pytest.raises(CatalogError) as err:
        modifier_rows(section)
    assert "modifiers without an example ['ZZ']" in str(err.value)
    assert "'RT'" in str(err.value)  # examples for modifiers this KB lacks are reported too
