"""Per-request cost of one CDS Hooks note check, in process, without HTTP or a load client.

Builds the app on a throw-away SQLite database, trusts a fresh key (RS384 or ES384), signs every
token before the clock starts, then drives the ASGI app directly and prints the server-side
milliseconds per request on the cached path (the same note every time) and on the uncached path
(a new note each time), followed by the main stages timed on their own (JWT verify, jti insert,
request validation, card building, response serialisation). `--profile` adds a cProfile of the
cached path. Figures are printed, never asserted; nothing leaves the machine.

    python benchmarks/profile_cds.py                 # both paths, RS384
    python benchmarks/profile_cds.py --alg ES384 --profile
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import json
import pstats
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import jwt  # noqa: E402
from cryptography.hazmat.primitives.asymmetric import ec, rsa  # noqa: E402

from load import CDS_PATH, ISS, KID, NOTE, docref  # noqa: E402

BASE = "http://127.0.0.1:8000"


def _key(alg: str) -> Any:
    if alg == "ES384":
        return ec.generate_private_key(ec.SECP384R1())
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def _jwk(alg: str, key: Any) -> dict[str, Any]:
    algo = jwt.algorithms.ECAlgorithm if alg == "ES384" else jwt.algorithms.RSAAlgorithm
    return algo.to_jwk(key.public_key(), as_dict=True) | {"kid": KID, "alg": alg}


def _token(alg: str, key: Any) -> str:
    now = int(time.time())
    claims = {"iss": ISS, "aud": BASE + CDS_PATH, "iat": now, "exp": now + 300, "jti": uuid.uuid4().hex}
    return jwt.encode(claims, key, algorithm=alg, headers={"kid": KID, "typ": "JWT"})


def _body(text: str) -> bytes:
    return json.dumps({
        "hook": "org.painpoint.note-sign",
        "hookInstance": str(uuid.uuid4()),
        "context": {"userId": "Practitioner/bench", "patientId": "bench-1", "documentId": "d1"},
        "prefetch": {"note": docref(text)},
    }).encode()


async def _call(app: Any, token: str, body: bytes) -> int:
    """One POST straight into the ASGI app; returns the status."""
    scope = {
        "type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST", "scheme": "http",
        "path": CDS_PATH, "raw_path": CDS_PATH.encode(), "query_string": b"", "root_path": "",
        "server": ("127.0.0.1", 8000), "client": ("127.0.0.1", 50000),
        "headers": [(b"host", b"127.0.0.1:8000"), (b"content-type", b"application/json"),
                    (b"authorization", f"Bearer {token}".encode()), (b"content-length", str(len(body)).encode())],
    }
    sent = {"body": False}
    status = {"code": 0}

    async def receive() -> dict[str, Any]:
        if sent["body"]:
            await asyncio.sleep(3600)
        sent["body"] = True
        return {"type": "http.request", "body": body, "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        if message["type"] == "http.response.start":
            status["code"] = message["status"]

    await app(scope, receive, send)
    return status["code"]


def _per_call_ms(fn: Callable[[], Any], n: int) -> float:
    started = time.perf_counter()
    for _ in range(n):
        fn()
    return (time.perf_counter() - started) / n * 1000


async def main_async(args: argparse.Namespace) -> None:
    from api.app import create_app
    from api.cds.cards import cards_for
    from api.db.session import session_scope
    from api.pipeline import analyze_text
    from api.schemas.cds import CdsRequest, CdsResponse
    from api.security.jwks import trust_issuer
    from api.security.replay import remember_jti
    from api.security.tokens import verify_jwt
    from api.settings import load_settings

    tmp = tempfile.TemporaryDirectory(prefix="painpoint-profile-")
    settings = load_settings(db_url=f"sqlite:///{tmp.name}/p.db", public_base_url=BASE)
    app = create_app(settings)
    key = _key(args.alg)
    with session_scope(app.state.sessionmaker) as session:
        trust_issuer(session, ISS, {"keys": [_jwk(args.alg, key)]})
    async with app.router.lifespan_context(app):
        cached_body = _body(NOTE)
        assert await _call(app, _token(args.alg, key), cached_body) == 200  # loads the pipeline, fills the cache
        for label, bodies in (
            ("cached (same note)", [cached_body] * args.n),
            ("uncached (new note)", [_body(f"{NOTE}\nCase reference: p-{i:06d}.\n") for i in range(args.n_miss)]),
        ):
            tokens = [_token(args.alg, key) for _ in bodies]
            started = time.perf_counter()
            cpu = time.process_time()
            for token, body in zip(tokens, bodies):
                assert await _call(app, token, body) == 200
            n = len(bodies)
            print(f"{label:22s} {args.alg}: wall {(time.perf_counter() - started) / n * 1000:6.2f} ms/request, "
                  f"cpu {(time.process_time() - cpu) / n * 1000:6.2f} ms/request (n={n})")

        if args.profile:
            tokens = [_token(args.alg, key) for _ in range(args.n)]
            prof = cProfile.Profile()
            prof.enable()
            for token in tokens:
                await _call(app, token, cached_body)
            prof.disable()
            pstats.Stats(prof).sort_stats("cumulative").print_stats(45)

        # Stages on their own.
        store, factory = app.state.trust_store, app.state.sessionmaker
        tokens = iter([_token(args.alg, key) for _ in range(args.n)])
        print(f"  verify_jwt incl. jti   {_per_call_ms(lambda: verify_jwt(next(tokens), audiences=[BASE + CDS_PATH], factory=factory, store=store, fetch=lambda u: {}, leeway_s=30, max_age_s=600), args.n):6.3f} ms")
        import datetime as dt

        exp = dt.datetime.now(dt.timezone.utc) + dt.timedelta(minutes=5)
        print(f"  remember_jti alone     {_per_call_ms(lambda: remember_jti(factory, ISS, uuid.uuid4().hex, exp), args.n):6.3f} ms")
        parsed = json.loads(cached_body)
        print(f"  CdsRequest validate    {_per_call_ms(lambda: CdsRequest.model_validate(parsed), args.n):6.3f} ms")
        result = analyze_text(NOTE)
        print(f"  cards_for              {_per_call_ms(lambda: cards_for(result, 'Patient/p', None), args.n):6.3f} ms")
        response = CdsResponse(cards=cards_for(result, "Patient/p", None))
        print(f"  response to JSON       {_per_call_ms(lambda: response.model_dump_json(exclude_none=True), args.n):6.3f} ms")
    tmp.cleanup()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--alg", choices=["RS384", "ES384"], default="RS384")
    parser.add_argument("-n", type=int, default=500, help="Cached-path requests (default 500).")
    parser.add_argument("--n-miss", type=int, default=50, help="Uncached-path requests (default 50).")
    parser.add_argument("--profile", action="store_true", help="Print a cProfile of the cached path.")
    asyncio.run(main_async(parser.parse_args()))


if __name__ == "__main__":
    main()
