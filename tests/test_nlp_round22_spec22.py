"""Round 22 (spec22): procedure families and sides of the code-line probe `c12` (the issue's corpus-spec registers)
as a physician writes them: the nerve shorthand 'n.' before the act ('suprascapular n. block'), genicular nerves named
as the object of the act ('genicular nerves blocked'), and a site label sentence ('Right knee.') opening the line
before the procedure's sentence; with the near misses beside them. Each case asserts the whole set of code lines
(code, sorted modifiers, units) a coder bills on the physician claim. All sentences are new wordings, fictional."""
from __future__ import annotations

import datetime as dt

import pytest

from _snippet import code_lines
from api.pipeline import analyze_text


def _lines(text: str, pos: str = "22") -> list[tuple[str, list[str], int]]:
    return code_lines(analyze_text(text, payer="medicare", date_of_service=dt.date(2025, 6, 10), place_of_service=pos))


_NERVE_SHORTHAND = [
    ("Time-out held.\nLt suprascapular n. block, ultrasound\nNeedle in plane to the notch; 4 mL 0.25% bupivacaine. Image "
     "saved to the chart.", [("64418", ["LT"], 1), ("76942", ["26"], 1)]),
    ("Time-out held.\nSuprascapular n. blocks, both shoulders, under ultrasound with a saved image; 4 mL 0.25% "
     "bupivacaine each side.", [("64418", ["50"], 1), ("76942", ["26"], 1)]),
    # near miss: the block only planned
    ("Shoulder pain clinic visit. Exam: painful arc.\nPlan: suprascapular n. block at the next visit if PT fails.", []),
]


@pytest.mark.parametrize(("text", "expected"), _NERVE_SHORTHAND)
def test_nerve_shorthand_before_the_act(text: str, expected: list) -> None:
    assert _lines(text) == expected


_GENICULAR_OBJECT = [
    ("Time-out held.\nThe superolateral, superomedial and inferomedial genicular nerves of the left knee were blocked "
     "under fluoroscopy with 1 mL 0.5% bupivacaine each.", [("64454", ["LT"], 1)]),
    ("Time-out held.\nUnder fluoroscopy, right knee: genicular branches blocked individually, 1 mL 2% lidocaine at each "
     "of the three.", [("64454", ["RT"], 1)]),
    # near miss: the genicular nerves to be blocked on another day; today a knee injection only
    ("Time-out held.\nLeft knee intra-articular injection, 40 mg triamcinolone by landmark. If this fails the genicular "
     "nerves are to be blocked next month.", [("20610", ["LT"], 1)]),
]


@pytest.mark.parametrize(("text", "expected"), _GENICULAR_OBJECT)
def test_genicular_nerves_as_object_of_the_act(text: str, expected: list) -> None:
    assert _lines(text) == expected


_SITE_LABEL = [
    ("Risks reviewed; consent on the chart.\nLeft knee. Genicular nerves (SM, SL, IM) blocked under fluoroscopy, 1 mL "
     "0.5% bupivacaine at each.", [("64454", ["LT"], 1)]),
    ("Risks reviewed; consent on the chart.\nRt shoulder:\nSuprascapular nerve block under fluoroscopy, 5 mL 0.25% "
     "bupivacaine.", [("64418", ["RT"], 1), ("77002", ["26"], 1)]),
    # near misses: a label that tells a symptom, and a bare label followed by no procedural sentence
    ("Risks reviewed; consent on the chart.\nLeft knee pain. Genicular nerves blocked under fluoroscopy, 1 mL at each.",
     [("64454", [], 1)]),
]


@pytest.mark.parametrize(("text", "expected"), _SITE_LABEL)
def test_site_label_sentence_gives_the_side(text: str, expected: list) -> None:
    assert _lines(text) == expected


_NERVES_AS_SUBJECT = [
    # medial branches given a volume or injected, no procedure name: a facet nerve block by its route
    ("Consent signed.\nDiagnostic block for right lumbar facet pain.\nUnder fluoroscopy the right L3 and L4 medial "
     "branches and the right L5 dorsal ramus each received 0.4 mL of 0.75% bupivacaine.",
     [("64493", ["KX", "RT"], 1), ("64494", ["KX", "RT"], 1)]),
    # sacral lateral branches blocked, and the block named for the joint's nerves
    ("Consent signed.\nUnder fluoroscopy the left L5 dorsal ramus and S1, S2, S3 lateral branches were each "
     "anesthetized with 0.5 mL bupivacaine.", [("64451", ["LT"], 1)]),
    ("Consent signed.\nSacroiliac joint nerve block on the right today under fluoroscopy, 0.5 mL ropivacaine per "
     "target.", [("64451", ["RT"], 1)]),
    # the SI joint's denervation, and the lateral branches lesioned
    ("Consent signed.\nLeft sacroiliac joint denervation under fluoroscopy with cooled RF probes.", [("64625", ["LT"], 1)]),
    ("Consent signed.\nUnder fluoroscopy the right S1, S2 and S3 lateral branches were lesioned at 80 C for 90 s each.",
     [("64625", ["RT"], 1)]),
    # near miss: the medial branches lesioned in an RF session are the RF's, never a separate block
    ("Consent signed.\nRight L4-5 and L5-S1 facet radiofrequency neurotomy under fluoroscopy. The right L3 and L4 medial "
     "branches and the L5 dorsal ramus were first injected with 0.5 mL lidocaine, then lesioned at 80 C.",
     [("64635", ["RT"], 1), ("64636", ["RT"], 1)]),
]


@pytest.mark.parametrize(("text", "expected"), _NERVES_AS_SUBJECT)
def test_nerves_as_the_subject_of_the_act(text: str, expected: list) -> None:
    assert _lines(text) == expected


_TITLE_THEN_PRIOR = [
    # a terse title run into a history line that opens on 'prior' and the earlier procedure's name
    ("left cervical radiofrequency neurotomy\nprior two MBBs gave 90% relief each.\nunder fluoro the left C4 and C5 "
     "medial branches were lesioned at 80 C.", [("64633", ["LT"], 1)]),
    # near miss: 'prior' right after the procedure dates it
    ("Consent signed.\nLeft knee injection with 40 mg triamcinolone under ultrasound, image saved. Medial branch blocks x2 "
     "prior, both 80%.", [("20611", ["LT"], 1)]),
]


@pytest.mark.parametrize(("text", "expected"), _TITLE_THEN_PRIOR)
def test_prior_opening_the_next_procedure_name(text: str, expected: list) -> None:
    assert _lines(text) == expected


_WRAPPED_ROUTE = [
    # dictated prose whose line wraps between the needle and the foramen it reached
    ("Consent signed.\nthe patient lay prone and under fluoroscopy a 22 gauge spinal needle\nwas guided to the "
     "posterior aspect of the left L4-5 neural foramen and after contrast with\ndigital subtraction we injected "
     "dexamethasone 10 mg", [("64483", ["LT"], 1)]),
    # near miss: a needle line followed by a capitalised imaging line naming a foramen
    ("Consent signed.\nSpinal needle and extension tubing prepared.\nMRI at the L4-5 foramen: moderate stenosis.", []),
]


@pytest.mark.parametrize(("text", "expected"), _WRAPPED_ROUTE)
def test_needle_route_across_a_wrapped_line(text: str, expected: list) -> None:
    assert _lines(text) == expected


_PAIR_FIRST = [
    # today's block the first of a diagnostic pair: KX
    ("Consent signed.\nLeft L4-5 and L5-S1 medial branch blocks under fluoroscopy, 0.5 mL bupivacaine each. We will "
     "proceed to RFA if this block and a confirmatory one both give 80% relief.",
     [("64493", ["KX", "LT"], 1), ("64494", ["KX", "LT"], 1)]),
    # near miss: no intent told, no pair named: no KX
    ("Consent signed.\nLeft L4-5 and L5-S1 medial branch blocks under fluoroscopy, 0.5 mL bupivacaine each. Follow-up "
     "in clinic in two weeks.", [("64493", ["LT"], 1), ("64494", ["LT"], 1)]),
]


@pytest.mark.parametrize(("text", "expected"), _PAIR_FIRST)
def test_first_of_a_diagnostic_pair_is_diagnostic(text: str, expected: list) -> None:
    assert _lines(text) == expected
