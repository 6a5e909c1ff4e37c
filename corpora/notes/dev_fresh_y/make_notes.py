"""Writes the sealed untuned batch `corpora/notes/dev_fresh_y/` (30 notes, `fy-*`, round 5) and its gold.

The gold was labelled by hand from each note's text before anyone ran Painpoint on it; the folder is scored
once, at the end, so its wordings stay untuned. It reuses the gold helpers of `dev_fresh_d/make_notes.py`
(one writer for the JSON format). Run: `python corpora/notes/dev_fresh_y/make_notes.py`.
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
    fd.run_batches(HERE, ("batch_y",), fd.add, fd.proc, fd.line, fd.given, fd.ESI_NEED, fd.SPINE_NEED)
