"""Exceptions the web pages raise, turned into a redirect to the login page or an HTML error page
by the handlers `mount_web` installs (the service's handlers answer JSON, right for the API only)."""

from __future__ import annotations


class LoginRequired(Exception):
    def __init__(self, next_url: str) -> None:
        self.next_url = next_url


class PageError(Exception):
    """An HTML error page: 403 for a missing role or a bad CSRF token, 404, 400/422 for bad input."""

    def __init__(self, status: int, message: str) -> None:
        self.status = status
        self.message = message
