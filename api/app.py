"""`create_app(settings)`: the REST + CDS Hooks service.

Pure ASGI middleware (no BaseHTTPMiddleware) does three things around every request: gives it a
request id, caps the body size, enforces the time limit, and writes one structured access-log
line — method, path, status, duration, principal, request id; never query strings, bodies, note
text or patient identifiers. Error handlers turn every failure into the one `ErrorBody` shape so a
bad input is always a clear 4xx, never a 500.
"""

from __future__ import annotations

import gc
import json
import logging
import re
import time
import traceback
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import anyio
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.db.migrate import upgrade
from api.db.session import make_engine, make_sessionmaker
from api.pipeline import analysis_fingerprint, analyze_text
from api.routers import analyses, analyze, cds, coding, feedback, health, kb, templates
from api.routers.runner import ResultCache
from api.schemas.errors import ApiError
from api.security.jwks import CachingFetcher, JwksFetcher, TrustStore, http_jwks_fetcher
from api.settings import Settings, load_settings
from api.web import mount_web
from coding.knowledge import KnowledgeBaseError

access_log = logging.getLogger("painpoint.access")
error_log = logging.getLogger("painpoint.error")
_REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")
_HTTP_CODES = {404: "not_found", 405: "method_not_allowed", 413: "body_too_large", 400: "bad_request"}


class BodyTooLarge(StarletteHTTPException):
    """Raised from `receive` once the body passes the cap; an HTTPException so FastAPI re-raises it."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, f"request body is larger than {limit} bytes")


class ServiceMiddleware:
    """Request id, body cap, time limit and access log, in one pass over the ASGI messages."""

    def __init__(self, app: ASGIApp, settings: Settings) -> None:
        self.app = app
        self.max_body = settings.max_body_bytes
        self.timeout = settings.request_timeout_s

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        incoming = headers.get("x-request-id", "")
        request_id = incoming if _REQUEST_ID.match(incoming) else uuid.uuid4().hex
        scope.setdefault("state", {})["request_id"] = request_id
        started = time.perf_counter()
        status = {"code": 0, "started": False}
        received = {"bytes": 0}

        async def send_wrapper(message: Message) -> None:
            if message["type"] == "http.response.start":
                status["code"] = message["status"]
                status["started"] = True
                message.setdefault("headers", [])
                message["headers"] = [*message["headers"], (b"x-request-id", request_id.encode())]
            await send(message)

        async def receive_wrapper() -> Message:
            message = await receive()
            if message["type"] == "http.request":
                received["bytes"] += len(message.get("body", b""))
                if received["bytes"] > self.max_body:
                    raise BodyTooLarge(self.max_body)
            return message

        async def reply(code: int, error: str, message: str) -> None:
            body = json.dumps({"error": error, "message": message, "request_id": request_id}).encode()
            await send_wrapper(
                {
                    "type": "http.response.start",
                    "status": code,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())],
                }
            )
            await send_wrapper({"type": "http.response.body", "body": body})

        try:
            length = int(headers.get("content-length", "0") or 0)
        except ValueError:
            length = 0
        try:
            if length > self.max_body:
                await reply(413, "body_too_large", f"request body is larger than {self.max_body} bytes")
            else:
                with anyio.move_on_after(self.timeout) as scope_timer:
                    await self.app(scope, receive_wrapper, send_wrapper)
                if scope_timer.cancelled_caught and not status["started"]:
                    await reply(504, "timeout", f"the request took longer than {self.timeout:g} s")
        except Exception as exc:
            # Caught here rather than left to the server, whose traceback log would print the
            # exception message, which may quote note text. Type and frames only.
            error_log.error(
                json.dumps(
                    {
                        "event": "unhandled_error",
                        "request_id": request_id,
                        "type": type(exc).__name__,
                        "frames": traceback.format_tb(exc.__traceback__)[-5:],
                    }
                )
            )
            if not status["started"]:
                await reply(500, "internal_error", "unexpected server error; quote the request id")
        finally:
            access_log.info(
                json.dumps(
                    {
                        "event": "access",
                        "request_id": request_id,
                        "method": scope.get("method"),
                        "path": scope.get("path"),
                        "status": status["code"],
                        "duration_ms": round((time.perf_counter() - started) * 1000, 1),
                        "bytes_in": received["bytes"],
                        "principal": scope.get("state", {}).get("principal"),
                    }
                )
            )


def _request_id(request: Request) -> str | None:
    return getattr(request.state, "request_id", None)


def _error(request: Request, status: int, error: str, message: str, **extra: Any) -> JSONResponse:
    body: dict[str, Any] = {"error": error, "message": message, "request_id": _request_id(request)}
    body.update({k: v for k, v in extra.items() if k != "headers" and v is not None})
    return JSONResponse(body, status_code=status, headers=extra.get("headers"))


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def api_error(request: Request, exc: ApiError) -> JSONResponse:
        return _error(request, exc.status, exc.error, exc.message, details=exc.details, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = exc.errors()
        if any(e.get("type") == "json_invalid" for e in errors):
            return _error(request, 400, "malformed_json", "the request body is not valid JSON")
        # Never echo `input`: it may hold note text.
        details = [
            {"loc": [p if isinstance(p, (str, int)) else str(p) for p in e.get("loc", ())],
             "msg": str(e.get("msg", "")), "type": str(e.get("type", ""))}
            for e in errors[:20]
        ]
        return _error(request, 422, "invalid_request", "the request does not match the schema", details=details)

    @app.exception_handler(KnowledgeBaseError)
    async def kb_broken(request: Request, exc: KnowledgeBaseError) -> JSONResponse:
        # A KB that does not validate (e.g. a bad practice overlay) is a server-side condition.
        error_log.error(json.dumps({"event": "knowledge_base_error", "request_id": _request_id(request)}))
        return _error(request, 503, "knowledge_base_unavailable", str(exc))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = _HTTP_CODES.get(exc.status_code, f"http_{exc.status_code}")
        return _error(request, exc.status_code, code, str(exc.detail), headers=getattr(exc, "headers", None))


def create_app(
    settings: Settings | None = None,
    *,
    jwks_fetcher: JwksFetcher | None = None,
    warm_up: bool = False,
) -> FastAPI:
    """Build the service: open (and create/migrate) the database, wire routers and middleware.

    `jwks_fetcher` replaces the HTTPS JWKS fetch (tests pass an offline one); `warm_up` runs the
    analyzer once at start so the first real request does not pay for loading the NLP pipeline.
    """
    settings = settings or load_settings()
    engine = make_engine(settings.db_url)
    upgrade(engine)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if warm_up:
            await anyio.to_thread.run_sync(
                lambda: analyze_text("Procedure: trigger point injection.", payer=settings.default_payer)
            )
            # The pipeline, KB and imports are some 330,000 objects that live as long as the process;
            # a full collection walks them all (about 0.45 s, a stall of every request in flight).
            # Frozen, collections only see what requests allocate.
            gc.collect()
            gc.freeze()
        yield
        engine.dispose()

    app = FastAPI(
        title="Painpoint",
        version="0.1.0",
        summary="Documentation-completeness and coding assistant for interventional pain procedure notes.",
        description="REST API and CDS Hooks services. REST calls take `Authorization: Bearer <API key or "
        "EHR JWT>`; CDS Hooks calls (discovery included) take the EHR's signed JWT (RS384/ES384).",
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.engine = engine
    app.state.sessionmaker = make_sessionmaker(engine)
    app.state.trust_store = TrustStore(app.state.sessionmaker, settings.trust_cache_s)
    # CDS JWTs are verified on the event loop only where the jti insert is a local file write.
    app.state.verify_on_loop = engine.dialect.name == "sqlite"
    app.state.jwks_fetcher = jwks_fetcher or CachingFetcher(http_jwks_fetcher, settings.jwks_cache_s)
    app.state.result_cache = ResultCache(settings.analysis_cache_size, analysis_fingerprint)
    for module in (health, analyze, analyses, coding, kb, feedback, cds, templates):
        app.include_router(module.router)
    mount_web(app)  # web workspace: pages, sidebar, static files (api/web)
    _install_error_handlers(app)
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["GET", "POST"],
            allow_headers=["Authorization", "Content-Type", "X-Request-ID"],
            expose_headers=["X-Request-ID"],
        )
    app.add_middleware(ServiceMiddleware, settings=settings)
    return app
