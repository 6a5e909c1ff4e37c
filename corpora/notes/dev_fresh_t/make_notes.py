"""Writes the sealed final-check batch `corpora/notes/dev_fresh_t/` (`ft-*`) and its gold.

Thirty notes written from scratch by one annotator, gold labelled from the note text by the rules of
`corpora/README.md` (Coding conventions, Finding elements) and never by running Painpoint: this folder is
scored once, at the very end, untuned. About 70% are complete but worded freely; the rest leave out one or two
elements on purpose. The gold helpers (`proc`, `line`, `given`, `add`) are dev_fresh_d's, loaded from its
`make_notes.py`; `add` takes the payer (Medicare by default).
Run: `python corpora/notes/dev_fresh_t/make_notes.py`.
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
