"""Writes the sealed untuned batch `corpora/notes/dev_fresh_ae/` (30 notes, `fae-*`) and its gold.

Letters to the referring physician, full clinic-visit notes ending in a short 'Procedure:' paragraph, same-day
procedure + plan notes, brief bedside notes and NP/PA-performed procedures. The gold was labelled by hand from
each text before anyone ran Painpoint on it; it reuses the gold helpers of `dev_fresh_d/make_notes.py` (one
writer for the JSON format). Run: `python corpora/notes/dev_fresh_ae/make_notes.py`.
"""

import runpy
from pathlib import Path

if __name__ == "__main__":  # the kit of dev_fresh_d writes the notes and their gold
    HERE = Path(__file__).resolve().parent
    runpy.run_path(str(HERE.parent / "dev_fresh_d" / "make_notes.py"))["build_folder"](HERE, ("batch_ae",))
