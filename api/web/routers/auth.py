"""Log in, log out, and the home page that links to what the user's role may open.

The login form has no session yet, so its CSRF protection is a double-submit token: a random value
in a short-lived cookie that the form must echo. A successful login always starts a new session.
"""

from __future__ import annotations

import secrets

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from api.deps import SessionDep
from api.web.deps import AnyUserDep, OptionalUserDep, checked_form, csrf_ok
from api.web.forms import FormError, read_form
from api.web.render import page, web_settings
from api.web.sessions import COOKIE, authenticate, end_session, start_session

router = APIRouter(prefix="/web", include_in_schema=False)
LOGIN_COOKIE = "pp_login_csrf"


def safe_next(value: str | None) -> str:
    """Only a local path: never an open redirect to another site."""
    if value and value.startswith("/") and not value.startswith("//") and "\\" not in value:
        return value
    return "/web/"


def _login_page(request: Request, next_url: str, error: str | None = None, status: int = 200) -> Response:
    token = secrets.token_urlsafe(32)
    response = page(request, "login.html", {"title": "Log in", "next": next_url, "login_csrf": token,
                                            "error": error}, status=status,
                    embeddable=next_url.startswith("/sidebar"))
    settings = web_settings(request)
    response.set_cookie(LOGIN_COOKIE, token, max_age=1800, path="/web/login", httponly=True,
                        secure=settings.cookie_secure, samesite="strict")
    return response


@router.get("/login")
def login_form(request: Request, user: OptionalUserDep, next: str | None = None) -> Response:
    if user is not None:
        return RedirectResponse(safe_next(next), status_code=303)
    return _login_page(request, safe_next(next))


@router.post("/login")
async def login(request: Request, session: SessionDep) -> Response:
    try:
        form = await read_form(request)
    except FormError:
        return _login_page(request, "/web/", "Send the login form.", 400)
    next_url = safe_next(form.get("next"))
    if not csrf_ok(request.cookies.get(LOGIN_COOKIE, ""), form.get("login_csrf")):
        return _login_page(request, next_url, "The login form expired. Please try again.", 403)
    username = form.get("username", "")[:64]
    throttle = request.app.state.login_throttle
    wait = throttle.retry_after(username)
    if wait:
        minutes = -(-wait // 60)
        return _login_page(request, next_url, f"Too many failed logins. Try again in {minutes} minute"
                           f"{'' if minutes == 1 else 's'}.", 429)
    user = authenticate(session, username, form.get("password", ""))
    if user is None:
        throttle.failed(username)
        return _login_page(request, next_url, "Wrong user name or password.", 401)
    throttle.succeeded(username)
    settings = web_settings(request)
    end_session(session, request.cookies.get(COOKIE))
    token = start_session(session, user, settings.session_hours)
    session.commit()
    response = RedirectResponse(next_url, status_code=303)
    response.set_cookie(COOKIE, token, max_age=int(settings.session_hours * 3600), path="/", httponly=True,
                        secure=settings.cookie_secure, samesite=settings.cookie_samesite)
    response.delete_cookie(LOGIN_COOKIE, path="/web/login")
    return response


@router.post("/logout")
async def logout(request: Request, user: AnyUserDep, session: SessionDep) -> Response:
    await checked_form(request, user)
    end_session(session, request.cookies.get(COOKIE))
    session.commit()
    response = RedirectResponse("/web/login", status_code=303)
    response.delete_cookie(COOKIE, path="/")
    return response


@router.get("/")
def home(request: Request, user: AnyUserDep, session: SessionDep) -> Response:
    waiting = None
    if user.can("coder"):
        from api.web.repository import WorklistFilter, worklist

        _, waiting, _ = worklist(session, WorklistFilter(review="waiting"), limit=1, offset=0)
    return page(request, "home.html", {"title": "Painpoint", "user": user, "waiting": waiting})
