"""Note-level evaluation: necessity elements per note, rules only vs rules + semantic.

Gold is ``necessity`` in ``corpora/notes/<split>/<id>.json`` (booleans: the element is
documented to its requirement's standard). A note counts as predicting an element when its
facts hold one; the standard itself (e.g. >= 4 weeks of therapy) is the coding engine's job,
so absolute recall here is not the checker's. Both columns are scored the same way; the
difference between them is the matcher's contribution.
"""

from __future__ import annotations

import json
from pathlib import Path

from nlp.semantic.baseline import elements_present
from nlp.semantic.corpus import Score
from nlp.semantic.evaluation import Row

NOTES_DIR = Path(__file__).resolve().parents[2] / "corpora" / "notes"


def evaluate_notes(split: str = "test") -> tuple[list[Row], int]:
    """Rows for the elements the gold annotates (except ``diagnosis``), and the note count."""
    import os

    from nlp.pipeline import build_pipeline
    from nlp.semantic import add_to_pipeline

    os.environ["PAINPOINT_SEMANTIC"] = "1"  # the matcher is opt-in
    rules = build_pipeline()
    both = build_pipeline()
    if not add_to_pipeline(both):
        raise RuntimeError("semantic matcher is not enabled")
    from nlp.semantic.matcher import load_head

    enabled = load_head().enabled
    directory = NOTES_DIR / split
    counts: dict[str, dict[str, list[int]]] = {}
    n = 0
    for gold_path in sorted(directory.glob("*.json")):
        text_path = gold_path.with_suffix(".txt")
        if not text_path.is_file():
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8")).get("necessity") or {}
        text = text_path.read_text(encoding="utf-8")
        predicted = {"rules": elements_present(rules(text)._.facts), "both": elements_present(both(text)._.facts)}
        n += 1
        for element, value in gold.items():
            if element == "diagnosis" or value is None:
                continue
            c = counts.setdefault(element, {"rules": [0, 0, 0], "both": [0, 0, 0], "support": [0], "added": [0, 0]})
            c["support"][0] += bool(value)
            if element in predicted["both"] and element not in predicted["rules"]:
                c["added"][0] += 1
                c["added"][1] += bool(value)
            for side in ("rules", "both"):
                hit = element in predicted[side]
                idx = 0 if hit and value else 1 if hit else 2 if value else None
                if idx is not None:
                    c[side][idx] += 1
    rows = [
        Row(
            element=e,
            support=c["support"][0],
            rules=Score(*c["rules"]),
            combined=Score(*c["both"]),
            enabled=enabled.get(e, True),
            added=c["added"][0],
            added_correct=c["added"][1],
        )
        for e, c in counts.items()
    ]
    return rows, n
