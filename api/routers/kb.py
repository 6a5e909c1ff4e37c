"""Knowledge-base look-ups: `GET /v1/kb/codes/{code}` and `GET /v1/kb/requirements/{family}`."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query

from api.deps import ClientDep, get_kb
from api.schemas.errors import ApiError, error_responses
from api.schemas.kb import CodeInfo, RequirementsInfo
from coding.facts import FAMILIES

router = APIRouter(prefix="/v1/kb", tags=["knowledge base"])
KbDep = Annotated[Any, Depends(get_kb)]


@router.get("/codes/{code}", response_model=CodeInfo, responses=error_responses(401, 404, 422, 503))
def code_entry(code: str, _client: ClientDep, kb: KbDep) -> CodeInfo:
    """One CPT/HCPCS code as the KB knows it: own-words description, bilateral indicator, sources."""
    codes = kb.codes
    entry = codes.codes.get(code.strip().upper())
    if entry is None:
        raise ApiError(404, "unknown_code", "the knowledge base has no such code")
    key = code.strip().upper()
    families = sorted(
        name
        for name, fam in codes.families.items()
        if any(key in (row.code, *row.with_codes, *(a.code for a in row.addons)) for row in fam.rows)
    )
    return CodeInfo(code=key, kb_version=kb.version, families=families, entry=entry)


@router.get("/requirements/{family}", response_model=RequirementsInfo, responses=error_responses(401, 404, 422, 503))
def family_requirements(
    family: str,
    _client: ClientDep,
    kb: KbDep,
    payer: Annotated[str | None, Query(max_length=64, description="Only requirements for this payer.")] = None,
) -> RequirementsInfo:
    """The documentation requirements that apply to a procedure family (optionally one payer's)."""
    if family not in FAMILIES:
        raise ApiError(404, "unknown_family", f"unknown procedure family; known: {', '.join(FAMILIES)}")
    reqs = kb.requirements
    selected = [
        r
        for r in reqs.requirements
        if r.applies_to_family(family) and (payer is None or r.applies_to_payer(payer))
    ]
    return RequirementsInfo(
        family=family, label=reqs.meta.family_labels.get(family), kb_version=kb.version, requirements=selected
    )
