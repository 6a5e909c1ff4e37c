"""The web workspace (issue 5): coder worklist and review, audit trail, exports, physician queries,
and the physician sidebar. Server-rendered Jinja2 pages with a little plain JavaScript, served
from `templates/web/` with no build step and nothing loaded from another origin.

`mount_web(app)` is the one call `api.app.create_app` makes to add all of it.
"""

from __future__ import annotations

from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse, Response
from fastapi.staticfiles import StaticFiles

from api.web.errors import LoginRequired, PageError
from api.web.settings import WebSettings


def mount_web(app: FastAPI, web_settings: WebSettings | None = None) -> None:
    from api.web.render import STATIC_DIR, page
    from api.web.routers import audit, auth, exports, notes, queries, review, sidebar, worklist

    from api.web.throttle import LoginThrottle

    app.state.web_settings = web_settings or WebSettings()
    app.state.login_throttle = LoginThrottle()
    for module in (auth, worklist, notes, review, queries, audit, exports, sidebar):
        app.include_router(module.router)
    app.mount("/web/static", StaticFiles(directory=str(STATIC_DIR)), name="web-static")

    async def login_required(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, LoginRequired)
        return RedirectResponse(f"/web/login?next={quote(exc.next_url, safe='/')}", status_code=303)

    async def page_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, PageError)
        return page(request, "error.html", {"title": "Error", "message": exc.message, "status": exc.status},
                    status=exc.status)

    app.add_exception_handler(LoginRequired, login_required)
    app.add_exception_handler(PageError, page_error)
