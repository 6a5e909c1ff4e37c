"""Writes the sealed batch `corpora/notes/dev_fresh_dy/` (`fdy-*`) and its gold.

Thirty hand-written notes in `batch_dy.py` (documentation elements told in unusual words and layouts: twin of
dev_fresh_dx); the gold was labelled from the text before anyone ran Painpoint on it, and the folder is scored
once, so its wordings stay untuned. It reuses the gold helpers of `dev_fresh_d/make_notes.py` (one writer for the
JSON format). Run: `python corpora/notes/dev_fresh_dy/make_notes.py`.
"""

import runpy
from pathlib import Path

if __name__ == "__main__":  # the kit of dev_fresh_d writes the notes and their gold
    HERE = Path(__file__).resolve().parent
    runpy.run_path(str(HERE.parent / "dev_fresh_d" / "make_notes.py"))["build_folder"](HERE, ("batch_dy",))
