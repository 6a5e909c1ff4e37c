"""Metamorphic probe: does the reader give the same answer when a note is rewritten without changing its meaning?

Every dev note already reads right, so a rewrite that keeps the meaning (an abbreviation, a unit
spelled another way, a brand name for a generic, a different layout) and changes the result shows a
fragility that unseen notes will hit. This script prints figures; it asserts nothing.

    python benchmarks/metamorphic.py corpora/notes/dev                       # every transform
    python benchmarks/metamorphic.py --transform abbrev_side --limit 50 corpora/notes/dev_extra
    python benchmarks/metamorphic.py --show corpora/notes/dev_fresh_a         # item diffs per changed note

Each note is analysed as written and as transformed through `api.pipeline.analyze_text` with the
gold's payer, date and place of service (the call `painpoint eval` makes), and the two results are
compared field by field (the fields `painpoint eval` scores, plus code lines and finding elements).
Per transform it prints: notes, notes the transform rewrote, notes whose result changed, and for each
changed note its id and the changed fields. `--show` adds the items that appeared or vanished (ids and
short values, never note text) and a mark per field: '=x' means the note as written matched the gold
and the rewrite does not ('x=': the rewrite reads the gold and the original did not).

Transforms are pure `str -> str` functions with a docstring saying why the meaning is kept; any
randomness is seeded from the text, so a run is deterministic. They live in sibling modules
(`metamorphic_words.py`: wording; `metamorphic_layout.py`: layout, where present) and are collected
into :data:`TRANSFORMS` here. A transform that truly changes a note's meaning is the transform's bug.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))  # the transform modules beside this script
if str(ROOT) not in sys.path:
    sys.path.append(str(ROOT))  # appended: a PYTHONPATH naming another tree (a baseline) wins

Transform = Callable[[str], str]
TRANSFORM_MODULES = ("metamorphic_words", "metamorphic_layout")


def collect_transforms() -> dict[str, Transform]:
    """Name -> transform from every transform module present (each exports a `TRANSFORMS` dict)."""
    out: dict[str, Transform] = {}
    for name in TRANSFORM_MODULES:
        try:
            mod = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue
        for key, fn in mod.TRANSFORMS.items():
            if key in out:
                raise ValueError(f"transform {key!r} defined twice")
            out[key] = fn
    return out


TRANSFORMS: dict[str, Transform] = collect_transforms()


def compare_fields(a, b) -> dict[str, tuple[set, set]]:
    """Fields whose items differ between two `NoteView`s: name -> (only in a, only in b)."""
    from api.evaluation import FIELDS, field_items

    diffs: dict[str, tuple[set, set]] = {}
    for name in FIELDS:
        x, y = field_items(a, name), field_items(b, name)
        if x != y:
            diffs[name] = (x - y, y - x)
    for name in ("codes", "findings"):
        x, y = getattr(a, name), getattr(b, name)
        if x != y:
            diffs[name] = (x - y, y - x)
    return diffs


def _short(items: set, width: int = 90) -> str:
    text = ", ".join(sorted(map(str, items)))
    return text if len(text) <= width else text[: width - 3] + "..."


def run(folders: list[str], names: list[str], limit: int | None, show: bool) -> dict[str, dict]:
    """Analyse every note under `folders` as written and under each transform; print and return figures."""
    from api.evaluation import corpus_notes, field_items, gold_view, requirement_ids, result_view
    from api.pipeline import analyze_text

    reqs = requirement_ids()
    notes = []
    for folder in folders:
        found = corpus_notes(Path(folder))
        notes.extend(found[:limit] if limit else found)

    def view(text: str, gold):
        result = analyze_text(text, payer=gold.payer, date_of_service=gold.date_of_service,
                              place_of_service=gold.place_of_service, source="metamorphic")
        return result_view(result, requirements=reqs)

    stats = {n: {"notes": 0, "rewritten": 0, "changed": [], "errors": 0} for n in names}
    for txt, gold in notes:
        text = txt.read_text(encoding="utf-8")
        base = None
        for name in names:
            st = stats[name]
            st["notes"] += 1
            new = TRANSFORMS[name](text)
            if new == text:
                continue
            st["rewritten"] += 1
            if base is None:
                base = view(text, gold)
            try:
                other = view(new, gold)
            except Exception as exc:  # noqa: BLE001 - a crash on a rewrite is itself a finding
                st["errors"] += 1
                st["changed"].append((gold.id, {"error": ({type(exc).__name__}, set(), "?x")}))
                continue
            diffs = compare_fields(base, other)
            if diffs:
                gview = gold_view(gold)

                def right(v, field: str) -> str:
                    if field in ("codes", "findings"):
                        return "=" if getattr(v, field) == getattr(gview, field) else "x"
                    return "=" if field_items(v, field, gview) == field_items(gview, field) else "x"

                marks = {f: right(base, f) + right(other, f) for f in diffs}
                st["changed"].append((gold.id, {f: (*d, marks[f]) for f, d in diffs.items()}))
    for name in names:
        st = stats[name]
        print(f"{name:18s} notes {st['notes']:5d}  rewritten {st['rewritten']:5d}  changed {len(st['changed']):4d}"
              f"  invariant {1 - len(st['changed']) / max(st['rewritten'], 1):.3f}")
        for note_id, diffs in st["changed"]:
            print(f"    {note_id}: {', '.join(diffs)}")
            if show:
                for field, (lost, gained, mark) in diffs.items():
                    print(f"        {field} [{mark}]: -[{_short(lost)}] +[{_short(gained)}]")
    return stats


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folders", nargs="+", help="corpus folders (never the test split)")
    ap.add_argument("--transform", action="append", choices=sorted(TRANSFORMS), help="default: all")
    ap.add_argument("--limit", type=int, help="at most N notes per folder")
    ap.add_argument("--show", action="store_true", help="print the items that changed")
    args = ap.parse_args(argv)
    if any(Path(f).resolve().name == "test" for f in args.folders):
        ap.error("the held-out test split is never probed")
    run(args.folders, args.transform or sorted(TRANSFORMS), args.limit, args.show)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
