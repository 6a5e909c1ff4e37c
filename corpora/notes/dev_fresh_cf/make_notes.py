"""Writes the sealed precision batch `corpora/notes/dev_fresh_cf/` (`fcf-*`) and its gold.

Thirty hand-dictated notes by five imagined authors (community anaesthesiologist, academic physiatrist, spine
surgeon who injects, NP with cosignature, locum), each documenting (almost) every element its procedure requires
in wordings of the writer's own; six leave out one element. The gold was labelled from the text before anyone ran
Painpoint on it, and the folder is scored once, so its wordings stay untuned. It reuses the gold helpers of
`dev_fresh_d/make_notes.py` (one writer for the JSON format). Run: `python corpora/notes/dev_fresh_cf/make_notes.py`.
"""

import runpy
from pathlib import Path

if __name__ == "__main__":  # the kit of dev_fresh_d writes the notes and their gold
    HERE = Path(__file__).resolve().parent
    runpy.run_path(str(HERE.parent / "dev_fresh_d" / "make_notes.py"))["build_folder"](HERE, ("batch_cf",))
