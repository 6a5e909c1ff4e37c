"""Writes the necessity notes of `corpora/notes/dev_fresh_f/` and their gold.

Each note's text sits beside the gold an expert coder reads from it, labelled BEFORE Painpoint read the note; the
JSON files are what `painpoint eval` reads. Batches: `batch1.py` (first untuned batch, `ff-*`) and `batch2.py`
(second untuned batch, `ff-u-*`, written after the fixes and not tuned on). The gold helpers (`proc`, `line`,
`given`, `add`) are dev_fresh_d's, loaded from its `make_notes.py`. Run:
`python corpora/notes/dev_fresh_f/make_notes.py`.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("fd_make_notes", HERE.parent / "dev_fresh_d" / "make_notes.py")
fd = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fd)
ESI_NEED, SPINE_NEED = fd.ESI_NEED, fd.SPINE_NEED
add, proc, line, given = fd.add, fd.proc, fd.line, fd.given  # for the batches that import them from here

if __name__ == "__main__":
    fd.run_batches(HERE, ("batch1", "batch2"))
