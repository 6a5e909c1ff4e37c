"""A small FHIR read client for CDS Hooks: fetches a prefetch the EHR did not send.

The CDS Hooks spec lets a client leave prefetch keys out; the service then fetches the data from
`fhirServer` with the `fhirAuthorization` bearer token, and answers 412 only when it cannot get it.
This client does one GET per call and nothing else: https only (plain http to a loopback host when
`cds_fhir_allow_http` is on, for local testing), no redirects followed (the token must not travel to
another host), a short timeout (`cds_fhir_timeout_s`), a cap on the body size, and a body that must be
a JSON DocumentReference or Bundle. Every failure is a :class:`FhirFetchError` whose message names
no URL query, token or body, and nothing here logs them either: httpx's own request log line is
reduced to scheme, host and path.

The transport is a dependency (`get_fhir_transport`) so tests answer with `httpx.MockTransport`
and never open a socket.
"""

from __future__ import annotations

import ipaddress
import json
import logging
import re
import time
from dataclasses import dataclass
from typing import Annotated, Any
from urllib.parse import quote

import httpx
from fastapi import Depends

from api.deps import SettingsDep

log = logging.getLogger(__name__)

MAX_BODY_BYTES = 5_000_000
ACCEPTED_RESOURCES = ("DocumentReference", "Bundle")
_TOKEN = re.compile(r"\{\{\s*([^{}]*?)\s*\}\}")


class FhirFetchError(Exception):
    """The data could not be fetched (→ 412); the message is safe to return and to log."""


class _RedactHttpxUrls(logging.Filter):
    """httpx logs `HTTP Request: GET <full URL> ...` at INFO; keep the line but drop the query."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple) and any(isinstance(a, httpx.URL) for a in record.args):
            record.args = tuple(
                a.copy_with(query=None, fragment=None) if isinstance(a, httpx.URL) else a for a in record.args
            )
        return True


_httpx_logger = logging.getLogger("httpx")
if not any(isinstance(f, _RedactHttpxUrls) for f in _httpx_logger.filters):
    _httpx_logger.addFilter(_RedactHttpxUrls())


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def resolve_template(template: str, context: dict[str, Any]) -> str:
    """A prefetch template with its `{{context.x}}` tokens replaced by URL-escaped context values."""

    def value(match: re.Match[str]) -> str:
        name = match.group(1)
        field = name.removeprefix("context.")
        raw = context.get(field) if name.startswith("context.") else None
        if isinstance(raw, bool):
            raw = "true" if raw else "false"
        if not isinstance(raw, (str, int, float)) or raw == "":
            raise FhirFetchError(f"cannot fill the prefetch template: {name} is not in the hook context")
        return quote(str(raw), safe="")

    return _TOKEN.sub(value, template)


@dataclass(frozen=True)
class FhirClient:
    timeout_s: float
    allow_http: bool = False
    transport: httpx.AsyncBaseTransport | None = None

    def _base(self, fhir_server: str) -> httpx.URL:
        try:
            url = httpx.URL(fhir_server)
        except (httpx.InvalidURL, TypeError):
            raise FhirFetchError("fhirServer is not a valid URL") from None
        if not url.host or url.query or url.fragment or url.userinfo:
            raise FhirFetchError("fhirServer must be a plain base URL (scheme://host[:port]/path)")
        if url.scheme == "https":
            return url
        if url.scheme == "http" and self.allow_http and _is_loopback(url.host):
            return url
        if url.scheme == "http":
            raise FhirFetchError("fhirServer must use https (plain http is allowed only to a loopback host, "
                                 "with PAINPOINT_CDS_FHIR_ALLOW_HTTP)")
        raise FhirFetchError("fhirServer must be an https URL")

    async def get(self, fhir_server: str, relative: str, access_token: str) -> dict[str, Any]:
        """GET `{fhirServer}/{relative}` with the bearer token; the JSON resource, or :class:`FhirFetchError`."""
        base = self._base(fhir_server)
        url = str(base).rstrip("/") + "/" + relative.lstrip("/")
        headers = {"Authorization": f"Bearer {access_token}", "Accept": "application/fhir+json"}
        started = time.perf_counter()
        outcome = "failed"
        try:
            async with httpx.AsyncClient(
                transport=self.transport, timeout=self.timeout_s, follow_redirects=False
            ) as client:
                async with client.stream("GET", url, headers=headers) as response:
                    status = response.status_code
                    outcome = f"HTTP {status}"
                    if status != 200:
                        raise FhirFetchError(f"the FHIR server answered HTTP {status}")
                    body = bytearray()
                    async for chunk in response.aiter_bytes():
                        body.extend(chunk)
                        if len(body) > MAX_BODY_BYTES:
                            raise FhirFetchError(f"the FHIR server's answer is larger than {MAX_BODY_BYTES} bytes")
        except httpx.TimeoutException:
            raise FhirFetchError(f"the FHIR server did not answer within {self.timeout_s:g} s") from None
        except httpx.HTTPError as exc:
            raise FhirFetchError(f"could not reach the FHIR server ({type(exc).__name__})") from None
        finally:
            # Host and resource type only: never the query, the id, the token or the body.
            log.info("FHIR GET %s on %s: %s in %.0f ms", relative.split("?")[0].split("/")[0], base.host, outcome,
                     (time.perf_counter() - started) * 1000)
        try:
            resource = json.loads(bytes(body))
        except ValueError:
            raise FhirFetchError("the FHIR server's answer is not JSON") from None
        if not isinstance(resource, dict) or resource.get("resourceType") not in ACCEPTED_RESOURCES:
            raise FhirFetchError("the FHIR server's answer is not a DocumentReference or a Bundle")
        return resource


async def get_fhir_transport() -> httpx.AsyncBaseTransport | None:
    """None: httpx's own network transport. Tests override this with `httpx.MockTransport`."""
    return None


async def get_fhir_client(
    settings: SettingsDep, transport: Annotated[httpx.AsyncBaseTransport | None, Depends(get_fhir_transport)]
) -> FhirClient:
    return FhirClient(
        timeout_s=settings.cds_fhir_timeout_s, allow_http=settings.cds_fhir_allow_http, transport=transport
    )


FhirClientDep = Annotated[FhirClient, Depends(get_fhir_client)]
