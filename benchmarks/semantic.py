"""Benchmark the semantic matcher: encoder sentences/s, full-analyze notes/s and single-note p95.

Usage:  python benchmarks/semantic.py [--notes 60] [--threads 1] [--one-core]

Notes are ~3,000 characters: ~900 characters of indications/history built from the training
sentences (corpora/sentences/train.jsonl), a dev procedure note (corpora/notes/dev), and
technique prose up to the length. The
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


def _notes(n: int, target_chars: int = 3000, history_chars: int = 900, seed: int = 7) -> list[str]:
    """~3,000-character notes shaped like real ones: about 900 characters of indications and
    history (necessity sentences and hard negatives from the training split), a dev procedure
    note, and technique prose (training `none` sentences) up to the target length."""
    from nlp.semantic.corpus import load_split

    rng = random.Random(seed)
    train = load_split("train")
    history_pool = [e.text for e in train]
    technique_pool = [e.text for e in train if e.label == "none"]
    bodies = sorted((ROOT / "corpora" / "notes" / "dev").glob("*.txt"))
    out = []
    for i in range(n):
        body = bodies[i % len(bodies)].read_text(encoding="utf-8")
        history: list[str] = []
        while sum(len(s) + 1 for s in history) < history_chars:
            history.append(rng.choice(history_pool))
        note = "INDICATIONS:\n" + " ".join(history[:2]) + "\n\nHISTORY:\n" + " ".join(history[2:]) + "\n\n" + body
        technique: list[str] = []
        while len(note) + sum(len(s) + 1 for s in technique) + 12 < target_chars:
            technique.append(rng.choice(technique_pool))
        out.append(note + "\nTECHNIQUE:\n" + " ".join(technique) + "\n")
    return out


def _pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


def _time_notes(label: str, fn, notes: list[str]) -> None:
    """Wall-clock and CPU-time figures: on a shared, loaded machine the CPU time of this process
    (all its threads) is the stable one; on an idle machine with 1 torch thread they agree."""
    fn(notes[0])  # warm
    lat, cpu = [], []
    t0, c0 = time.perf_counter(), time.process_time()
    for note in notes:
        s, c = time.perf_counter(), time.process_time()
        fn(note)
        lat.append((time.perf_counter() - s) * 1000)
        cpu.append((time.process_time() - c) * 1000)
    total, total_cpu = time.perf_counter() - t0, time.process_time() - c0
    print(
        f"{label:40s} wall: {len(notes) / total:6.1f} notes/s p50 {statistics.median(lat):6.1f} ms"
        f" p95 {_pct(lat, 0.95):6.1f} ms | cpu: {len(notes) / total_cpu:6.1f} notes/cpu-s"
        f" p50 {statistics.median(cpu):6.1f} ms p95 {_pct(cpu, 0.95):6.1f} ms"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--notes", type=int, default=60)
    ap.add_argument("--threads", type=int, default=None, help="torch threads (default: PAINPOINT_TORCH_THREADS rule)")
    ap.add_argument("--one-core", action="store_true", help="pin the process to one CPU core")
    ap.add_argument("--cache", type=int, default=0, help="embedding cache size (default 0: cold figures)")
    args = ap.parse_args()
    os.environ["PAINPOINT_SEMANTIC_CACHE"] = str(args.cache)
    if args.one_core and hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    if args.threads:
        os.environ["PAINPOINT_TORCH_THREADS"] = str(args.threads)
    os.environ["PAINPOINT_SEMANTIC"] = "1"  # the matcher is opt-in

    import torch

    from nlp.semantic import add_to_pipeline, enabled
    from nlp.semantic.corpus import load_split
    from nlp.semantic.encoder import get_encoder

    if not enabled():
        sys.exit("semantic matcher not available: install the semantic extra")
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    from nlp.semantic.matcher import load_head

    head = load_head()
    t = time.perf_counter()
    enc = get_encoder(head.encoder_layers, head.encoder_int8)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"encoder load {time.perf_counter() - t:.2f} s (layers {head.encoder_layers or 6}, "
        f"{'int8' if head.encoder_int8 else 'fp32'}); torch threads {torch.get_num_threads()}; cores {cores}; "
        f"1-min load average {load:.1f} (figures are only meaningful when it is below the core count)"
    )

    sentences = [e.text for e in load_split("train")]
    default_batch = enc.batch_size
    for bs in (1, 8, 32):
        enc.batch_size = bs
        enc.embed(sentences[:bs])
        t, c = time.perf_counter(), time.process_time()
        enc.embed(sentences)
        dt, dc = time.perf_counter() - t, time.process_time() - c
        print(
            f"encoder batch {bs:2d}: wall {len(sentences) / dt:7.1f} sentences/s | "
            f"cpu {len(sentences) / dc:7.1f} sentences/cpu-s ({len(sentences)} sentences)"
        )
    enc.batch_size = default_batch
    print(f"(the pipeline uses batch {default_batch}; int8 encodes one sentence per pass for determinism)")

    notes = _notes(args.notes)
    print(f"notes: {len(notes)}, mean {statistics.mean(len(n) for n in notes):.0f} characters")
    from api.pipeline import analyze_text
    from nlp import extract
    from nlp.pipeline import get_pipeline

    os.environ["PAINPOINT_SEMANTIC"] = "0"
    _time_notes("rules only: nlp.extract", extract, notes)
    _time_notes("rules only: analyze_text (full)", analyze_text, notes)
    os.environ["PAINPOINT_SEMANTIC"] = "1"
    pipeline = get_pipeline()
    add_to_pipeline(pipeline)
    _time_notes("rules+semantic: nlp.extract", extract, notes)
    _time_notes("rules+semantic: analyze_text (full)", analyze_text, notes)

    from nlp.semantic.candidates import candidate_sentences

    docs = list(pipeline.pipe(notes[:8]))
    hits = sum(len(d._.semantic_hits or []) for d in docs)
    cands = sum(len(candidate_sentences(d)) for d in docs)
    t, c = time.perf_counter(), time.process_time()
    for _ in pipeline.pipe(notes, batch_size=16):
        pass
    dt, dc = time.perf_counter() - t, time.process_time() - c
    print(f"{'rules+semantic: pipeline.pipe(batch 16)':40s} wall: {len(notes) / dt:6.1f} notes/s | cpu: {len(notes) / dc:6.1f} notes/cpu-s")
    print(f"first 8 notes: {cands / 8:.1f} candidate sentences/note before rule filtering, {hits / 8:.1f} hits/note")


if __name__ == "__main__":
    main()
