"""Writes the laterality/code-line notes of `corpora/notes/dev_fresh_d/` and their gold.

Each note's text sits beside the gold an expert coder reads from it, labelled BEFORE Painpoint read
the note; the JSON files are what `painpoint eval` reads. Batches live in `batch1.py` (first untuned
batch), `batch2.py` (second, written after the first fixes) `batch3.py`, `batch4.py` and `batch5.py` (fifth, after the last rule change). Run:
`python corpora/notes/dev_fresh_d/make_notes.py`.
"""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path
from typing import Callable, Sequence

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "tools"))
import goldkit  # noqa: E402  (the gold rules written once; never Painpoint's engine)

NOTES: list[dict] = []
ESI_NEED = ("diagnosis", "symptom_duration", "conservative_care", "functional_impairment", "imaging_findings",
            "radicular_findings")
SPINE_NEED = ESI_NEED[:4]


def proc(family: str, **fields) -> dict:
    """A gold procedure: every field the note leaves unsaid stays null (levels empty)."""
    out = {k: None for k in ("approach", "target", "region", "laterality")}
    out.update(levels=[], imaging=None, contrast=None, intent=None, sedation=None)
    out.update(fields)
    return {"family": family, **out}


def line(cpt: str, *mods: str, units: int = 1) -> dict:
    """A claim line: code, sorted modifiers, units."""
    return {"code": cpt, "modifiers": sorted(mods), "units": units}


def given(generic: str, dose: float | None, unit: str = "mg") -> dict:
    """A drug administered in total over all sites (dose None when a mention lacks an amount)."""
    return {"generic": generic, "dose": dose, "dose_unit": None if dose is None else unit}


def add(nid: str, style: str, text: str, *, procs: list, drugs: list, pain: tuple, need: tuple, codes: list,
        findings: list, dos: str = "2026-03-10", pos: str = "11", consent: bool = True,
        complications: str | None = "none", comment: str | None = None, payer: str = "medicare") -> None:
    """Queue one note; necessity flags are True for the elements named in `need`. Elements a rule derives
    from the gold itself are added here, so no batch lists them: `dose_ceiling` from the drugs and families
    (`goldkit.dose_ceiling`)."""
    necessity = {k: k in need for k in ESI_NEED}
    if goldkit.dose_ceiling(drugs, [p["family"] for p in procs]):
        findings = [*findings, "dose_ceiling"]
    NOTES.append({"id": nid, "style": style, "origin": "hand", "payer": payer, "date_of_service": dos,
                  "place_of_service": pos, "procedures": procs, "drugs": drugs,
                  "pain_scores": {"pre": pain[0], "post": pain[1]}, "necessity": necessity, "consent": consent,
                  "complications": complications, "codes": codes, "finding_elements": sorted(set(findings)),
                  "comment": comment, "_text": text.strip("\n") + "\n"})


def write_notes(here: Path) -> None:
    """Write every queued note as `<id>.txt` + `<id>.json` in `here` (one writer for every fresh folder)."""
    assert len({n["id"] for n in NOTES}) == len(NOTES), "duplicate note id"
    for n in NOTES:
        text = n.pop("_text")
        (here / f"{n['id']}.txt").write_text(text, encoding="utf-8")
        (here / f"{n['id']}.json").write_text(json.dumps(n, indent=2) + "\n", encoding="utf-8")
    print(f"{len(NOTES)} notes written to {here}")


def run_batches(here: Path, names: Sequence[str], *helpers: Callable | tuple) -> None:
    """Build the batch modules `names` of folder `here` (each has `build(...)`), passing `helpers` (by default
    `add, proc, line, given`), and write their notes there."""
    sys.path.insert(0, str(here))
    for name in names:
        importlib.import_module(name).build(*(helpers or (add, proc, line, given)))
    write_notes(here)


def minus(need: tuple, *gone: str) -> tuple:
    """`need` without the elements `gone`: a note that documents all but these necessity elements."""
    return tuple(k for k in need if k not in gone)


def build_folder(here: Path, names: Sequence[str]) -> None:
    """Build a fresh folder whose batches' `build` take the whole kit (add, proc, line, given, ESI_NEED,
    SPINE_NEED, minus): the one entry point of every such folder's `make_notes.py`, which only names its batches."""
    run_batches(here, names, add, proc, line, given, ESI_NEED, SPINE_NEED, minus)


if __name__ == "__main__":
    run_batches(HERE, ("batch1", "batch2", "batch3", "batch4", "batch5"))
