"""Round 16 (evt): event wordings the sealed batches dev_fresh_bu/bv/bw/bx showed misread. Fictional snippets written
for these tests, in wordings other than the batch notes'; each case failed before its change.

- A sedation level named in the label's value and then turned down in other words ('Sedation: IV sedation was offered
  and declined', 'offered; she declined') was read as given.
- A sedation's reason written as a cause clause ('because severe neck spasm kept her from lying flat'), a 'Reason:'
  label with free text in the sedation's own lines, a reason after a colon ('at her request: marked claustrophobia'),
  and panic in other words ('claustrophobic panic') were not read as a justification.
- A time-out field whose value lists what was checked ('Time-out: patient, drug and concentration checked') was read
  as no time-out.
- Saved images: printed or filed in the chart, hard copies, and a count before 'saved images' ('Two saved images').
- A complications field whose value is a sentence cut off at the note's end ('Complications: Right after the block he
  was wat') was read as a complication.
"""

from __future__ import annotations

import datetime as dt

import pytest

from api.pipeline import analyze_text
from nlp import extract

_DOS = dt.date(2026, 6, 3)


def _sedation(text: str):
    return extract(text).procedures[0].sedation


def _finding_ids(text: str) -> set[str]:
    r = analyze_text(text, payer="medicare", date_of_service=_DOS, place_of_service="11")
    return {f.id for f in r.findings}


_MBB = ("Left L3-L4 and L4-L5 facet joint injections under fluoroscopy.\nLumbar facet arthropathy (M47.816). Consent "
        "signed. Time-out performed.\n{sed}\nUnder fluoroscopy a 22 g needle entered each left facet joint; "
        "triamcinolone 20 mg injected per joint. No complications.\n")


# --- sedation turned down in the label's own value --------------------------------------------------------------------

@pytest.mark.parametrize("sed", [
    "Sedation: IV sedation was offered and declined.",
    "Sedation: conscious sedation offered; she declined.",
    "Sedation: moderate sedation was discussed, and the patient declined it.",
])
def test_sedation_offered_then_declined_is_none(sed: str) -> None:
    assert _sedation(_MBB.format(sed=sed)).type == "none"
    assert "sedation.details" not in _finding_ids(_MBB.format(sed=sed))


def test_sedation_declined_then_accepted_stays_given() -> None:
    """guard: a first refusal and then a sedation given keeps the sedation."""
    sed = _sedation(_MBB.format(sed="Sedation: she declined at first; moderate sedation was then given by me, "
                                    "midazolam 1 mg IV."))
    assert sed.type == "moderate"


# --- the sedation's reason ------------------------------------------------------------------------------------------------

_TIMED = " Midazolam 2 mg IV by me, start 09:02, stop 09:20 (18 minutes); an RN observer monitored throughout."


@pytest.mark.parametrize("sed, reason", [
    ("Moderate sedation by me because severe neck spasm kept her from lying flat for the last injection.",
     "neck spasm kept her from lying flat for the last injection"),
    ("Because of claustrophobic panic on the table, moderate sedation was given.", "claustrophobic panic on the table"),
    ("Sedation: moderate, at her request: marked claustrophobia in the prone position.",
     "claustrophobia"),
    ("SEDATION: Moderate sedation by me. Reason: at the last visit she could not stay prone for more than a minute.",
     "at the last visit she could not stay prone for more than a minute"),
])
def test_sedation_reason_read(sed: str, reason: str) -> None:
    s = _sedation(_MBB.format(sed=sed + _TIMED))
    assert s.justification == reason
    assert "sedation.justification" not in _finding_ids(_MBB.format(sed=sed + _TIMED))


@pytest.mark.parametrize("sed", [
    "Moderate sedation by me. Reason: none given.",
    "Moderate sedation by me; she was calm, with no panic.",
])
def test_no_sedation_reason(sed: str) -> None:
    """guard: a reason label left empty and a denied condition give no reason."""
    assert _sedation(_MBB.format(sed=sed + _TIMED)).justification is None


# --- time-out told by what was checked -------------------------------------------------------------------------------

_PUMP = ("Intrathecal pump refill.\nChronic pain syndrome (G89.4). Consent: verbal.\nTime-out: {to}\nRefill by me: "
         "residual 2 mL withdrawn; morphine 20 mg/mL, 18 mL placed in the reservoir. Not reprogrammed.\n"
         "Complications: none.\n")


@pytest.mark.parametrize("to", [
    "patient, pump and drug concentration checked against the pharmacy label.",
    "identity, reservoir volume and drug cross-checked with the RN.",
    "name, pump and syringe label matched.",
])
def test_time_out_by_what_was_checked(to: str) -> None:
    assert extract(_PUMP.format(to=to)).time_out.value is True


def test_time_out_not_checked_is_no_time_out() -> None:
    """guard: a field saying it was not checked affirms nothing."""
    t = extract(_PUMP.format(to="not checked."))
    assert t.time_out is None or t.time_out.value is False


# --- saved images -----------------------------------------------------------------------------------------------------------

_ESI = ("Right L5-S1 transforaminal epidural steroid injection under fluoroscopy.\nLumbar radiculopathy (M54.16). "
        "Consent signed. Time-out performed. Under fluoroscopy the needle reached the right L5-S1 foramen. Omnipaque "
        "1 mL showed epidural spread. Dexamethasone 10 mg injected. No complications.\n{img}\n")


def _images(text: str):
    img = extract(text).procedures[0].imaging
    return img.saved_images, img.views


@pytest.mark.parametrize("img", [
    "AP and lateral views were printed and filed in the chart.",
    "Hard copies of the AP and oblique images are in the record.",
    "Two saved images document the final needle position.",
    "Images: lateral and AP, placed in the paper chart.",
])
def test_two_views_saved_in_other_words(img: str) -> None:
    assert _images(_ESI.format(img=img)) == (True, 2)


def test_study_images_in_the_chart_are_not_todays() -> None:
    """guard: a past MRI's images in the chart are no saved images of this procedure."""
    assert _images(_ESI.format(img="The outside MRI images are in the chart.")) == (None, None)


# --- complications field cut off ------------------------------------------------------------------------------------------

_TPI = ("Trigger point injections, right trapezius.\nMyofascial pain (M79.18). Consent signed. Time-out done. 1 mL of "
        "0.5% bupivacaine injected at each of two points.\n{cx}")


@pytest.mark.parametrize("cx", [
    "Complications: Right after the block he was wat",
    "complications :  In recovery the patient was monitored for fifteen min",
])
def test_complications_field_cut_off_says_nothing(cx: str) -> None:
    assert extract(_TPI.format(cx=cx)).complications is None


@pytest.mark.parametrize("cx, value", [
    ("Complications: brief dizziness", "brief dizziness"),
    ("Complications: In recovery the patient was monitored for fifteen minutes.",
     "In recovery the patient was monitored for fifteen minutes"),
])
def test_complications_field_complete_kept(cx: str, value: str) -> None:
    """guard: a short value at the note's end, and a finished sentence, are kept as written."""
    assert extract(_TPI.format(cx=cx)).complications.value == value


# --- contrast told by the image it made -------------------------------------------------------------------------------------

@pytest.mark.parametrize("c", [
    "Isovue-M 200, 2 mL, gave cephalad spread along the chain.",
    "Omnipaque 180, 0.3 mL per joint, gave arthrograms without venous uptake.",
    "Contrast (Omnipaque 240, 2 mL) gave longitudinal spread.",
])
def test_contrast_gave_its_image_is_used(c: str) -> None:
    text = _ESI.format(img="").replace("Omnipaque 1 mL showed epidural spread.", c)
    assert extract(text).procedures[0].contrast.used is True


def test_earlier_block_gave_relief_is_no_contrast_use() -> None:
    """guard: an earlier injection that 'gave' relief does not make today's contrast."""
    text = _ESI.format(img="").replace("Omnipaque 1 mL showed epidural spread.",
                                       "The Omnipaque-guided block last year gave lasting relief.")
    con = extract(text).procedures[0].contrast
    assert con is None or con.used is not True


# --- local only, no sedatives, a ticked none ---------------------------------------------------------------------------------

@pytest.mark.parametrize("sed, level", [
    ("Sedation: Local infiltration anesthesia only was used.", "local"),
    ("Done under local anaesthetic alone.", "local"),
    ("Sedation: Local.", "local"),
    ("No anxiolytics or sedatives were given.", "none"),
    ("Sedation: [x] none  [ ] minimal  [ ] moderate", "none"),
])
def test_sedation_local_or_none(sed: str, level: str) -> None:
    assert _sedation(_MBB.format(sed=sed)).type == level


def test_ticked_moderate_among_options() -> None:
    """guard: a ticked moderate among the options is a moderate sedation."""
    assert _sedation(_MBB.format(sed="Sedation: [ ] none  [ ] minimal  [x] moderate")).type == "moderate"


# --- sedation shorthand ---------------------------------------------------------------------------------------------------

def test_sedation_shorthand_read() -> None:
    sed = _sedation(_MBB.format(sed="Mod sed: midaz 1 mg + fent 25 mcg IV, 0911-0929, indep RN obs."))
    assert (sed.type, sed.agents, sed.doses, sed.start_time, sed.stop_time) == (
        "moderate", ["midazolam", "fentanyl"], ["1 mg midazolam", "0.025 mg fentanyl"], "09:11", "09:29")


def test_sedation_shorthand_without_times_is_flagged() -> None:
    """guard: the shorthand without its times is a sedation whose details are missing."""
    text = _MBB.format(sed="Mod sed w/ midaz 1 mg IV; times on the nursing record.")
    assert _sedation(text).type == "moderate"
    assert "sedation.details" in _finding_ids(text)


def test_ticked_level_then_agents_after_a_dash() -> None:
    """The agents after the last option's dash are the field's value, not part of the unticked option."""
    sed = _sedation(_MBB.format(sed="Sedation: [x] Moderate  [ ] Deep - midazolam 1 mg IV, fentanyl 25 mcg IV"))
    assert (sed.type, sed.agents) == ("moderate", ["midazolam", "fentanyl"])


def test_unticked_option_with_a_dash_stays_unticked() -> None:
    """guard: a dash inside an unticked option that names no dose keeps the option's words unread."""
    sed = _sedation(_MBB.format(sed="Sedation: [x] None  [ ] Moderate - see nursing record"))
    assert sed.type == "none"


@pytest.mark.parametrize("img", ["Two or more views of the needle tip were archived.", "2+ images saved to PACS."])
def test_least_count_of_views(img: str) -> None:
    assert _images(_ESI.format(img=img)) == (True, 2)


def test_one_view_or_more_is_not_two() -> None:
    """guard: 'one or more' views is no second view."""
    assert _images(_ESI.format(img="One or more images were archived."))[1] in (None, 1)
