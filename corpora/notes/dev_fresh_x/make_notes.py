"""Writes the sealed untuned batch `corpora/notes/dev_fresh_x/` (30 notes, `fx-*`, round 5) and its gold.

Dictated and published operative-report styles (speech-recognition run-ons, clinic visits with a procedure
section, numbered and bulleted notes, addenda, truncated notes). The gold was labelled by hand from each
note's text before anyone ran Painpoint on it; the lead scores the folder once, so its wordings stay untuned.
It reuses the gold helpers of `dev_fresh_d/make_notes.py` (one writer for the JSON format).
Run: `python corpora/notes/dev_fresh_x/make_notes.py`.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

HERE = Path(__file__).resolve().parent

if __name__ == "__main__":
    # the one gold writer kit (dev_fresh_d), loaded by path: the note folders are not a package
    spec = importlib.util.spec_from_file_location("fd_make_notes", HERE.parent / "dev_fresh_d" / "make_notes.py")
    kit = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(kit)
    kit.run_batches(HERE, ("batch_x",), kit.add, kit.proc, kit.line, kit.given, kit.ESI_NEED, kit.SPINE_NEED)
