"""The one error shape every 4xx/5xx of the service uses, and the exception that produces it.

Clients get a stable machine-readable `error` code, a human sentence, and the request id to quote
when asking for help; validation details name fields but never echo submitted values (which may
contain note text).
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field


class ErrorDetail(BaseModel):
    loc: list[str | int] = Field(description="Where the problem is, e.g. ['body', 'payer'].")
    msg: str
    type: str


class ErrorBody(BaseModel):
    error: str = Field(description="Stable code, e.g. 'malformed_json', 'unknown_payer', 'invalid_token'.")
    message: str
    request_id: str | None = None
    details: list[ErrorDetail] | None = None


class ApiError(Exception):
    """Raise anywhere in a request to answer `status` with an :class:`ErrorBody`."""

    def __init__(
        self,
        status: int,
        error: str,
        message: str,
        details: list[dict[str, Any]] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.error = error
        self.message = message
        self.details = details
        self.headers = headers


def error_responses(*codes: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI `responses` entries for the error statuses an operation can return."""
    text = {
        400: "Malformed JSON",
        401: "Missing or invalid credentials",
        404: "Not found",
        412: "Required prefetch missing",
        413: "Request body too large",
        422: "Invalid input",
        503: "Not ready",
        504: "Time limit exceeded",
    }
    return {code: {"model": ErrorBody, "description": text.get(code, "Error")} for code in codes}
