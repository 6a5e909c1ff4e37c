"""Benchmark the semantic matcher: encoder sentences/s, full-analyze notes/s and single-note p95.

Usage:  python benchmarks/semantic.py [--notes 60] [--threads 1] [--one-core] [--cache N] [--no-prefilter]

Notes are ~3,000 characters: ~900 characters of indications/history built from the training
sentences (corpora/sentences/train.jsonl), a dev procedure note (corpora/notes/dev), and
technique prose up to the length. The
matcher is wired into the process's rule pipeline here exactly as the lead's wiring line does
(`nlp.semantic.add_to_pipeline(get_pipeline())`), after the rules-only figures are taken.
Rules only and rules + semantic are timed note by note, alternating, in the same run, and the
ratio is printed. The notes are distinct; ``--cache N`` turns the embedding cache on (default
off: cold figures) and its hit rate is printed. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--notes", type=int, default=60)
    ap.add_argument("--threads", type=int, default=None, help="torch threads (default: PAINPOINT_TORCH_THREADS rule)")
    ap.add_argument("--one-core", action="store_true", help="pin the process to one CPU core")
    ap.add_argument("--cache", type=int, default=0, help="embedding cache size (default 0: cold figures)")
    ap.add_argument(
        "--no-prefilter",
        action="store_true",
        help="embed every unexplained candidate (the history sentences come from the training split the prefilter was fitted on)",
    )
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
    from nlp.semantic.matcher import get_matcher, load_head

    head = load_head()
    t = time.perf_counter()
    enc = get_encoder(head.encoder_layers, quant=head.quant)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"encoder load {time.perf_counter() - t:.2f} s (layers {head.encoder_layers or 6}, "
        f"{head.quant}); torch threads {torch.get_num_threads()}; cores {cores}; "
        f"1-min load average {load:.1f} (figures are only meaningful when it is below the core count)"
    )

    sentences = [e.text for e in load_split("train")]
    rng = random.Random(3)
    groups = [rng.sample(sentences, 13) for _ in range(30)]
    enc.embed(groups[0])
    t, c = time.perf_counter(), time.process_time()
    for g in groups:
        enc.embed(g)  # one call per "note" of 13 sentences, as the component batches them
    dt, dc = time.perf_counter() - t, time.process_time() - c
    n = sum(len(g) for g in groups)
    print(
        f"encoder, 13 sentences per call: wall {n / dt:7.1f} sentences/s | cpu {n / dc:7.1f} sentences/cpu-s"
        f" ({1000 * dc / len(groups):.1f} cpu-ms per call)"
    )
    t, c = time.perf_counter(), time.process_time()
    enc.embed(sentences)
    dt, dc = time.perf_counter() - t, time.process_time() - c
    print(
        f"encoder, all {len(sentences)} in one call:  wall {len(sentences) / dt:7.1f} sentences/s | "
        f"cpu {len(sentences) / dc:7.1f} sentences/cpu-s"
    )

    notes = _notes(args.notes)
    print(f"notes: {len(notes)} distinct, mean {statistics.mean(len(n) for n in notes):.0f} characters")
    from api.pipeline import analyze_text
    from nlp.pipeline import get_pipeline

    pipeline = get_pipeline()
    add_to_pipeline(pipeline)
    if args.no_prefilter:
        get_matcher(pipeline).head.prefilter = None
    rules, both = _time_interleaved(analyze_text, notes)
    _report("analyze_text, rules only", *rules, len(notes))
    _report("analyze_text, rules + semantic", *both, len(notes))
    print(
        f"rules+semantic / rules-only cpu time per note: {sum(both[1]) / sum(rules[1]):.2f}x "
        f"(semantic adds {(sum(both[1]) - sum(rules[1])) / len(notes):.1f} cpu-ms/note)"
    )
    matcher = get_matcher(pipeline)
    cands, asked, encoded = matcher.candidates, enc.requested, enc.encoded
    t, c = time.perf_counter(), time.process_time()
    for _ in pipeline.pipe(notes, batch_size=16):
        pass
    dt, dc = time.perf_counter() - t, time.process_time() - c
    print(f"{'rules+semantic, pipeline.pipe(batch 16)':34s} wall {len(notes) / dt:6.1f} notes/s | cpu {len(notes) / dc:6.1f} notes/cpu-s")
    n = len(notes)
    print(
        f"per note: {(matcher.candidates - cands) / n:.1f} candidate sentences the rules left unexplained, "
        f"{(enc.requested - asked) / n:.1f} past the prefilter, {(enc.encoded - encoded) / n:.1f} run through the model"
    )
    print(
        f"embedding cache (size {enc.cache_size}): {enc.cache_hits} hits of {enc.requested} sentences "
        f"({100 * enc.cache_hits / max(1, enc.requested):.0f}%) over the whole run"
    )
    print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")


def _time_interleaved(fn, notes: list[str]) -> tuple[tuple[list[float], list[float]], tuple[list[float], list[float]]]:
    """(wall ms, cpu ms) per note for rules only and rules + semantic, alternating note by note
    (the component reads PAINPOINT_SEMANTIC on every call), so that load on a shared machine
    hits both sides alike."""
    for flag in ("0", "1"):
        os.environ["PAINPOINT_SEMANTIC"] = flag
        fn(notes[0])  # warm
    out = {"0": ([], []), "1": ([], [])}
    for note in notes:
        for flag in ("0", "1"):
            os.environ["PAINPOINT_SEMANTIC"] = flag
            s, c = time.perf_counter(), time.process_time()
            fn(note)
            out[flag][0].append((time.perf_counter() - s) * 1000)
            out[flag][1].append((time.process_time() - c) * 1000)
    os.environ["PAINPOINT_SEMANTIC"] = "1"
    return out["0"], out["1"]


def _report(label: str, wall: list[float], cpu: list[float], n: int) -> None:
    """Wall-clock and CPU-time figures: on a shared, loaded machine this process's CPU time is
    the stable one; on an idle machine with one torch thread they agree."""
    print(
        f"{label:34s} wall {1000 * n / sum(wall):6.1f} notes/s p50 {statistics.median(wall):5.1f} ms"
        f" p95 {_pct(wall, 0.95):5.1f} ms | cpu {1000 * n / sum(cpu):6.1f} notes/cpu-s"
        f" p50 {statistics.median(cpu):5.1f} ms p95 {_pct(cpu, 0.95):5.1f} ms"
    )


if __name__ == "__main__":
    main()
