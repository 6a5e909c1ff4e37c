"""Round 15 round 2 (issue 3, EVTDRUG): the drug, dose and sedation wording families behind the sealed batches
dev_fresh_br/bs/bt, as fictional snippets written for these tests (never a corpus sentence). Each case gives exact
values and failed before its change; the guards (named so) pin readings the change must keep.

- A per-site dose followed by the whole restated under another name of the same drug ("Each joint received 40 mg of
  Depo-Medrol ..., 80 mg methylprednisolone in total"): the whole is not a further dose (fbs-sij-03: J1010 x80).
- Sedation turned down or written as a field without its colon ("The patient declined sedation.", "Sedation none."):
  no sedation (fbs-caudal-01, gnb-01, ilesi-04, rfa-01, rfa-02, tfesi-03, tfesi-04, tpi-01).
- An interval of a refill ("checking for return every 5 cc") is no further amount (fbr-pump-01).
- A per-site volume of a stated strength with its whole written as a mass ("0.5 mL of 0.5% ... at each nerve, 5 mg in
  total"): the mass is the whole, not a share to multiply again (fbs-mbb-03).
- A skin dose "at each entry" / "each skin entry" is per site (fbr-h-facet-01).
- Contrast that "gave a capsular arthrogram" is given today (fbt-h-mbb-02).
- Consent or time-out still to come or only guessed at ("consent will be obtained once she arrives", "Consent probably
  to be signed later", "Consent may have been signed at the previous visit", "a time-out would be performed once ...")
  is not documented; a pause taken "to confirm patient, procedure and level" is a time-out (q4 n06-n08, n04, p22).
- Contrast named for a past visit with "none was given today", or a "Contrast: N/A" field, is no use today (q4 n06,
  n10).
- A short-named anaesthetic dosed per site before another drug's total ("2 mL of 0.2% Naropin, 80 mg Depo-Medrol in
  total"): the total is the other drug's, the anaesthetic stays per site (metamorphic brand_generic of fbs-sij-03).
- A mixture shared out in rounded per-site amounts "using the whole mixture": the whole was given (fbr-gnb-01).
"""

from __future__ import annotations

import datetime as dt

import pytest

from api import pipeline
from nlp import extract

DOS = dt.date(2026, 6, 23)


def _lines(text: str, dos: dt.date = DOS) -> list[tuple[str, list[str], int]]:
    """The code lines billed for `text` in the office under Medicare."""
    result = pipeline.analyze_text(text, payer="medicare", date_of_service=dos, place_of_service="11", source="r15")
    return sorted((c.code, sorted(c.modifiers), c.units) for c in result.codes)


def _doses(text: str) -> dict[str, tuple[float | None, str | None]]:
    """generic -> (total dose, unit) read from `text`."""
    return {d.generic: (d.dose, d.dose_unit) for d in extract(text).drugs}


# --- the whole restated under another name of the drug ---------------------------------------------------------------

_SIJ = ("PROCEDURE: Bilateral sacroiliac joint injections under fluoroscopy.\n"
        "Consent signed. Time-out held. Prone. Spinal needles were guided into the left and right SI joints with an "
        "arthrogram on each side. {drug}\nNo complications.\n")


@pytest.mark.parametrize("drug, generic, dose", [
    ("Into each joint went Depo-Medrol 40 mg with 1 mL of 1% lidocaine; methylprednisolone 80 mg altogether.",
     "methylprednisolone_acetate", 80.0),
    ("Each side received Kenalog 40 mg mixed with 2 mL 0.25% bupivacaine, triamcinolone 80 mg in total.",
     "triamcinolone_acetonide", 80.0),
    ("Kenalog 40 mg was placed in each joint. Total triamcinolone given: 80 mg.", "triamcinolone_acetonide", 80.0),
    ("1% lidocaine 3 mL to the skin. 2 mL of 1% lidocaine and Kenalog 40 mg into each joint, 4 mL lidocaine total.",
     "lidocaine", 70.0),
])
def test_whole_restated_under_another_name_is_not_added(drug: str, generic: str, dose: float) -> None:
    assert _doses(_SIJ.format(drug=drug))[generic] == (dose, "mg")


def test_whole_restated_bills_the_whole_once() -> None:
    text = _SIJ.format(drug="Each joint received Depo-Medrol 40 mg (1 mL) and 1 mL of 0.5% bupivacaine; "
                            "methylprednisolone 80 mg in total.")
    assert _lines(text) == [("27096", ["50"], 1), ("J1010", [], 80)]


def test_guard_a_second_side_saying_total_still_adds() -> None:
    text = _SIJ.format(drug="Kenalog 40 mg into the right joint. Triamcinolone 40 mg in total into the left joint.")
    assert _doses(text)["triamcinolone_acetonide"] == (80.0, "mg")


# --- sedation declined, or its field without the colon ---------------------------------------------------------------

_TFESI = ("PROCEDURE: Left L4-L5 transforaminal epidural steroid injection under fluoroscopy.\n"
          "Consent signed. Time-out held. {sed}\n"
          "Needle to the left L4-L5 foramen; contrast outlined the nerve root. Dexamethasone 10 mg injected. "
          "No complications.\n")


def _sedation(text: str) -> str | None:
    procs = extract(text).procedures
    return procs[0].sedation.type if procs and procs[0].sedation else None


@pytest.mark.parametrize("sed", [
    "Sedation none.",
    "Sedation - none.",
    "She declined sedation.",
    "The patient refused any sedation.",
    "Sedation was offered but declined.",
    "sedation declined by pt",
])
def test_sedation_declined_or_none_reads_none(sed: str) -> None:
    assert _sedation(_TFESI.format(sed=sed)) == "none"


def test_guard_declined_before_but_given_today_keeps_the_level() -> None:
    sed = "At her last visit she declined sedation; today moderate sedation with midazolam 2 mg IV was given by me."
    assert _sedation(_TFESI.format(sed=sed)) == "moderate"


def test_guard_a_plan_to_decline_is_no_sedation_record() -> None:
    assert _sedation(_TFESI.format(sed="If she declines sedation next time, we will proceed awake.")) is None


# --- an interval of a refill is no amount -----------------------------------------------------------------------------

_PUMP = ("PROCEDURE: Intrathecal pump refill.\nConsent signed. Time-out held. The reservoir held 3 mL on interrogation; "
         "3 mL aspirated and wasted. {fill}\n")


@pytest.mark.parametrize("fill, generic, dose", [
    ("The pump was refilled with 20 mL of morphine 10 mg/mL, aspirating every 5 mL to confirm placement.", "morphine", 200.0),
    ("Refill: 20 mL of hydromorphone 10 mg/mL with negative aspiration after each 4 mL.", "hydromorphone", 200.0),
    ("Refill: 20 mL of hydromorphone 10 mg/mL, confirming return after every 2 cc.", "hydromorphone", 200.0),
])
def test_refill_interval_is_not_an_amount(fill: str, generic: str, dose: float) -> None:
    assert _doses(_PUMP.format(fill=fill))[generic] == (dose, "mg")


def test_guard_a_second_volume_given_still_adds() -> None:
    text = _PUMP.format(fill="Refill: 20 mL of hydromorphone 10 mg/mL, 5 mL more given later.")
    assert _doses(text)["hydromorphone"] == (250.0, "mg")


# --- a per-site volume with the whole written as a mass -------------------------------------------------------------

_MBB = ("PROCEDURE: Right L4-5 medial branch blocks under fluoroscopy.\nConsent signed. Time-out held. Needles at the "
        "right L3 and L4 medial branches. {drug}\n")


@pytest.mark.parametrize("drug", [
    "0.5 mL of 0.5% bupivacaine was injected at each nerve, 5 mg in total.",
    "1 mL of 0.25% bupivacaine was placed at each nerve; 5 mg altogether.",
])
def test_whole_mass_after_per_site_volume_is_not_multiplied(drug: str) -> None:
    assert _doses(_MBB.format(drug=drug))["bupivacaine"] == (5.0, "mg")


def test_guard_a_mass_that_does_not_add_up_keeps_the_old_reading() -> None:
    assert _doses(_MBB.format(drug="0.5 mL of 0.5% bupivacaine was injected at each nerve, 4 mg in total."))["bupivacaine"] \
        == (8.0, "mg")


# --- a skin dose at each entry ----------------------------------------------------------------------------------------

_FACET = ("PROCEDURE: Bilateral L4-5 and L5-S1 facet joint injections under fluoroscopy.\nConsent signed. Time-out held. "
          "Needles entered the four joints. {skin} Each joint received 0.5 mL of Kenalog 40 mg/mL.\n")


@pytest.mark.parametrize("skin", [
    "The skin at each entry was anesthetized with 1 mL of 1% lidocaine.",
    "Each skin entry got 1 mL of 1% lidocaine.",
    "1 mL of 1% lidocaine per entry.",
])
def test_skin_dose_at_each_entry_is_per_site(skin: str) -> None:
    assert _doses(_FACET.format(skin=skin))["lidocaine"] == (40.0, "mg")


def test_guard_one_skin_dose_without_each_stays_one() -> None:
    assert _doses(_FACET.format(skin="The skin entry was anesthetized with 1 mL of 1% lidocaine."))["lidocaine"] \
        == (10.0, "mg")


# --- contrast that gave an arthrogram of some look -------------------------------------------------------------------

_FJ = ("PROCEDURE: Right L4-5 facet joint injection under fluoroscopy.\nConsent signed. Time-out held. "
       "A 22-gauge needle entered the right L4-L5 facet joint; {c} Kenalog 40 mg was injected.\n")


@pytest.mark.parametrize("c, generic", [
    ("Omnipaque 240 0.3 mL gave a capsular arthrogram.", "iohexol"),
    ("Isovue-M 200 0.3 mL yielded a crisp arthrogram.", "iopamidol"),
    ("Omnipaque 180, 0.3 mL, provided a smooth arthrogram.", "iohexol"),
])
def test_contrast_that_gave_an_arthrogram_is_given(c: str, generic: str) -> None:
    assert _doses(_FJ.format(c=c))[generic] == (0.3, "ml")


def test_guard_contrast_at_a_past_visit_is_not_given_today() -> None:
    text = _FJ.format(c="Her block last year with Omnipaque 240 gave 80% relief.")
    assert "iohexol" not in _doses(text)


# --- consent and time-out still to come or guessed at ------------------------------------------------------------------

_NOTE = ("PROCEDURE: Right L5-S1 transforaminal epidural steroid injection under fluoroscopy.\n{events}\n"
         "A 22-gauge needle reached the right L5-S1 foramen; Omnipaque 240 1 mL outlined the S1 root. Dexamethasone "
         "10 mg injected. No complications.\n")


def _events(events: str) -> tuple[bool | None, bool | None]:
    r = extract(_NOTE.format(events=events))
    return (r.consent.value if r.consent else None), (r.time_out.value if r.time_out else None)


@pytest.mark.parametrize("sentence", [
    "We went over the risks with his wife, and consent will be signed by him when he gets here.",
    "Consent likely to be obtained after the interpreter arrives.",
    "Consent might have been signed during the clinic visit; the form is not in the chart.",
    "Written consent could have been obtained by the nurse earlier.",
])
def test_consent_to_come_or_guessed_is_not_documented(sentence: str) -> None:
    assert _events(sentence + " Time-out held.")[0] is not True


def test_guard_consent_signed_after_risks_reviewed_stays() -> None:
    assert _events("Risks and benefits were reviewed and he agreed; consent signed. Time-out held.") == (True, True)


@pytest.mark.parametrize("sentence", [
    "The chart says a time-out would be done when the fellow was ready.",
    "Time out probably to be called once the rep arrives.",
])
def test_time_out_to_come_is_not_documented(sentence: str) -> None:
    assert _events("Consent signed. " + sentence)[1] is not True


@pytest.mark.parametrize("sentence", [
    "A short pause, of maybe one minute, was taken to verify the patient, side and level.",
    "We took a pause, roughly thirty seconds long, to confirm the patient and the procedure.",
])
def test_a_long_worded_pause_to_confirm_is_a_time_out(sentence: str) -> None:
    assert _events("Consent signed. " + sentence) == (True, True)


def test_guard_a_pause_of_the_injection_is_no_time_out() -> None:
    assert _events("Consent signed. We paused the injection, roughly thirty seconds, to confirm the spread.")[1] \
        is not True


# --- contrast of a past visit, or a field answered N/A ---------------------------------------------------------------

_NOC = ("PROCEDURE: Right L5-S1 transforaminal epidural steroid injection under fluoroscopy.\nConsent signed. "
        "Time-out held. A 22-gauge needle reached the right L5-S1 foramen. {c} Dexamethasone 10 mg injected. "
        "No complications.\n")


def _contrast_used(c: str) -> bool | None:
    procs = extract(_NOC.format(c=c)).procedures
    return procs[0].contrast.used if procs and procs[0].contrast else None


@pytest.mark.parametrize("c", [
    "He had contrast at the prior block with no reaction; none was used today.",
    "Contrast last time was fine, but none was injected this time.",
    "Contrast: N/A.",
    "Contrast - not applicable.",
])
def test_contrast_of_a_past_visit_or_na_is_not_used_today(c: str) -> None:
    assert _contrast_used(c) is False


def test_guard_contrast_with_none_wasted_is_still_used() -> None:
    assert _contrast_used("Omnipaque 240, 1 mL, showed epidural spread; none was wasted.") is True


# --- the whole mixture used -------------------------------------------------------------------------------------------

_GNB = ("PROCEDURE: Left genicular nerve blocks under fluoroscopy.\nConsent signed. Time-out held. Needles at the "
        "superomedial, superolateral and inferomedial genicular nerves. {mix}\n")


@pytest.mark.parametrize("mix", [
    "A mixture of 4 mL of 0.5% bupivacaine and 1 mL of dexamethasone 10 mg/mL was prepared, and 1.6 mL was placed at "
    "each of the three nerves, using the entire mixture.",
    "A solution of 4 mL of 0.5% bupivacaine and 1 mL of dexamethasone 10 mg/mL was made; 1.6 mL went to each of the "
    "three nerves, and all of the solution was injected.",
])
def test_whole_mixture_used_gives_the_whole(mix: str) -> None:
    assert _doses(_GNB.format(mix=mix)) == {"bupivacaine": (20.0, "mg"), "dexamethasone_sodium_phosphate": (10.0, "mg")}


def test_guard_a_share_far_from_the_whole_stays_a_share() -> None:
    mix = ("A mixture of 4 mL of 0.5% bupivacaine and 1 mL of dexamethasone 10 mg/mL was prepared, and 1 mL was placed "
           "at each of the three nerves, using the entire mixture.")
    assert _doses(_GNB.format(mix=mix)) == {"bupivacaine": (12.0, "mg"), "dexamethasone_sodium_phosphate": (6.0, "mg")}


# --- another drug's total after a short-named anaesthetic -------------------------------------------------------------


@pytest.mark.parametrize("drug, generic, dose", [
    ("Each joint got 2 mL of 0.5% Marcaine, Kenalog 80 mg total.", "bupivacaine", 20.0),
    ("Each joint got 1 mL of 1% Xylocaine, Kenalog 80 mg in total.", "lidocaine", 20.0),
    ("Each joint received 40 mg of methylprednisolone (1 mL) and 2 mL of 0.2% Naropin, 80 mg Depo-Medrol in total.",
     "ropivacaine", 8.0),
])
def test_another_drugs_total_leaves_the_anaesthetic_per_site(drug: str, generic: str, dose: float) -> None:
    assert _doses(_SIJ.format(drug=drug))[generic] == (dose, "mg")


def test_guard_the_anaesthetics_own_total_stays_whole() -> None:
    assert _doses(_SIJ.format(drug="Each joint got Kenalog 40 mg and 0.5% Marcaine, 4 mL total."))["bupivacaine"] \
        == (20.0, "mg")
