"""Accounts, sessions, CSRF, role checks and frame headers of the web workspace (TestClient)."""

from __future__ import annotations

import datetime as dt
import hashlib
import re

from sqlalchemy import select, update

from api.db.session import session_scope
from api.db.web_models import AuditEvent, WebSession
from api.web.passwords import hash_password, verify_password
from api.web.sessions import COOKIE
from test_web_support import EMR, NOTE, PASSWORD, Web, web  # noqa: F401


def test_scrypt_hashes_are_salted_and_verify() -> None:
    a, b = hash_password("s3cret-enough", n=2**10), hash_password("s3cret-enough", n=2**10)
    assert a != b
    assert a.startswith("scrypt$1024$8$1$")
    assert verify_password("s3cret-enough", a) and verify_password("s3cret-enough", b)
    assert not verify_password("s3cret-enougH", a)
    assert not verify_password("s3cret-enough", "md5$abc")
    assert not verify_password("s3cret-enough", "garbage")


def test_login_sets_a_secure_httponly_samesite_cookie_and_stores_only_its_hash(web: Web) -> None:
    page = web.client.get("/web/login")
    token = re.search(r'name="login_csrf" value="([^"]+)"', page.text).group(1)
    r = web.client.post("/web/login", data={"username": "cora", "password": PASSWORD, "login_csrf": token,
                                            "next": "/web/worklist"}, follow_redirects=False)
    assert (r.status_code, r.headers["location"]) == (303, "/web/worklist")
    cookie = next(c for c in r.headers.get_list("set-cookie") if c.startswith(COOKIE + "="))
    value = cookie.split(";")[0].split("=", 1)[1]
    flags = {part.strip().lower() for part in cookie.split(";")[1:]}
    assert {"httponly", "secure", "samesite=lax", "path=/", "max-age=28800"} <= flags
    with session_scope(web.app.state.sessionmaker) as s:
        rows = s.scalars(select(WebSession)).all()
        assert [row.token_hash for row in rows] == [hashlib.sha256(value.encode()).hexdigest()]


def test_wrong_password_unknown_user_and_missing_login_token_are_refused(web: Web) -> None:
    for user, password in (("cora", "wrong password!!"), ("nobody", PASSWORD)):
        page = web.client.get("/web/login")
        token = re.search(r'name="login_csrf" value="([^"]+)"', page.text).group(1)
        r = web.client.post("/web/login", data={"username": user, "password": password, "login_csrf": token},
                            follow_redirects=False)
        assert r.status_code == 401
        assert "Wrong user name or password." in r.text
        assert COOKIE not in r.headers.get("set-cookie", "").split("=")[0]
    web.client.get("/web/login")
    r = web.client.post("/web/login", data={"username": "cora", "password": PASSWORD, "login_csrf": "forged"},
                        follow_redirects=False)
    assert r.status_code == 403
    assert web.client.get("/web/worklist", follow_redirects=False).status_code == 303


def test_login_never_redirects_off_site(web: Web) -> None:
    page = web.client.get("/web/login")
    token = re.search(r'name="login_csrf" value="([^"]+)"', page.text).group(1)
    r = web.client.post("/web/login", data={"username": "cora", "password": PASSWORD, "login_csrf": token,
                                            "next": "//evil.example.com/x"}, follow_redirects=False)
    assert r.headers["location"] == "/web/"


def test_anonymous_is_sent_to_login_with_the_page_to_return_to(web: Web) -> None:
    r = web.client.get("/web/worklist?payer=medicare", follow_redirects=False)
    assert (r.status_code, r.headers["location"]) == (303, "/web/login?next=/web/worklist%3Fpayer%3Dmedicare")
    r = web.client.get("/web/notes/abc/export.csv", follow_redirects=False)
    assert r.status_code == 303


def test_logout_ends_the_session_server_side(web: Web) -> None:
    csrf = web.login("cora")
    old_cookie = web.client.cookies.get(COOKIE)
    r = web.client.post("/web/logout", data={"csrf_token": csrf}, follow_redirects=False)
    assert (r.status_code, r.headers["location"]) == (303, "/web/login")
    web.client.cookies.clear()
    web.client.cookies.set(COOKIE, old_cookie)
    assert web.client.get("/web/worklist", follow_redirects=False).status_code == 303


def test_expired_session_is_refused(web: Web) -> None:
    web.login("cora")
    with session_scope(web.app.state.sessionmaker) as s:
        s.execute(update(WebSession).values(expires_at=dt.datetime.now(dt.timezone.utc) - dt.timedelta(seconds=1)))
    assert web.client.get("/web/worklist", follow_redirects=False).status_code == 303


def test_roles_see_only_their_pages(web: Web) -> None:
    expected = {
        # user: (worklist, new note, sidebar)
        "cora": (200, 200, 403),
        "phil": (403, 403, 200),
        "tess": (403, 403, 403),
        "ada": (200, 200, 200),
    }
    for user, codes in expected.items():
        web.client.cookies.clear()
        web.login(user)
        got = tuple(web.client.get(p, follow_redirects=False).status_code
                    for p in ("/web/worklist", "/web/notes/new", "/sidebar"))
        assert got == codes, user
        home = web.client.get("/web/").text
        nav = re.findall(r'<nav aria-label="Main">(.*?)</nav>', home, re.S)[0]
        links = re.findall(r'href="([^"]+)"', nav)
        want = ["/web/"] + (["/web/worklist", "/web/notes/new"] if codes[0] == 200 else []) + \
            (["/sidebar", "/web/queries"] if codes[2] == 200 else []) + (["/v1/templates/ui"] if user in ("tess", "ada") else [])
        assert links == want, user
    web.client.cookies.clear()
    web.login("phil")
    r = web.client.get("/web/worklist")
    assert r.status_code == 403
    assert "Your role may not open this page." in r.text


def test_every_post_checks_the_csrf_token(web: Web) -> None:
    csrf = web.login("cora")
    note = web.new_note(csrf)
    line_id = re.search(r'action="/web/notes/[^/]+/lines/(\d+)"', web.client.get(f"/web/notes/{note}").text).group(1)
    posts = [
        ("/web/notes/new", {"text": NOTE}),
        (f"/web/notes/{note}/lines/{line_id}", {"decision": "accept", "code": "64483", "modifiers": "RT", "units": "1"}),
        (f"/web/notes/{note}/lines", {"code": "99999", "units": "1", "reason": "x"}),
        (f"/web/notes/{note}/findings/0/query", {}),
        (f"/web/notes/{note}/complete", {}),
        ("/web/logout", {}),
    ]
    with session_scope(web.app.state.sessionmaker) as s:
        events_before = len(s.scalars(select(AuditEvent)).all())
    for path, data in posts:
        for token in (None, "wrong-token", csrf[:-1]):
            body = dict(data) if token is None else {**data, "csrf_token": token}
            r = web.client.post(path, data=body, follow_redirects=False)
            assert r.status_code == 403, (path, token)
            assert "security token" in r.text
    with session_scope(web.app.state.sessionmaker) as s:
        assert len(s.scalars(select(AuditEvent)).all()) == events_before
    assert web.client.get("/web/worklist", follow_redirects=False).status_code == 200  # still logged in
    r = web.client.post("/sidebar/analyze", json={"text": NOTE})
    assert r.status_code == 403  # coder: no sidebar


def test_sidebar_json_needs_the_csrf_header(web: Web) -> None:
    csrf = web.login("phil")
    r = web.client.post("/sidebar/analyze", json={"text": NOTE})
    assert (r.status_code, r.json()["error"]) == (403, "csrf")
    r = web.client.post("/sidebar/analyze", json={"text": NOTE}, headers={"X-CSRF-Token": "nope"})
    assert r.status_code == 403
    r = web.client.post("/sidebar/analyze", json={"text": NOTE}, headers={"X-CSRF-Token": csrf})
    assert r.status_code == 200
    web.client.cookies.clear()
    r = web.client.post("/sidebar/analyze", json={"text": NOTE}, headers={"X-CSRF-Token": csrf})
    assert (r.status_code, r.json()["error"]) == (401, "login_required")


def test_only_the_sidebar_may_be_framed_and_only_by_the_emr(web: Web) -> None:
    web.login("ada")
    sidebar = web.client.get("/sidebar")
    assert "frame-ancestors 'self' " + EMR in sidebar.headers["content-security-policy"]
    assert "x-frame-options" not in sidebar.headers
    for path in ("/web/", "/web/worklist", "/web/notes/new"):
        r = web.client.get(path)
        assert "frame-ancestors 'none'" in r.headers["content-security-policy"], path
        assert r.headers["x-frame-options"] == "DENY"
        assert r.headers["cache-control"] == "no-store"
        assert "script-src 'self';" in r.headers["content-security-policy"]


def test_repeated_failed_logins_are_throttled_per_user(web: Web) -> None:
    def attempt(user: str, password: str) -> int:
        page = web.client.get("/web/login")
        token = re.search(r'name="login_csrf" value="([^"]+)"', page.text).group(1)
        return web.client.post("/web/login", data={"username": user, "password": password, "login_csrf": token},
                               follow_redirects=False).status_code

    assert [attempt("cora", "not the password") for _ in range(5)] == [401] * 5
    assert attempt("cora", PASSWORD) == 429  # even the right password, until the window passes
    page = web.client.get("/web/login")
    token = re.search(r'name="login_csrf" value="([^"]+)"', page.text).group(1)
    r = web.client.post("/web/login", data={"username": "CORA", "password": PASSWORD, "login_csrf": token})
    assert r.status_code == 429 and "Too many failed logins. Try again in 15 minutes." in r.text
    assert attempt("phil", PASSWORD) == 303  # other accounts are unaffected


def test_throttle_window_and_reset() -> None:
    from api.web.throttle import LoginThrottle

    t = LoginThrottle(limit=2, window_s=60)
    t.failed("a", now=0)
    assert t.retry_after("a", now=1) == 0
    t.failed("a", now=10)
    assert t.retry_after("a", now=11) == 49
    assert t.retry_after("a", now=60) == 0  # the first failure aged out
    t.failed("a", now=61)
    assert t.retry_after("a", now=62) == 8
    t.succeeded("a")
    assert t.retry_after("a", now=62) == 0
