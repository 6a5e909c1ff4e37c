"""Level, code-line, drug and history wordings found by the fresh notes of `corpora/notes/dev_fresh_e`.

Each snippet is fictional and written in a wording of the family (not a sentence of the notes), with the exact
facts the reader must return; each failed on the reader before the change it tests, except three guards (a transforaminal contrast level, one
joint on both sides, a digits-only '4-5' that is no level) that pin what the new rules must leave alone.
"""

from __future__ import annotations

import datetime

from api.pipeline import analyze_text
from nlp import extract


def _lines(text: str) -> set[tuple[str, tuple[str, ...], int]]:
    result = analyze_text(text, payer="medicare", date_of_service=datetime.date(2026, 3, 10),
                          place_of_service="11", source="snippet.txt")
    return {(c.code, tuple(sorted(c.modifiers)), c.units) for c in result.codes}


# --- interlaminar: the entry level, not where the contrast spread ---------------------------------

def test_interlaminar_spread_level_is_not_a_second_level() -> None:
    facts = extract("Thoracic interlaminar epidural steroid injection at T10-11.\n"
                    "A 20 g Tuohy needle entered the T10-11 epidural space by loss of resistance; contrast flowed\n"
                    "cephalad up to T9-10 on the lateral view. Triamcinolone 40 mg injected.")
    (p,) = facts.procedures
    assert [lv.name for lv in p.levels] == ["T10-T11"]
    facts = extract("Cervical epidural (interlaminar), C7-T1, with spread extending to the level of C6-7.\n"
                    "Needle at C7-T1, dexamethasone 10 mg.")
    (p,) = facts.procedures
    assert [lv.name for lv in p.levels] == ["C7-T1"]


def test_transforaminal_contrast_flow_keeps_its_level() -> None:
    (p,) = extract("Right L4-5 transforaminal epidural steroid injection.\nA needle was placed and contrast "
                   "flowed into the right L4-5 foramen; dexamethasone 10 mg injected.").procedures
    assert [lv.name for lv in p.levels] == ["L4-L5"]


# --- two different joints in one session ------------------------------------------------------

def test_two_joints_listed_after_the_injection_head_are_two_procedures() -> None:
    text = ("Intra-articular injections: right hip and left knee\n"
            "Right hip: anterior approach, 40 mg Kenalog.\nLeft knee: lateral approach, 40 mg Kenalog.\n")
    procs = sorted((p.target, p.laterality) for p in extract(text).procedures)
    assert procs == [("hip", "right"), ("knee", "left")]
    assert _lines(text) == {("20610", ("RT",), 1), ("20610", ("LT",), 1), ("J3301", (), 8)}


def test_two_joints_before_the_injection_word() -> None:
    text = "Left knee and right shoulder injections\nEach joint received 40 mg triamcinolone.\n"
    procs = sorted((p.target, p.laterality) for p in extract(text).procedures)
    assert procs == [("knee", "left"), ("shoulder", "right")]


def test_one_joint_both_sides_stays_one_bilateral_procedure() -> None:
    (p,) = extract("Bilateral knee injections\n40 mg triamcinolone into each knee.").procedures
    assert (p.target, p.laterality) == ("knee", "bilateral")


# --- drug amounts written in words ---------------------------------------------------------------

def test_amount_in_words_before_a_spelled_unit() -> None:
    drugs = {d.generic: (d.dose, d.dose_unit) for d in extract(
        "Left L5-S1 transforaminal epidural steroid injection.\nUnder fluoroscopy a needle reached the left L5-S1 "
        "foramen. Six milligrams of dexamethasone were injected.").drugs}
    assert drugs == {"dexamethasone_sodium_phosphate": (6.0, "mg")}


# --- SCS psychological evaluation -----------------------------------------------------------------

def test_behavioral_medicine_evaluation_counts_as_the_psychological_evaluation() -> None:
    text = ("Spinal cord stimulator trial, two percutaneous leads.\nDiagnosis: failed back surgery syndrome.\n"
            "Behavioral medicine consultation 02/2026: cleared for the trial.\n"
            "Leads placed at T8 under fluoroscopy.")
    result = analyze_text(text, payer="medicare", date_of_service=datetime.date(2026, 3, 10),
                          place_of_service="11", source="snippet.txt")
    assert "scs.psychological_evaluation" not in {f.id for f in result.findings}


# --- per-site amounts ------------------------------------------------------------------------------

def test_nerves_were_each_blocked_multiplies_by_the_nerves() -> None:
    drugs = {d.generic: (d.dose, d.dose_unit) for d in extract(
        "Diagnostic medial branch blocks, left L4-5 and L5-S1.\nUnder fluoroscopy the left L3 and L4 medial branches "
        "and the left L5 dorsal ramus were each injected with 0.5 mL of 0.5% bupivacaine.").drugs}
    assert drugs == {"bupivacaine": (7.5, "mg")}


def test_at_each_followed_by_with_is_per_site() -> None:
    drugs = {d.generic: (d.dose, d.dose_unit) for d in extract(
        "Right L4-5 and L5-S1 transforaminal epidural steroid injections.\nNeedles to the right L4-5 and L5-S1 "
        "foramina under fluoroscopy; Omnipaque 240 1 mL at each with neural outline; triamcinolone 20 mg at "
        "each.").drugs}
    assert drugs == {"iohexol": (2.0, "ml"), "triamcinolone_acetonide": (40.0, "mg")}


# --- level wordings ---------------------------------------------------------------------------------

def test_interlaminar_between_two_vertebrae_is_their_interspace() -> None:
    (p,) = extract("Interlaminar lumbar epidural steroid injection.\nThe Tuohy needle entered the epidural space "
                   "between the L3 and L4 laminae by loss of resistance; triamcinolone 40 mg.").procedures
    assert [lv.name for lv in p.levels] == ["L3-L4"]


def test_digits_only_pair_that_names_its_level_is_lumbar() -> None:
    (p,) = extract("Lumbar interlaminar epidural steroid injection, the 3-4 interspace.\nTuohy needle by loss of "
                   "resistance; dexamethasone 10 mg.").procedures
    assert [lv.name for lv in p.levels] == ["L3-L4"]
    (p,) = extract("Left radiofrequency ablation, lumbar 4-5 facet.\nCannulas along the left L3 and L4 medial "
                   "branches; lesions at 80 C for 90 s.").procedures
    assert [lv.name for lv in p.levels] == ["L4-L5"]


def test_digits_only_pair_without_a_level_word_is_no_level() -> None:
    (p,) = extract("Right L5-S1 transforaminal epidural steroid injection.\nNeedle to the right L5-S1 foramen; "
                   "dexamethasone 10 mg in 4-5 mL of saline after 4-5 weeks of PT.").procedures
    assert [lv.name for lv in p.levels] == ["L5-S1"]


# --- augmentation cement is no drug volume ------------------------------------------------------

def test_cement_volume_is_not_the_local_anaesthetic() -> None:
    drugs = {d.generic: (d.dose, d.dose_unit) for d in extract(
        "L2 vertebroplasty\nfluoro, 8 mL 1% lido, 11 g needle R pedicle, 3 mL PMMA, no leak").drugs}
    assert drugs == {"lidocaine": (80.0, "mg")}
