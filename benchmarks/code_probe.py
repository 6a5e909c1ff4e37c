"""Code-line probe (session 17): are procedures and doses read right when they are told in unseen ways?

Why: on notes nobody developed against, most wrong code lines and most false findings come from a misread
procedure family (a stimulator implant read as an epidural; a block read as an unlisted procedure because a
discussed RF was named) or a dose multiplied out wrong; one misread family costs six to nine findings. The
paraphrase probe (`paraphrase_probe.py`) measures documentation elements; this one measures the code lines.
Each item is a short whole note written for this probe (fictional, never patient text) with the code lines an
expert coder bills on the physician claim. `kind: positive` items tell a procedure or a dose in an unusual but
clear way; `kind: near_miss` items hold a wording that must not be read as what it resembles (a procedure only
discussed, a dose for next time). Sets are written in twins by writers who never read the rules: one twin is
fixed against, the other is kept to measure whether the fixes generalise (see benchmarks/README.md).

File: `<dir>/items.yaml` with `set` and `items`, each item `id`, `why`, `kind`, `place_of_service`,
`date_of_service`, `payer`, `note`, `codes` (lines written `"CODE[ MOD ...] xUNITS"`, modifiers sorted) and, in
finding sets, `findings` (the finding elements the note fails, as `painpoint eval` counts them: the item is right
only when both the code lines and the element set are exactly right). An item without `findings` is scored on its
code lines alone.

Usage: python benchmarks/code_probe.py DIR [DIR ...] [--show] [--json]
Prints per set: items whose code lines are exactly right (positives, near misses) and the failing ids;
`--show` adds expected and proposed lines per failing item (never note text).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

Line = tuple[str, tuple[str, ...], int]


def parse_line(text: str) -> Line:
    """`"64493 50 KX x1"` -> ("64493", ("50", "KX"), 1); modifiers are sorted so the order written does not matter."""
    parts = text.split()
    if len(parts) < 2 or not parts[-1].lower().startswith("x"):
        raise ValueError(f"code line {text!r}: expected 'CODE [MOD ...] xUNITS'")
    return parts[0].upper(), tuple(sorted(m.upper() for m in parts[1:-1])), int(parts[-1][1:])


def format_line(line: Line) -> str:
    code, mods, units = line
    return " ".join([code, *mods, f"x{units}"])


@dataclass
class ItemOutcome:
    id: str
    kind: str
    exact: bool
    missing: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    missing_findings: list[str] = field(default_factory=list)
    extra_findings: list[str] = field(default_factory=list)
    error: str | None = None


def run_item(item: dict, analyze, requirements: frozenset[str] = frozenset()) -> ItemOutcome:
    """Analyse one item as `painpoint eval` analyses a gold note (its payer, date and place of service)."""
    from api.evaluation import result_view

    expected = {parse_line(c) for c in item.get("codes") or []}
    dos = item.get("date_of_service")
    try:
        result = analyze(
            item["note"],
            payer=item.get("payer") or "medicare",
            date_of_service=dt.date.fromisoformat(str(dos)) if dos else None,
            place_of_service=str(item["place_of_service"]) if item.get("place_of_service") else None,
        )
    except Exception as exc:  # a probe reports every item; the error names the exception, not the text
        return ItemOutcome(item["id"], item.get("kind", "positive"), False, error=type(exc).__name__)
    view = result_view(result, requirements=requirements)
    got = view.codes
    exact = got == expected
    want_findings = item.get("findings")
    missing_f: list[str] = []
    extra_f: list[str] = []
    if want_findings is not None:
        missing_f = sorted(set(want_findings) - view.findings)
        extra_f = sorted(view.findings - set(want_findings))
        exact = exact and not missing_f and not extra_f
    return ItemOutcome(
        item["id"], item.get("kind", "positive"), exact,
        missing=sorted(format_line(x) for x in expected - got),
        extra=sorted(format_line(x) for x in got - expected),
        missing_findings=missing_f, extra_findings=extra_f,
    )


def load_items(folder: Path) -> tuple[str, list[dict]]:
    data = yaml.safe_load((folder / "items.yaml").read_text(encoding="utf-8"))
    return str(data.get("set") or folder.name), list(data["items"])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dirs", nargs="+", type=Path, help="probe set folders, each holding items.yaml")
    ap.add_argument("--show", action="store_true", help="expected vs proposed lines of each failing item")
    ap.add_argument("--json", action="store_true", help="one JSON object per set")
    args = ap.parse_args(argv)
    from api.evaluation import requirement_ids
    from api.pipeline import analyze_text

    requirements = requirement_ids()
    for folder in args.dirs:
        name, items = load_items(folder)
        outcomes = [run_item(it, analyze_text, requirements) for it in items]
        by_kind: dict[str, list[int]] = {}
        for o in outcomes:
            tally = by_kind.setdefault(o.kind, [0, 0])
            tally[0] += o.exact
            tally[1] += 1
        if args.json:
            print(json.dumps({"set": name, "items": len(outcomes), "exact": sum(o.exact for o in outcomes),
                              "by_kind": by_kind, "failing": [o.__dict__ for o in outcomes if not o.exact]}))
            continue
        kinds = "  ".join(f"{k} {e}/{n}" for k, (e, n) in sorted(by_kind.items()))
        print(f"{name:10s} exact {sum(o.exact for o in outcomes)}/{len(outcomes)}  {kinds}")
        failing = [o for o in outcomes if not o.exact]
        if failing and not args.show:
            print("  failing: " + " ".join(o.id for o in failing))
        for o in failing if args.show else []:
            what = o.error or f"missing {o.missing} extra {o.extra}"
            if o.missing_findings or o.extra_findings:
                what += f"; findings missing {o.missing_findings} extra {o.extra_findings}"
            print(f"  {o.id} ({o.kind}): {what}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
