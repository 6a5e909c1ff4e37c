"""Note templates over HTTP: `GET /v1/templates` (what exists), `GET /v1/templates/{family}`
(one template in one format), `GET /v1/templates/modifiers` (the modifier sheet) and
`GET /v1/templates/ui` (a page to choose, preview and download).

Templates are generated from the knowledge base and hold no patient data, so these routes need no
client credentials (a deployment that wants them can add a dependency when including the router).
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, Query
from fastapi.responses import HTMLResponse, Response

from api.schemas.errors import ApiError, error_responses
from api.templates_builder.catalog import Catalog, CatalogError, load_catalog
from api.templates_builder.model import build_template
from api.templates_builder.render import EXTENSIONS, FORMATS, render, render_page
from coding.facts import FAMILIES

router = APIRouter(prefix="/v1/templates", tags=["templates"])


def _catalog() -> Catalog:
    try:
        return load_catalog()
    except CatalogError as exc:
        raise ApiError(503, "knowledge_base_unavailable", str(exc)) from exc


@router.get("", responses=error_responses(503))
def list_templates() -> dict[str, Any]:
    """Families, payers and formats templates can be built for, with the KB version they come from."""
    catalog = _catalog()
    return {
        "kb_version": catalog.version,
        "default_payer": catalog.default_payer,
        "families": list(FAMILIES),
        "payers": list(catalog.payers),
        "formats": {name: media for name, (_, media) in FORMATS.items()},
        "links": {"template": "/v1/templates/{family}?format=&payer=", "modifiers": "/v1/templates/modifiers"},
    }


@router.get("/modifiers", response_class=HTMLResponse, responses=error_responses(503))
def modifier_sheet() -> HTMLResponse:
    """The print-ready modifier quick-reference sheet."""
    from api.templates_builder.modifiers import render_modifier_sheet

    try:
        return HTMLResponse(render_modifier_sheet())
    except CatalogError as exc:
        raise ApiError(503, "knowledge_base_unavailable", str(exc)) from exc


@router.get("/ui", response_class=HTMLResponse, responses=error_responses(503))
def picker_page() -> HTMLResponse:
    """A page to choose a family, payer and format, preview the template and download it."""
    catalog = _catalog()
    return HTMLResponse(
        render_page(
            "picker.html.j2",
            families=FAMILIES,
            payers=catalog.payers,
            default_payer=catalog.default_payer,
            formats=list(FORMATS),
            kb_version=catalog.version,
        )
    )


@router.get("/{family}", responses=error_responses(404, 422, 503))
def get_template(
    family: str,
    fmt: Annotated[str, Query(alias="format", description=f"One of: {', '.join(FORMATS)}.")] = "smarttext",
    payer: Annotated[str | None, Query(max_length=64, description="Payer profile; default the KB's.")] = None,
    date: Annotated[dt.date | None, Query(description="Rules in force on this date (default today).")] = None,
    download: Annotated[bool, Query(description="Send as an attachment.")] = False,
) -> Response:
    """One template, rendered in `format` for `payer`."""
    if family not in FAMILIES:
        raise ApiError(404, "unknown_family", f"no procedure family {family!r}; see GET /v1/templates")
    if fmt not in FORMATS:
        raise ApiError(422, "unknown_format", f"format must be one of {', '.join(FORMATS)}")
    catalog = _catalog()
    payer = payer or catalog.default_payer
    if catalog.payers and payer not in catalog.payers:
        raise ApiError(422, "unknown_payer", f"payer must be one of {', '.join(catalog.payers)}")
    try:
        body = render(build_template(catalog, family, payer, date), fmt)
    except CatalogError as exc:
        raise ApiError(422, "template_error", str(exc)) from exc
    headers = {}
    if download:
        headers["Content-Disposition"] = f'attachment; filename="{family}-{payer}-{fmt}.{EXTENSIONS[fmt]}"'
    return Response(content=body, media_type=FORMATS[fmt][1], headers=headers)
