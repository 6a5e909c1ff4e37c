"""Property tests: invariants of `propose` over random valid facts (any family, levels, sides,
imaging, payer, place and date of service, drugs, sedation)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coding.engine import propose
from coding.facts import FAMILIES, NoteFacts
from coding.knowledge import load_kb
from coding.result import CodingResult

KB = load_kb()
LEVELS = ["C2-C3", "C4-C5", "C5-C6", "C7-T1", "T4-T5", "T11-T12", "T12-L1", "L1-L2", "L3-L4", "L4-L5", "L5-S1"]
ROOTS = ["C6", "C8", "T12", "L4", "L5", "S1"]
BODIES = ["T8", "T12", "L1", "L2"]
NERVES = ["L3 medial branch", "L4 medial branch", "L5 dorsal ramus", "C5 medial branch", "C6 medial branch",
          "T11 medial branch", "T12 medial branch", "greater occipital nerve", "lesser occipital nerve", "sciatic"]
TARGETS = ["stellate", "lumbar_sympathetic", "celiac", "superior_hypogastric", "ganglion_impar", "knee", "wrist",
           "finger", "shoulder", "greater_occipital", "sciatic", "suprascapular", None]
DRUGS = ["triamcinolone", "Depo-Medrol", "dexamethasone", "Celestone", "ketorolac", "Botox", "lidocaine",
         "bupivacaine", "ropivacaine", "Omnipaque 240", "Isovue 300"]

sides = st.sampled_from([None, "left", "right", "bilateral"])


@st.composite
def levels(draw: Any) -> list[dict[str, Any]]:
    kind = draw(st.sampled_from(["joint", "root", "body"]))
    pool = {"joint": LEVELS, "root": ROOTS, "body": BODIES}[kind]
    names = draw(st.lists(st.sampled_from(pool), max_size=4, unique=True))
    return [{"name": n, "kind": kind, "side": draw(st.sampled_from([None, None, "left", "right", "bilateral"]))}
            for n in names]


@st.composite
def procedure(draw: Any) -> dict[str, Any]:
    modality = draw(st.sampled_from([None, "fluoroscopy", "ct", "ultrasound", "none"]))
    proc: dict[str, Any] = {
        "family": draw(st.sampled_from(FAMILIES)),
        "laterality": draw(sides),
        "levels": draw(levels()),
        "nerves": [{"name": n, "side": draw(sides)} for n in draw(st.lists(st.sampled_from(NERVES), max_size=3, unique=True))],
        "muscles": [{"value": m} for m in draw(st.lists(st.sampled_from(["trapezius", "rhomboid", "gluteus", "piriformis"]), max_size=4))],
        "target": draw(st.sampled_from(TARGETS)),
        "region": draw(st.sampled_from([None, "cervical", "thoracic", "lumbar", "sacral", "knee"])),
        "approach": draw(st.sampled_from([None, "interlaminar", "caudal", "medial_branch", "kyphoplasty", "vertebroplasty"])),
        "intent": draw(st.sampled_from([None, "diagnostic", "therapeutic"])),
        "catheter_left_in_place": draw(st.booleans()),
        "incomplete": draw(st.sampled_from([None, True])),
        "pump_reprogrammed": draw(st.booleans()),
        "performed_by_physician": draw(st.booleans()),
        "devices": [{"kind": k, "count": draw(st.integers(1, 3))}
                    for k in draw(st.lists(st.sampled_from(["lead", "paddle", "generator"]), max_size=2, unique=True))],
    }
    if modality:
        proc["imaging"] = {"modality": modality, "saved_images": draw(st.booleans())}
    if draw(st.booleans()):
        proc["sedation"] = {"type": draw(st.sampled_from(["moderate", "mac", "local"])),
                            "intraservice_minutes": draw(st.integers(0, 90)),
                            "independent_observer": draw(st.booleans()),
                            "by_proceduralist": draw(st.sampled_from([True, False, None]))}
    if draw(st.booleans()):
        proc["radiofrequency"] = {"technique": draw(st.sampled_from(["thermal", "chemical", "pulsed"]))}
    return proc


@st.composite
def note(draw: Any) -> tuple[NoteFacts, str, dt.date]:
    drugs = [
        {"generic": name, "dose": draw(st.floats(0.5, 300, allow_nan=False)),
         "dose_unit": draw(st.sampled_from(["mg", "ml", "units"])),
         "container": draw(st.sampled_from([None, "single_dose", "multi_dose"])),
         "discarded": draw(st.sampled_from([None, 0, 5, 45]))}
        for name in draw(st.lists(st.sampled_from(DRUGS), max_size=3, unique=True))
    ]
    facts = NoteFacts.model_validate({
        "encounter": {"place_of_service": draw(st.sampled_from(["11", "19", "22", "24"]))},
        "procedures": draw(st.lists(procedure(), min_size=1, max_size=3)),
        "drugs": drugs,
    })
    payer = draw(st.sampled_from(sorted(KB.payers.profiles)))
    dos = draw(st.dates(dt.date(2016, 1, 1), dt.date(2026, 12, 31)))
    return facts, payer, dos


def _run(case: tuple[NoteFacts, str, dt.date]) -> CodingResult:
    facts, payer, dos = case
    return propose(facts, payer=payer, date_of_service=dos, kb=KB)


PROPS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPS
@given(note())
def test_addon_never_without_its_primary(case: tuple[NoteFacts, str, dt.date]) -> None:
    result = _run(case)
    present = {c.code for c in result.codes}
    for line in result.codes:
        entry = KB.codes.codes.get(line.code)
        if entry is not None and entry.addon:
            assert present & set(entry.primaries), (line.code, sorted(present))


@PROPS
@given(note())
def test_no_imaging_line_beside_an_imaging_inclusive_code(case: tuple[NoteFacts, str, dt.date]) -> None:
    result = _run(case)
    entries = [KB.codes.codes.get(c.code) for c in result.codes]
    if any(e is not None and e.imaging_included for e in entries):
        assert not [c.code for c, e in zip(result.codes, entries) if e is not None and e.guidance]


@PROPS
@given(note())
def test_units_at_least_one_and_guidance_one_unit(case: tuple[NoteFacts, str, dt.date]) -> None:
    result = _run(case)
    assert all(c.units >= 1 for c in result.codes)
    guidance = [c.code for c in result.codes if KB.codes.codes.get(c.code) and KB.codes.codes[c.code].guidance]
    assert len(guidance) == len(set(guidance))


@PROPS
@given(note())
def test_modifier_pairs_that_never_share_a_line(case: tuple[NoteFacts, str, dt.date]) -> None:
    result = _run(case)
    for line in result.codes:
        mods = set(line.modifiers)
        assert not ("50" in mods and mods & {"RT", "LT"}), line
        assert not {"RT", "LT"} <= mods, line
        assert not {"JW", "JZ"} <= mods, line
        assert len(line.modifiers) == len(mods), line


@PROPS
@given(note())
def test_codes_valid_on_the_date_and_no_generator_for_a_trial(case: tuple[NoteFacts, str, dt.date]) -> None:
    facts, _, dos = case
    result = _run(case)
    for line in result.codes:
        entry = KB.codes.codes.get(line.code)
        if entry is not None:
            assert entry.effective.covers(dos), (line.code, dos)
    families = {p.family for p in facts.procedures}
    if "scs_implant" not in families:
        assert "63685" not in {c.code for c in result.codes}


@PROPS
@given(note())
def test_every_flagged_code_used_is_named_in_an_info_finding(case: tuple[NoteFacts, str, dt.date]) -> None:
    result = _run(case)
    info = {f.id for f in result.findings if f.severity == "info"}
    for line in result.codes:
        entry = KB.codes.codes.get(line.code)
        if entry is not None and entry.status != "confirmed":
            assert f"flag.code.{line.code}" in info, line.code


@PROPS
@given(note())
def test_no_side_modifiers_on_codes_without_a_bilateral_concept(case: tuple[NoteFacts, str, dt.date]) -> None:
    _, payer, _ = case
    settings_ = KB.payers.resolve(payer)
    result = _run(case)
    for line in result.codes:
        entry = KB.codes.codes.get(line.code)
        if entry is None:
            continue
        bilateral = entry.bilateral
        indicator = None if bilateral is None else (
            getattr(settings_, bilateral.payer_setting) if bilateral.payer_setting else bilateral.indicator)
        if indicator not in (1, 3):
            assert not {"RT", "LT", "50"} & set(line.modifiers), line


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    family=st.sampled_from(FAMILIES),
    names=st.lists(st.text(max_size=12), max_size=4),
    target=st.one_of(st.none(), st.text(max_size=12)),
    drug=st.text(min_size=1, max_size=12),
    concentration=st.one_of(st.none(), st.text(max_size=12)),
)
def test_free_text_in_name_fields_never_breaks_coding(family: str, names: list[str], target: str | None,
                                                       drug: str, concentration: str | None) -> None:
    facts = NoteFacts.model_validate({
        "procedures": [{"family": family, "target": target, "laterality": "left",
                        "levels": [{"name": n} for n in names], "nerves": [{"name": n} for n in names],
                        "muscles": [{"value": n} for n in names]}],
        "drugs": [{"generic": drug, "dose": 1, "dose_unit": "ml", "concentration": concentration}],
    })
    result = propose(facts, date_of_service=dt.date(2025, 3, 1), kb=KB)
    assert all(line.units >= 1 for line in result.codes)
