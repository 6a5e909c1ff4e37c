"""Writes the assessment/event notes of `corpora/notes/dev_fresh_g/` and their gold.

Each note's text sits beside the gold an expert coder reads from it, labelled BEFORE Painpoint read the note;
the JSON files are what `painpoint eval` reads. Batches: `batch1.py` (first untuned batch, `fg-*`) and
`batch2.py` (second untuned batch, `fg-u-*`, written after the fixes and never tuned on) and `batch3.py` (`fg-x-*`,
the final untuned check after the last rule change). The gold helpers
(`proc`, `line`, `given`, `add`) are dev_fresh_d's, loaded from its `make_notes.py`.
Run: `python corpora/notes/dev_fresh_g/make_notes.py`.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("fd_make_notes", HERE.parent / "dev_fresh_d" / "make_notes.py")
fd = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fd)
ESI_NEED, SPINE_NEED = fd.ESI_NEED, fd.SPINE_NEED


def main() -> None:
    """Build every batch with dev_fresh_d's helpers and write `<id>.txt` + `<id>.json` here."""
    sys.path.insert(0, str(HERE))
    import importlib
    for name in ("batch1", "batch2", "batch3"):
        if (HERE / f"{name}.py").exists():
            importlib.import_module(name).build(fd.add, fd.proc, fd.line, fd.given)
    for n in fd.NOTES:
        text = n.pop("_text")
        (HERE / f"{n['id']}.txt").write_text(text, encoding="utf-8")
        (HERE / f"{n['id']}.json").write_text(json.dumps(n, indent=2) + "\n", encoding="utf-8")
    print(f"{len(fd.NOTES)} notes written to {HERE}")


if __name__ == "__main__":
    main()
