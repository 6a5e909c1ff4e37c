"""Round 17b (e3): events and drug doses in the wording families behind the fourteenth session's batches
(dev_fresh_co, cp, cq, cr), read by `nlp.build_events`, `nlp.build_drugs` and the rules; fictional snippets in our own
wordings (never a corpus sentence), exact values, near misses beside.

- Sedation denied as the subject of a need or use ('Sedation was not required', 'sedation wasn't necessary') and a
  checklist field named with its verb before the answer ('Sedation given ...... None', 'Sedation used: no').
- Contrast denied by a field named with its verb ('Contrast injected: No', 'Contrast used? none'), not a field that
  goes on to describe the spread ('Contrast injected: no vascular uptake').
- A 'No' closing one checklist line is not a 'no images saved' with the next line's 'Images stored: Yes'.
- A blank complications field followed by the next field's bare label ('Free text:', 'Provider comment:'): nothing is
  said; 'free' in 'Free text' is no 'complication-free'.
"""

from __future__ import annotations

import datetime as dt

import pytest

import nlp

DOS = dt.date(2026, 7, 14)

_TFESI = ("Right L5-S1 transforaminal epidural steroid injection\nDiagnosis: Lumbar radiculopathy (M54.16).\n{}\n"
          "Under fluoroscopy a needle was placed at the right L5-S1 foramen and 10 mg dexamethasone was injected.\n{}\n")


def _procedure(before: str, after: str = ""):
    return nlp.extract(_TFESI.format(before, after), date_of_service=DOS).procedures[0]


# --- sedation denied -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Sedation: Sedation was not required.", "none"),
    ("Sedation wasn't necessary for this patient.", "none"),
    ("IV sedation was not needed.", "none"),
    ("Checklist\n  Sedation given .......... None\n  Time-out ........ Yes", "none"),
    ("Sedation used: no", "none"),
    ("Sedation administered - none", "none"),
    # near miss: a condition, not a denial
    ("Sedation was not required until the second needle.", None),
])
def test_sedation_denied(text, expected):
    sed = _procedure(text).sedation
    assert (sed.type if sed else None) == expected


# --- contrast denied by its field; images saved on the next line ----------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Contrast injected: No\nImages saved: Yes - AP and lateral", (False, True)),
    ("Contrast used? none\nPermanent images retained: AP and oblique", (False, True)),
    ("Contrast administered - none\nImages saved: two views, AP and lateral", (False, True)),
    # near misses: the field describes the spread; images truly not saved
    ("Contrast injected: no vascular uptake, epidural spread seen.\nImages saved: AP and lateral", (True, True)),
    ("Omnipaque 2 mL showed epidural spread. No images were saved.", (True, False)),
])
def test_contrast_field_answered_no(text, expected):
    p = _procedure(text)
    assert (p.contrast.used if p.contrast else None, p.imaging.saved_images if p.imaging else None) == expected


# --- a blank complications field ----------------------------------------------------------------------------------

@pytest.mark.parametrize("after, expected", [
    ("Complications |\n\nFree text:\nThe needle was withdrawn intact.", None),
    ("Complications:\nFree-text comment:\nPatient walked out.", None),
    ("Complications:\nProvider comment:\nNeedle removed.", None),
    # near misses: a none on the next line, a complication-free answer
    ("COMPLICATIONS:\n\nNone.", "none"),
    ("Complications: free of any.", "none"),
])
def test_blank_complications_field(after, expected):
    facts = nlp.extract(_TFESI.format("Consent signed.", after), date_of_service=DOS)
    assert (facts.complications.value if facts.complications else None) == expected


# --- a contrast field and a medication list restating its amount in a numbered or tabled form ----------------------

_FORM = ("1. PROCEDURE: Left L4-L5 transforaminal epidural steroid injection\n2. DIAGNOSIS: Lumbar radiculopathy (M54.16)\n"
         "3. GUIDANCE: Fluoroscopy\n{}\n9. COMPLICATIONS: None\n")


def _drug_doses(fields: str, frame: str = _FORM) -> dict[str, tuple[float | None, str | None]]:
    facts = nlp.extract(frame.format(fields), date_of_service=DOS)
    return {d.generic: (d.dose, d.dose_unit) for d in facts.drugs}


@pytest.mark.parametrize("fields, expected", [
    ("4. CONTRAST: Omnipaque 300, 2 mL\n5. MEDICATIONS: triamcinolone 40 mg; Omnipaque 300 2 mL",
     {"iohexol": (2.0, "ml"), "triamcinolone_acetonide": (40.0, "mg")}),
    ("4) Contrast agent: Omnipaque 180 1.5 mL\n5) Meds: dexamethasone 4 mg, Omnipaque 180 1.5 mL",
     {"iohexol": (1.5, "ml"), "dexamethasone_sodium_phosphate": (4.0, "mg")}),
    ("4. Contrast used - Omnipaque 240 1 mL\n5. Injectate - Omnipaque 240 1 mL, triamcinolone 40 mg",
     {"iohexol": (1.0, "ml"), "triamcinolone_acetonide": (40.0, "mg")}),
    # near misses: rows of two injections, and the same field written twice, add up
    ("4. Level 1: Omnipaque 240 1 mL, triamcinolone 20 mg\n5. Level 2: Omnipaque 240 1 mL, triamcinolone 20 mg",
     {"iohexol": (2.0, "ml"), "triamcinolone_acetonide": (40.0, "mg")}),
])
def test_contrast_field_restated_in_medications(fields, expected):
    assert _drug_doses(fields) == expected


# --- a whole written with 'overall' / 'all told', or in a bracket that goes on after its total word ----------------

_TWO_LEVELS = ("Left L4-L5 and L5-S1 transforaminal epidural steroid injection\nDiagnosis: Lumbar radiculopathy (M54.16).\n"
               "Under fluoroscopy needles were placed at the left L4-L5 and L5-S1 foramina. {}\nNo complications.\n")


@pytest.mark.parametrize("text, expected", [
    ("Triamcinolone 20 mg was injected at each foramen, so 40 mg of triamcinolone overall.",
     {"triamcinolone_acetonide": (40.0, "mg")}),
    ("Each foramen received 0.5 mL of Kenalog-40 (20 mg) mixed with 1 mL of 1% lidocaine, 40 mg of triamcinolone overall.",
     {"triamcinolone_acetonide": (40.0, "mg"), "lidocaine": (20.0, "mg")}),
    ("Each level got dexamethasone 5 mg; 10 mg of dexamethasone all told.",
     {"dexamethasone_sodium_phosphate": (10.0, "mg")}),
    # near misses: 'overall' about something else; a bracket with no total word
    ("Triamcinolone 40 mg was given at each level; overall the patient tolerated it well.",
     {"triamcinolone_acetonide": (80.0, "mg")}),
    ("Dexamethasone 3 mg was placed at each level (3 mg each, from one single-dose vial).",
     {"dexamethasone_sodium_phosphate": (6.0, "mg")}),
])
def test_whole_written_overall_or_in_longer_bracket(text, expected):
    assert _drug_doses(text, _TWO_LEVELS) == expected


_RFA = ("Right L4 medial branch and L5 dorsal ramus radiofrequency ablation\nDiagnosis: Lumbar spondylosis (M47.816).\n"
        "Under fluoroscopy cannulas were placed along the right L4 medial branch at the L5 transverse process and along "
        "the L5 dorsal ramus at the sacral ala. {}\nNo complications.\n")


@pytest.mark.parametrize("text, expected", [
    # the author's bracketed whole, the bracket going on about the vial after its total word
    ("After lesioning, dexamethasone 2 mg was placed at each site (4 mg in total, drawn from a 4 mg/mL single-dose vial).",
     4.0),
    ("Dexamethasone 3 mg went to each target (6 mg overall; none of the 10 mg/mL vial wasted).", 6.0),
])
def test_bracketed_total_before_more_words(text, expected):
    assert _drug_doses(text, _RFA) == {"dexamethasone_sodium_phosphate": (expected, "mg")}
