"""Round 22 (dose22b, issue 3): three dose-arithmetic families left open by gap22 and dose22, in fictional snippets
written for these tests (never a corpus or probe sentence). Each case states exact doses and code lines and failed
before its change; the guards (named so) pin readings the change must keep.

1. Volumes listed by level on rows of their own under the line naming the drug (code probe d5-008's layout): a column
   gap of spaces ('  L3-4   1 mL'), bullets, dot leaders or colons, the first row joined by the normaliser to a line
   that closes on a colon after prose ('... Kenalog 40 mg/mL was divided among the joints as below:'), the rows of a
   mixture's shares: the rows add up (a per-site word of the lead-in heads the list, it multiplies nothing); an
   amount told on the drug's line before the list is the whole, its rows the parts.
2. A contrast agent named in an opening clause of the sentence that lists the volumes by level ('After Omnipaque 180
   confirmed flow, L3-4 0.5 mL, L4-5 0.5 mL and L5-S1 1 mL were given'): the volumes are the drug's named before, not
   the contrast's; a contrast that owns its list ('Omnipaque 180 was injected: L3-4 0.5 mL, ...') keeps it.
3. An addendum that only files the body's dose again (lot, expiry, NDC: 'Addendum: Kenalog 40 mg, lot QZ-118, exp
   2027-05') adds nothing; an addendum that gives more, corrects the dose or adds a drug still counts.
"""

from __future__ import annotations

import datetime as dt

import pytest
from _snippet import code_lines, finding_elements

from api import pipeline

DOS = dt.date(2025, 6, 12)


def _run(text: str):  # noqa: ANN202
    return pipeline.analyze_text(text, payer="medicare", date_of_service=DOS, place_of_service="11", source="r22b")


def _doses(result) -> dict[str, tuple[float | None, str | None]]:  # noqa: ANN001
    return {d.generic: (d.dose, d.dose_unit) for d in result.facts.drugs}


# --- 1. volumes listed by level on rows of their own ------------------------------------------------------------------

_FACET = ("Left L3-4, L4-5 and L5-S1 facet joint injections, therapeutic, under fluoroscopy.\n"
          "Indication: left lumbar facet pain for seven months (M47.816); two medial branch blocks each gave 80% relief; "
          "physical therapy and naproxen failed.\nConsent signed; time-out held. Pain before: 7/10.\n"
          "Spinal needles were advanced into the left L3-4, L4-5 and L5-S1 facet joints.\n")
_FACET_END = "\nImages saved. No complications. Pain after: 2/10.\n"
_FACET_LINES = [("64493", ["LT"], 1), ("64494", ["LT"], 1), ("64495", ["LT"], 1)]


@pytest.mark.parametrize("drug", [
    # the lead-in after prose on its line: the normaliser joins the first row to it
    "Each capsule took contrast. Kenalog 40 mg/mL was divided among the joints as below:\n  L3-4   1 mL\n  L4-5   0.5 mL\n"
    "  L5-S1  0.5 mL",
    # the lead-in on its own line, columns parted by spaces
    "Kenalog 40 mg/mL was divided among the joints as below:\n  L3-4   1 mL\n  L4-5   0.5 mL\n  L5-S1  0.5 mL",
    # bullets under a lead-in with a per-site word
    "Triamcinolone 40 mg/mL was given per joint:\n- L3-4 1 mL\n- L4-5 0.5 mL\n- L5-S1 0.5 mL",
    # dot leaders
    "Kenalog-40 volumes by joint:\nL3-4 ........ 1 mL\nL4-5 ........ 0.5 mL\nL5-S1 ....... 0.5 mL",
    # colon rows, the first joined to a lead-in after prose
    "Flow was intra-articular. Kenalog 40 mg/mL was injected as follows:\nL3-4: 1 mL\nL4-5: 0.5 mL\nL5-S1: 0.5 mL",
    # an amount told on the lead-in's line before the joined list is the whole; the rows are its parts
    "Flow was intra-articular. Kenalog 40 mg/mL, 2 mL in all, was split as follows:\n  L3-4  1 mL\n  L4-5  0.5 mL\n"
    "  L5-S1 0.5 mL",
])
def test_volumes_on_rows_by_level_add_up(drug: str) -> None:
    r = _run(_FACET + drug + _FACET_END)
    assert _doses(r) == {"triamcinolone_acetonide": (80.0, "mg")}
    assert code_lines(r) == _FACET_LINES + [("J3301", [], 8)]


def test_rows_by_level_then_a_local_anaesthetic_at_each_joint() -> None:
    r = _run(_FACET + "Kenalog 40 mg/mL was injected as follows:\n  L3-4  1 mL\n  L4-5  0.5 mL\n  L5-S1 0.5 mL\n"
                      "Each with 0.5 mL of 1% lidocaine." + _FACET_END)
    assert _doses(r) == {"triamcinolone_acetonide": (80.0, "mg"), "lidocaine": (15.0, "mg")}
    assert code_lines(r) == _FACET_LINES + [("J3301", [], 8)]


@pytest.mark.parametrize("drug, tri, lido", [
    # the rows use the whole 3 mL mixture
    ("A mixture of 1 mL Kenalog-40 and 2 mL 1% lidocaine was injected as follows:\n  L3-4  1 mL\n  L4-5  1 mL\n"
     "  L5-S1 1 mL", 40.0, 20.0),
    # ... half of a 4 mL mixture, under a lead-in with a per-site word
    ("A mixture of 2 mL Kenalog-40 and 2 mL 1% lidocaine was injected per joint:\n- L3-4 1 mL\n- L4-5 0.5 mL\n"
     "- L5-S1 0.5 mL", 40.0, 10.0),
])
def test_mixture_shares_on_rows_by_level_add_up(drug: str, tri: float, lido: float) -> None:
    r = _run(_FACET + drug + _FACET_END)
    assert _doses(r) == {"triamcinolone_acetonide": (tri, "mg"), "lidocaine": (lido, "mg")}
    assert code_lines(r) == _FACET_LINES + [("J3301", [], int(tri / 10))]


def test_guard_amount_on_its_own_line_before_the_rows_is_the_whole() -> None:
    r = _run(_FACET + "Kenalog 40 mg/mL, 2 mL in all, was split as follows:\n  L3-4  1 mL\n  L4-5  0.5 mL\n  L5-S1 0.5 mL"
             + _FACET_END)
    assert _doses(r) == {"triamcinolone_acetonide": (80.0, "mg")}
    assert code_lines(r) == _FACET_LINES + [("J3301", [], 8)]


def test_guard_rows_of_needle_depths_are_no_volumes() -> None:
    r = _run(_FACET + "Triamcinolone 40 mg/mL was used as listed below:\n  L3-4  6 cm\n  L4-5  6.5 cm\n  L5-S1 7 cm"
             + _FACET_END)
    assert _doses(r) == {"triamcinolone_acetonide": (None, None)}
    assert code_lines(r) == _FACET_LINES
    assert finding_elements(r) == {"drug_dose", "functional_impairment", "level_limit"}


def test_guard_rows_under_a_contrast_line_are_the_contrast_s() -> None:
    r = _run(_FACET + "Kenalog 40 mg with 1 mL of 1% lidocaine was then injected at the L4-5 joint only.\n"
                      "Omnipaque 180 by joint:\n  L3-4  0.5 mL\n  L4-5  0.5 mL\n  L5-S1 0.5 mL" + _FACET_END)
    assert _doses(r)["triamcinolone_acetonide"] == (40.0, "mg")
    assert [x for x in code_lines(r) if x[0].startswith("J")] == [("J3301", [], 4)]


# --- 2. contrast named in an opening clause of the level-list sentence ------------------------------------------------

_TF3 = ("Left L3-4, L4-5 and L5-S1 transforaminal epidural steroid injections with fluoroscopy.\n"
        "Indication: left L4 and L5 radicular leg pain for 5 months (M54.16); eight weeks of physical therapy and "
        "gabapentin did not help. She cannot stand to cook.\n"
        "Consent signed; time-out held. Pain before: 8/10.\nNeedles were placed at the left L3-4, L4-5 and L5-S1 "
        "foramina. ")
_TF3_END = "\nAP and lateral images saved. No complications. Pain after: 2/10.\n"
_TF3_LINES = [("64483", ["LT"], 1), ("64484", ["LT"], 2)]


@pytest.mark.parametrize("drug, doses, line", [
    ("Triamcinolone 40 mg/mL was drawn up. Once Omnipaque 180 outlined the nerve roots, L3-4 0.5 mL, L4-5 0.5 mL and "
     "L5-S1 1 mL were given.",
     {"triamcinolone_acetonide": (80.0, "mg"), "iohexol": (None, None)}, ("J3301", [], 8)),
    # the volumes before their levels, the contrast after 'With'
    ("Dexamethasone 10 mg/mL was drawn up. With Isovue-M 200 showing epidural spread, we injected 0.5 mL at L3-4, "
     "0.5 mL at L4-5 and 1 mL at L5-S1.",
     {"dexamethasone_sodium_phosphate": (20.0, "mg"), "iopamidol": (None, None)}, ("J1100", [], 20)),
    # the contrast's own volume inside the clause stays its own
    ("Kenalog-40 was drawn up. After 1 mL of Omnipaque 240 at each level confirmed flow, L3-4 0.5 mL, L4-5 0.5 mL and "
     "L5-S1 1 mL were injected.",
     {"triamcinolone_acetonide": (80.0, "mg"), "iohexol": (3.0, "ml")}, ("J3301", [], 8)),
    # the drug and the clause in one sentence, parted by a semicolon
    ("Triamcinolone 40 mg/mL was used; once Omnipaque 180 outlined the roots, L3-4 0.5 mL, L4-5 0.5 mL and L5-S1 1 mL "
     "were given.",
     {"triamcinolone_acetonide": (80.0, "mg"), "iohexol": (None, None)}, ("J3301", [], 8)),
    # a mixture's shares by level
    ("A solution of 2 mL Kenalog-40 and 2 mL 1% lidocaine was prepared. After Omnipaque 180 confirmed flow, L3-4 1 mL, "
     "L4-5 1 mL and L5-S1 2 mL of the mixture were injected.",
     {"triamcinolone_acetonide": (80.0, "mg"), "lidocaine": (20.0, "mg"), "iohexol": (None, None)}, ("J3301", [], 8)),
])
def test_contrast_in_an_opening_clause_leaves_the_level_volumes_to_the_drug(drug: str, doses: dict, line: tuple) -> None:
    r = _run(_TF3 + drug + _TF3_END)
    assert _doses(r) == doses
    assert code_lines(r) == sorted(_TF3_LINES + [line])
    assert "drug_dose" not in finding_elements(r)


def test_guard_contrast_that_owns_its_level_list_keeps_it() -> None:
    r = _run(_TF3 + "Kenalog-40 was drawn up. Omnipaque 180 was injected: L3-4 0.5 mL, L4-5 0.5 mL and L5-S1 1 mL."
             + _TF3_END)
    assert _doses(r) == {"triamcinolone_acetonide": (None, None), "iohexol": (2.0, "ml")}
    assert code_lines(r) == _TF3_LINES
    assert finding_elements(r) == {"code_validity", "contrast", "drug_dose", "imaging_findings", "indication", "level_limit"}


def test_guard_contrast_opening_a_sentence_with_its_own_volume() -> None:
    """'With Omnipaque 180, 1 mL ...': no clause of its own before the comma, so the volume is the contrast's."""
    r = _run(_TF3 + "Kenalog 40 mg was injected at each level. With Omnipaque 180, 1 mL was used at each level."
             + _TF3_END)
    assert _doses(r) == {"triamcinolone_acetonide": (120.0, "mg"), "iohexol": (3.0, "ml")}
    assert code_lines(r) == sorted(_TF3_LINES + [("J3301", [], 12)])


# --- 3. an addendum filing the body's dose again ----------------------------------------------------------------------

_KNEE = ("Right knee intra-articular steroid injection, no imaging.\nIndication: right knee osteoarthritis (M17.11); six "
         "months of NSAIDs and physical therapy failed; she cannot climb stairs.\nConsent signed; time-out held. Pain "
         "before: 7/10.\nVia a superolateral approach, Kenalog 40 mg with 4 mL of 1% lidocaine was injected into the "
         "right knee joint.\nNo complications. Pain after: 3/10.\n")
_KNEE_BASE = {"triamcinolone_acetonide": (40.0, "mg"), "lidocaine": (40.0, "mg")}


@pytest.mark.parametrize("addendum", [
    "\nAddendum: Kenalog 40 mg, lot QZ-118, exp 2027-05.",
    "\nADDENDUM (pharmacy log): triamcinolone 40 mg/mL, lot KX4471, expires 09/2027.",
    # two drugs filed, each in its own clause, one with an NDC
    "\nAddendum - medication details: Kenalog-40 40 mg, NDC 0003-0293-05, lot 7H2C, expiration 11/2026; lidocaine 1% "
    "4 mL, lot L889.",
    "\nLate entry: the Kenalog 40 mg given today came from lot 55Q1 (exp 04/2027).",
])
def test_addendum_filing_the_body_dose_adds_nothing(addendum: str) -> None:
    r = _run(_KNEE + addendum)
    assert _doses(r) == _KNEE_BASE
    assert code_lines(r) == [("20610", ["RT"], 1), ("J3301", [], 4)]


@pytest.mark.parametrize("addendum, doses, lines", [
    ("\nAddendum: an additional 40 mg of Kenalog was injected into the joint after aspiration.",
     {"triamcinolone_acetonide": (80.0, "mg"), "lidocaine": (40.0, "mg")}, [("J3301", [], 8)]),
    ("\nAddendum: Kenalog 40 mg, lot QZ-118, was then injected a second time after the effusion was drained.",
     {"triamcinolone_acetonide": (80.0, "mg"), "lidocaine": (40.0, "mg")}, [("J3301", [], 8)]),
    ("\nAddendum: Kenalog 80 mg, not 40 mg, was injected; the dose above was dictated in error.",
     {"triamcinolone_acetonide": (80.0, "mg"), "lidocaine": (40.0, "mg")}, [("J3301", [], 8)]),
    ("\nAddendum: dexamethasone 4 mg, lot DX12, was also injected into the joint.",
     {**_KNEE_BASE, "dexamethasone_sodium_phosphate": (4.0, "mg")}, [("J1100", [], 4), ("J3301", [], 4)]),
])
def test_guard_addendum_that_gives_more_or_corrects_still_counts(addendum: str, doses: dict, lines: list) -> None:
    r = _run(_KNEE + addendum)
    assert _doses(r) == doses
    assert code_lines(r) == [("20610", ["RT"], 1), *lines]
