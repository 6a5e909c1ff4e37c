"""Print corpus counts (family x split, origin, places, dates, finding elements) for `corpora/README.md`.

Usage: ``python corpora/tools/stats.py``
"""

from __future__ import annotations

import collections
import json
from pathlib import Path

NOTES = Path(__file__).resolve().parent.parent / "notes"


def main() -> None:
    rows = [(p.parent.name, json.loads(p.read_text(encoding="utf-8"))) for p in sorted(NOTES.glob("*/*.json"))]
    fam: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for split, g in rows:
        fam[g["procedures"][0]["family"]][split] += 1
    print("| family | dev | test |\n|---|---|---|")
    for k in sorted(fam):
        print(f"| {k} | {fam[k]['dev']} | {fam[k]['test']} |")
    print("splits:", dict(collections.Counter(s for s, _ in rows)))
    print("origin x split:", dict(collections.Counter((s, g["origin"]) for s, g in rows)))
    print("styles:", dict(collections.Counter(g["style"] for _, g in rows)))
    print("places:", dict(collections.Counter(g["place_of_service"] for _, g in rows)))
    print("before 2024-04-01:", sum(g["date_of_service"] < "2024-04-01" for _, g in rows))
    print("elements:", dict(sorted(collections.Counter(e for _, g in rows for e in g["finding_elements"]).items())))


if __name__ == "__main__":
    main()
