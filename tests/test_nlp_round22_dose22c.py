"""Round 22 (dose22c, issue 3): families of the code-line probe d9 left open, in fictional snippets written for these
tests (never a corpus or probe sentence). Each case states exact values and failed before its change; the guards
(named so) pin readings the change must keep.

1. Sedation minutes told before their label ('30 minutes intraservice', '25 min of intra-service time', 'forty
   minutes of moderate sedation'): the intraservice time, as 'intraservice time 30 minutes' is.
2. An amount glued to a drug's name in shorthand ('Dex6mg', 'kenalog40mg', 'Depo80mg'): the name and the dose, as
   'Dex 6mg' is; capitals before a digit stay one token ('PHQ9', 'GAD7', 'T12').
3. Trigger points counted in an earlier sentence ('TPI x 6.', 'Six trigger points were marked.') and an amount given
   'at each point' in a later one that counts none: the amount times the points counted; a count in a sentence about
   earlier care ('had TPI x 8 last month') is not today's.
4. A vial's size followed by its contents told as used up ('Kenalog-40, a 1 mL single-dose vial, all of the contents
   given', '...; the whole vial was used'): the vial's size is the dose (and JZ with nothing discarded); a size with
   another amount given after it ('from a 1 mL vial, 0.5 mL injected') stays a size.
5. A procedure named with the blocks that justify it in brackets ('Left L4-5 facet RFA (two prior blocks >80% relief)',
   '(after 2 MBBs with 90% relief)'), not on the note's first line: today's procedure; a bracket that dates it or
   names an earlier RF ('(last done 2023, 80% relief)', '(prior RFA gave 70% relief)') stays history.
"""

from __future__ import annotations

import datetime as dt

import pytest
from _snippet import code_lines

from api import pipeline
from nlp import extract

_DOS = dt.date(2025, 6, 3)


@pytest.mark.parametrize(("clause", "minutes"), [
    ("32 minutes intraservice", 32),
    ("intraservice: 32 minutes", 32),
    ("thirty-two min of intra-service time", 32),
    ("32 minutes of moderate sedation", 32),
])
def test_sedation_minutes_before_their_label(clause: str, minutes: int) -> None:
    text = ("Right L5-S1 transforaminal epidural steroid injection under fluoroscopy.\n"
            f"Moderate sedation administered by me, midazolam 1 mg IV, with an independent RN observer; {clause}.\n"
            "Dexamethasone 10 mg injected.")
    s = extract(text).procedures[0].sedation
    assert s.intraservice_minutes == minutes
    r = pipeline.analyze_text(text, date_of_service=_DOS, place_of_service="11")
    assert code_lines(r) == [("64483", ["RT"], 1), ("99152", [], 1), ("99153", [], 1), ("J1100", [], 10)]


@pytest.mark.parametrize("clause", ["observed 32 minutes after sedation", "32 minutes of moderate sedation recovery"])
def test_guard_minutes_after_sedation_are_no_intraservice_time(clause: str) -> None:
    text = ("Right L5-S1 transforaminal epidural steroid injection under fluoroscopy.\n"
            f"Moderate sedation administered by me, midazolam 1 mg IV, with an independent RN observer; {clause}.")
    assert extract(text).procedures[0].sedation.intraservice_minutes is None


@pytest.mark.parametrize(("written", "line"), [
    ("Dex6mg x2 (one each level)", ("J1100", [], 12)),
    ("kenalog40mg, split between the two levels", ("J3301", [], 4)),
    ("Depo80mg total", ("J1040", [], 1)),  # before 2024-04-01: the 80 mg code, fewest units
])
def test_dose_glued_to_the_drug_name(written: str, line: tuple) -> None:
    text = f"Proc: R TFESI L4-5 and L5-S1 under fluoro.\nInj: {written}; lido1% skin only.\nNo complications."
    r = pipeline.analyze_text(text, date_of_service=dt.date(2024, 2, 6), place_of_service="11")
    assert code_lines(r) == [("64483", ["RT"], 1), ("64484", ["RT"], 1), line]


def test_guard_capitals_before_a_digit_stay_one_token() -> None:
    from spacy.lang.en import English

    from nlp.tokenizer import build_tokenizer

    nlp = English()
    nlp.tokenizer = build_tokenizer(nlp)
    assert [t.text for t in nlp("PHQ9 GAD7 T12 Dex2mg")] == ["PHQ9", "GAD7", "T12", "Dex", "2", "mg"]


@pytest.mark.parametrize("count", ["TPI x 6.", "Six trigger points were marked in the trapezius and rhomboids."])
def test_points_counted_before_the_per_point_amount(count: str) -> None:
    text = (f"Trigger point injections to the left trapezius, rhomboid and levator scapulae.\n{count}\n"
            "Every point was injected with 0.25 mL Kenalog-40 and 0.5 mL of 1% lidocaine.\nTolerated well.")
    d = {x.generic: (x.dose, x.sites) for x in extract(text).drugs}
    assert d["triamcinolone_acetonide"] == (60.0, 6)
    r = pipeline.analyze_text(text, date_of_service=_DOS, place_of_service="11")
    assert code_lines(r) == [("20553", [], 1), ("J3301", [], 6)]


def test_guard_points_counted_at_an_earlier_visit() -> None:
    text = ("Trigger point injections, right trapezius.\nAt her last visit she had TPI x 8 with good relief.\n"
            "Each point received 0.25 mL Kenalog-40 today.")
    d = {x.generic: (x.dose, x.sites) for x in extract(text).drugs}
    assert d == {"triamcinolone_acetonide": (10.0, 1)}  # today's count is not told: one point, never the earlier 8


@pytest.mark.parametrize("told", [
    "Dexamethasone 10 mg/mL, a 1 mL single-use vial, all of the contents given; nothing wasted.",
    "Dexamethasone 10 mg/mL in a 1 mL single-dose vial; the whole vial was used, no waste.",
])
def test_vial_size_given_when_its_contents_are_used_up(told: str) -> None:
    text = f"Left L5-S1 transforaminal epidural under fluoroscopy.\n{told}\nNo complications."
    d = {x.generic: (x.dose, x.container, x.discarded) for x in extract(text).drugs}
    assert d["dexamethasone_sodium_phosphate"] == (10.0, "single_dose", 0.0)
    r = pipeline.analyze_text(text, date_of_service=_DOS, place_of_service="11")
    assert code_lines(r) == [("64483", ["LT"], 1), ("J1100", ["JZ"], 10)]


def test_guard_vial_size_with_an_amount_given_after_it() -> None:
    text = ("Left L5-S1 transforaminal epidural under fluoroscopy.\nKenalog-40 from a 1 mL single-dose vial, "
            "entire contents drawn up; 0.5 mL injected.")
    d = {x.generic: x.dose for x in extract(text).drugs}
    assert d["triamcinolone_acetonide"] == 20.0


_OPENING = "Consent signed after the risks were reviewed. Time-out done.\n"


@pytest.mark.parametrize("bracket", ["(two prior blocks >80% relief)", "(after 2 MBBs with 90% relief)",
                                     "(s/p dual diagnostic blocks, 85% relief)"])
def test_procedure_with_its_justifying_blocks_in_brackets(bracket: str) -> None:
    text = f"{_OPENING}Left L4-5 facet radiofrequency ablation {bracket}.\nLesions at the L3 and L4 medial branches.\n"
    assert [p.family for p in extract(text).procedures] == ["facet_rfa"]
    r = pipeline.analyze_text(text, date_of_service=_DOS, place_of_service="11")
    assert code_lines(r) == [("64635", ["LT"], 1)]


@pytest.mark.parametrize("bracket", ["(last done 2023, 80% relief)", "(prior RFA gave 70% relief)"])
def test_guard_bracket_dating_the_procedure_stays_history(bracket: str) -> None:
    text = f"{_OPENING}Left L4-5 facet radiofrequency ablation {bracket}.\nTolerated well.\n"
    assert extract(text).procedures == []
