"""Round 15 (PROCB): wording families that the sealed batches dev_fresh_br/bs/bt showed misread in procedures, levels,
sides and code lines: a spinal cord stimulator implant named only by its implanted generator or permanent leads,
pulsed RF in its short forms, medial branch blocks with the dorsal ramus named between the branch and the act, a pump
refilled by clinical staff with the credential beside the role (and a nurse practitioner who is no staff), and the
case-report voice that tells today's procedure as 'underwent' right after its consent. Fictional snippets written for
these tests, in wordings other than the batch notes'; each positive case failed before its change.
"""

from __future__ import annotations

import datetime as dt

import pytest

from api.pipeline import analyze_text
from nlp import extract

_DOS = dt.date(2026, 3, 10)


def _codes(text: str, pos: str = "11") -> list[str]:
    r = analyze_text(text, payer="medicare", date_of_service=_DOS, place_of_service=pos)
    return sorted(f"{c.code}{''.join('-' + m for m in sorted(c.modifiers))} x{c.units}" for c in r.codes)


def _families(text: str) -> list[str]:
    return [p.family for p in extract(text).procedures]


# --- an SCS implant named by its implanted generator or permanent leads ----------------------------------------------

@pytest.mark.parametrize("title", [
    "Procedures: (1) two percutaneous stimulator leads placed; (2) insertion of a rechargeable IPG, right buttock.",
    "Procedure: Percutaneous spinal cord stimulator leads x2 with IPG implantation.",
    "Procedure: Placement of two permanent stimulator leads and an implanted generator.",
])
def test_scs_implant_named_by_generator_or_permanent_leads(title: str) -> None:
    """Through an epidural needle at T11-T12 two leads went up to T8; that is the implant's route, not an epidural."""
    text = (f"{title}\nAnesthesia: MAC.\nFluoroscopy was used. A Tuohy needle was placed into the epidural space at\n"
            "T11-T12 and two 8-contact leads were steered to the top of T8. Both leads were anchored and tunneled to\n"
            "a buttock pocket, where the generator was connected. Incisions were closed.\n")
    assert _families(text) == ["scs_implant"]
    assert _codes(text, pos="24") == ["63650 x2", "63685 x1", "77003-26 x1"]


def test_trial_with_an_external_generator_is_no_implant() -> None:
    """Near miss: trial leads taped out to an external pulse generator stay a trial (63650 x2, no 63685)."""
    text = ("Procedure: SCS trial.\nUnder fluoroscopy two temporary leads were advanced through T12-L1 Tuohy needles\n"
            "to T8 and taped to the skin; the external pulse generator was connected and programmed.\n")
    assert _families(text) == ["scs_trial"]
    assert "63685 x1" not in _codes(text, pos="24")


# --- pulsed RF named in its short forms ------------------------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "Procedure: left L3-4, L4-5 facet pulsed RF",
    "Procedure: Pulsed radio frequency of the left L2 and L3 medial branches and L4 medial branch",
    "Procedure: left lumbar PRF neuromodulation, L3-L4 and L4-L5 facets",
])
def test_pulsed_rf_short_forms_are_a_facet_ablation_coded_unlisted(title: str) -> None:
    """Pulsed RF destroys no nerve: one unlisted 64999 line (rfa.pulsed), with the facet RFA family read."""
    text = (f"{title}\nFluoroscopy. RF cannulas to the left L2, L3 and L4 medial branches; sensory testing concordant.\n"
            "Pulsed current 42 C for 120 seconds at each site. 1 mL 0.25% bupivacaine each level.\n")
    assert _families(text) == ["facet_rfa"]
    assert _codes(text) == ["64999 x1"]


def test_pulsed_rf_only_offered_is_no_procedure_today() -> None:
    """Near miss: a diagnostic block today with pulsed RF only offered for later adds no ablation."""
    text = ("Procedure: left L3-L4 and L4-L5 medial branch blocks under fluoroscopy, 0.5 mL 0.5% bupivacaine each.\n"
            "Plan: if the block gives 80% relief we will consider pulsed RF next month.\n")
    assert _families(text) == ["facet_injection"]


# --- medial branch blocks with the dorsal ramus named between the branch and the act ---------------------------------

@pytest.mark.parametrize("title", [
    "Procedure: right L3 and L4 medial branch nerves and L5 dorsal ramus injections, diagnostic, fluoroscopy",
    "Procedure: Diagnostic right L3, L4 medial branches & the L5 dorsal ramus nerve blocks under fluoroscopy",
])
def test_medial_branch_and_dorsal_ramus_blocks_in_words(title: str) -> None:
    """The L3, L4 branches and the L5 ramus supply the L4-L5 and L5-S1 joints: two diagnostic joint levels, one side."""
    text = (f"{title}\nA 22 g needle to each target; 0.5 mL of 0.5% bupivacaine at each of the three sites.\n"
            "Pain 7/10 before, 2/10 after.\n")
    assert [(p.family, p.laterality, p.intent) for p in extract(text).procedures] == [
        ("facet_injection", "right", "diagnostic")]
    assert _codes(text) == ["64493-KX-RT x1", "64494-KX-RT x1"]


def test_earlier_medial_branch_and_dorsal_ramus_blocks_are_history() -> None:
    """Near miss: blocks named in the history before today's ablation add no block of today."""
    text = ("History: right L3 and L4 medial branch and L5 dorsal ramus blocks twice gave 85% and 90% relief.\n"
            "Procedure: right L4-L5 and L5-S1 radiofrequency ablation under fluoroscopy, lesions at 80 C for 90 s.\n")
    assert _families(text) == ["facet_rfa"]


# --- a pump refilled by clinical staff whose credential is written beside the role ----------------------------------

_PUMP = ("Intrathecal pump refill.\nImplanted intrathecal pump with hydromorphone for cancer pain.\n"
         "{who} the refill through the reservoir port with sterile technique: 3 mL residual withdrawn and 20 mL of\n"
         "hydromorphone 10 mg/mL instilled. The rate was not changed. No complications.\n")


@pytest.mark.parametrize("who", ["The pump nurse (RN) completed", "Our infusion nurse, an RN, performed"])
def test_staff_refill_with_credential_beside_the_role(who: str) -> None:
    """Refilled by clinical staff without reprogramming: 95990, and no 'who refilled' finding."""
    r = analyze_text(_PUMP.format(who=who), payer="medicare", date_of_service=_DOS, place_of_service="11")
    assert sorted(c.code for c in r.codes) == ["95990"]
    assert "pump.performed_by" not in {f.id for f in r.findings}


def test_nurse_practitioner_refill_is_no_staff_refill() -> None:
    """Near miss: a nurse practitioner is a qualified provider, not clinical staff: the physician-skill code."""
    r = analyze_text(_PUMP.format(who="The nurse practitioner performed"), payer="medicare", date_of_service=_DOS,
                     place_of_service="11")
    assert sorted(c.code for c in r.codes) == ["95991"]


# --- the case-report voice: today's procedure told as 'underwent' right after its consent ---------------------------

_CASE = ("Case report: cervical radiculopathy treated with an interlaminar epidural injection\n"
         "A 61-year-old woman had six weeks of left arm pain in a C6 pattern after physical therapy failed.\n"
         "{s} A 20 g Tuohy needle entered the epidural space by loss of resistance and 5 mL of\n"
         "saline with dexamethasone 10 mg was injected. Pain fell from 7/10 to 2/10. There were no complications.\n")


@pytest.mark.parametrize("s", [
    "After informed consent, she underwent a C7-T1 interlaminar epidural steroid injection under fluoroscopy.",
    "Written consent was obtained and the patient underwent a C7-T1 interlaminar epidural injection with "
    "fluoroscopic guidance.",
])
def test_case_report_underwent_after_consent_keeps_todays_guidance(s: str) -> None:
    """The guidance in the consent-then-underwent sentence is today's: fluoroscopy, no imaging_guidance finding."""
    text = _CASE.format(s=s)
    [p] = extract(text).procedures
    assert (p.family, p.imaging.modality if p.imaging else None) == ("interlaminar_epidural", "fluoroscopy")
    r = analyze_text(text, payer="medicare", date_of_service=_DOS, place_of_service="11")
    assert "imaging_guidance" not in {f.element for f in r.findings}


def test_underwent_without_consent_opener_stays_history() -> None:
    """Near miss: an earlier injection 'underwent ... under fluoroscopy' gives today's injection no guidance."""
    text = _CASE.format(s="She underwent a C6-C7 interlaminar injection under fluoroscopy in 2024 with brief relief. "
                          "Today a C7-T1 interlaminar epidural injection was done.")
    r = analyze_text(text, payer="medicare", date_of_service=_DOS, place_of_service="11")
    assert "imaging_guidance" in {f.element for f in r.findings}
