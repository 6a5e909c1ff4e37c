"""Dependencies of the web pages: the logged-in user, role checks and the CSRF check.

`require(*roles)` builds a dependency per page so each route states who may open it, in its
signature; `admin` passes every check.
"""

from __future__ import annotations

import hmac
from collections.abc import Callable
from typing import Annotated

from fastapi import Depends, Request

from api.deps import SessionDep
from api.web.errors import LoginRequired, PageError
from api.web.forms import FormError, read_form
from api.web.sessions import COOKIE, CurrentUser, lookup


def optional_user(request: Request, session: SessionDep) -> CurrentUser | None:
    user = lookup(session, request.cookies.get(COOKIE))
    if user is not None:
        request.state.principal = f"web:{user.username}"
    return user


OptionalUserDep = Annotated[CurrentUser | None, Depends(optional_user)]


def require(*roles: str) -> Callable[..., CurrentUser]:
    def dependency(request: Request, user: OptionalUserDep) -> CurrentUser:
        if user is None:
            target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
            raise LoginRequired(target if request.method == "GET" else "/web/")
        if not user.can(*roles):
            raise PageError(403, "Your role may not open this page.")
        return user

    return dependency


CoderDep = Annotated[CurrentUser, Depends(require("coder"))]
PhysicianDep = Annotated[CurrentUser, Depends(require("physician"))]
AnyUserDep = Annotated[CurrentUser, Depends(require("coder", "physician", "template_builder"))]


def csrf_ok(expected: str, given: str | None) -> bool:
    return bool(given) and hmac.compare_digest(expected.encode(), (given or "").encode())


async def checked_form(request: Request, user: CurrentUser) -> dict[str, str]:
    """The posted form, after checking its CSRF token against the session's."""
    try:
        form = await read_form(request)
    except FormError as exc:
        raise PageError(400, str(exc)) from None
    if not csrf_ok(user.csrf_token, form.get("csrf_token")):
        raise PageError(403, "The form's security token is missing or out of date. Reload the page and try again.")
    return form
