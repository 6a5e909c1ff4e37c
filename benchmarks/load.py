"""Load benchmark for the Painpoint service, on loopback only.

Starts `painpoint serve` on 127.0.0.1 with a throw-away SQLite database (or drives `--url`), trusts
a freshly generated RS384 key for CDS Hooks JWTs and creates an API key, then runs N closed-loop
clients for a fixed time against each target and prints requests/s, p50/p95/p99 latency, errors,
the server's resident memory, server CPU per request and the load average.

    python benchmarks/load.py                                          # short run, every phase
    python benchmarks/load.py --duration 300 --clients 20 --workers 2 --target cds --notes repeat

Two kinds of note, each a phase of its own (`--notes repeat|unique|both`):
- repeat: the same ~3,000-character fictional note on every request, the issue's wording; an EHR
  firing note-sign again on an unchanged note. The server's result cache answers after the first.
- unique: a unique case line is appended to the note on every request, so the NLP runs every time.

The client is built not to eat the server's CPU, since both share the machine: one process, raw
asyncio HTTP/1.1 over keep-alive connections (no HTTP library), request bodies assembled from
pre-encoded parts, and the CDS JWTs (RS384, a fresh `jti` each) signed before the clock starts by
a small process pool; an EHR signs its tokens on its own machine. Tokens the pool did not foresee
are signed inline and counted. The server still verifies every token. Client CPU per request is
printed next to the server's. Figures are printed, never asserted. Nothing leaves the machine.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import concurrent.futures
import itertools
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

ISS = "https://bench-ehr.example/fhir"
KID = "bench-1"
CDS_PATH = "/cds-services/painpoint-note-check"
ANALYZE_PATH = "/v1/analyze"

# A fictional note (no real patient), about 3,000 characters.
NOTE = """PROCEDURE NOTE

PROCEDURE: Right L4-L5 and L5-S1 transforaminal epidural steroid injection under fluoroscopic guidance.

INDICATION: Right lower extremity radicular pain in an L5 distribution from a right paracentral L4-L5
disc protrusion with lateral recess narrowing on MRI. Symptoms for 14 weeks despite 8 weeks of formal
physical therapy and daily naproxen, which failed to control the pain. Pain limits walking to one block
and prevents work as a warehouse clerk. Oswestry Disability Index 46 percent.

MEDICATIONS: Naproxen 500 mg twice daily, gabapentin 300 mg at night. No anticoagulants or antiplatelet
agents; no history of bleeding disorder. Allergies: none known, including no iodinated contrast allergy.

PRE-PROCEDURE PAIN SCORE: 8/10 on the numeric rating scale.

CONSENT: The risks, benefits and alternatives, including infection, bleeding, nerve injury, headache and
no relief, were discussed. Questions were answered and written informed consent was obtained.

TIME-OUT: A time-out was performed confirming patient identity, procedure, side and levels.

DESCRIPTION: The patient was placed prone on the fluoroscopy table. The lumbar region was prepped with
chlorhexidine and draped in sterile fashion. The skin over the right L4-L5 foramen was anesthetized with
2 mL of 1% lidocaine. Under intermittent fluoroscopic guidance a 22-gauge 3.5 inch spinal needle was
advanced to the right L4-L5 neural foramen using an oblique approach. Needle position was confirmed in AP
and lateral views. After negative aspiration, 1 mL of iohexol 300 was injected showing epidural spread
along the right L5 nerve root without vascular uptake. The same technique was used at right L5-S1, with
contrast outlining the right S1 root. A mixture of 40 mg triamcinolone acetonide and 1 mL of 0.25%
bupivacaine was injected in divided doses, half at each level. The needles were removed intact.

IMAGING: Fluoroscopy was used for needle guidance; AP and lateral images were saved to the record.

SEDATION: None. Local anesthesia only.

COMPLICATIONS: None. Estimated blood loss minimal.

POST-PROCEDURE: The patient tolerated the procedure well and was observed for 20 minutes. Vital signs
remained stable. Post-procedure pain score 3/10. Strength and sensation unchanged in both legs.
Discharge instructions were given, including warning signs of infection and when to call.

PRIOR RESPONSE: A prior right L5-S1 transforaminal injection eight months ago gave about 70 percent relief
for five months, with improved walking tolerance and reduced analgesic use.

DIAGNOSIS: Lumbar radiculopathy, right L5 (M54.16). Lumbar disc displacement L4-L5 (M51.26).

PLAN: Follow up in two weeks to assess response. Continue home exercise program. Consider repeat
injection only if relief is at least 50 percent for three months. Return sooner for new weakness,
fever or bowel or bladder changes.

Electronically signed by the attending interventional pain physician (fictional benchmark note).
"""


@dataclass
class Stats:
    latencies: list[float] = field(default_factory=list)
    errors: int = 0
    statuses: dict[int, int] = field(default_factory=dict)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _pids(pid: int) -> list[int]:
    """A process and its direct children (uvicorn's workers)."""
    pids = [pid]
    try:
        pids += [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        pass
    return pids


def rss_mb(pid: int) -> float:
    """Resident memory of a process and its children (uvicorn workers), in MiB."""
    total = 0
    for p in _pids(pid):
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            pass
    return total / 1024


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process and its live children (uvicorn workers)."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0
    for p in _pids(pid):
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])
        except (OSError, IndexError, ValueError):
            pass
    return total / tick


def prepare_database(db_url: str, key: rsa.RSAPrivateKey) -> str:
    """Create and migrate the DB, trust the benchmark EHR key, return a fresh API key."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from api.db.migrate import upgrade
    from api.db.session import make_engine, make_sessionmaker, session_scope
    from api.security.apikeys import create_api_key
    from api.security.jwks import trust_issuer

    engine = make_engine(db_url)
    upgrade(engine)
    jwk = jwt.algorithms.RSAAlgorithm.to_jwk(key.public_key(), as_dict=True) | {"kid": KID, "alg": "RS384"}
    with session_scope(make_sessionmaker(engine)) as session:
        trust_issuer(session, ISS, {"keys": [jwk]})
        api_key = create_api_key(session, f"bench-{uuid.uuid4().hex[:6]}")
    engine.dispose()
    return api_key


def note_for(n: int, repeat: bool) -> str:
    return NOTE if repeat else f"{NOTE}\nCase reference: bench-{n:08d}.\n"


def docref(text: str) -> dict:
    return {
        "resourceType": "DocumentReference",
        "status": "current",
        "subject": {"reference": "Patient/bench-1"},
        "content": [{"attachment": {"contentType": "text/plain", "data": base64.b64encode(text.encode()).decode()}}],
        "context": {"period": {"start": "2026-03-02"}},
    }


# --- tokens -----------------------------------------------------------------------------------

_SIGNING_KEY: rsa.RSAPrivateKey | None = None


def _load_signing_key(pem: bytes) -> None:
    global _SIGNING_KEY
    _SIGNING_KEY = serialization.load_pem_private_key(pem, password=None)  # type: ignore[assignment]


def sign_tokens(aud: str, count: int, lifetime_s: int, key: rsa.RSAPrivateKey | None = None) -> list[str]:
    """`count` CDS client JWTs for `aud`, each with its own `jti` (a pool worker uses its loaded key)."""
    key = key or _SIGNING_KEY
    now = int(time.time())
    claims = {"iss": ISS, "aud": aud, "iat": now, "exp": now + lifetime_s}
    return [
        jwt.encode(claims | {"jti": uuid.uuid4().hex}, key, algorithm="RS384", headers={"kid": KID, "typ": "JWT"})
        for _ in range(count)
    ]


class TokenSupply:
    """Tokens signed ahead of a timed phase; any shortfall is signed inline and counted."""

    def __init__(self, key: rsa.RSAPrivateKey, aud: str, lifetime_s: int) -> None:
        self.key, self.aud, self.lifetime_s = key, aud, lifetime_s
        self._tokens: list[str] = []
        self.inline = 0

    def presign(self, count: int, processes: int) -> float:
        """Sign `count` tokens with `processes` worker processes; returns the seconds it took."""
        started = time.perf_counter()
        pem = self.key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                     serialization.NoEncryption())
        chunk = 500
        with concurrent.futures.ProcessPoolExecutor(processes, initializer=_load_signing_key, initargs=(pem,)) as pool:
            futures = [pool.submit(sign_tokens, self.aud, min(chunk, count - i), self.lifetime_s)
                       for i in range(0, count, chunk)]
            for f in futures:
                self._tokens.extend(f.result())
        return time.perf_counter() - started

    def take(self) -> str:
        if self._tokens:
            return self._tokens.pop()
        self.inline += 1
        return sign_tokens(self.aud, 1, self.lifetime_s, self.key)[0]

    def discard(self) -> None:
        self._tokens.clear()


# --- requests ---------------------------------------------------------------------------------

RequestMaker = Callable[[int], tuple[str, bytes, bytes]]  # n -> (path, extra header lines, body)


def cds_requests(tokens: TokenSupply, repeat: bool) -> RequestMaker:
    """CDS note-sign calls; the body is assembled around a pre-encoded prefetch."""
    cached_prefetch = json.dumps({"note": docref(NOTE)}).encode() if repeat else b""

    def make(n: int) -> tuple[str, bytes, bytes]:
        prefetch = cached_prefetch or json.dumps({"note": docref(note_for(n, False))}).encode()
        body = (b'{"hook":"org.painpoint.note-sign","hookInstance":"' + str(uuid.uuid4()).encode()
                + b'","context":{"userId":"Practitioner/bench","patientId":"bench-1","documentId":"d1"},'
                + b'"prefetch":' + prefetch + b"}")
        return CDS_PATH, b"Authorization: Bearer " + tokens.take().encode() + b"\r\n", body

    return make


def analyze_requests(api_key: str, repeat: bool) -> RequestMaker:
    """`/v1/analyze` calls with the API key."""
    auth = f"Authorization: Bearer {api_key}\r\n".encode()
    cached = json.dumps({"text": NOTE, "payer": "medicare", "date_of_service": "2026-03-02",
                         "place_of_service": "11"}).encode()

    def make(n: int) -> tuple[str, bytes, bytes]:
        if repeat:
            return ANALYZE_PATH, auth, cached
        body = {"text": note_for(n, False), "payer": "medicare", "date_of_service": "2026-03-02",
                "place_of_service": "11"}
        return ANALYZE_PATH, auth, json.dumps(body).encode()

    return make


class Connection:
    """One keep-alive HTTP/1.1 connection; just enough of the protocol for JSON request/response."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def post(self, path: str, headers: bytes, body: bytes) -> int:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        assert self.reader is not None
        self.writer.write(
            b"POST " + path.encode() + b" HTTP/1.1\r\nHost: " + f"{self.host}:{self.port}".encode()
            + b"\r\nContent-Type: application/json\r\nContent-Length: " + str(len(body)).encode() + b"\r\n"
            + headers + b"\r\n" + body
        )
        head = await self.reader.readuntil(b"\r\n\r\n")
        status = int(head[9:12])
        length, chunked, close = 0, False, False
        for line in head.split(b"\r\n")[1:]:
            name, _, value = line.partition(b":")
            name = name.strip().lower()
            if name == b"content-length":
                length = int(value)
            elif name == b"transfer-encoding" and b"chunked" in value.lower():
                chunked = True
            elif name == b"connection" and value.strip().lower() == b"close":
                close = True
        if chunked:
            while True:
                size = int((await self.reader.readuntil(b"\r\n")).split(b";")[0], 16)
                await self.reader.readexactly(size + 2)
                if size == 0:
                    break
        elif length:
            await self.reader.readexactly(length)
        if close:
            self.close()
        return status

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None


async def run_phase(host: str, port: int, make: RequestMaker, clients: int, duration: float,
                    counter: itertools.count) -> tuple[Stats, float]:
    """`clients` closed-loop clients for `duration` seconds, one connection each."""
    stats = Stats()
    deadline = time.perf_counter() + duration

    async def one_client() -> None:
        conn = Connection(host, port)
        while time.perf_counter() < deadline:
            path, headers, body = make(next(counter))
            started = time.perf_counter()
            try:
                status = await asyncio.wait_for(conn.post(path, headers, body), 30.0)
            except (OSError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, asyncio.TimeoutError,
                    ValueError):
                status = -1
                conn.close()
            elapsed = time.perf_counter() - started
            stats.statuses[status] = stats.statuses.get(status, 0) + 1
            if status == 200:
                stats.latencies.append(elapsed)
            else:
                stats.errors += 1
        conn.close()

    started = time.perf_counter()
    await asyncio.gather(*(one_client() for _ in range(clients)))
    return stats, time.perf_counter() - started


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q / 100 * (len(ordered) - 1))))] * 1000


def report(label: str, stats: Stats, wall: float, rss: float, clients: int, server_cpu: float,
           client_cpu: float, extra: str = "") -> None:
    total = len(stats.latencies) + stats.errors
    per = 1000 / max(total, 1)
    mean = statistics.fmean(stats.latencies) * 1000 if stats.latencies else float("nan")
    load = "/".join(f"{x:.2f}" for x in os.getloadavg())
    print(
        f"{label:15s} clients={clients:<3d} requests={total:<6d} errors={stats.errors:<4d} rps={total / wall:7.1f}  "
        f"p50={pct(stats.latencies, 50):6.1f} ms  p95={pct(stats.latencies, 95):6.1f} ms  "
        f"p99={pct(stats.latencies, 99):6.1f} ms  mean={mean:6.1f} ms  server_rss={rss:5.0f} MiB  "
        f"cpu/request: server={server_cpu * per:5.2f} ms client={client_cpu * per:5.2f} ms  "
        f"load={load}  statuses={dict(sorted(stats.statuses.items()))}{extra}",
        flush=True,
    )


async def sample_rss(pid: int | None, peak: list[float], stop: asyncio.Event) -> None:
    while pid and not stop.is_set():
        peak[0] = max(peak[0], rss_mb(pid))
        try:
            await asyncio.wait_for(stop.wait(), 0.5)
        except asyncio.TimeoutError:
            pass


async def wait_ready(host: str, port: int, proc: subprocess.Popen[bytes] | None, log_dir: str) -> float:
    started = time.perf_counter()
    while True:
        try:
            reader, writer = await asyncio.open_connection(host, port)
            writer.write(f"GET /readyz HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n".encode())
            head = await reader.readuntil(b"\r\n")
            writer.close()
            if head[9:12] == b"200":
                return time.perf_counter() - started
        except (OSError, asyncio.IncompleteReadError):
            pass
        if proc is not None and proc.poll() is not None:
            raise SystemExit(f"server exited early; see {log_dir}/server.log")
        if time.perf_counter() - started > 180:
            raise SystemExit("server did not become ready in 180 s")
        await asyncio.sleep(0.25)


async def main_async(args: argparse.Namespace) -> None:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    proc: subprocess.Popen[bytes] | None = None
    tmp = tempfile.TemporaryDirectory(prefix="painpoint-bench-")
    db_url = args.db or f"sqlite:///{tmp.name}/bench.db"
    api_key = prepare_database(db_url, key)
    if args.url:
        base = args.url.rstrip("/")
        host, _, port_s = base.split("://", 1)[1].partition(":")
        port = int(port_s or 80)
    else:
        host, port = "127.0.0.1", free_port()
        base = f"http://{host}:{port}"
        env = {**os.environ, "PAINPOINT_DB_URL": db_url}
        if args.no_cache:
            env["PAINPOINT_ANALYSIS_CACHE_SIZE"] = "0"
        cmd = [sys.executable, "-m", "api.cli", "serve", "--host", host, "--port", str(port),
               "--workers", str(args.workers), "--log-level", "warning"]
        log = open(Path(tmp.name) / "server.log", "wb")
        proc = subprocess.Popen(cmd, env=env, stdout=log, stderr=subprocess.STDOUT,
                                cwd=Path(__file__).resolve().parent.parent)
    try:
        ready = await wait_ready(host, port, proc, tmp.name)
        print(f"server ready in {ready:.1f} s at {base} (workers={args.workers}, "
              f"cache={'off' if args.no_cache else 'on'}, note={len(NOTE)} chars, cpus={os.cpu_count()}, "
              f"load={'/'.join(f'{x:.2f}' for x in os.getloadavg())})", flush=True)
        counter = itertools.count()
        targets = ["cds", "analyze"] if args.target == "both" else [args.target]
        kinds = ["repeat", "unique"] if args.notes == "both" else [args.notes]
        for target, kind in itertools.product(targets, kinds):
            repeat = kind == "repeat"
            tokens = TokenSupply(key, base + CDS_PATH, lifetime_s=int(args.duration + args.warmup) + 900)
            make = cds_requests(tokens, repeat) if target == "cds" else analyze_requests(api_key, repeat)
            if args.warmup > 0:
                await run_phase(host, port, make, min(args.clients, 4), args.warmup, counter)
                tokens.inline = 0  # warm-up tokens are signed inline and not counted
            extra = ""
            if target == "cds" and args.presign_rps > 0:
                count = int(args.presign_rps * args.duration)
                took = tokens.presign(count, args.sign_processes)
                extra = f"  tokens: {count} presigned in {took:.0f} s"
            peak = [rss_mb(proc.pid) if proc else 0.0]
            stop = asyncio.Event()
            sampler = asyncio.create_task(sample_rss(proc.pid if proc else None, peak, stop))
            server_before = cpu_seconds(proc.pid) if proc else 0.0
            client_before = time.process_time()
            stats, wall = await run_phase(host, port, make, args.clients, args.duration, counter)
            server_cpu = (cpu_seconds(proc.pid) - server_before) if proc else float("nan")
            client_cpu = time.process_time() - client_before
            stop.set()
            await sampler
            if target == "cds":
                extra += f", {tokens.inline} signed inline"
            tokens.discard()
            report(f"{target}/{kind}", stats, wall, peak[0], args.clients, server_cpu, client_cpu, extra)
    finally:
        if proc is not None:
            proc.terminate()
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
        tmp.cleanup()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=float, default=10.0, help="Seconds per phase (default 10).")
    parser.add_argument("--clients", type=int, default=20, help="Concurrent closed-loop clients (default 20).")
    parser.add_argument("--target", choices=["cds", "analyze", "both"], default="both")
    parser.add_argument("--notes", choices=["repeat", "unique", "both"], default="both",
                        help="The same note every time (result cache hits), a new one every time, or both phases.")
    parser.add_argument("--repeat-note", action="store_const", const="repeat", dest="notes",
                        help="Same as --notes repeat.")
    parser.add_argument("--workers", type=int, default=1, help="Server worker processes (default 1).")
    parser.add_argument("--warmup", type=float, default=3.0, help="Unmeasured seconds before each phase.")
    parser.add_argument("--presign-rps", type=float, default=1000.0,
                        help="CDS tokens signed before each timed phase, per second of --duration (0: sign inline).")
    parser.add_argument("--sign-processes", type=int, default=2, help="Processes that presign tokens.")
    parser.add_argument("--no-cache", action="store_true", help="Start the server with the result cache off.")
    parser.add_argument("--url", help="Drive an already running server (its DB must be --db).")
    parser.add_argument("--db", help="Database URL (default: a temporary SQLite file).")
    args = parser.parse_args()
    if args.url and not args.db:
        parser.error("--url needs --db so the benchmark can register its key and API key")
    if args.presign_rps > 0 and args.duration > 480:
        parser.error("presigned tokens must stay within the server's 600 s iat window: use --duration <= 480 "
                     "or --presign-rps 0")
    asyncio.run(main_async(args))


if __name__ == "__main__":
    main()
