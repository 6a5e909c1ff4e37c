"""Rendering pages: one Jinja2 environment with autoescaping always on, and the security headers
every page carries.

Note text is untrusted. Templates never mark it `|safe`; the one place HTML is built from it
(`api.web.highlight`) escapes each piece itself. The Content-Security-Policy allows only our own
scripts and styles, so even a missed escape could not run inline script.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, StrictUndefined

import templates as _templates_pkg
from api.web.settings import WebSettings

TEMPLATE_DIR = Path(_templates_pkg.__file__).resolve().parent / "web"
STATIC_DIR = TEMPLATE_DIR / "static"

_env = Environment(
    loader=FileSystemLoader(str(TEMPLATE_DIR)),
    autoescape=True,  # every template, whatever its extension
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)


def web_settings(request: Request) -> WebSettings:
    return request.app.state.web_settings


def security_headers(settings: WebSettings, *, embeddable: bool) -> dict[str, str]:
    """Headers for a page. Only `embeddable` pages (the physician sidebar) may be framed, and only
    by the configured EMR origins; X-Frame-Options cannot list origins, so it is sent only as DENY."""
    ancestors = " ".join(["'self'", *settings.origins]) if embeddable else "'none'"
    headers = {
        "Content-Security-Policy": (
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            f"connect-src 'self'; form-action 'self'; base-uri 'none'; object-src 'none'; frame-ancestors {ancestors}"
        ),
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
        "Cache-Control": "no-store",  # pages hold PHI: never cached by browsers or proxies
    }
    if not embeddable:
        headers["X-Frame-Options"] = "DENY"
    return headers


def render_html(name: str, context: dict[str, Any]) -> str:
    return _env.get_template(name).render(**context)


def page(
    request: Request,
    name: str,
    context: dict[str, Any],
    *,
    status: int = 200,
    embeddable: bool = False,
) -> HTMLResponse:
    context = {"user": None, "title": "Painpoint", "error": None, **context}
    html = render_html(name, context)
    return HTMLResponse(html, status_code=status, headers=security_headers(web_settings(request), embeddable=embeddable))
