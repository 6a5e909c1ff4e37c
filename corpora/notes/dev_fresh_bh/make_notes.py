"""Writes the sealed mid-session check batch `corpora/notes/dev_fresh_bh/` (`fbh-*`) and its gold.

The gold was labelled from each note's text (the generated half from the same draw that wrote the text) before
anyone ran Painpoint on it; the folder is scored once, so its wordings stay untuned. It reuses the gold helpers of
`dev_fresh_d/make_notes.py` (one writer for the JSON format). Run: `python corpora/notes/dev_fresh_bh/make_notes.py`.
"""

import runpy
from pathlib import Path

if __name__ == "__main__":  # the kit of dev_fresh_d writes the notes and their gold
    HERE = Path(__file__).resolve().parent
    runpy.run_path(str(HERE.parent / "dev_fresh_d" / "make_notes.py"))["build_folder"](HERE, ("batch_bh",))
