"""Writes the fresh development notes of `corpora/notes/dev_fresh_b/` and their gold.

Each note is written by hand below (text) together with the gold an expert coder reads from it
(procedures, drugs, pain scores, necessity, codes, finding elements), labelled BEFORE Painpoint
was run on the note. Keeping text and gold side by side makes a reviewer's check easy; the JSON
files are the artefact `painpoint eval` reads. Run: `python corpora/notes/dev_fresh_b/make_notes.py`.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "tools"))
import goldkit  # noqa: E402  (gold rules written once: `dose_ceiling` from the drugs and families)
NOTES: list[dict] = []

FULL_ESI = dict(diagnosis=True, symptom_duration=True, conservative_care=True, functional_impairment=True,
                imaging_findings=True, radicular_findings=True)


def proc(family: str, **kw) -> dict:
    """A gold procedure; fields the note does not state stay null."""
    base = dict(family=family, approach=None, target=None, region=None, laterality=None, levels=[],
                imaging=None, contrast=None, intent=None, sedation=None)
    base.update(kw)
    return base


def code(c: str, *mods: str, units: int = 1) -> dict:
    return {"code": c, "modifiers": sorted(mods), "units": units}


def drug(generic: str, dose: float | None, unit: str | None = "mg") -> dict:
    return {"generic": generic, "dose": dose, "dose_unit": unit if dose is not None else None}


def note(id: str, style: str, text: str, *, procedures: list, drugs: list, pain: tuple, necessity: dict,
         codes: list, findings: list, consent: bool = True, complications: str | None = "none",
         dos: str = "2026-04-14", pos: str = "11", comment: str | None = None) -> None:
    nec = dict(diagnosis=False, symptom_duration=False, conservative_care=False, functional_impairment=False,
               imaging_findings=False, radicular_findings=False)
    nec.update(necessity)
    if goldkit.dose_ceiling(drugs, [p["family"] for p in procedures]):  # derived by rule, never listed by hand
        findings = [*findings, "dose_ceiling"]
    NOTES.append(dict(id=id, style=style, origin="hand", payer="medicare", date_of_service=dos,
                      place_of_service=pos, procedures=procedures, drugs=drugs,
                      pain_scores={"pre": pain[0], "post": pain[1]}, necessity=nec, consent=consent,
                      complications=complications, codes=codes, finding_elements=sorted(set(findings)),
                      comment=comment, _text=text.strip("\n") + "\n"))


def write() -> None:
    for n in NOTES:
        text = n.pop("_text")
        (HERE / f"{n['id']}.txt").write_text(text, encoding="utf-8")
        (HERE / f"{n['id']}.json").write_text(json.dumps(n, indent=2) + "\n", encoding="utf-8")


from notes_tuned import add_tuned  # noqa: E402
add_tuned(note, proc, code, drug, FULL_ESI)
from notes_untuned import add_untuned  # noqa: E402
from notes_untuned2 import add_untuned2  # noqa: E402
add_untuned(note, proc, code, drug, FULL_ESI)
add_untuned2(note, proc, code, drug, FULL_ESI)

if __name__ == "__main__":
    write()
    print(f"{len(NOTES)} notes written to {HERE}")
