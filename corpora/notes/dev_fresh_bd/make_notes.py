"""Writes the sealed untuned batch `corpora/notes/dev_fresh_bd/` (`fbd-*`) and its gold.

The notes come from the small deterministic generator in `batch_bd.py` (fixed seed, phrasing pools of its
own); the gold is computed from what the generator drew and was checked note by note before anyone ran
Painpoint on the folder. It reuses the gold helpers of `dev_fresh_d/make_notes.py` (one writer for the JSON
format). Run: `python corpora/notes/dev_fresh_bd/make_notes.py`.
"""

import runpy
from pathlib import Path

if __name__ == "__main__":  # the kit of dev_fresh_d writes the notes and their gold
    HERE = Path(__file__).resolve().parent
    runpy.run_path(str(HERE.parent / "dev_fresh_d" / "make_notes.py"))["build_folder"](HERE, ("batch_bd",))
