"""Load benchmark for the Painpoint service, on loopback only.

Starts `painpoint serve` on 127.0.0.1 with a throw-away SQLite database (or drives `--url`), trusts
a freshly generated RS384 key for CDS Hooks JWTs and creates an API key, then runs N closed-loop
clients for a fixed time against each target and prints requests/s, p50/p95/p99 latency, errors
and the server's resident memory.

    python benchmarks/load.py                                  # short run, both targets
    python benchmarks/load.py --duration 300 --clients 20      # the full figure
    python benchmarks/load.py --target cds --repeat-note       # identical notes (result cache hits)

By default every request carries a different note (a unique case line is appended to the ~3,000
character fictional note) so the server's result cache never answers; `--repeat-note` measures the
cached path an EHR sees when a hook fires again on an unchanged note. Figures are printed, never
asserted. Nothing leaves the machine.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import itertools
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import jwt
from cryptography.hazmat.primitives.asymmetric import rsa

ISS = "https://bench-ehr.example/fhir"
KID = "bench-1"
CDS_PATH = "/cds-services/painpoint-note-check"

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


def rss_mb(pid: int) -> float:
    """Resident memory of a process and its children (uvicorn workers), in MiB."""
    total = 0
    pids = [pid]
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
        pids += [int(c) for c in children]
    except OSError:
        pass
    for p in pids:
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
    pids = [pid]
    try:
        pids += [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        pass
    total = 0
    for p in pids:
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


async def run_target(
    target: str, base: str, api_key: str, key: rsa.RSAPrivateKey, clients: int, duration: float, repeat: bool,
    counter: itertools.count,
) -> tuple[Stats, float]:
    stats = Stats()
    deadline = time.perf_counter() + duration

    async def one_client(client: httpx.AsyncClient) -> None:
        while time.perf_counter() < deadline:
            n = next(counter)
            text = note_for(n, repeat)
            if target == "cds":
                now = int(time.time())
                token = jwt.encode(
                    {"iss": ISS, "aud": base + CDS_PATH, "iat": now, "exp": now + 60, "jti": uuid.uuid4().hex},
                    key, algorithm="RS384", headers={"kid": KID, "typ": "JWT"},
                )
                url, headers = CDS_PATH, {"Authorization": f"Bearer {token}"}
                body = {
                    "hook": "org.painpoint.note-sign",
                    "hookInstance": str(uuid.uuid4()),
                    "context": {"userId": "Practitioner/bench", "patientId": "bench-1", "documentId": "d1"},
                    "prefetch": {"note": docref(text)},
                }
            else:
                url, headers = "/v1/analyze", {"Authorization": f"Bearer {api_key}"}
                body = {"text": text, "payer": "medicare", "date_of_service": "2026-03-02", "place_of_service": "11"}
            started = time.perf_counter()
            try:
                r = await client.post(url, json=body, headers=headers)
                status = r.status_code
            except httpx.HTTPError:
                status = -1
            elapsed = time.perf_counter() - started
            stats.statuses[status] = stats.statuses.get(status, 0) + 1
            if status == 200:
                stats.latencies.append(elapsed)
            else:
                stats.errors += 1

    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, timeout=30.0, limits=limits) as client:
        started = time.perf_counter()
        await asyncio.gather(*(one_client(client) for _ in range(clients)))
        wall = time.perf_counter() - started
    return stats, wall


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q / 100 * (len(ordered) - 1))))] * 1000


def report(target: str, stats: Stats, wall: float, rss: float, clients: int, server_cpu: float,
           client_cpu: float) -> None:
    total = len(stats.latencies) + stats.errors
    per = 1000 / max(total, 1)
    print(
        f"{target:8s} clients={clients:<3d} requests={total:<6d} ok={len(stats.latencies):<6d} "
        f"errors={stats.errors:<4d} rps={total / wall:7.1f}  "
        f"p50={pct(stats.latencies, 50):6.1f} ms  p95={pct(stats.latencies, 95):6.1f} ms  "
        f"p99={pct(stats.latencies, 99):6.1f} ms  mean={statistics.fmean(stats.latencies) * 1000 if stats.latencies else float('nan'):6.1f} ms  "
        f"server_rss={rss:6.0f} MiB  cpu/request: server={server_cpu * per:5.1f} ms client={client_cpu * per:5.1f} ms  "
        f"statuses={dict(sorted(stats.statuses.items()))}",
        flush=True,
    )


async def sample_rss(pid: int | None, peak: list[float], stop: asyncio.Event) -> None:
    while pid and not stop.is_set():
        peak[0] = max(peak[0], rss_mb(pid))
        try:
            await asyncio.wait_for(stop.wait(), 0.5)
        except asyncio.TimeoutError:
            pass


async def main_async(args: argparse.Namespace) -> None:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    proc: subprocess.Popen[bytes] | None = None
    tmp = tempfile.TemporaryDirectory(prefix="painpoint-bench-")
    db_url = args.db or f"sqlite:///{tmp.name}/bench.db"
    api_key = prepare_database(db_url, key)
    if args.url:
        base = args.url.rstrip("/")
    else:
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        env = {**os.environ, "PAINPOINT_DB_URL": db_url}
        if args.no_cache:
            env["PAINPOINT_ANALYSIS_CACHE_SIZE"] = "0"
        cmd = [sys.executable, "-m", "api.cli", "serve", "--host", "127.0.0.1", "--port", str(port),
               "--workers", str(args.workers), "--log-level", "warning"]
        log = open(Path(tmp.name) / "server.log", "wb")
        proc = subprocess.Popen(cmd, env=env, stdout=log, stderr=subprocess.STDOUT,
                                cwd=Path(__file__).resolve().parent.parent)
    try:
        started = time.perf_counter()
        async with httpx.AsyncClient(base_url=base, timeout=5.0) as client:
            while True:
                try:
                    if (await client.get("/readyz")).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                if proc is not None and proc.poll() is not None:
                    raise SystemExit(f"server exited early; see {tmp.name}/server.log")
                if time.perf_counter() - started > 180:
                    raise SystemExit("server did not become ready in 180 s")
                await asyncio.sleep(0.25)
        print(f"server ready in {time.perf_counter() - started:.1f} s at {base} "
              f"(workers={args.workers}, cache={'off' if args.no_cache else 'on'}, "
              f"notes={'repeated' if args.repeat_note else 'unique'}, note={len(NOTE)} chars)", flush=True)
        counter = itertools.count()
        targets = ["cds", "analyze"] if args.target == "both" else [args.target]
        for target in targets:
            if args.warmup > 0:
                await run_target(target, base, api_key, key, min(args.clients, 4), args.warmup, args.repeat_note,
                                 counter)
            peak = [rss_mb(proc.pid) if proc else 0.0]
            stop = asyncio.Event()
            sampler = asyncio.create_task(sample_rss(proc.pid if proc else None, peak, stop))
            server_before = cpu_seconds(proc.pid) if proc else 0.0
            client_before = time.process_time()
            stats, wall = await run_target(target, base, api_key, key, args.clients, args.duration,
                                           args.repeat_note, counter)
            server_cpu = (cpu_seconds(proc.pid) - server_before) if proc else float("nan")
            client_cpu = time.process_time() - client_before
            stop.set()
            await sampler
            report(target, stats, wall, peak[0], args.clients, server_cpu, client_cpu)
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
    parser.add_argument("--duration", type=float, default=10.0, help="Seconds per target (default 10).")
    parser.add_argument("--clients", type=int, default=20, help="Concurrent closed-loop clients (default 20).")
    parser.add_argument("--target", choices=["cds", "analyze", "both"], default="both")
    parser.add_argument("--workers", type=int, default=1, help="Server worker processes (default 1).")
    parser.add_argument("--warmup", type=float, default=3.0, help="Unmeasured seconds before each target.")
    parser.add_argument("--repeat-note", action="store_true", help="Send the identical note every time.")
    parser.add_argument("--no-cache", action="store_true", help="Start the server with the result cache off.")
    parser.add_argument("--url", help="Drive an already running server (its DB must be --db).")
    parser.add_argument("--db", help="Database URL (default: a temporary SQLite file).")
    args = parser.parse_args()
    if args.url and not args.db:
        parser.error("--url needs --db so the benchmark can register its key and API key")
    asyncio.run(main_async(args))


if __name__ == "__main__":
    main()
