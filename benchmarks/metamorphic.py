"""Metamorphic probe: a note rewritten without changing its meaning must read the same.

    python benchmarks/metamorphic.py [--transform NAME ...] [--limit N] [--list] FOLDER...

Every annotated note under each FOLDER is analysed as written and after each transform, through
`api.pipeline.analyze_text` with the gold's payer, date and place of service (the call `painpoint eval`
makes). Per transform the script prints how many notes it ran, how many the transform actually
altered, and how many read differently, then for each such note its id and the compared fields that
changed (code lines, each field `painpoint eval` scores, finding elements). Note text is never
printed: ids and field names only.

Why: every development note already reads right, so a change under a meaning-keeping rewrite is a
fragility that unseen notes (another vendor's layout, another scribe's habits) will hit, found
without writing a single new wording.

Transforms live in the modules `benchmarks/metamorphic_*.py`; each exports
``TRANSFORMS: dict[str, Callable[[str], str]]`` of small pure, deterministic functions (any choice is
seeded from the note text itself) whose docstrings say why the meaning is kept. A transform that
does change a gold fact for some note is the transform's bug, not the reader's.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.append(str(ROOT))  # appended: a PYTHONPATH naming another tree (the reader before a change) wins

Transform = Callable[[str], str]


def load_transforms(folder: Path = Path(__file__).resolve().parent) -> dict[str, Transform]:
    """All transforms of the `metamorphic_*.py` modules beside this script, by name.

    One module per author keeps the transform families apart (and their merges conflict-free)."""
    out: dict[str, Transform] = {}
    for path in sorted(folder.glob("metamorphic_*.py")):
        spec = importlib.util.spec_from_file_location(f"_metamorphic_{path.stem}", path)
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        for name, fn in getattr(module, "TRANSFORMS", {}).items():
            if name in out:
                raise ValueError(f"transform {name!r} defined twice ({path.name})")
            out[name] = fn
    return out


def comparable(view: Any) -> dict[str, Any]:
    """The compared items of one result view: every field `painpoint eval` scores, the code lines
    (code, modifiers, units) and the finding elements, each as a sorted tuple."""
    from api.evaluation import FIELDS, field_items

    items = {name: tuple(sorted(map(repr, field_items(view, name)))) for name in FIELDS}
    items["codes"] = tuple(sorted(map(repr, view.codes)))
    items["findings"] = tuple(sorted(view.findings))
    return items


def changed_fields(before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    """Names of the fields whose items differ (codes as `codes`, findings as `findings:+x,-y`)."""
    out = []
    for name in before:
        if before[name] == after[name]:
            continue
        if name == "findings":
            gained = sorted(set(after[name]) - set(before[name]))
            lost = sorted(set(before[name]) - set(after[name]))
            out.append("findings:" + ",".join([f"+{x}" for x in gained] + [f"-{x}" for x in lost]))
        else:
            out.append(name)
    return out


def run(folders: list[Path], transforms: dict[str, Transform], limit: int | None = None) -> dict[str, dict[str, Any]]:
    """Analyse each note as written and under each transform; per transform: notes, altered, changed ids."""
    from api.evaluation import corpus_notes, requirement_ids, result_view
    from api.pipeline import analyze_text

    reqs = requirement_ids()
    stats: dict[str, dict[str, Any]] = {name: {"notes": 0, "altered": 0, "changed": {}} for name in transforms}

    def read(text: str, gold: Any, source: str) -> dict[str, Any]:
        try:
            result = analyze_text(text, payer=gold.payer, date_of_service=gold.date_of_service,
                                  place_of_service=gold.place_of_service, source=source)
        except Exception as exc:  # noqa: BLE001 - a crash is a change like any other
            return {"error": (type(exc).__name__,)}
        return comparable(result_view(result, requirements=reqs))

    for folder in folders:
        notes = corpus_notes(folder)
        if limit is not None:
            notes = notes[:limit]
        for txt, gold in notes:
            text = txt.read_text(encoding="utf-8")
            base = read(text, gold, txt.name)
            for name, fn in transforms.items():
                st = stats[name]
                st["notes"] += 1
                new = fn(text)
                if new == text:
                    continue
                st["altered"] += 1
                after = read(new, gold, txt.name)
                diff = changed_fields(base, after) if "error" not in after else ["error:" + after["error"][0]]
                if diff:
                    st["changed"][f"{folder.name}/{gold.id}"] = diff
    return stats


def main(argv: list[str] | None = None) -> int:
    transforms = load_transforms()
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folders", nargs="*", type=Path)
    ap.add_argument("--transform", "-t", action="append", choices=sorted(transforms), help="run only these (repeatable)")
    ap.add_argument("--limit", type=int, default=None, help="at most N notes per folder")
    ap.add_argument("--list", action="store_true", help="list the transforms with the first line of their docstring")
    ap.add_argument("--quiet", "-q", action="store_true", help="figures only, no per-note lines")
    args = ap.parse_args(argv)
    if args.list or not args.folders:
        for name, fn in transforms.items():
            print(f"{name:22s} {(fn.__doc__ or '').strip().splitlines()[0] if fn.__doc__ else ''}")
        return 0
    chosen = {n: transforms[n] for n in (args.transform or transforms)}
    stats = run(args.folders, chosen, args.limit)
    print(f"{'transform':22s} {'notes':>6s} {'altered':>8s} {'changed':>8s} {'invariant':>9s}")
    for name, st in stats.items():
        altered = st["altered"]
        inv = 1.0 - len(st["changed"]) / altered if altered else 1.0
        print(f"{name:22s} {st['notes']:6d} {altered:8d} {len(st['changed']):8d} {inv:9.3f}")
    if not args.quiet:
        for name, st in stats.items():
            for note_id, diff in sorted(st["changed"].items()):
                print(f"  {name}: {note_id}: {' '.join(diff)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
