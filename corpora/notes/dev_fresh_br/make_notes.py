"""Writes the sealed batch `corpora/notes/dev_fresh_br/` (`fbr-*`) and its gold.

Thirty published-report style notes (transcription-sample headers and journal case reports), written fresh and
labelled from the text before anyone ran Painpoint on them; the folder is scored once, so its wordings stay
untuned. It reuses the gold helpers of `dev_fresh_d/make_notes.py` (one writer for the JSON format).
Run: `python corpora/notes/dev_fresh_br/make_notes.py`.
"""

import runpy
from pathlib import Path

if __name__ == "__main__":  # the kit of dev_fresh_d writes the notes and their gold
    HERE = Path(__file__).resolve().parent
    runpy.run_path(str(HERE.parent / "dev_fresh_d" / "make_notes.py"))["build_folder"](HERE, ("batch_br",))
