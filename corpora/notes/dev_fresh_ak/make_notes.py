"""Writes the sealed untuned batch `corpora/notes/dev_fresh_ak/` (`fak-*`) and its gold.

Style focus: drugs, doses and documentation elements (solutions multiplied out, brand and generic names,
cc = mL, strengths written several ways). The gold was labelled by hand from each note's text before anyone
ran Painpoint on it; it reuses the gold helpers of `dev_fresh_d/make_notes.py` (one writer for the JSON
format). Run: `python corpora/notes/dev_fresh_ak/make_notes.py`.
"""

import runpy
from pathlib import Path

if __name__ == "__main__":  # the kit of dev_fresh_d writes the notes and their gold
    HERE = Path(__file__).resolve().parent
    runpy.run_path(str(HERE.parent / "dev_fresh_d" / "make_notes.py"))["build_folder"](HERE, ("batch_ak",))
