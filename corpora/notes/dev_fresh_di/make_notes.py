"""Writes the sealed batch `corpora/notes/dev_fresh_di/` (`fdi-*`) and its gold.

One month of a six-physician group practice, each physician with a writing habit of their own (numbered steps,
a long boilerplate template, two-line notes, a narrative letter, a procedure template pasted under a clinic visit,
tables); every note and its gold were written by hand in `batch_di.py`, the gold labelled from the text before
anyone ran Painpoint on it, and the folder is scored once, so its wordings stay untuned. It reuses the gold helpers
of `dev_fresh_d/make_notes.py` (one writer for the JSON format). Run: `python corpora/notes/dev_fresh_di/make_notes.py`.
"""

import runpy
from pathlib import Path

if __name__ == "__main__":  # the kit of dev_fresh_d writes the notes and their gold
    HERE = Path(__file__).resolve().parent
    runpy.run_path(str(HERE.parent / "dev_fresh_d" / "make_notes.py"))["build_folder"](HERE, ("batch_di",))
