"""Writes the sealed batch `corpora/notes/dev_fresh_de/` (`fde-*`, teaching-hospital notes) and its gold.

Every note was written by hand for this batch (resident/fellow notes with attending attestations, interval H&P
updates, checklists, nursing recovery and long discharge instructions); the gold was labelled from the text before
anyone ran Painpoint on it, and the folder is scored once, so its wordings stay untuned. It reuses the gold helpers
of `dev_fresh_d/make_notes.py` (one writer for the JSON format). Run: `python corpora/notes/dev_fresh_de/make_notes.py`.
"""

import runpy
from pathlib import Path

if __name__ == "__main__":  # the kit of dev_fresh_d writes the notes and their gold
    HERE = Path(__file__).resolve().parent
    runpy.run_path(str(HERE.parent / "dev_fresh_d" / "make_notes.py"))["build_folder"](HERE, ("batch_de",))
