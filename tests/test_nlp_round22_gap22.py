"""Round 22 (issue 3, gap22): reader gaps by wording family, in fictional snippets written for these tests (never a
corpus sentence). Each case gives exact values and failed before its change; the guards (named so) pin readings the
change must keep.

1. Dose arithmetic. (a) A mixture given only as a ratio, in digits or words ('a 1:1 mixture', 'a 2:1 mix', 'equal
   parts', 'mixed in equal volumes', 'a 50/50 mix'), the components named before or after the ratio, the injected
   volume in its sentence or the next one naming no drug: each component's share of the injected volume, times the
   sites of the per-site phrase. (b) Volumes listed by level with the drug or mixture named once ('We injected 1 mL at
   L3-4, 1 mL at L4-5 and 2 mL at L5-S1', 'L3-4 0.5 mL, L4-5 0.5 mL and L5-S1 1 mL', a table 'Level | Volume' under the
   drug line): the volumes add up. (c) A pure agent given by volume only ('3 mL of dehydrated alcohol'): its volume is
   its stated dose (drug_dose met), never a line (drugs.yaml billable: false). (d) An amount given 'through each
   needle' / 'per needle' where no level or side counts the sites: times the needles counted where they were placed
   ('Two 22-gauge needles were advanced'); a single needle counts one.
2. A level the note says was not treated ('so L5-S1 was not injected', 'the L5-S1 level was skipped because of the
   fusion hardware', 'no injection at L5-S1'): it leaves the title's level list (no add-on line, no treated level, no
   per-level dose there); a level only said to be free of complications stays.
3. A second SCS trial lead told without a count ('another 8-contact lead ... parallel to the first', 'the other lead
   was steered next to the first lead'): two units of 63650; a second lead only considered stays one.
4. A pump refill told only by the drug put into the pump or the reservoir filled ('instilled into the pump', 'the pump
   was then filled with 20 mL', 'the reservoir was topped up with', 'introduced into the reservoir'): a refill (95991,
   62370 when reprogrammed); a refill only planned bills nothing.
"""

from __future__ import annotations

import datetime as dt

import pytest
from _snippet import code_lines, finding_elements

from api import pipeline

DOS = dt.date(2025, 5, 6)


def _run(text: str, pos: str = "11"):  # noqa: ANN202
    return pipeline.analyze_text(text, payer="medicare", date_of_service=DOS, place_of_service=pos, source="r22")


def _doses(result) -> dict[str, tuple[float | None, str | None]]:  # noqa: ANN001
    return {d.generic: (d.dose, d.dose_unit) for d in result.facts.drugs}


_TF2 = ("Left L4-5 and L5-S1 transforaminal epidural steroid injection with fluoroscopy.\n"
        "Indication: left L5 radicular leg pain with numbness over the foot for 4 months (M54.17); 10 weeks of physical "
        "therapy and meloxicam gave no relief. She cannot sit through a meal.\n"
        "MRI: left L4-5 and L5-S1 foraminal narrowing.\nConsent signed; time-out held. Pain before: 8/10.\n"
        "Omnipaque 180, 1 mL at each foramen, showed epidural flow. ")
_TF3 = _TF2.replace("L4-5 and L5-S1 transforaminal", "L3-4, L4-5 and L5-S1 transforaminal").replace(
    "left L4-5 and L5-S1 foraminal", "left L3-4, L4-5 and L5-S1 foraminal")
_END = "\nAP and lateral images saved. No complications. Pain after: 2/10.\n"
_TF2_LINES = [("64483", ["LT"], 1), ("64484", ["LT"], 1)]
_TF3_LINES = [("64483", ["LT"], 1), ("64484", ["LT"], 2)]


# --- 1a. a mixture given as a ratio -----------------------------------------------------------------------------------

@pytest.mark.parametrize("drug, tri, lido", [
    # equal parts in words, the components after the words, 1 mL per level at two levels: 1 mL of Kenalog-40 in all
    ("Equal parts of Kenalog-40 and 1% lidocaine were drawn up, and 1 mL of this went to each foramen.", 40.0, 10.0),
    # components named before 'mixed in equal volumes', 2 mL at each of the two levels: 2 mL of each
    ("Kenalog-40 and 1% lidocaine were mixed in equal volumes; 2 mL of the mix was placed at each foramen.", 80.0, 20.0),
    # a slash ratio
    ("A 50/50 mix of Kenalog-40 and 1% lidocaine was used, 1 mL per foramen.", 40.0, 10.0),
    # the injected volume told in the next sentence, naming no drug
    ("A one-to-one mixture of Kenalog-40 and 1% lidocaine was made up. Then 1.5 mL was given at each foramen.", 60.0,
     15.0),
    # made, then given 'at each of the two', in one sentence joined by 'and'
    ("A 1:1 mixture of Kenalog-40 and 1% lidocaine was made, and 1 mL of it was given at each of the two foramina.",
     40.0, 10.0),
])
def test_ratio_mixture_shares_times_sites(drug: str, tri: float, lido: float) -> None:
    r = _run(_TF2 + drug + _END)
    assert _doses(r) == {"iohexol": (2.0, "ml"), "triamcinolone_acetonide": (tri, "mg"), "lidocaine": (lido, "mg")}
    assert code_lines(r) == sorted(_TF2_LINES + [("J3301", [], int(tri / 10))])


def test_guard_ratio_with_its_own_volumes_keeps_them() -> None:
    """Each component told by its own volume beside the ratio words: those volumes, not shares."""
    r = _run(_TF2 + "Kenalog-40 1 mL and 1% lidocaine 1 mL, mixed in equal parts, were given in all." + _END)
    assert _doses(r) == {"iohexol": (2.0, "ml"), "triamcinolone_acetonide": (40.0, "mg"), "lidocaine": (10.0, "mg")}


def test_guard_equal_relief_is_no_mixture() -> None:
    """'equal' that shares out no drug ('equal relief on both sides') leaves a stated dose alone."""
    r = _run(_TF2 + "Kenalog-40 1 mL with 1 mL of 1% lidocaine was given at each foramen." + _END
             + "She reported equal parts of relief in the back and the leg.\n")
    assert _doses(r) == {"iohexol": (2.0, "ml"), "triamcinolone_acetonide": (80.0, "mg"), "lidocaine": (20.0, "mg")}


# --- 1b. volumes listed by level -------------------------------------------------------------------------------------

@pytest.mark.parametrize("drug", [
    "A solution of 2 mL Kenalog-40 and 2 mL 1% lidocaine was prepared. We injected 1 mL at L3-4, 1 mL at L4-5 and "
    "2 mL at L5-S1.",
    "A solution of 2 mL Kenalog-40 and 2 mL 1% lidocaine was prepared. L3-4 1 mL, L4-5 1 mL, L5-S1 2 mL of the "
    "solution were given.",
])
def test_mixture_volumes_listed_by_level_add_up(drug: str) -> None:
    r = _run(_TF3 + drug + _END)
    assert _doses(r) == {"iohexol": (3.0, "ml"), "triamcinolone_acetonide": (80.0, "mg"), "lidocaine": (20.0, "mg")}
    assert code_lines(r) == sorted(_TF3_LINES + [("J3301", [], 8)])


@pytest.mark.parametrize("drug", [
    "Kenalog-40 was drawn up. Injected: L3-4 0.5 mL, L4-5 0.5 mL, L5-S1 1 mL.",
    "Triamcinolone 40 mg/mL was used.\nLevel | Volume\nL3-4 | 0.5 mL\nL4-5 | 0.5 mL\nL5-S1 | 1 mL",
    "Triamcinolone 40 mg/mL was used.\nLevel\tVolume\nL3-4\t0.5 mL\nL4-5\t0.5 mL\nL5-S1\t1 mL",
])
def test_single_drug_volumes_listed_by_level_add_up(drug: str) -> None:
    r = _run(_TF3 + drug + _END)
    assert _doses(r) == {"iohexol": (3.0, "ml"), "triamcinolone_acetonide": (80.0, "mg")}
    assert code_lines(r) == sorted(_TF3_LINES + [("J3301", [], 8)])


def test_guard_mixture_share_at_each_level_is_not_a_list() -> None:
    """One share 'at each level' (no list) stays one share times the levels."""
    r = _run(_TF3 + "A solution of 2 mL Kenalog-40 and 2 mL 1% lidocaine was prepared. 1 mL was injected at each "
             "level." + _END)
    assert _doses(r) == {"iohexol": (3.0, "ml"), "triamcinolone_acetonide": (60.0, "mg"), "lidocaine": (15.0, "mg")}


# --- 1c / 1d. a neurolytic agent by volume, per needle ----------------------------------------------------------------

_CELIAC = ("Celiac plexus neurolysis under CT guidance.\nIndication: pain from pancreatic adenocarcinoma (C25.1) for "
           "five months despite escalating opioids.\nConsent signed; time-out held. Pain before: 9/10.\n")
_CELIAC_END = "\nCT images stored. No complications. Pain after: 4/10.\n"
_CELIAC_LINES = [("64680", [], 1), ("77012", [], 1)]


@pytest.mark.parametrize("body, alcohol", [
    ("Two 22-gauge Chiba needles were advanced anterior to the crura. 10 mL of dehydrated alcohol was injected through "
     "each needle.", 20.0),
    ("Three needles were placed at the celiac axis. Absolute alcohol, 5 mL per needle, was then injected.", 15.0),
    ("A single needle was placed anterior to the aorta and 15 mL of dehydrated alcohol was injected.", 15.0),
])
def test_alcohol_by_volume_is_its_dose_times_the_needles(body: str, alcohol: float) -> None:
    r = _run(_CELIAC + body + _CELIAC_END)
    assert _doses(r) == {"dehydrated_alcohol": (alcohol, "ml")}
    assert code_lines(r) == _CELIAC_LINES
    assert "drug_dose" not in finding_elements(r)


def test_anaesthetic_and_alcohol_through_each_needle() -> None:
    r = _run(_CELIAC + "Two needles were positioned. Through each needle 3 mL of 0.25% bupivacaine was given, followed "
             "by 10 mL of absolute alcohol." + _CELIAC_END)
    assert _doses(r) == {"bupivacaine": (15.0, "mg"), "dehydrated_alcohol": (20.0, "ml")}
    assert code_lines(r) == _CELIAC_LINES


def test_guard_alcohol_named_without_volume_is_no_dose() -> None:
    r = _run(_CELIAC + "Two needles were positioned and dehydrated alcohol was injected through each." + _CELIAC_END)
    assert _doses(r) == {"dehydrated_alcohol": (None, None)}
    assert finding_elements(r) == {"drug_dose"}


def test_guard_volume_through_the_needles_is_no_needle_count() -> None:
    """'2 mL through the needles' counts no needles: a volume before the noun is an amount."""
    r = _run(_CELIAC + "Needles were positioned; 2 mL of contrast through the needles showed spread. 12 mL of dehydrated "
             "alcohol was injected through each needle." + _CELIAC_END)
    assert _doses(r)["dehydrated_alcohol"] == (12.0, "ml")


# --- 2. a level not treated ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Dexamethasone 10 mg/mL, 1 mL per level, was given at L3-4 and L4-5, so L5-S1 was not injected.",
    "Dexamethasone 10 mg/mL, 1 mL per level, was given at L3-4 and L4-5. The L5-S1 level was skipped because of "
    "the fusion hardware.",
    "Dexamethasone 10 mg/mL, 1 mL per level, was given at L3-4 and L4-5. No injection at L5-S1 owing to the fusion mass.",
])
def test_level_said_not_treated_leaves_the_title(body: str) -> None:
    r = _run(_TF3 + body + _END)
    assert [(p.family, p.laterality, [lv.name for lv in p.levels]) for p in r.procedures] == [
        ("transforaminal_epidural", "left", ["L3-L4", "L4-L5"])]
    # the contrast 'at each foramen' follows the levels treated too
    assert _doses(r) == {"iohexol": (2.0, "ml"), "dexamethasone_sodium_phosphate": (20.0, "mg")}
    assert code_lines(r) == sorted(_TF2_LINES + [("J1100", [], 20)])
    assert finding_elements(r) == {"code_validity", "contrast", "dose_ceiling"}  # no level_limit: two levels treated


def test_guard_a_level_free_of_complications_stays_treated() -> None:
    r = _run(_TF3 + "Dexamethasone 10 mg/mL, 1 mL per level, was given at L3-4, L4-5 and L5-S1. No complications at "
             "L5-S1." + _END)
    assert [lv.name for lv in r.procedures[0].levels] == ["L3-L4", "L4-L5", "L5-S1"]
    assert code_lines(r) == sorted(_TF3_LINES + [("J1100", [], 30)])


# --- 3. a second SCS lead ---------------------------------------------------------------------------------------------

_SCS = ("Percutaneous spinal cord stimulator trial.\nIndication: failed back surgery syndrome (M96.1) with leg pain for "
        "three years; psychology clearance obtained.\nConsent signed; time-out held. Pain before: 8/10.\n"
        "Under fluoroscopy, through a Tuohy needle at L1-2 an 8-contact lead was steered to the top of T8. ")
_SCS_END = "\nAP and lateral images saved. No complications. Pain after: 3/10.\n"


@pytest.mark.parametrize("second, units", [
    ("Another 8-contact lead was then advanced parallel to the first, ending at mid T9.", 2),
    ("The other lead was steered next to the first lead, its tip at the top of T9.", 2),
    ("A second lead was considered but not needed, as coverage was complete.", 1),
])
def test_second_scs_lead_without_a_count(second: str, units: int) -> None:
    r = _run(_SCS + second + _SCS_END, pos="22")
    assert code_lines(r) == [("63650", [], units), ("77003", ["26"], 1)]


# --- 4. a pump refill told by the drug put in ------------------------------------------------------------------------

_PUMP = ("Intrathecal pump visit.\nIndication: cancer pain on intrathecal morphine (G89.3).\nConsent signed; time-out "
         "held.\nThe port was accessed and 3 mL of old drug was withdrawn from the reservoir. ")


@pytest.mark.parametrize("fill, code", [
    ("Then 20 mL of morphine 10 mg/mL was instilled into the pump.", "95991"),
    ("The pump was then filled with 20 mL of morphine 10 mg/mL.", "95991"),
    ("The reservoir was topped up with 20 mL of morphine 10 mg/mL.", "95991"),
    ("Morphine 10 mg/mL, 20 mL, was introduced into the reservoir and the pump was reprogrammed to 2 mg/day.", "62370"),
])
def test_pump_refill_told_by_the_drug_put_in(fill: str, code: str) -> None:
    r = _run(_PUMP + fill + "\nNo complications.\n")
    assert [p.family for p in r.procedures] == ["pump_refill"]
    assert _doses(r) == {"morphine": (200.0, "mg")}
    assert code_lines(r) == [(code, [], 1)]


def test_guard_a_refill_only_planned_is_no_refill() -> None:
    r = _run(_PUMP + "The reservoir will be filled with 20 mL at the next visit.\nNo complications.\n")
    assert r.procedures == []
    assert code_lines(r) == []


def test_guard_a_level_left_alone_in_one_procedure_stays_in_the_other() -> None:
    """Two procedures at the same levels: the facet joint left alone leaves the facet injection only."""
    r = _run("Left L4-5 and L5-S1 transforaminal epidural steroid injection and left L4-5 and L5-S1 facet joint "
             "injections under fluoroscopy.\nIndication: left L5 radicular leg pain for 4 months (M54.17) and facet "
             "arthropathy (M47.816); 10 weeks of therapy failed.\nDexamethasone 4 mg went to each foramen. The left "
             "L4-5 facet joint then received 1 mL of 0.5% bupivacaine; the L5-S1 facet joint was not injected because "
             "of the fusion.\nNo complications.")
    assert [(p.family, [lv.name for lv in p.levels]) for p in r.procedures] == [
        ("transforaminal_epidural", ["L4-L5", "L5-S1"]), ("facet_injection", ["L4-L5"])]
    assert code_lines(r) == [("64483", ["LT"], 1), ("64484", ["LT"], 1), ("64493", ["LT"], 1), ("J1100", [], 8)]


@pytest.mark.parametrize("drug, dose", [
    ("20 mL of 0.25% bupivacaine in all was given, 10 mL through each needle.", ("bupivacaine", (50.0, "mg"))),
    ("20 mL of absolute alcohol in all was given, 10 mL through each needle.", ("dehydrated_alcohol", (20.0, "ml"))),
])
def test_guard_total_told_beside_the_per_needle_amount_is_the_whole(drug: str, dose: tuple) -> None:
    """The needles counted in the drug's own sentence ('Two needles were placed; ...'), the whole told beside the
    per-needle amount: the whole, not the whole plus a needle's share."""
    r = _run(_CELIAC + "Two needles were placed; " + drug + _CELIAC_END)
    assert _doses(r) == dict([dose])
