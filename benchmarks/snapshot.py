"""Snapshot every note's JSON result, and diff two snapshots: the identity check for speed work.

An optimisation of the engine must not change a single output byte. This writes the documented
result (`AnalysisResult.model_dump(mode="json")`, as `painpoint analyze --format json` prints it)
of every note in the given folders to one JSON file, keyed by the note's path relative to the repo,
and compares two such files note by note.

    python benchmarks/snapshot.py dump before.json          # dev, dev_extra and samples
    python benchmarks/snapshot.py dump after.json corpora/samples
    python benchmarks/snapshot.py diff before.json after.json   # exit 1 when anything differs
    python benchmarks/snapshot.py diff before.json after.json --ignore facts/documented_elements

`--ignore PATH` (repeatable) leaves one field of every note out of the comparison, for a change whose documented
meaning of that field changed on purpose (s15: the lazy presence verifier fills `facts/documented_elements` only for
the elements the checker asks about); the report names what was left out.

Only the results are written (they hold evidence excerpts of our own fictional notes, as the CLI's
JSON does); nothing is logged. The held-out test split is never read by default.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DEFAULT_FOLDERS = ("corpora/notes/dev", "corpora/notes/dev_extra", "corpora/samples")


def dump(out: Path, folders: list[str]) -> int:
    """Analyse every `.txt` under `folders` (as the CLI reads them) and write the results."""
    from api.errors import BadNoteError
    from api.pipeline import analyze_text, read_note

    results: dict[str, Any] = {}
    for folder in folders:
        base = (ROOT / folder).resolve()
        for path in sorted(base.glob("*.txt")):
            key = str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)
            try:
                text, notices = read_note(path)
                result = analyze_text(text, source=path.name, notices=notices)
                results[key] = result.model_dump(mode="json")
            except BadNoteError as exc:  # the message is part of the output too
                results[key] = {"error": type(exc).__name__, "message": str(exc)}
    out.write_text(json.dumps(results, indent=1, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
    import nlp

    print(f"{len(results)} notes written to {out} (code from {Path(nlp.__file__).parents[1]})")
    return 0


def _first_difference(a: Any, b: Any, path: str = "") -> str:
    """The JSON path of the first place two values differ (for a readable report)."""
    if type(a) is not type(b):
        return f"{path or '/'}: type {type(a).__name__} != {type(b).__name__}"
    if isinstance(a, dict):
        for k in sorted(set(a) | set(b)):
            if k not in a or k not in b:
                return f"{path}/{k}: only in {'second' if k not in a else 'first'}"
            if a[k] != b[k]:
                return _first_difference(a[k], b[k], f"{path}/{k}")
    if isinstance(a, list):
        if len(a) != len(b):
            return f"{path}: {len(a)} items != {len(b)}"
        for i, (x, y) in enumerate(zip(a, b)):
            if x != y:
                return _first_difference(x, y, f"{path}/{i}")
    return f"{path or '/'}: values differ"


def _drop(result: Any, path: list[str]) -> None:
    """Remove the value at `path` (keys) from one note's result, where it is there."""
    for key in path[:-1]:
        result = result.get(key) if isinstance(result, dict) else None
    if isinstance(result, dict):
        result.pop(path[-1], None)


def diff(first: Path, second: Path, ignore: list[str] | None = None) -> int:
    """0 when both snapshots hold the same notes with byte-identical results (less the `ignore` paths), else 1."""
    raw_a, raw_b = first.read_bytes(), second.read_bytes()
    a, b = json.loads(raw_a), json.loads(raw_b)
    for path in ignore or []:
        for result in (*a.values(), *b.values()):
            _drop(result, path.strip("/").split("/"))
    if ignore:
        print(f"left out of every note: {', '.join(ignore)}")
        raw_a = raw_b = b""  # the files differ there by design: compare values only
    changed = 0
    for key in sorted(set(a) | set(b)):
        if key not in a or key not in b:
            print(f"{key}: only in {first if key in a else second}")
            changed += 1
        elif a[key] != b[key]:
            print(f"{key}: {_first_difference(a[key], b[key])}")
            changed += 1
    if not changed and raw_a != raw_b:  # equal as values but not as bytes (float text, key order)
        print("same values, different bytes")
        changed = 1
    print(f"{len(set(a) | set(b))} notes, {changed} differ" if changed else f"{len(a)} notes, identical")
    return 1 if changed else 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump", help="write every note's result to OUT")
    d.add_argument("out", type=Path)
    d.add_argument("folders", nargs="*", default=list(DEFAULT_FOLDERS))
    c = sub.add_parser("diff", help="compare two dumps; exit 1 when they differ")
    c.add_argument("first", type=Path)
    c.add_argument("second", type=Path)
    c.add_argument("--ignore", action="append", default=[], metavar="PATH",
                   help="a JSON path (e.g. facts/documented_elements) left out of every note; repeatable")
    args = ap.parse_args()
    if args.cmd == "dump":
        return dump(args.out, args.folders)
    return diff(args.first, args.second, args.ignore)


if __name__ == "__main__":
    raise SystemExit(main())
