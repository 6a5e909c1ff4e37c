"""The metamorphic probe's transforms (`benchmarks/metamorphic_words.py`): exact rewrites of short strings.

A transform must keep the meaning; these pin what each one rewrites and, as much, what it leaves
alone (a verb 'left', a range '1-2 weeks', a score '7/10', 'Kenalog-40', 'L4/L5', 'I performed')."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import metamorphic_words as mw  # noqa: E402

CASES = [
    ("abbrev_side",
     "Right L4-5 transforaminal injection on the left side.\nLaterality: Left\nThe needle was left in place.\nBilateral knee pain.",
     "Rt L4-5 transforaminal injection on the L side.\nLaterality: Lt\nThe needle was left in place.\nBilat knee pain."),
    ("abbrev_with",
     "Done with fluoroscopy without complications.",
     "Done w/ fluoroscopy w/o complications."),
    ("abbrev_terms",
     "Procedure: The patient tolerated the procedure; no complications. Medial branches at 2 levels over 15 minutes.",
     "Procedure: The pt tolerated the proc; no cx. MBs at 2 lvls over 15 min."),
    ("units_volume",
     "2 mL of 0.25% bupivacaine and 1cc contrast, 40 mg/mL",
     "2 cc of 0.25% bupivacaine and 1mL contrast, 40 mg/mL"),
    ("units_mass",
     "Kenalog 40 mg and 1 mg dexamethasone, 80 milligrams, 10 mg/mL",
     "Kenalog 40 milligrams and 1 milligram dexamethasone, 80 mg, 10 mg/mL"),
    ("number_words",
     "2 mL at 3 levels for 1-2 weeks, pain 7/10, two needles, 0.5 mL. 6 weeks of PT.",
     "Two mL at three levels for 1-2 weeks, pain 7/10, 2 needles, 0.5 mL. Six weeks of PT."),
    ("leading_zero",
     "0.25% bupivacaine and .5% ropivacaine, 10.5%",
     ".25% bupivacaine and 0.5% ropivacaine, 10.5%"),
    ("brand_generic",
     "Kenalog 40 mg, triamcinolone acetonide, Kenalog-40, lidocaine patches, Depo-Medrol, Omnipaque 240.",
     "Triamcinolone 40 mg, Kenalog, Kenalog-40, lidocaine patches, methylprednisolone, iohexol 240."),
    ("british",
     "Anesthesia: local. No edema or hematoma; paresthesias; home exercise program. The block was performed. I performed it.",
     "Anaesthesia: local. No oedema or haematoma; paraesthesias; home exercise programme. The block was carried out. "
     "I performed it."),
    ("level_notation",
     "L4-5 and L5-S1, C5-C6, L3-5, T12-L1, L4/L5, L4/5, T2-weighted",
     "L4-L5 and L5/S1, C5/6, L3-L5, T12/L1, L4/L5, L4-5, T2-weighted"),
    ("pt_initial",
     "The patient was prone. Indications: The patient has pain. Then the patient left.",
     "Pt was prone. Indications: Pt has pain. Then the patient left."),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_transform_exact(name: str, text: str, expected: str) -> None:
    assert mw.TRANSFORMS[name](text) == expected


@pytest.mark.parametrize("name", sorted(mw.TRANSFORMS))
def test_transform_is_deterministic_and_documented(name: str) -> None:
    fn = mw.TRANSFORMS[name]
    text = next(c[1] for c in CASES if c[0] == name)
    assert fn(text) == fn(text)
    assert fn.__doc__ and "Meaning kept" in fn.__doc__


def test_every_transform_has_a_case() -> None:
    assert sorted(c[0] for c in CASES) == sorted(mw.TRANSFORMS)


def test_brand_pairs_share_one_drug_entry() -> None:
    """Each brand and its generic are names of one entry of coding/kb/drugs.yaml, so the swap keeps the drug."""
    drugs = yaml.safe_load((Path(__file__).resolve().parents[1] / "coding/kb/drugs.yaml").read_text())["drugs"]
    for brand, generic in mw.BRANDS.items():
        owners = [k for k, d in drugs.items()
                  if brand.lower() in d["names"] and (generic in d["names"] or k.split("_")[0] == generic)]
        assert len(owners) == 1, (brand, generic, owners)
