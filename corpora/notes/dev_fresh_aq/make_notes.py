"""Writes the sealed untuned batch `corpora/notes/dev_fresh_aq/` (`faq-*`) and its gold.

Hard cases of real practice (side written differently in header and description, invalid ICD-10 codes,
repeats with and without a documented response, too-frequent sessions, pulsed RF, ultrasound-guided facet
and SI, CRNA versus proceduralist sedation, one saved view, ganglion impar, an unspecific pump refill, an ESI
for acute zoster, shorthand). The gold was labelled by hand from each note's text before anyone ran Painpoint
on it. It reuses the gold helpers of `dev_fresh_d/make_notes.py` (one writer for the JSON format). Run:
`python corpora/notes/dev_fresh_aq/make_notes.py`.
"""

import runpy
from pathlib import Path

if __name__ == "__main__":  # the kit of dev_fresh_d writes the notes and their gold
    HERE = Path(__file__).resolve().parent
    runpy.run_path(str(HERE.parent / "dev_fresh_d" / "make_notes.py"))["build_folder"](HERE, ("batch_aq",))
