"""Benchmark the semantic matcher: encoder sentences/s, full-analyze notes/s and single-note p95.

Usage:  python benchmarks/semantic.py [--notes 60] [--threads 1] [--one-core]

Notes are ~3,000 characters: a fictional history section built from the training sentences
(corpora/sentences/train.jsonl) in front of a dev procedure note (corpora/notes/dev). The
matcher is wired into the process's rule pipeline here exactly as the lead's wiring line does
(`nlp.semantic.add_to_pipeline(get_pipeline())`), after the rules-only figures are taken.
Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _notes(n: int, target_chars: int = 3000, seed: int = 7) -> list[str]:
    from nlp.semantic.corpus import load_split

    rng = random.Random(seed)
    sentences = [e.text for e in load_split("train")]
    bodies = sorted((ROOT / "corpora" / "notes" / "dev").glob("*.txt"))
    out = []
    for i in range(n):
        body = bodies[i % len(bodies)].read_text(encoding="utf-8")
        history: list[str] = []
        while len(body) + sum(len(s) + 1 for s in history) + 40 < target_chars:
            history.append(rng.choice(sentences))
        out.append("INDICATIONS:\n" + "\n".join(history[:3]) + "\n\nHISTORY:\n" + " ".join(history[3:]) + "\n\n" + body)
    return out


def _pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


def _time_notes(label: str, fn, notes: list[str]) -> None:
    fn(notes[0])  # warm
    lat = []
    t0 = time.perf_counter()
    for note in notes:
        s = time.perf_counter()
        fn(note)
        lat.append((time.perf_counter() - s) * 1000)
    total = time.perf_counter() - t0
    print(
        f"{label:42s} {len(notes) / total:7.1f} notes/s   p50 {statistics.median(lat):6.1f} ms"
        f"   p95 {_pct(lat, 0.95):6.1f} ms   max {max(lat):6.1f} ms"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--notes", type=int, default=60)
    ap.add_argument("--threads", type=int, default=None, help="torch threads (default: PAINPOINT_TORCH_THREADS rule)")
    ap.add_argument("--one-core", action="store_true", help="pin the process to one CPU core")
    args = ap.parse_args()
    if args.one_core and hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    if args.threads:
        os.environ["PAINPOINT_TORCH_THREADS"] = str(args.threads)
    os.environ.pop("PAINPOINT_SEMANTIC", None)

    import torch

    from nlp.semantic import add_to_pipeline, enabled
    from nlp.semantic.corpus import load_split
    from nlp.semantic.encoder import get_encoder

    if not enabled():
        sys.exit("semantic matcher not available: install the semantic extra")
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    t = time.perf_counter()
    enc = get_encoder()
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"encoder load {time.perf_counter() - t:.2f} s; torch threads {torch.get_num_threads()}; cores {cores}; "
        f"1-min load average {load:.1f} (figures are only meaningful when it is below the core count)"
    )

    sentences = [e.text for e in load_split("train")]
    for bs in (1, 8, 32):
        enc.batch_size = bs
        enc.embed(sentences[:bs])
        t = time.perf_counter()
        enc.embed(sentences)
        dt = time.perf_counter() - t
        print(f"encoder batch {bs:2d}: {len(sentences) / dt:7.1f} sentences/s ({len(sentences)} sentences)")
    enc.batch_size = 32

    notes = _notes(args.notes)
    print(f"notes: {len(notes)}, mean {statistics.mean(len(n) for n in notes):.0f} characters")
    from api.pipeline import analyze_text
    from nlp import extract
    from nlp.pipeline import get_pipeline

    os.environ["PAINPOINT_SEMANTIC"] = "0"
    _time_notes("rules only: nlp.extract", extract, notes)
    _time_notes("rules only: analyze_text (full)", analyze_text, notes)
    os.environ.pop("PAINPOINT_SEMANTIC")
    pipeline = get_pipeline()
    add_to_pipeline(pipeline)
    _time_notes("rules+semantic: nlp.extract", extract, notes)
    _time_notes("rules+semantic: analyze_text (full)", analyze_text, notes)

    docs = list(pipeline.pipe(notes[:8]))
    cands = sum(len(d._.semantic_hits or []) for d in docs)
    t = time.perf_counter()
    for _ in pipeline.pipe(notes, batch_size=16):
        pass
    dt = time.perf_counter() - t
    print(f"{'rules+semantic: pipeline.pipe(batch 16)':42s} {len(notes) / dt:7.1f} notes/s")
    print(f"semantic hits in first 8 notes: {cands}")


if __name__ == "__main__":
    main()
