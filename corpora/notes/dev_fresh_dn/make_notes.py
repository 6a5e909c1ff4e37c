"""Writes the sealed batch `corpora/notes/dev_fresh_dn/` (`fdn-*`) and its gold.

Thirty precision, fellowship-style notes written by hand in `batch_dn.py` (structured half `fdn-*`, dictated
half `fdn-h-*`); the gold was labelled from the text before anyone ran Painpoint on it, and the folder is
scored once, by the lead, so its wordings stay untuned. It reuses the gold helpers of `dev_fresh_d/make_notes.py`
(one writer for the JSON format). Run: `python corpora/notes/dev_fresh_dn/make_notes.py`.
"""

import runpy
from pathlib import Path

if __name__ == "__main__":  # the kit of dev_fresh_d writes the notes and their gold
    HERE = Path(__file__).resolve().parent
    runpy.run_path(str(HERE.parent / "dev_fresh_d" / "make_notes.py"))["build_folder"](HERE, ("batch_dn",))
