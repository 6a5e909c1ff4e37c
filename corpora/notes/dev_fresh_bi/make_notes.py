"""Writes the sealed untuned batch `corpora/notes/dev_fresh_bi/` (`fbi-*`) and its gold.

The notes come from a small seeded generator (`batch_bi.py`) with phrasing pools written fresh for this batch;
the gold is computed from what the generator drew and was checked note by note before anyone ran Painpoint on
it. It reuses the gold helpers of `dev_fresh_d/make_notes.py` (one writer for the JSON format); the notes are
marked `origin: generated`, since a generator wrote them. Run: `python corpora/notes/dev_fresh_bi/make_notes.py`.
"""

import runpy
import sys
from pathlib import Path

if __name__ == "__main__":  # the kit of dev_fresh_d holds the gold helpers and the writer
    HERE = Path(__file__).resolve().parent
    kit = runpy.run_path(str(HERE.parent / "dev_fresh_d" / "make_notes.py"))
    sys.path.insert(0, str(HERE))
    import batch_bi

    batch_bi.build(kit["add"], kit["proc"], kit["line"], kit["given"], kit["ESI_NEED"], kit["SPINE_NEED"], kit["minus"])
    for note in kit["NOTES"]:
        note["origin"] = "generated"
    kit["write_notes"](HERE)
