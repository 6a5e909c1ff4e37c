"""Round 20 (issue 3, gap20b): the reader gaps fixer gap20 left open, each fixed as a wording family, as fictional
snippets written for these tests (never a corpus sentence). Each case gives exact values and failed before its change;
the guards (named so) pin readings the change must keep.

1. A per-site amount and a second amount given once at the dorsal ramus ('1 mL of 2% lidocaine per lateral branch and
   1 mL at the dorsal ramus', 'Kenalog 10 mg per lateral branch and 10 mg at the L5 dorsal ramus', '1.5 mL at each
   lateral branch and 0.5 mL to the L5 DR'): the per-site amount is multiplied by the lateral branches (the ramus is
   not one of them), the ramus amount counted once. A medial branch count holds the ramus ('0.5 mL per medial branch
   and 0.5 mL at the L5 dorsal ramus' of an L4-5/L5-S1 block: three nerves, 1.5 mL). Naming the ramus with no amount
   of its own ('... per lateral branch; the dorsal ramus was lesioned at 80 C') changes nothing.
2. A per-site phrase leading the sentence before the first drug, a second drug divided among the sites after it, no
   verb closing the first drug's clause ('At each site 1.5 mL of 0.5% bupivacaine with methylprednisolone 40 mg divided
   among the three sites'): the first drug is per site, the divided one a total. A mixture divided with no per-site
   phrase ('Bupivacaine 0.5% 3 mL with methylprednisolone 40 mg, divided among the three sites') stays whole, and so
   does a drug whose whole is told before the other drug ('... 0.5% bupivacaine (3 mL total, 15 mg) with ...').
3. The remainder after a test dose told in a sentence of its own ('Test dose of 1 mL lidocaine 1% negative. The
   remaining 4 mL were then given.', 'Then the remaining 9 mL of the solution was injected.', 'The remaining 3 mL of
   lidocaine was then given.'): added to the test dose's drug. Discarded, or after a test dose naming no drug ('5 mL
   drawn up. A 1 mL test dose ... The remaining 4 mL were then given': the drawn-up whole holds it), it adds nothing.
4. Military flowsheet rows ('0902  Midazolam 2 mg IV', '0755 sedation start' + '0758 midazolam ...' + '0821 sedation
   ended'): the first row's time is the sedation's start; a dose row after the start row is no stop. Rows of other
   steps ('0915  Kenalog 40 mg ...') give no sedation time.
5. A scale's name digits are no value ('PEG-3 6', 'PROMIS-29 pain interference 61', 'PROMIS Global-10 physical 42',
   'PROMIS 29 pain interference 58'): the value after them is read; 'PEG-3' with no value is no scale reading, and
   'PROMIS 45' alone is a value.
"""

from __future__ import annotations

import pytest

from nlp import extract

# --- 1. a second amount once at the dorsal ramus ----------------------------------------------------------------------------

_SI_LESION = ("{side} sacroiliac joint radiofrequency neurotomy\n"
              "Diagnosis: Sacroiliac joint pain (M53.3). Pain over the buttock for 2 years despite therapy for 10 "
              "weeks; he cannot sit at his desk. Two diagnostic SI blocks each gave 80% relief.\n"
              "Consent signed. Time-out done. Fluoroscopy. Pain 8/10 before.\n{x}\nPain 3/10 after. No complications.\n")


@pytest.mark.parametrize("side, x, drug, dose", [
    ("Right", "Cannulas at the right L5 dorsal ramus and the S1, S2 and S3 lateral branches. 1 mL of 2% lidocaine per "
              "lateral branch and 1 mL at the dorsal ramus.", "lidocaine", 80.0),
    ("Left", "Electrodes at the left L5 dorsal ramus and the S1, S2 and S3 lateral branches. Kenalog 10 mg per lateral "
             "branch and 10 mg at the L5 dorsal ramus.", "triamcinolone_acetonide", 40.0),
    ("Left", "Probes lateral to the left S1, S2 and S3 foramina and at the L5 dorsal ramus. Lidocaine 1% 1.5 mL at each "
             "lateral branch and 0.5 mL to the L5 DR.", "lidocaine", 50.0),
])
def test_ramus_amount_given_once(side: str, x: str, drug: str, dose: float) -> None:
    (d,) = extract(_SI_LESION.format(side=side, x=x)).drugs
    assert (d.generic, d.dose, d.per_site, d.sites) == (drug, dose, None, None)


def test_medial_branch_count_holds_the_ramus() -> None:
    text = ("Right L4-5 and L5-S1 medial branch blocks\n"
            "Diagnosis: Lumbar spondylosis (M47.816). Axial back pain for 1 year despite PT for 8 weeks.\n"
            "Consent signed. Time-out done. Fluoroscopy; AP and oblique images saved. Pain 7/10 before.\n"
            "Spinal needles at the right L3 and L4 medial branches and the L5 dorsal ramus. 0.5 mL of 0.5% bupivacaine "
            "per medial branch and 0.5 mL at the dorsal ramus.\nPain 1/10 after. No complications.\n")
    assert [(d.generic, d.dose, d.per_site) for d in extract(text).drugs] == [("bupivacaine", 7.5, None)]


def test_guard_ramus_without_amount_keeps_per_branch() -> None:
    text = _SI_LESION.format(side="Right", x="Cannulas at the right L5 dorsal ramus and the S1, S2 and S3 lateral "
                             "branches. 1 mL of 2% lidocaine per lateral branch; the dorsal ramus was lesioned at 80 C.")
    (d,) = extract(text).drugs
    assert (d.generic, d.dose, d.per_site, d.sites) == ("lidocaine", 60.0, True, 3)


# --- 2. a leading per-site phrase beside a divided steroid, no closing verb --------------------------------------------

_GENIC = ("Left knee genicular nerve block (superomedial, superolateral and inferomedial)\n"
          "Diagnosis: Primary osteoarthritis, left knee (M17.12). Knee pain for 4 years despite PT for 8 weeks; he "
          "cannot climb stairs.\nConsent signed. Time-out done. Ultrasound guidance. Pain 8/10 before.\n{x}\n"
          "Pain 3/10 after. No complications.\n")


@pytest.mark.parametrize("x, drugs", [
    ("At each site 1.5 mL of 0.5% bupivacaine with methylprednisolone 40 mg divided among the three sites.",
     {"bupivacaine": 22.5, "methylprednisolone_acetate": 40.0}),
    ("At each nerve, 2 mL of 1% lidocaine along with triamcinolone 40 mg split between the three nerves.",
     {"lidocaine": 60.0, "triamcinolone_acetonide": 40.0}),
    ("At every target 1 mL of 0.25% bupivacaine, and Depo-Medrol 40 mg shared among the three targets.",
     {"bupivacaine": 7.5, "methylprednisolone_acetate": 40.0}),
])
def test_leading_per_site_phrase_beside_divided_steroid(x: str, drugs: dict) -> None:
    assert {d.generic: d.dose for d in extract(_GENIC.format(x=x)).drugs} == drugs


@pytest.mark.parametrize("x", [
    "Bupivacaine 0.5% 3 mL with methylprednisolone 40 mg, divided among the three sites.",
    "At each site 1 mL of a mix of 0.5% bupivacaine (3 mL total, 15 mg) with methylprednisolone 40 mg total, divided "
    "among the three sites.",
])
def test_guard_mixture_divided_without_per_site_phrase(x: str) -> None:
    text = _GENIC.format(x=x)
    assert {d.generic: d.dose for d in extract(text).drugs} == {"bupivacaine": 15.0, "methylprednisolone_acetate": 40.0}


# --- 3. the remainder after a test dose in its own sentence ----------------------------------------------------------------

_CERV_ESI = ("C7-T1 interlaminar epidural steroid injection\n"
             "Diagnosis: Cervical radiculopathy (M54.12). Arm pain to the hand for 4 months despite PT for 6 weeks; she "
             "cannot lift her child.\nConsent signed. Time-out done. Fluoroscopy; AP and lateral images saved. "
             "Pain 7/10 before.\n{x}\nPain 2/10 after. No complications.\n")


@pytest.mark.parametrize("x, drug, dose", [
    ("Test dose of 1 mL lidocaine 1% negative. The remaining 4 mL were then given. Dexamethasone 10 mg injected.",
     "lidocaine", 50.0),
    ("Test dose: 1 mL of 0.25% bupivacaine, negative. Then the remaining 9 mL of the solution was injected. "
     "Dexamethasone 10 mg injected.", "bupivacaine", 25.0),
    ("Dexamethasone 10 mg injected. A 0.5 mL test dose of 1% lidocaine was negative.\nWe injected the remaining "
     "2.5 mL slowly.", "lidocaine", 30.0),
    ("Test dose of 1 mL 1% lidocaine negative. The remaining 3 mL of lidocaine was then given. Dexamethasone 10 mg "
     "injected.", "lidocaine", 40.0),
])
def test_remainder_in_its_own_sentence_adds(x: str, drug: str, dose: float) -> None:
    drugs = {d.generic: d.dose for d in extract(_CERV_ESI.format(x=x)).drugs}
    assert drugs == {drug: dose, "dexamethasone_sodium_phosphate": 10.0}


@pytest.mark.parametrize("x, dose", [
    ("Test dose of 1 mL lidocaine 1% negative. The remaining 4 mL was discarded. Dexamethasone 10 mg injected.", 10.0),
    ("Lidocaine 1% 5 mL drawn up. A 1 mL test dose was negative. The remaining 4 mL were then given. Dexamethasone "
     "10 mg injected.", 50.0),
])
def test_guard_remainder_in_own_sentence_not_added(x: str, dose: float) -> None:
    drugs = {d.generic: d.dose for d in extract(_CERV_ESI.format(x=x)).drugs}
    assert drugs == {"lidocaine": dose, "dexamethasone_sodium_phosphate": 10.0}


# --- 4. military flowsheet rows ------------------------------------------------------------------------------------------

_CFACET = ("Left C5-6 and C6-7 facet joint injections\nDx: cervical spondylosis (M47.812). Neck pain for 9 months "
           "despite PT for 6 weeks. Consent signed. Time-out done.\n{x}\nUnder fluoroscopy needles were advanced into "
           "the left C5-6 and C6-7 facet joints and 0.5 mL of Kenalog 40 mg/mL was injected into each. "
           "No complications.\n")


@pytest.mark.parametrize("x, agents, start, stop, minutes", [
    ("Sedation flowsheet\n0902  Midazolam 2 mg IV\n0906  Fentanyl 50 mcg IV\n0927  end",
     {"midazolam": 2.0, "fentanyl": 0.05}, "09:02", "09:27", 25),
    ("Sedation record (moderate, by me)\n0755 sedation start\n0758 midazolam 1 mg IV\n0821 sedation ended",
     {"midazolam": 1.0}, "07:55", "08:21", 26),
    ("Sedation flowsheet\n0810 - Versed 1 mg IV\n0814 - fentanyl 25 mcg IV", {"midazolam": 1.0, "fentanyl": 0.025},
     "08:10", None, None),
])
def test_military_flowsheet_rows_give_times(x: str, agents: dict, start: str, stop: str | None,
                                            minutes: int | None) -> None:
    facts = extract(_CFACET.format(x=x))
    assert {d.generic: d.dose for d in facts.drugs if d.role == "sedative"} == agents
    sed = facts.procedures[0].sedation
    assert (sed.start_time, sed.stop_time, sed.intraservice_minutes) == (start, stop, minutes)


def test_guard_rows_of_other_steps_are_no_sedation_time() -> None:
    facts = extract(_CFACET.format(x="Moderate sedation by me with an independent RN observer: midazolam 2 mg IV.\n"
                                     "0915  lidocaine 1% 2 mL to the skin\n0930  dressing applied"))
    sed = facts.procedures[0].sedation
    assert (sed.agents, sed.start_time, sed.stop_time) == (["midazolam"], None, None)


# --- 5. a scale's name digits ----------------------------------------------------------------------------------------------

_TRIGGER = ("Procedure: Trigger point injections, left rhomboid and levator scapulae\n"
            "Diagnosis: Myalgia of the upper back (M79.18)\n{function}\n"
            "Pain before: 6/10\nConsent: signed. Time-out: performed.\n"
            "Medication: lidocaine 1%, 1 mL per muscle, 2 mL total\nPain after: 2/10\nComplications: none\n")


@pytest.mark.parametrize("function, scales", [
    ("Function: PEG-3 6; PROMIS-29 pain interference 61", ["PEG-3 6", "PROMIS-29 pain interference 61"]),
    ("Scales: PEG-3 score 7/10, PROMIS-29 pain interference T-score 64.",
     ["PEG-3 score 7/10", "PROMIS-29 pain interference T-score 64"]),
    ("Outcome measure: PROMIS Global-10 physical 42", ["PROMIS Global-10 physical 42"]),
    ("Intake forms: PROMIS 29 pain interference 58.", ["PROMIS 29 pain interference 58"]),
])
def test_scale_name_digits_are_no_value(function: str, scales: list[str]) -> None:
    assert [x.value for x in extract(_TRIGGER.format(function=function)).assessments.functional_scales] == scales


def test_guard_scale_name_without_value() -> None:
    text = _TRIGGER.format(function="PEG-3 handed out today; PEG 5 last visit.")
    assert [x.value for x in extract(text).assessments.functional_scales] == ["PEG 5"]
    text = _TRIGGER.format(function="Function scored as PROMIS 45 at intake.")
    assert [x.value for x in extract(text).assessments.functional_scales] == ["PROMIS 45"]
