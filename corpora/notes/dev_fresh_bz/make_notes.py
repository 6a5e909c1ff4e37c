"""Writes the sealed batch `corpora/notes/dev_fresh_bz/` (`fbz-*`) and its gold.

Thirty notes written one by one for the diagnosis / code-validity / repeat-and-frequency focus: half in the
seven templated layouts of the generated corpus (`fbz-*`), half free dictation and shorthand (`fbz-h-*`). The
gold was labelled from the text before anyone ran Painpoint on it, and the folder is scored once, so its
wordings stay untuned. It reuses the gold helpers of `dev_fresh_d/make_notes.py` (one writer for the JSON
format). Run: `python corpora/notes/dev_fresh_bz/make_notes.py`.
"""

import runpy
from pathlib import Path

if __name__ == "__main__":  # the kit of dev_fresh_d writes the notes and their gold
    HERE = Path(__file__).resolve().parent
    runpy.run_path(str(HERE.parent / "dev_fresh_d" / "make_notes.py"))["build_folder"](HERE, ("batch_bz",))
