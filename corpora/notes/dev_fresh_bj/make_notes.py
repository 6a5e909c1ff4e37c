"""Writes the sealed untuned batch `corpora/notes/dev_fresh_bj/` (`fbj-*`) and its gold.

Thirty hand-dictated notes by five imagined physicians (terse; verbose with long histories; past perfect and
passive; heavy abbreviations; numbers dictated as words). The gold was labelled by hand from each note's
text before anyone ran Painpoint on it; the folder is scored once, so its wordings stay untuned. It reuses
the gold helpers of `dev_fresh_d/make_notes.py` (one writer for the JSON format). Run:
`python corpora/notes/dev_fresh_bj/make_notes.py`.
"""

import runpy
from pathlib import Path

if __name__ == "__main__":  # the kit of dev_fresh_d writes the notes and their gold
    HERE = Path(__file__).resolve().parent
    runpy.run_path(str(HERE.parent / "dev_fresh_d" / "make_notes.py"))["build_folder"](HERE, ("batch_bj",))
