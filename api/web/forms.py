"""Reading `application/x-www-form-urlencoded` bodies without an extra dependency (FastAPI's `Form`
needs python-multipart). Our forms are small and never upload files."""

from __future__ import annotations

from urllib.parse import parse_qsl

from fastapi import Request

MAX_FORM_BYTES = 512 * 1024


class FormError(ValueError):
    pass


async def read_form(request: Request) -> dict[str, str]:
    """The form fields (first value of each name). Raises `FormError` for other content types."""
    body = await request.body()
    if not body:
        return {}  # a button-only form posted with no fields at all
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype != "application/x-www-form-urlencoded":
        raise FormError("expected a form post")
    if len(body) > MAX_FORM_BYTES:
        raise FormError("form too large")
    fields: dict[str, str] = {}
    for key, value in parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True, max_num_fields=200):
        fields.setdefault(key, value)
    return fields
