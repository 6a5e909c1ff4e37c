"""Throughput, latency, load time and memory of the NLP pipeline and of full analysis.

Prints figures; asserts nothing (timings belong in a benchmark, never in tests).

    python benchmarks/throughput.py                 # corpora/notes/dev, else tests/data/notes
    python benchmarks/throughput.py --notes DIR --repeat 3
    python benchmarks/throughput.py --min-chars 3000  # dev notes joined into ~3,000-character notes
    python benchmarks/throughput.py --load-only --load-runs 5 --compare ../base  # cold/warm load, two trees

Measured in one run, on the same notes: spaCy's blank English tokenizer alone; medspaCy's default
pipeline (`medspacy.load()`: PyRuSH sentences, target matcher, ConText; its loguru DEBUG output
is switched off so log I/O is not what is timed); PyRuSH alone against Painpoint's sentence
splitter; Painpoint extraction (`nlp.extract`); full analysis (`api.pipeline.analyze_text`,
extraction + coding engine); and full analysis on two processes. Load time and resident memory
are measured in a fresh interpreter. Notes are never printed; only counts, sizes and timings.

The notes are analysed several times over, so spaCy's tokenizer cache is warm for their words: the
figures are steady-state ones. A speed change must keep every result byte-identical: check it with
`benchmarks/snapshot.py` (dump before and after, then diff). On a shared machine compare two trees
in one session, interleaved, and read the CPU columns.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def load_notes(folder: Path | None) -> tuple[Path, list[str]]:
    candidates = [folder] if folder else [ROOT / "corpora/notes/dev", ROOT / "tests/data/notes"]
    for c in candidates:
        if c and c.is_dir():
            files = sorted(c.glob("*.txt"))
            if files:
                return c, [f.read_text(encoding="utf-8", errors="replace") for f in files]
    raise SystemExit("no notes found")


def rate(name: str, fn: Callable[[str], object], notes: list[str], repeat: int) -> dict:
    """Wall-clock and CPU figures: on a shared machine the CPU ones are the reproducible ones."""
    for t in notes[:3]:  # warm-up
        fn(t)
    lat: list[float] = []
    cpu_lat: list[float] = []
    chars = 0
    start, cpu_start = time.perf_counter(), time.process_time()
    for _ in range(repeat):
        for t in notes:
            t0, c0 = time.perf_counter(), time.process_time()
            fn(t)
            lat.append(time.perf_counter() - t0)
            cpu_lat.append(time.process_time() - c0)
            chars += len(t)
    wall, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    lat.sort()
    cpu_lat.sort()
    p95 = min(len(lat) - 1, int(len(lat) * 0.95))
    row = {
        "stage": name,
        "notes_per_s": len(lat) / wall,
        "cpu_notes_per_s": len(lat) / cpu,
        "chars_per_s": chars / wall,
        "cpu_chars_per_s": chars / cpu,
        "p50_ms": 1000 * lat[len(lat) // 2],
        "p95_ms": 1000 * lat[p95],
        "cpu_p50_ms": 1000 * cpu_lat[len(lat) // 2],
        "cpu_p95_ms": 1000 * cpu_lat[p95],
    }
    print(f"{name:40s} wall {row['notes_per_s']:7.1f} notes/s {row['chars_per_s'] / 1000:7.1f} kchar/s "
          f"p50 {row['p50_ms']:6.1f} p95 {row['p95_ms']:6.1f} ms | CPU {row['cpu_notes_per_s']:7.1f} notes/s "
          f"{row['cpu_chars_per_s'] / 1000:7.1f} kchar/s p50 {row['cpu_p50_ms']:6.1f} p95 {row['cpu_p95_ms']:6.1f} ms",
          flush=True)
    return row


def joined(notes: list[str], min_chars: int) -> list[str]:
    """Longer notes made by joining consecutive ones (for the ~3,000-character target)."""
    out: list[str] = []
    cur = ""
    for t in notes:
        cur = f"{cur}\n\n{t}" if cur else t
        if len(cur) >= min_chars:
            out.append(cur)
            cur = ""
    return out


def _worker(args: tuple[list[str], int]) -> int:
    from api.pipeline import analyze_text

    notes, repeat = args
    for _ in range(repeat):
        for t in notes:
            analyze_text(t)
    return len(notes) * repeat


def two_processes(notes: list[str], repeat: int) -> None:
    ctx = mp.get_context("spawn")
    with ctx.Pool(2) as pool:
        pool.map(_worker, [(notes[:2], 1), (notes[:2], 1)])  # load the pipeline in both workers
        start = time.perf_counter()
        half = len(notes) // 2
        done = sum(pool.map(_worker, [(notes[:half], repeat), (notes[half:], repeat)]))
        wall = time.perf_counter() - start
    chars = sum(len(t) for t in notes) * repeat
    print(f"{'full analyze, 2 processes':38s} {done / wall:9.1f} notes/s {chars / wall / 1000:9.1f} kchar/s",
          flush=True)


_LOAD_PROBE = """
import json, resource, sys, time
sys.path.insert(0, {root!r})
t0, c0 = time.perf_counter(), time.process_time()
from nlp.pipeline import get_pipeline
t1 = time.perf_counter()
get_pipeline()
t2, c2 = time.perf_counter(), time.process_time()
from api.pipeline import analyze_text
analyze_text(open({note!r}, encoding="utf-8", errors="replace").read())
t3, c3 = time.perf_counter(), time.process_time()
import nlp
assert nlp.__file__.startswith({root!r}), nlp.__file__  # the tree asked for, not an installed copy
rss = int(open("/proc/self/status").read().split("VmRSS:")[1].split()[0]) / 1024
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({{"import_s": t1 - t0, "build_s": t2 - t1, "load_cpu_s": c2 - c0, "first_note_s": t3 - t2,
                  "first_note_cpu_s": c3 - c2, "rss_mb": rss, "peak_mb": peak}}))
"""


def _probe(root: Path, note_path: Path, cache_dir: Path) -> dict:
    """One fresh interpreter loading the pipeline of the tree `root` with the rule cache in `cache_dir`."""
    env = {**os.environ, "PAINPOINT_CACHE_DIR": str(cache_dir)}
    env.pop("PAINPOINT_SEMANTIC", None)
    out = subprocess.run([sys.executable, "-c", _LOAD_PROBE.format(root=str(root), note=str(note_path))],
                         capture_output=True, text=True, check=True, env=env, cwd=root)
    return json.loads(out.stdout.strip().splitlines()[-1])


def load_and_memory(note_path: Path, runs: int = 1, trees: tuple[Path, ...] = (ROOT,)) -> None:
    """Load time in fresh interpreters, COLD (an empty rule cache folder: the rules are analysed and the cache written,
    as at a fresh install's first run) then WARM (the same folder again), for each tree in turn, `runs` times
    interleaved (compare two checkouts on a shared machine this way); then the medians. Load is importing
    `nlp.pipeline` and building the pipeline; the first note (with the knowledge base and the coding engine's import)
    is reported beside it. Memory is the warm run's."""
    rows: dict[tuple[str, str], list[dict]] = {}
    for _ in range(runs):
        for root in trees:
            with tempfile.TemporaryDirectory(prefix="painpoint-load-") as tmp:
                for state in ("cold", "warm"):
                    d = _probe(root, note_path, Path(tmp))
                    rows.setdefault((str(root), state), []).append(d)
                    print(f"{state} {root}: pipeline load: import {d['import_s']:.2f} s + build {d['build_s']:.2f} s = "
                          f"{d['import_s'] + d['build_s']:.2f} s wall, {d['load_cpu_s']:.2f} s CPU; first note incl. "
                          f"knowledge base {d['first_note_s']:.2f} s ({d['first_note_cpu_s']:.2f} s CPU); "
                          f"load average {os.getloadavg()[0]:.1f}", flush=True)
    for (root, state), ds in rows.items():
        med = {k: statistics.median(d[k] for d in ds) for k in ds[0]}
        print(f"median of {len(ds)} {state:4s} {root}: load {med['import_s'] + med['build_s']:.2f} s wall "
              f"({med['load_cpu_s']:.2f} s CPU), first note {med['first_note_s']:.2f} s "
              f"({med['first_note_cpu_s']:.2f} s CPU); resident memory after one analysis {med['rss_mb']:.0f} MB "
              f"(peak {med['peak_mb']:.0f} MB)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--notes", type=Path, default=None, help="folder of .txt notes")
    ap.add_argument("--repeat", type=int, default=3, help="passes over the notes per stage")
    ap.add_argument("--skip-medspacy", action="store_true", help="skip medspaCy's default pipeline")
    ap.add_argument("--min-chars", type=int, default=0,
                    help="join consecutive notes until each has at least this many characters (e.g. 3000)")
    ap.add_argument("--load-only", action="store_true", help="only the load time and memory, cold and warm")
    ap.add_argument("--load-runs", type=int, default=1, help="cold + warm load measurements per tree")
    ap.add_argument("--compare", type=Path, action="append", default=[],
                    help="another checkout whose load is measured interleaved with this one's (repeatable)")
    args = ap.parse_args()

    folder, notes = load_notes(args.notes)
    if args.min_chars:
        notes = joined(notes, args.min_chars)
    sizes = [len(t) for t in notes]
    print(f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} (wall figures suffer when it exceeds them)")
    print(f"{len(notes)} notes from {folder.relative_to(ROOT) if folder.is_relative_to(ROOT) else folder}; "
          f"mean {statistics.mean(sizes):.0f} chars (min {min(sizes)}, max {max(sizes)}); "
          f"{args.repeat} passes per stage; Python {sys.version.split()[0]}")
    load_and_memory(next(iter(sorted(folder.glob("*.txt")))), args.load_runs,
                    (ROOT, *(p.resolve() for p in args.compare)))
    if args.load_only:
        return

    from nlp.pipeline import build_pipeline, get_pipeline

    import spacy

    blank = spacy.blank("en")
    rate("spaCy blank English tokenizer", blank.make_doc, notes, args.repeat)
    ours = build_pipeline(("painpoint_sentences",))
    rate("Painpoint tokenizer + sentence splitter", ours, notes, args.repeat)
    rows = {}
    if not args.skip_medspacy:
        from loguru import logger

        logger.remove()  # PyRuSH logs every sentence at DEBUG; time the work, not the logging
        import medspacy

        default = medspacy.load()
        rows["medspacy"] = rate("medspaCy default pipeline", default, notes, args.repeat)
        pyrush = medspacy.load(medspacy_enable=["medspacy_pyrush"])
        rate("  of which PyRuSH sentence splitting", pyrush, notes, args.repeat)
    from api.pipeline import analyze_text
    from nlp import extract

    get_pipeline()
    rows["extract"] = rate("Painpoint extraction (nlp.extract)", extract, notes, args.repeat)
    rows["full"] = rate("full analyze (analyze_text)", analyze_text, notes, args.repeat)
    two_processes(notes, args.repeat)
    if "medspacy" in rows:
        print(f"full analyze vs medspaCy default: {rows['full']['notes_per_s'] / rows['medspacy']['notes_per_s']:.1f}x "
              f"(wall), {rows['full']['cpu_notes_per_s'] / rows['medspacy']['cpu_notes_per_s']:.1f}x (CPU)")


if __name__ == "__main__":
    main()
