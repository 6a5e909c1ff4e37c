"""Property-based tests from the OpenAPI document (schemathesis): for every operation, a few
generated requests — valid and invalid — must never produce a 5xx, must answer only documented
status codes, and must match the documented response schemas and content types.

Bounded: a handful of examples per operation, no deadline, the fake analyzer and coder (the real
NLP and engine are covered by the pipeline contract tests), so the whole module runs in seconds.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from typing import Any

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)
from schemathesis.config import SchemathesisConfig
from schemathesis.generation import GenerationMode

from api.deps import get_coder
from test_api_support import KeySet, bearer, build_service, fake_coder, sign

PUBLIC = "https://painpoint.test"
CHECKS = [not_a_server_error, status_code_conformance, response_schema_conformance, content_type_conformance]


def _build() -> tuple[Any, KeySet]:
    """Built at import because schemathesis parametrizes from a loaded schema (its fixture-based
    loader does not work with pytest 9); the database lives in a temporary directory."""
    from cryptography.hazmat.primitives.asymmetric import ec, rsa

    tmp = tempfile.mkdtemp(prefix="painpoint-schemathesis-")
    atexit.register(shutil.rmtree, tmp, True)
    ks = KeySet(rsa.generate_private_key(public_exponent=65537, key_size=2048), ec.generate_private_key(ec.SECP384R1()))
    svc = build_service(f"sqlite:///{tmp}/painpoint.db", ks, public_base_url=PUBLIC)
    svc.app.dependency_overrides[get_coder] = fake_coder
    return svc, ks


SERVICE, KEYS = _build()
_config = SchemathesisConfig()
_config.projects.default.generation.update(
    modes=[GenerationMode.POSITIVE, GenerationMode.NEGATIVE], max_examples=8, deterministic=True
)
# The coverage phase enumerates boundary values of every nested field of the facts contract (minutes
# on /v1/code); the explicit-examples and fuzzing phases keep the run bounded.
_config.projects.default.phases.update(phases=["examples", "fuzzing"])
schema = schemathesis.openapi.from_asgi("/openapi.json", SERVICE.app, config=_config)


@schema.parametrize()
@settings(max_examples=8, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
def test_no_server_errors_and_documented_responses(case: Any) -> None:
    path = case.formatted_path
    if path.startswith("/cds-services"):
        headers = bearer(sign(KEYS, PUBLIC + path))
    else:
        headers = SERVICE.auth
    case.call_and_validate(headers=headers, checks=CHECKS)
