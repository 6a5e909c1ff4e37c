"""FastAPI dependencies: settings, DB sessions, the analyzer/coder/KB, and authentication.

Everything a handler needs arrives through one of these, so tests swap any of them with
`app.dependency_overrides` (a fake analyzer, an offline JWKS fetcher) without monkeypatching.

The getters that only read `app.state` are `async def` on purpose: FastAPI runs a plain `def`
dependency in the thread pool, and a thread hop costs more than the lookup (eight of them made up
a third of a cached CDS call). Dependencies that block on the database stay `def`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Annotated, Any, Protocol

import anyio
from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session, sessionmaker

from api.db.session import session_scope
from api.schemas.errors import ApiError
from api.security.apikeys import looks_like_api_key, verify_api_key
from api.security.errors import AuthError
from api.security.jwks import FetchDeferred, JwksFetcher, cached_only
from api.security.tokens import looks_like_jwt, verify_jwt
from api.settings import Settings


class Analyzer(Protocol):
    """The shape of `api.pipeline.analyze_text`."""

    def __call__(
        self,
        text: str,
        *,
        payer: str = "medicare",
        date_of_service: dt.date | None = None,
        place_of_service: str | None = None,
        source: str | None = None,
    ) -> Any: ...


async def get_settings(request: Request) -> Settings:
    return request.app.state.settings


async def get_sessionmaker(request: Request) -> sessionmaker[Session]:
    return request.app.state.sessionmaker


def get_session(factory: Annotated[sessionmaker[Session], Depends(get_sessionmaker)]) -> Iterator[Session]:
    """One session per request, committed when the handler returns without error."""
    with session_scope(factory) as session:
        yield session


async def get_jwks_fetcher(request: Request) -> JwksFetcher:
    return request.app.state.jwks_fetcher


async def get_analyzer() -> Analyzer:
    """The real pipeline, imported on first use so the service starts without loading spaCy eagerly."""
    from api.pipeline import analyze_text

    return analyze_text


def get_coder() -> Callable[..., Any]:
    from coding.engine import propose

    return propose


def get_kb() -> Any:
    from coding.knowledge import load_kb

    return load_kb()


SettingsDep = Annotated[Settings, Depends(get_settings)]
SessionDep = Annotated[Session, Depends(get_session)]
FactoryDep = Annotated[sessionmaker[Session], Depends(get_sessionmaker)]
FetcherDep = Annotated[JwksFetcher, Depends(get_jwks_fetcher)]


@dataclass(frozen=True)
class Principal:
    """Who called: an API key (by name) or an EHR issuer (by `iss`). Logged; never PHI."""

    kind: str  # "api_key" | "jwt" | "anonymous"
    name: str


def called_url(request: Request, settings: Settings) -> str:
    """The URL as the caller addressed it, without query: what `aud` must equal."""
    if settings.public_base_url:
        return settings.public_base_url.rstrip("/") + request.url.path
    url = request.url
    return f"{url.scheme}://{url.netloc}{url.path}"


# Declared for the OpenAPI document only (auto_error off): the handlers below read the header
# themselves so every failure gets our error shape and a specific reason.
rest_scheme = HTTPBearer(
    scheme_name="ApiKeyOrJwt",
    description="An API key (`painpoint apikey create`) or an EHR JWT whose `aud` is the URL called "
    "or the service base URL.",
    auto_error=False,
)
ehr_scheme = HTTPBearer(
    scheme_name="EhrJwt",
    bearerFormat="JWT",
    description="CDS Hooks client JWT: RS384 or ES384, `kid` in the trusted JWKS, `iss` trusted, `aud` = the URL "
    "called, `exp`/`iat` valid, `jti` single-use.",
    auto_error=False,
)
CredentialsDoc = HTTPAuthorizationCredentials | None


def _bearer(request: Request) -> str:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise AuthError("send 'Authorization: Bearer <token>'", code="missing_credentials")
    return token.strip()


def _unauthorized(exc: AuthError) -> ApiError:
    return ApiError(401, exc.code, exc.message, headers={"WWW-Authenticate": "Bearer"})


def _verify(
    token: str, audiences: list[str], request: Request, settings: Settings, fetch: JwksFetcher
) -> Principal:
    verified = verify_jwt(
        token,
        audiences=audiences,
        factory=request.app.state.sessionmaker,
        store=request.app.state.trust_store,
        fetch=fetch,
        leeway_s=settings.jwt_leeway_s,
        max_age_s=settings.jwt_max_age_s,
    )
    request.state.principal = f"iss:{verified.iss}"
    return Principal("jwt", verified.iss)


async def require_ehr(
    request: Request,
    settings: SettingsDep,
    fetch: FetcherDep,
    _doc: Annotated[CredentialsDoc, Depends(ehr_scheme)] = None,
) -> Principal:
    """CDS Hooks calls: a JWT signed by a trusted EHR, `aud` = the exact URL called.

    With SQLite (a local file) the check runs on the event loop: signature and claims take about
    0.15 ms, the jti insert about 0.07 ms, the trusted-issuer read happens once per `trust_cache_s`,
    and a thread-pool hop would cost more than all of that. Anything that would wait on the network
    (a JWKS not in the cache, a PostgreSQL server) runs in a worker thread instead.
    """
    try:
        token = _bearer(request)
        audiences = [called_url(request, settings)]
        if request.app.state.verify_on_loop:
            try:
                return _verify(token, audiences, request, settings, cached_only(fetch))
            except FetchDeferred:
                pass  # nothing was written yet: the jti is inserted only after the signature checks
        return await anyio.to_thread.run_sync(_verify, token, audiences, request, settings, fetch)
    except AuthError as exc:
        raise _unauthorized(exc) from None


def require_client(
    request: Request,
    settings: SettingsDep,
    session: SessionDep,
    fetch: FetcherDep,
    _doc: Annotated[CredentialsDoc, Depends(rest_scheme)] = None,
) -> Principal:
    """REST calls: an API key, or an EHR JWT whose `aud` is the URL called or the service base URL."""
    if not settings.auth_required and "authorization" not in request.headers:
        return Principal("anonymous", "anonymous")
    try:
        token = _bearer(request)
        if looks_like_api_key(token):
            row = verify_api_key(session, token)
            if row is None:
                raise AuthError("unknown or revoked API key", code="invalid_api_key")
            request.state.principal = f"key:{row.name}"
            return Principal("api_key", row.name)
        if looks_like_jwt(token):
            url = called_url(request, settings)
            base = url[: len(url) - len(request.url.path)] if request.url.path else url
            return _verify(token, [url, base, base + "/"], request, settings, fetch)
        raise AuthError("bearer token is neither an API key nor a JWT")
    except AuthError as exc:
        raise _unauthorized(exc) from None


EhrDep = Annotated[Principal, Depends(require_ehr)]
ClientDep = Annotated[Principal, Depends(require_client)]


async def get_result_cache(request: Request) -> Any:
    return request.app.state.result_cache


async def get_analysis_limiter(request: Request) -> Any:
    """One limiter per app, created lazily inside the event loop that serves it."""
    limiter = getattr(request.app.state, "analysis_limiter", None)
    if limiter is None:
        limiter = anyio.CapacityLimiter(request.app.state.settings.analysis_concurrency)
        request.app.state.analysis_limiter = limiter
    return limiter


AnalyzerDep = Annotated[Analyzer, Depends(get_analyzer)]
CacheDep = Annotated[Any, Depends(get_result_cache)]
LimiterDep = Annotated[Any, Depends(get_analysis_limiter)]
