"""Writes the sealed final-check batch `corpora/notes/dev_fresh_dz/` (`fdz-*`) and its gold.

All 30 notes are hand-written in `batch_dz.py`, in six registers a practice writes or receives (EMR template,
dictated prose, interventional-radiology report, British operation note, published sample or case paragraph, note
with a correcting addendum); the gold was labelled from the text before anyone ran Painpoint on it, and the
folder is scored once, at the end, so its wordings stay untuned. It reuses the gold helpers of `dev_fresh_d/make_notes.py`
(one writer for the JSON format). Run: `python corpora/notes/dev_fresh_dz/make_notes.py`.
"""

import runpy
from pathlib import Path

if __name__ == "__main__":  # the kit of dev_fresh_d writes the notes and their gold
    HERE = Path(__file__).resolve().parent
    runpy.run_path(str(HERE.parent / "dev_fresh_d" / "make_notes.py"))["build_folder"](HERE, ("batch_dz",))
