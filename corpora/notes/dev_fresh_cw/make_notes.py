"""Writes the sealed coding-hard-case batch `corpora/notes/dev_fresh_cw/` (`fcw-*`) and its gold.

Half the notes are structured (generator-like layouts written by hand in `batch_cw.py`), half are hand-dictated;
the gold was labelled from the text before anyone ran Painpoint on it, and the folder is scored
once, at the end, so its wordings stay untuned. It reuses the gold helpers of `dev_fresh_d/make_notes.py`
(one writer for the JSON format). Run: `python corpora/notes/dev_fresh_cw/make_notes.py`.
"""

import runpy
from pathlib import Path

if __name__ == "__main__":  # the kit of dev_fresh_d writes the notes and their gold
    HERE = Path(__file__).resolve().parent
    runpy.run_path(str(HERE.parent / "dev_fresh_d" / "make_notes.py"))["build_folder"](HERE, ("batch_cw",))
