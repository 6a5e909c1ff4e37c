"""Where a note's full analysis spends its time: per-stage CPU without a profiler, then cProfile.

Uses the notes `throughput.py --min-chars N` uses (dev notes joined to at least N characters). After one warm-up pass,
each stage of `api.pipeline.analyze_text` (text normalising, each spaCy component, the fact builders inside the facts
component, the coding engine, the result model) is timed with `time.process_time` over `--passes` passes, without any
profiler hook (cProfile inflates Python-call-heavy code), and printed as CPU ms per note; then the same passes are run
under cProfile and the top functions printed by own time and by cumulative time. Only timings and function names are
printed, never note text.

    python benchmarks/profile_analyze.py --min-chars 2500 --passes 3 --top 40
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from throughput import joined, load_notes  # noqa: E402

#: Functions inside the facts component timed on their own (module, attribute): rebound for the staged pass only.
_BUILDERS = (
    ("nlp.facts_component", "NoteContext"),
    ("nlp.facts_component", "ProcedureBuilder"),
    ("nlp.facts_component", "DrugBuilder"),
    ("nlp.facts_component", "assessments"),
    ("nlp.facts_component", "necessity"),
    ("nlp.facts_component", "annotate_history"),
    ("nlp.facts_component", "events"),
)
#: Methods timed on their own (module, class, method): the builders' `build`, which the calls above do not reach.
_METHODS = (
    ("nlp.build_procedures", "ProcedureBuilder", "build"),
    ("nlp.build_drugs", "DrugBuilder", "build"),
)


def _staged(text: str, times: dict[str, float]) -> None:
    """`analyze_text` taken apart, each stage's CPU time added to `times` (the same steps, in the same order): the
    pipeline without the presence verifier (`nlp.read`), coding, then the lazy presence pass (`_with_presence`: the
    verifier on the kept Doc and a second coding, only for a note whose presence check read nothing)."""
    from api.pipeline import AnalysisResult, validate_text
    from coding.engine import propose
    from nlp import PRESENCE_PIPE, Reading
    from nlp.normalise import compact_spaces, normalise, remap_evidence, restore_evidence
    from nlp.pipeline import get_pipeline

    clock = time.process_time
    t = clock()
    validate_text(text)
    nlp = get_pipeline()
    read = normalise(text)
    read, offsets = compact_spaces(read)
    doc = nlp.make_doc(read)
    doc.user_data["painpoint_text"] = read
    doc._.source = None
    t1 = clock()
    times["normalise + tokenizer"] += t1 - t
    for name, proc in nlp.pipeline:
        if name == PRESENCE_PIPE:
            continue
        t = clock()
        doc = proc(doc)
        times[name] += clock() - t
    t = clock()
    facts = doc._.facts
    if offsets is not None:
        remap_evidence(facts, offsets)
    if read is not text:
        restore_evidence(facts, text)
    reading = Reading(doc, facts, offsets, text, read)
    t1 = clock()
    times["evidence remap"] += t1 - t
    facts.encounter.payer = "medicare"
    coded = propose(facts, payer="medicare", date_of_service=facts.encounter.date_of_service)
    t2 = clock()
    times["coding (propose)"] += t2 - t1
    if coded.presence_unread:
        documented = reading.documented(sorted(coded.presence_unread))
        if documented:
            facts.documented_elements = documented
            coded = propose(facts, payer="medicare", date_of_service=facts.encounter.date_of_service)
    t3 = clock()
    times["presence, lazy (+ coding again)"] += t3 - t2
    reading.close()
    del doc
    t4 = clock()
    times["free doc"] += t4 - t3
    AnalysisResult(source=None, procedures=facts.procedures, drugs=facts.drugs, assessments=facts.assessments,
                   necessity=facts.necessity, codes=coded.codes, diagnoses=coded.diagnoses, findings=coded.findings,
                   kb_version=coded.kb_version, facts=facts, notices=[])
    times["result model"] += clock() - t4


class _Timed:
    """A stand-in for a callable or module that adds the CPU time of each call to one bucket."""

    def __init__(self, inner: object, name: str, times: dict[str, float]) -> None:
        self._inner, self._name, self._times = inner, name, times

    def __call__(self, *a: object, **k: object) -> object:
        t = time.process_time()
        out = self._inner(*a, **k)  # type: ignore[operator]
        self._times[self._name] += time.process_time() - t
        return out

    def __getattr__(self, attr: str) -> object:
        value = getattr(self._inner, attr)
        if callable(value) and not isinstance(value, type):
            return _Timed(value, f"{self._name}.{attr}", self._times)  # "  events.imaging", "  NoteContext.build"
        return value


def _timed_method(inner, name: str, times: dict[str, float]):  # noqa: ANN001, ANN202
    """A method that adds its CPU time to `times[name]` (a plain function, so it binds like the original)."""
    def timed(self, *a, **k):  # noqa: ANN001, ANN002, ANN003, ANN202
        t = time.process_time()
        try:
            return inner(self, *a, **k)
        finally:
            times[name] += time.process_time() - t
    return timed


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--notes", type=Path, default=None)
    ap.add_argument("--min-chars", type=int, default=2500)
    ap.add_argument("--passes", type=int, default=3)
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--no-cprofile", action="store_true")
    args = ap.parse_args()
    _, notes = load_notes(args.notes)
    if args.min_chars:
        notes = joined(notes, args.min_chars)
    from api.pipeline import analyze_text

    for t in notes:  # warm-up: pipeline, knowledge base, tokenizer cache, lazily compiled cues
        analyze_text(t)
    n = len(notes) * args.passes
    print(f"{len(notes)} notes x {args.passes} passes; load average {os.getloadavg()[0]:.1f}")

    c0 = time.process_time()
    for _ in range(args.passes):
        for t in notes:
            analyze_text(t)
    whole = (time.process_time() - c0) * 1000 / n
    print(f"analyze_text, no profiler: {whole:.2f} ms CPU per note")

    import importlib

    times: dict[str, float] = defaultdict(float)
    saved = []
    for mod_name, attr in _BUILDERS:
        mod = importlib.import_module(mod_name)
        inner = getattr(mod, attr)
        saved.append((mod, attr, inner))
        label = f"  {attr}"
        setattr(mod, attr, _Timed(inner, label, times))
    for mod_name, cls_name, meth in _METHODS:
        cls = getattr(importlib.import_module(mod_name), cls_name)
        inner = cls.__dict__[meth]
        saved.append((cls, meth, inner))
        setattr(cls, meth, _timed_method(inner, f"  {cls_name}.{meth}", times))
    try:
        for _ in range(args.passes):
            for t in notes:
                _staged(t, times)
    finally:
        for mod, attr, inner in saved:
            setattr(mod, attr, inner)
    total = sum(v for k, v in times.items() if not k.startswith(" "))
    print(f"staged total {total * 1000 / n:.2f} ms CPU per note (stages; indented = inside painpoint_facts)")
    for k, v in times.items():
        print(f"  {k:34s} {v * 1000 / n:7.3f} ms")

    if args.no_cprofile:
        return
    prof = cProfile.Profile()
    prof.enable()
    for _ in range(args.passes):
        for t in notes:
            analyze_text(t)
    prof.disable()
    for key in ("tottime", "cumulative"):
        print(f"\n=== cProfile by {key} (totals over {n} notes) ===")
        pstats.Stats(prof).strip_dirs().sort_stats(key).print_stats(args.top)


if __name__ == "__main__":
    main()
