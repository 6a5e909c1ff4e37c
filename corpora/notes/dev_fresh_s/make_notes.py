"""Writes the sealed final-check notes of `corpora/notes/dev_fresh_s/` (`fs-*`) and their gold.

Each note's text sits beside the gold an expert coder reads from it (`batch_s1.py`, `batch_s2.py`),
labelled by hand from the note and `coding/kb/requirements.yaml` / the gold conventions of
`corpora/README.md`, without Painpoint ever reading the note. The gold helpers (`proc`, `line`,
`given`, the necessity tuples) are dev_fresh_d's, imported rather than copied, so both folders write
the same JSON shape. Run: `python corpora/notes/dev_fresh_s/make_notes.py`.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "dev_fresh_d"))
import make_notes as fd  # noqa: E402  (dev_fresh_d's gold helpers and note queue)
from make_notes import ESI_NEED, SPINE_NEED, given, line, proc  # noqa: E402

__all__ = ["ESI_NEED", "SPINE_NEED", "add", "given", "line", "proc"]


def add(nid: str, style: str, text: str, *, payer: str = "medicare", **gold) -> None:
    """Queue one note through dev_fresh_d's `add` (same JSON shape), then set the payer it leaves at medicare:
    this batch varies the payer."""
    fd.add(nid, style, text, **gold)
    fd.NOTES[-1]["payer"] = payer


def main() -> None:
    """Build both batches and write `<id>.txt` + `<id>.json` beside this script."""
    sys.path.insert(0, str(HERE))
    import batch_s1
    import batch_s2
    batch_s1.build(add)
    batch_s2.build(add)
    assert len({n["id"] for n in fd.NOTES}) == len(fd.NOTES), "duplicate note id"
    for note in fd.NOTES:
        (HERE / f"{note['id']}.txt").write_text(note.pop("_text"), encoding="utf-8")
        (HERE / f"{note['id']}.json").write_text(json.dumps(note, indent=2) + "\n", encoding="utf-8")
    print(f"{len(fd.NOTES)} notes written to {HERE}")


if __name__ == "__main__":
    main()
