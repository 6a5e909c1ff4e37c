"""Writes the sealed batch `corpora/notes/dev_fresh_dx/` (`fdx-*`) and its gold.

Thirty hand-written notes (`batch_dx.py`) whose documentation elements are told in unusual ways (onset dates,
checkbox rows, flowsheet times, tables, verbless fragments, numbers in words); the gold was labelled from the text
before anyone ran Painpoint on it, and the folder is scored once, so its wordings stay untuned. It reuses the gold
helpers of `dev_fresh_d/make_notes.py` (one writer for the JSON format). Run:
`python corpora/notes/dev_fresh_dx/make_notes.py`.
"""

import runpy
from pathlib import Path

if __name__ == "__main__":  # the kit of dev_fresh_d writes the notes and their gold
    HERE = Path(__file__).resolve().parent
    runpy.run_path(str(HERE.parent / "dev_fresh_d" / "make_notes.py"))["build_folder"](HERE, ("batch_dx",))
