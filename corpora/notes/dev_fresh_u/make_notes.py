"""Writes the sealed final-check batch `corpora/notes/dev_fresh_u/` (30 notes, `fu-*`) and its gold.

The gold was labelled by hand from each note's text before anyone ran Painpoint on it; the folder is scored
once, at the end, so its wordings stay untuned. It reuses the gold helpers of `dev_fresh_d/make_notes.py`
(one writer for the JSON format). Run: `python corpora/notes/dev_fresh_u/make_notes.py`.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
_SPEC = importlib.util.spec_from_file_location("fd_kit", HERE.parent / "dev_fresh_d" / "make_notes.py")
kit = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(kit)  # type: ignore[union-attr]


def add(nid: str, style: str, text: str, *, payer: str = "medicare", **kw) -> None:
    """Queue one note through the shared helper, then set its payer (the helper assumes Medicare)."""
    kit.add(nid, style, text, **kw)
    kit.NOTES[-1]["payer"] = payer


def main() -> None:
    import sys
    sys.path.insert(0, str(HERE))
    import batch_u
    batch_u.build(add, kit.proc, kit.line, kit.given, kit.ESI_NEED, kit.SPINE_NEED)
    for n in kit.NOTES:
        text = n.pop("_text")
        (HERE / f"{n['id']}.txt").write_text(text, encoding="utf-8")
        (HERE / f"{n['id']}.json").write_text(json.dumps(n, indent=2) + "\n", encoding="utf-8")
    print(f"{len(kit.NOTES)} notes written to {HERE}")


if __name__ == "__main__":
    main()
