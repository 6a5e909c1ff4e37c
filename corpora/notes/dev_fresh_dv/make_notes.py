"""Writes the sealed final-check batch `corpora/notes/dev_fresh_dv/` (`fdv-*`) and its gold.

Half the notes are written as a practice's own EMR templates and dictations would hold them, half as procedure
text appears in published sources (transcription samples, case reports, teaching steps, documentation
checklists); all were written by hand in `batch_dv.py` and labelled from the text before anyone ran Painpoint
on them, and the folder is scored once, at the end, so its wordings stay untuned. It reuses the gold helpers of
`dev_fresh_d/make_notes.py` (one writer for the JSON format). Run: `python corpora/notes/dev_fresh_dv/make_notes.py`.
"""

import runpy
from pathlib import Path

if __name__ == "__main__":  # the kit of dev_fresh_d writes the notes and their gold
    HERE = Path(__file__).resolve().parent
    runpy.run_path(str(HERE.parent / "dev_fresh_d" / "make_notes.py"))["build_folder"](HERE, ("batch_dv",))
