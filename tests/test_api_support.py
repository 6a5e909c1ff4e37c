"""Shared fixtures and helpers for the service tests (API, CDS Hooks, security, persistence).

No tests here. Keys are generated fresh per test session; JWTs are signed in the tests; the JWKS
fetcher is a dictionary lookup, so nothing touches the network. The fake analyzer returns one fixed,
fictional `AnalysisResult` so the service layer is tested apart from the NLP.
"""

from __future__ import annotations

import datetime as dt
import os
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from fastapi.testclient import TestClient

from api.app import create_app
from api.db.session import make_engine, make_sessionmaker, session_scope
from api.deps import get_analyzer
from api.security.apikeys import create_api_key
from api.security.jwks import trust_issuer
from api.settings import Settings
from coding.facts import Level, Procedure
from coding.result import AnalysisResult, CodeLine, DiagnosisSuggestion, Finding, SourceRef

PG_ENV = "PAINPOINT_TEST_PG_URL"
ISS = "https://ehr.example.org/fhir"
BASE = "http://testserver"
RSA_KID = "rsa-1"
EC_KID = "ec-1"


# --- keys and tokens -------------------------------------------------------------------------


@dataclass
class KeySet:
    rsa_key: rsa.RSAPrivateKey
    ec_key: ec.EllipticCurvePrivateKey

    def jwks(self) -> dict[str, Any]:
        keys = []
        for kid, key, alg in ((RSA_KID, self.rsa_key, "RS384"), (EC_KID, self.ec_key, "ES384")):
            jwk = jwt.algorithms.RSAAlgorithm.to_jwk(key.public_key(), as_dict=True) if alg == "RS384" else \
                jwt.algorithms.ECAlgorithm.to_jwk(key.public_key(), as_dict=True)
            jwk.update({"kid": kid, "alg": alg, "use": "sig"})
            keys.append(jwk)
        return {"keys": keys}


@pytest.fixture(scope="session")
def keys() -> KeySet:
    return KeySet(
        rsa_key=rsa.generate_private_key(public_exponent=65537, key_size=2048),
        ec_key=ec.generate_private_key(ec.SECP384R1()),
    )


def sign(
    keys: KeySet,
    aud: str,
    *,
    alg: str = "RS384",
    kid: str | None = None,
    iss: str = ISS,
    exp_in: int = 300,
    iat_ago: int = 0,
    jti: str | None = None,
    extra_headers: dict[str, Any] | None = None,
    drop: tuple[str, ...] = (),
) -> str:
    """A CDS Hooks JWT as an EHR would send it."""
    now = int(time.time())
    claims: dict[str, Any] = {
        "iss": iss,
        "aud": aud,
        "sub": "client-123",
        "iat": now - iat_ago,
        "exp": now - iat_ago + exp_in,
        "jti": jti or str(uuid.uuid4()),
    }
    for name in drop:
        claims.pop(name, None)
    key = keys.rsa_key if alg == "RS384" else keys.ec_key
    headers = {"kid": kid or (RSA_KID if alg == "RS384" else EC_KID), "typ": "JWT", **(extra_headers or {})}
    return jwt.encode(claims, key, algorithm=alg, headers=headers)


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def ehr(keys: KeySet, path: str, **kw: Any) -> dict[str, str]:
    """Headers for a CDS call to `path` (aud = the full URL called)."""
    return bearer(sign(keys, BASE + path, **kw))


# --- the fake analyzer -------------------------------------------------------------------------


def sample_result(source: str | None = None) -> AnalysisResult:
    """A fixed, fictional result: right L5 TFESI, three findings in three groups, one code line."""
    req = SourceRef(text="The LCD asks for it.", source="L39240 [P]")
    return AnalysisResult(
        source=source,
        procedures=[
            Procedure(
                family="transforaminal_epidural",
                approach="transforaminal",
                region="lumbar",
                laterality="right",
                levels=[Level(name="L5", kind="root", side="right")],
            )
        ],
        codes=[
            CodeLine(
                code="64483",
                kind="CPT",
                modifiers=["RT"],
                units=1,
                description="Transforaminal epidural, lumbar, first level",
                rationale="One lumbar foramen, right side.",
            )
        ],
        diagnoses=[DiagnosisSuggestion(code="M54.16", description="Lumbar radiculopathy", supports=["64483"])],
        findings=[
            Finding(
                id="common.indication",
                element="indication",
                severity="error",
                message="No indication is stated.",
                requirement=req,
                fix="Indication: right L5 radicular pain.",
            ),
            Finding(
                id="esi.post_score",
                element="post_procedure_pain_score",
                severity="warning",
                message="No pain score after the procedure.",
                requirement=req,
                fix="Post-procedure pain: 2/10 NRS.",
            ),
            Finding(
                id="common.consent",
                element="consent",
                severity="info",
                message="Consent is not mentioned.",
                requirement=req,
                fix="Written informed consent was obtained.",
            ),
        ],
        kb_version="kb-test",
    )


@dataclass
class FakeAnalyzer:
    calls: list[dict[str, Any]] = field(default_factory=list)
    result: AnalysisResult | None = None

    def __call__(self, text: str, *, payer: str = "medicare", date_of_service: dt.date | None = None,
                 place_of_service: str | None = None, source: str | None = None) -> AnalysisResult:
        from coding.errors import UnknownPayerError

        self.calls.append(
            {"text": text, "payer": payer, "date_of_service": date_of_service,
             "place_of_service": place_of_service, "source": source}
        )
        if payer not in ("medicare", "commercial"):
            raise UnknownPayerError(payer, ["commercial", "medicare"])
        return self.result or sample_result(source)


def fake_coder(calls: list[tuple[Any, ...]] | None = None):  # type: ignore[no-untyped-def]
    """A stand-in for `coding.engine.propose` returning the sample result's codes and findings."""
    from coding.result import CodingResult

    def propose(facts, payer="medicare", date_of_service=None):  # type: ignore[no-untyped-def]
        from coding.errors import UnknownPayerError

        if calls is not None:
            calls.append((facts, payer, date_of_service))
        if payer not in ("medicare", "commercial"):
            raise UnknownPayerError(payer, ["commercial", "medicare"])
        r = sample_result()
        return CodingResult(codes=r.codes, diagnoses=r.diagnoses, findings=r.findings, kb_version="kb-test")

    return propose


# --- databases ---------------------------------------------------------------------------------


def _pg_url(schema: str) -> str:
    base = os.environ[PG_ENV]
    sep = "&" if "?" in base else "?"
    return f"{base}{sep}options=-csearch_path%3D{schema}"


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Any) -> Iterator[str]:
    """A fresh, empty database: a SQLite file, or a throw-away schema in the CI PostgreSQL."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'painpoint.db'}"
        return
    if not os.environ.get(PG_ENV):
        pytest.skip(f"PostgreSQL tests need {PG_ENV} (set by .ci/run)")
    from sqlalchemy import create_engine, text

    schema = "pp_" + uuid.uuid4().hex[:12]
    admin = create_engine(os.environ[PG_ENV])
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield _pg_url(schema)
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def sqlite_url(tmp_path: Any) -> str:
    return f"sqlite:///{tmp_path / 'painpoint.db'}"


# --- the service -------------------------------------------------------------------------------


@dataclass
class Service:
    client: TestClient
    app: Any
    analyzer: FakeAnalyzer
    api_key: str
    keys: KeySet
    fetched: list[str]

    @property
    def auth(self) -> dict[str, str]:
        return bearer(self.api_key)

    def ehr(self, path: str, **kw: Any) -> dict[str, str]:
        return ehr(self.keys, path, **kw)


def build_service(url: str, keys: KeySet, **settings: Any) -> Service:
    fetched: list[str] = []
    remote = {"https://ehr.example.org/jwks.json": keys.jwks()}

    def fetch(jku: str) -> dict[str, Any]:
        fetched.append(jku)
        return remote[jku]

    app = create_app(Settings(db_url=url, **settings), jwks_fetcher=fetch)
    analyzer = FakeAnalyzer()
    app.dependency_overrides[get_analyzer] = lambda: analyzer
    factory = app.state.sessionmaker
    with session_scope(factory) as session:
        trust_issuer(session, ISS, keys.jwks())
        api_key = create_api_key(session, "tests")
    return Service(TestClient(app), app, analyzer, api_key, keys, fetched)


@pytest.fixture
def service(sqlite_url: str, keys: KeySet) -> Iterator[Service]:
    svc = build_service(sqlite_url, keys)
    with svc.client:
        yield svc


@pytest.fixture
def any_db_service(db_url: str, keys: KeySet) -> Iterator[Service]:
    svc = build_service(db_url, keys)
    with svc.client:
        yield svc
    svc.app.state.engine.dispose()


def make_factory(url: str):  # type: ignore[no-untyped-def]
    from api.db.migrate import upgrade

    engine = make_engine(url)
    upgrade(engine)
    return make_sessionmaker(engine)
