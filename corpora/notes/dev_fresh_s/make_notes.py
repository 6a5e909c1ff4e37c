"""Writes the sealed final-check notes of `corpora/notes/dev_fresh_s/` (`fs-*`) and their gold.

Each note's text sits beside the gold an expert coder reads from it (`batch_s1.py`, `batch_s2.py`),
labelled by hand from the note and `coding/kb/requirements.yaml` / the gold conventions of
`corpora/README.md`, without Painpoint ever reading the note. The gold helpers (`proc`, `line`,
`given`, the necessity tuples) are dev_fresh_d's, imported rather than copied, so both folders write
the same JSON shape. Run: `python corpora/notes/dev_fresh_s/make_notes.py`.
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
    fd.run_batches(HERE, ("batch_s1", "batch_s2"), fd.add)
