"""Per-note field differences (gold vs Painpoint) for one folder: what `--details` does not list.

Run: `python corpora/notes/dev_fresh_d/field_diff.py corpora/notes/dev_fresh_d [field ...]`."""

from __future__ import annotations

import sys
from pathlib import Path

from api.evaluation import FIELDS, corpus_notes, default_analyzer, field_items, gold_view, requirement_ids, result_view


def main(folder: str, fields: list[str]) -> None:
    analyze, reqs = default_analyzer(), requirement_ids()
    for txt, gold in corpus_notes(Path(folder)):
        result = analyze(txt.read_text(encoding="utf-8"), payer=gold.payer, date_of_service=gold.date_of_service,
                         place_of_service=gold.place_of_service, source=txt.name)
        g, p = gold_view(gold), result_view(result, reqs=reqs) if False else result_view(result)
        for name in fields or FIELDS:
            gi, pi = field_items(g, name), field_items(p, name, g)
            if gi != pi:
                print(f"{gold.id} {name}: missing {sorted(map(str, gi - pi))} extra {sorted(map(str, pi - gi))}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
