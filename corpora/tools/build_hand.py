"""Write the hand-written notes (`hand_notes.py`) and their gold JSON into `corpora/notes/{dev,test}`.

Usage: ``python corpora/tools/build_hand.py`` (rewrites the `h-*` files only).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import goldkit  # noqa: E402
from ceiling_notes import NOTES as CEILING_NOTES  # noqa: E402
from hand_notes import NOTES  # noqa: E402

OUT = HERE.parent / "notes"
NEC = {"d": "diagnosis", "s": "symptom_duration", "c": "conservative_care", "f": "functional_impairment", "i": "imaging_findings",
       "r": "radicular_findings"}


def spec_of(n: dict) -> dict:
    absent = set(n["absent"])
    for letter, name in NEC.items():
        if letter not in n["nec"]:
            absent.add(name)
    pre, post = n["pain"]
    if pre is None:
        absent.add("pre_procedure_pain_score")
    if post is None:
        absent.add("post_procedure_pain_score")
    if not n["consent"]:
        absent.add("consent")
    if not n["timeout"]:
        absent.add("time_out")
    if n["comp"] is None:
        absent.add("complications")
    if n["relief"] is None:
        absent.add("percent_relief")
    drugs = []
    for d in n["drugs"]:
        if isinstance(d, dict):
            drugs.append(d)
        else:
            generic, dose, *unit = d
            drugs.append({"generic": generic, "dose": dose, "dose_unit": unit[0] if unit else "mg"})
    spec = {
        "id": n["id"], "style": n["style"], "origin": "hand", "payer": "medicare", "date_of_service": n["dos"], "place_of_service": n["pos"],
        "procedures": n["procs"], "drugs": drugs, "pain": (pre, post), "absent": sorted(absent), "extra_findings": n["extra"],
        "complications": n["comp"], "necessity": {name: letter in n["nec"] for letter, name in NEC.items()}, "relief": n["relief"],
    }
    if n.get("codes"):
        spec["codes"] = [{"code": c, "modifiers": sorted(m), "units": u} for c, m, u in n["codes"]]
    if n.get("comment"):
        spec["comment"] = n["comment"]
    if n.get("dx"):
        spec["dx"] = n["dx"]
    return spec


def main(out: Path = OUT) -> None:
    for split in ("dev", "test"):
        (out / split).mkdir(parents=True, exist_ok=True)
        for f in (out / split).glob("h-*"):
            f.unlink()
    seen = set()
    for n in [*NOTES, *CEILING_NOTES]:
        assert n["id"] not in seen, n["id"]
        seen.add(n["id"])
        gold = goldkit.build_gold(spec_of(n))
        (out / n["split"] / f"{n['id']}.txt").write_text(n["text"], encoding="utf-8")
        (out / n["split"] / f"{n['id']}.json").write_text(json.dumps(gold, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
