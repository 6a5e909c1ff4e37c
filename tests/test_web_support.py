"""Shared helpers for the web workspace tests (no tests here).

The fake analyzer reads nothing: it returns a fixed result whose evidence offsets are found in the
note it is given, and drops each finding whose `fix` sentence the note already contains, so the
sidebar test can watch a finding disappear after its sentence is inserted.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.db.session import session_scope
from api.deps import get_analyzer
from api.settings import Settings
from api.web.settings import WebSettings
from api.web.users import add_user
from coding.facts import Evidence, Level, Procedure
from coding.result import AnalysisResult, CodeLine, DiagnosisSuggestion, Finding, SourceRef

NOTE = (
    "PROCEDURE: Right L5-S1 transforaminal epidural steroid injection under fluoroscopy.\n"
    "INDICATION: <b>radicular</b> pain & numbness <script>alert('x')</script>.\n"
)
PASSWORD = "correct horse battery staple"
USERS = {"cora": "coder", "phil": "physician", "tess": "template_builder", "ada": "admin"}
EMR = "https://emr.example.org"
SAVED_FIX = "Fluoroscopic images were saved to the record."
POST_FIX = "Post-procedure pain: 2/10 on the numeric rating scale."


def _ev(text: str, phrase: str) -> list[Evidence]:
    start = text.find(phrase)
    return [] if start < 0 else [Evidence(start=start, end=start + len(phrase), text=phrase)]


def web_result(text: str, source: str | None = None) -> AnalysisResult:
    req = SourceRef(text="The LCD asks for it in the procedure report.", source="LCD L39240 [P]")
    findings = [
        Finding(id="esi.saved_images", element="saved_images", severity="error",
                message="Fluoroscopy is named but no saved images are mentioned.", requirement=req,
                evidence=_ev(text, "under fluoroscopy"), fix=SAVED_FIX),
        Finding(id="esi.post_score", element="post_procedure_pain_score", severity="warning",
                message="No pain score after the procedure.", requirement=req, fix=POST_FIX),
    ]
    return AnalysisResult(
        source=source,
        procedures=[Procedure(family="transforaminal_epidural", approach="transforaminal", region="lumbar",
                              laterality="right", levels=[Level(name="L5", kind="root", side="right")])],
        codes=[
            CodeLine(code="64483", kind="CPT", modifiers=["RT"], units=1,
                     description="Transforaminal epidural, lumbar or sacral, first level",
                     rationale="One lumbar foramen on the right.",
                     evidence=_ev(text, "Right L5-S1 transforaminal epidural steroid injection"),
                     rules=["tfesi.lumbar.first_level"]),
        ],
        diagnoses=[DiagnosisSuggestion(code="M54.17", description="Radiculopathy, lumbosacral",
                                       supports=["64483"], evidence=_ev(text, "radicular"))],
        findings=[f for f in findings if f.fix not in text],
        kb_version="kb-web-test",
    )


@dataclass
class WebFakeAnalyzer:
    calls: list[str] = field(default_factory=list)
    first_call_delay_s: float = 0.0  # imitates the real analyzer loading its models on first use

    def __call__(self, text: str, *, payer: str = "medicare", date_of_service: dt.date | None = None,
                 place_of_service: str | None = None, source: str | None = None) -> AnalysisResult:
        from coding.errors import UnknownPayerError

        self.calls.append(text)
        if len(self.calls) == 1 and self.first_call_delay_s:
            import time

            time.sleep(self.first_call_delay_s)
        if payer not in ("medicare", "commercial"):
            raise UnknownPayerError(payer, ["commercial", "medicare"])
        return web_result(text, source)


def make_app(db_url: str, *, real: bool = False, service: dict[str, Any] | None = None,
             **web: Any) -> tuple[Any, WebFakeAnalyzer]:
    """The whole service with the workspace, one user per role (cheap scrypt) and the fake
    analyzer, or the real `api.pipeline.analyze_text` when `real`."""
    app = create_app(Settings(**{"db_url": db_url, "analysis_cache_size": 0, **(service or {})}))
    app.state.web_settings = WebSettings(**{"frame_ancestors": EMR, **web})
    analyzer = WebFakeAnalyzer()
    if not real:
        app.dependency_overrides[get_analyzer] = lambda: analyzer
    with session_scope(app.state.sessionmaker) as session:
        for name, role in USERS.items():
            add_user(session, name, role, PASSWORD, n=2**10)
    return app, analyzer


@dataclass
class Web:
    app: Any
    client: TestClient
    analyzer: WebFakeAnalyzer

    def login(self, username: str, password: str = PASSWORD) -> str:
        """Log in; returns the session's CSRF token (read from the page like the browser does)."""
        page = self.client.get("/web/login")
        token = re.search(r'name="login_csrf" value="([^"]+)"', page.text).group(1)  # type: ignore[union-attr]
        r = self.client.post("/web/login", data={"username": username, "password": password,
                                                 "login_csrf": token, "next": "/web/"}, follow_redirects=False)
        assert r.status_code == 303, r.text
        return self.csrf()

    def csrf(self) -> str:
        home = self.client.get("/web/")
        return re.search(r'name="csrf-token" content="([^"]+)"', home.text).group(1)  # type: ignore[union-attr]

    def new_note(self, csrf: str, text: str = NOTE, **fields: str) -> str:
        data = {"csrf_token": csrf, "text": text, "payer": "medicare", "date_of_service": "2026-03-02", **fields}
        r = self.client.post("/web/notes/new", data=data, follow_redirects=False)
        assert r.status_code == 303, r.text
        return r.headers["location"].rsplit("/", 1)[1]


@pytest.fixture
def web(tmp_path: Any) -> Iterator[Web]:
    app, analyzer = make_app(f"sqlite:///{tmp_path / 'web.db'}", page_size=2)
    # https: the session cookie is Secure, and httpx (like a browser) sends it only over https.
    with TestClient(app, base_url="https://testserver") as client:
        yield Web(app, client, analyzer)
