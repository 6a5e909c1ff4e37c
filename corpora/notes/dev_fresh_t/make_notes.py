"""Writes the sealed final-check batch `corpora/notes/dev_fresh_t/` (`ft-*`) and its gold.

Thirty notes written from scratch by one annotator, gold labelled from the note text by the rules of
`corpora/README.md` (Coding conventions, Finding elements) and never by running Painpoint: this folder is
scored once, at the very end, untuned. About 70% are complete but worded freely; the rest leave out one or two
elements on purpose. The gold helpers (`proc`, `line`, `given`, `add`) are dev_fresh_d's, loaded from its
`make_notes.py`; `add` here also takes the payer, which dev_fresh_d's fixes to Medicare.
Run: `python corpora/notes/dev_fresh_t/make_notes.py`.
"""

from __future__ import annotations

import importlib
import importlib.util
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("fd_make_notes", HERE.parent / "dev_fresh_d" / "make_notes.py")
fd = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fd)
ESI_NEED, SPINE_NEED = fd.ESI_NEED, fd.SPINE_NEED


def add(nid: str, style: str, text: str, *, payer: str = "medicare", **gold) -> None:
    """dev_fresh_d's `add` with the payer the encounter is billed to (its own always says Medicare)."""
    fd.add(nid, style, text, **gold)
    fd.NOTES[-1]["payer"] = payer


def main() -> None:
    """Build every batch and write `<id>.txt` + `<id>.json` here."""
    sys.path.insert(0, str(HERE))
    for name in ("batch1", "batch2"):
        if (HERE / f"{name}.py").exists():
            importlib.import_module(name).build(add, fd.proc, fd.line, fd.given)
    for n in fd.NOTES:
        text = n.pop("_text")
        (HERE / f"{n['id']}.txt").write_text(text, encoding="utf-8")
        (HERE / f"{n['id']}.json").write_text(json.dumps(n, indent=2) + "\n", encoding="utf-8")
    print(f"{len(fd.NOTES)} notes written to {HERE}")


if __name__ == "__main__":
    main()
