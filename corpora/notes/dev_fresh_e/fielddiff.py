"""Per-note, per-field differences between Painpoint's reading and the gold of a corpus folder.

`painpoint eval --details` lists only code and finding differences; the error table of this folder's README
needs the field (levels, laterality, drug doses...) that went wrong. Run:
`python corpora/notes/dev_fresh_e/fielddiff.py corpora/notes/dev_fresh_e`."""

from __future__ import annotations

import sys
from pathlib import Path

from api.evaluation import FIELDS, corpus_notes, default_analyzer, field_items, gold_view, requirement_ids, result_view


def main(folder: str) -> None:
    """Print `id field: missing [...] extra [...]` for every field whose items differ."""
    analyze = default_analyzer()
    reqs = requirement_ids()
    for txt, gold in corpus_notes(Path(folder)):
        result = analyze(txt.read_text(encoding="utf-8"), payer=gold.payer, date_of_service=gold.date_of_service,
                         place_of_service=gold.place_of_service, source=txt.name)
        pred, want = result_view(result, requirements=reqs), gold_view(gold)
        for name in FIELDS:
            g, p = field_items(want, name), field_items(pred, name, want)
            if g != p:
                print(f"{gold.id} {name}: missing {sorted(map(str, g - p))} extra {sorted(map(str, p - g))}")
        if want.codes != pred.codes:
            print(f"{gold.id} codes: missing {sorted(want.codes - pred.codes)} extra {sorted(pred.codes - want.codes)}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else str(Path(__file__).parent))
