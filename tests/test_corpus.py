"""The annotated corpus: every gold file validates, the split is as documented, coverage holds."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from api.evaluation import GoldNote, corpus_notes
from coding.facts import FAMILIES
from coding.result import ELEMENTS

ROOT = Path(__file__).resolve().parents[1] / "corpora"
NOTES = ROOT / "notes"


def _all() -> list[tuple[str, Path, GoldNote]]:
    return [(split, txt, gold) for split in ("dev", "test") for txt, gold in corpus_notes(NOTES / split)]


ALL = _all()


def test_every_note_has_gold_and_every_gold_has_note():
    for split in ("dev", "test"):
        txts = {p.stem for p in (NOTES / split).glob("*.txt")}
        jsons = {p.stem for p in (NOTES / split).glob("*.json")}
        assert txts == jsons, f"{split}: unpaired {sorted(txts ^ jsons)}"


@pytest.mark.parametrize("split,txt,gold", ALL, ids=[g.id for _, _, g in ALL])
def test_gold_validates_and_matches_file(split, txt, gold):
    assert gold.id == txt.stem
    raw = json.loads(txt.with_suffix(".json").read_text(encoding="utf-8"))
    assert GoldNote.model_validate(raw) == gold
    text = txt.read_text(encoding="utf-8")
    assert text.strip(), "empty note"
    # levels use the normalised joint form ('L4-L5', never 'L4-5')
    for p in gold.procedures:
        for lv in p.levels:
            if "-" in lv:
                a, b = lv.split("-")
                assert a[0].isalpha() and b[0].isalpha(), lv
    assert sorted(set(gold.finding_elements)) == sorted(gold.finding_elements), "finding elements sorted and unique"


def test_no_phi_patterns():
    import re

    for _, txt, _ in ALL:
        text = txt.read_text(encoding="utf-8")
        assert not re.search(r"\bMRN\b|\bDOB\b|date of birth|\bSSN\b", text, re.I), txt.name


def test_corpus_size_and_split():
    counts = Counter(split for split, _, _ in ALL)
    assert counts["dev"] + counts["test"] >= 150
    share = counts["test"] / (counts["dev"] + counts["test"])
    assert 0.35 <= share <= 0.45, share


def test_every_family_in_both_splits():
    for split in ("dev", "test"):
        fams = {p.family for s, _, g in ALL if s == split for p in g.procedures}
        assert set(FAMILIES) <= fams, f"{split} lacks {sorted(set(FAMILIES) - fams)}"


def test_every_finding_element_missing_in_at_least_five_notes():
    counts = Counter(e for _, _, g in ALL for e in g.finding_elements)
    short = {e: counts[e] for e in ELEMENTS if counts[e] < 5}
    assert not short, short


def test_hand_written_share():
    hand = [(s, g) for s, _, g in ALL if g.origin == "hand"]
    assert len(hand) >= 40
    assert sum(1 for s, _ in hand if s == "test") >= len(hand) / 3


def test_coverage_of_regions_sides_drugs_places_dates():
    regions = {p.region for _, _, g in ALL for p in g.procedures}
    assert {"cervical", "thoracic", "lumbar", "sacral"} <= regions
    sides = {p.laterality for _, _, g in ALL for p in g.procedures}
    assert {"left", "right", "bilateral"} <= sides
    nlevels = {len(p.levels) for _, _, g in ALL for p in g.procedures}
    assert {1, 2, 3, 4} <= nlevels
    imaging = {p.imaging for _, _, g in ALL for p in g.procedures}
    assert {"fluoroscopy", "ultrasound", "none", None} <= imaging
    drugs = {d.generic for _, _, g in ALL for d in g.drugs}
    assert {"methylprednisolone_acetate", "triamcinolone_acetonide", "dexamethasone_sodium_phosphate",
            "betamethasone_sodium_phosphate_acetate", "ketorolac_tromethamine", "onabotulinumtoxinA",
            "bupivacaine", "ropivacaine", "lidocaine", "iohexol", "iopamidol"} <= drugs
    assert {g.place_of_service for _, _, g in ALL} >= {"11", "22", "24"}
    dates = [g.date_of_service.isoformat() for _, _, g in ALL]
    assert any(d < "2024-04-01" for d in dates) and any(d >= "2024-04-01" for d in dates)
    codes = {c.code for _, _, g in ALL for c in g.codes}
    assert {"J1030", "J1010", "99152"} <= codes


def test_samples_exist_outside_splits():
    samples = sorted((ROOT / "samples").glob("*.txt"))
    assert 5 <= len(samples) <= 8


def test_committed_notes_match_their_sources(tmp_path):
    """Gold JSON is never hand-edited: rebuilding from `corpora/tools` reproduces every file."""
    import importlib.util
    import sys

    tools = ROOT / "tools"
    sys.path.insert(0, str(tools))
    try:
        for name in ("generate", "build_hand"):
            spec = importlib.util.spec_from_file_location(f"_corpus_{name}", tools / f"{name}.py")
            mod = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(mod)
            mod.main(tmp_path)
    finally:
        sys.path.remove(str(tools))
    for split in ("dev", "test"):
        built = {p.name: p.read_bytes() for p in (tmp_path / split).iterdir()}
        committed = {p.name: p.read_bytes() for p in (NOTES / split).iterdir() if p.suffix in (".txt", ".json")}
        assert built.keys() == committed.keys(), sorted(built.keys() ^ committed.keys())
        changed = [n for n in built if built[n] != committed[n]]
        assert not changed, changed[:5]


DRUG_WORDS = {
    "methylprednisolone_acetate": ["methylprednisolone", "depo-medrol", "depomedrol"], "triamcinolone_acetonide": ["kenalog", "triamcinolone"],
    "dexamethasone_sodium_phosphate": ["dexamethasone", "decadron", "dex "], "betamethasone_sodium_phosphate_acetate": ["celestone", "betamethasone"],
    "ketorolac_tromethamine": ["ketorolac", "toradol"], "onabotulinumtoxinA": ["botox", "onabotulinum"], "iohexol": ["omnipaque", "iohexol"],
    "iopamidol": ["isovue", "iopamidol"], "lidocaine": ["lidocaine", "xylocaine", "lido"], "bupivacaine": ["bupivacaine", "marcaine", "sensorcaine", "bupi"],
    "ropivacaine": ["ropivacaine", "naropin"], "midazolam": ["midazolam", "versed"], "fentanyl": ["fentanyl"], "morphine": ["morphine"],
    "baclofen": ["baclofen"], "hydromorphone": ["hydromorphone"],
}


@pytest.mark.parametrize("split,txt,gold", ALL, ids=[g.id for _, _, g in ALL])
def test_gold_is_grounded_in_the_text(split, txt, gold):
    """Cheap consistency checks between each note and its gold (catches annotation slips)."""
    import re

    text = txt.read_text(encoding="utf-8")
    low = text.lower()
    for d in gold.drugs:
        assert any(w in low for w in DRUG_WORDS[d.generic]), f"{d.generic} not written in the note"
    for p in gold.procedures:
        if p.laterality:
            words = {"right": r"\bright\b|\bR\b", "left": r"\bleft\b|\bL\b", "bilateral": r"bilateral|\bB/L\b|both"}[p.laterality]
            assert re.search(words, text, re.I if p.laterality != "left" else 0) or p.laterality in low, f"side {p.laterality} not written"
        if p.family in ("transforaminal_epidural", "interlaminar_epidural", "vertebral_augmentation"):
            for lv in p.levels:
                a = lv.split("-")
                short = f"{a[0]}-{a[1][1:]}" if len(a) == 2 and a[0][0] == a[1][0] else lv
                slash = f"{a[0]}/{a[1][1:] if a[0][0] == a[1][0] else a[1]}" if len(a) == 2 else lv
                assert lv in text or short in text or slash in text, f"level {lv} not written"
    for timing in ("pre", "post"):
        v = getattr(gold.pain_scores, timing)
        if v is not None:
            assert re.search(rf"\b{int(v)}\b", text), f"{timing} score {v} not written"
    if gold.consent:
        assert "consent" in low
    if gold.complications == "none":
        assert "complication" in low or re.search(r"\bno cx\b", low)
