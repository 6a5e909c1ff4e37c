"""Round 13 (PROC+DRUG): wording families that the sealed batches dev_fresh_bi/bj/bk showed misread: per-site doses
behind shorthand ('At ea. site'), a per-site phrase opening a sentence of several clauses, a mixture prepared and then
given per site, a procedure put off to a later talk, contrast spread written 'from T9 to T11', a repeat at the next
level ('Same at right L5-S1:'), and a header's joints that the blocked nerves contradict. Fictional snippets written
for these tests, with wordings other than the batch notes'; each case failed before its change.
"""

from __future__ import annotations

import datetime as dt

import pytest

from api.pipeline import analyze_text
from nlp import extract

_DOS = dt.date(2026, 3, 10)


def _drugs(text: str) -> dict[str, float | None]:
    """generic -> total dose read."""
    return {d.generic: d.dose for d in extract(text).drugs}


def _codes(text: str) -> list[str]:
    r = analyze_text(text, payer="medicare", date_of_service=_DOS, place_of_service="11")
    return sorted(f"{c.code}{''.join('-' + m for m in sorted(c.modifiers))} x{c.units}" for c in r.codes)


def _elements(text: str) -> set[str]:
    r = analyze_text(text, payer="medicare", date_of_service=_DOS, place_of_service="11")
    return {f.element for f in r.findings}


# --- per-site shorthand and a per-site phrase that opens the sentence ------------------------------------------------

_BILAT_TFESI = ("Bilateral L4-5 and L5-S1 transforaminal epidural steroid injection under fluoroscopy.\n"
                "Technique: prone. 22 g needles to the R L4/5, R L5/S1, L L4/5 and L L5/S1 foramina. {line}\n")


@pytest.mark.parametrize("line", [
    "At ea. site Omnipaque 240 0.5 mL with epidural flow, no uptake; then 0.5 mL Kenalog-40 (20 mg) + 1 mL 0.25% "
    "bupivacaine.",
    "At each foramen, Omnipaque 240 0.5 mL showed epidural flow; Kenalog-40 0.5 mL (20 mg) and 0.25% bupivacaine "
    "1 mL followed.",
    "For every level: Omnipaque 240 0.5 mL; afterwards Kenalog-40 20 mg in 0.5 mL plus 1 mL of 0.25% bupivacaine.",
])
def test_per_site_phrase_opening_the_sentence_covers_its_later_clauses(line: str) -> None:
    """'At each site X; then Y': the opening phrase gives every clause's amounts per site (4 foramina)."""
    assert _drugs(_BILAT_TFESI.format(line=line)) == {
        "iohexol": 2.0, "triamcinolone_acetonide": 80.0, "bupivacaine": 10.0}


@pytest.mark.parametrize("line", [
    "Dexamethasone 4 mg with 1 mL of 1% lidocaine at ea. foramen.",
    "Dexamethasone 4 mg with 1 mL of 1% lidocaine to ea. level.",
])
def test_each_abbreviated_ea_before_lower_case_is_no_sentence_end(line: str) -> None:
    """'ea.' (each) before a lower-case word keeps the sentence whole, so its per-site phrase is read."""
    assert _drugs(_BILAT_TFESI.format(line=line)) == {"dexamethasone_sodium_phosphate": 16.0, "lidocaine": 40.0}


# --- a mixture prepared, then a volume of it per site ----------------------------------------------------------------

_TWO_LEVEL_TFESI = ("Right L4-5 and L5-S1 transforaminal epidural steroid injection under fluoroscopy.\n"
                    "Technique: needles to the right L4-5 and L5-S1 foramina. {line}\n")


@pytest.mark.parametrize("line", [
    "Injectate prepared as Kenalog-40 40 mg/mL 1 mL + Marcaine 0.5% 1 mL, 1 mL per site x 2 sites.",
    "Injectate made up of Kenalog-40 40 mg/mL 1 mL + Marcaine 0.5% 1 mL, 1 mL at each foramen.",
    "Injectate: Kenalog-40 40 mg/mL 1 mL + Marcaine 0.5% 1 mL, 1 mL per level.",
])
def test_prepared_injectate_given_per_site_shares_its_parts(line: str) -> None:
    """A 2 mL injectate of two parts given 1 mL at each of 2 sites is all of each part (J3301 x4, not x8)."""
    text = _TWO_LEVEL_TFESI.format(line=line)
    assert _drugs(text) == {"triamcinolone_acetonide": 40.0, "bupivacaine": 5.0}
    assert "J3301 x4" in _codes(text)


# --- a procedure put off to a later talk -----------------------------------------------------------------------------

_ILESI = ("Thoracic interlaminar epidural steroid injection, T10-11.\n"
          "Procedure: under fluoroscopy a Tuohy needle entered the T10-11 epidural space by loss of resistance; "
          "dexamethasone 10 mg with 2 mL saline was injected.\n"
          "\nHe will be seen again in three weeks; {line}\n")


@pytest.mark.parametrize("line", [
    "if the pain has not eased by at least half, a right T10-11 transforaminal approach or a surgical opinion will "
    "be discussed.",
    "if the pain is not at least half better, a right T10-11 transforaminal injection would then be considered.",
    "unless the pain has eased by at least half, a right T10-11 transforaminal injection may be offered.",
])
def test_procedure_put_off_to_a_later_talk_is_not_coded(line: str) -> None:
    """'X ... will be discussed / would be considered / may be offered': no transforaminal code today."""
    assert _codes(_ILESI.format(line=line)) == ["62321 x1", "J1100 x10"]


# --- contrast spread written as a range 'from ... to ...' -------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Findings: left-predominant dorsal epidural spread from T9 to T11.",
    "Contrast flowed from T9 to T11 without vascular uptake.",
    "Isovue layered in the dorsal epidural space, extending from T9 to T11.",
])
def test_epidural_spread_range_is_no_treated_level(line: str) -> None:
    """An interlaminar epidural is coded at its entry level; the spread range adds none and raises no conflict."""
    text = ("T10-T11 interlaminar epidural steroid injection, left paramedian approach.\n"
            "Description: a Tuohy needle entered the T10-T11 epidural space under fluoroscopy; dexamethasone 10 mg "
            f"with 4 mL saline was injected.\n{line}\n")
    facts = extract(text)
    assert [lv.name for lv in facts.procedures[0].levels] == ["T10-T11"]
    assert {m.value for m in facts.procedures[0].level_mentions} == {"T10-T11"}


# --- the same injection repeated at the next level -------------------------------------------------------------------

@pytest.mark.parametrize("repeat", ["Same at right L5-S1:", "Same to the right L5-S1:", "Identically at right L5-S1:",
                                    "Likewise at right L5-S1 -"])
def test_repeat_at_the_next_level_names_a_body_level(repeat: str) -> None:
    """'Same at right L5-S1: Omnipaque ..., dexamethasone ...' names a level the needle went to (no conflict)."""
    text = ("Right L4-5 and L5-S1 transforaminal epidural steroid injection\n\n"
            "Procedure: prone. Right L4-5 foramen first: 22 g spinal needle, tip under the pedicle. Omnipaque 300, "
            f"1 mL. 5 mg dexamethasone with 1 mL of 1% lidocaine. {repeat} Omnipaque 300 1 mL, dexamethasone 5 mg, "
            "1% lidocaine 1 mL.\n")
    facts = extract(text)
    assert {(m.source, m.value) for m in facts.procedures[0].level_mentions} == {
        ("title", "L4-L5, L5-S1"), ("body", "L4-L5, L5-S1")}


# --- header joints the blocked nerves contradict ---------------------------------------------------------------------

@pytest.mark.parametrize("nerves", [
    "needles were placed on the right L3 and L4 medial branches and on the right L5 dorsal ramus",
    "the needles were positioned at the right L3, L4 medial branches and the right L5 dorsal ramus",
])
def test_nerves_blocked_decide_the_joints_over_the_header(nerves: str) -> None:
    """Header 'L3-4 and L4-5' over blocks of L3, L4 MB + L5 DR (joints L4-5, L5-S1): the levels follow the needles
    and the differing header is a laterality_conflict; the code lines count two joints either way."""
    text = ("Right lumbar medial branch blocks, diagnostic\nLevels: right L3-4 and L4-5\n\n"
            f"Procedure: prone. Under fluoroscopy 22 gauge {nerves}. 0.5 mL of 0.5% bupivacaine at each nerve.\n")
    facts = extract(text)
    assert [lv.name for lv in facts.procedures[0].levels] == ["L4-L5", "L5-S1"]
    assert "laterality_conflict" in _elements(text)


def test_header_joints_matching_the_nerves_raise_no_conflict() -> None:
    """The usual case: 'L4-5 and L5-S1' over L3, L4 MB + L5 DR agree, and nothing changes."""
    text = ("Right lumbar medial branch blocks, diagnostic\nLevels: right L4-5 and L5-S1\n\n"
            "Procedure: prone. Under fluoroscopy 22 gauge needles were placed on the right L3 and L4 medial branches "
            "and on the right L5 dorsal ramus. 0.5 mL of 0.5% bupivacaine at each nerve.\n")
    assert [lv.name for lv in extract(text).procedures[0].levels] == ["L4-L5", "L5-S1"]
    assert "laterality_conflict" not in _elements(text)


# --- 'ea.' closing a per-site amount; each side dosed in a sentence of its own ---------------------------------------

@pytest.mark.parametrize("line", [
    "L L2, L3, L4 MB and L L5 DR. 0.5 mL 0.5% bupivacaine ea. (4 sites).",
    "Left L2, L3, L4 MB + left L5 DR: 0.5 mL of 0.5% bupivacaine ea, 4 sites.",
])
def test_ea_after_the_drug_is_per_site(line: str) -> None:
    """'0.5 mL 0.5% bupivacaine ea. (4 sites)': 'ea.' after the drug's name is 'each', as after its volume."""
    text = f"Left lumbar medial branch blocks L3-4, L4-5, L5-S1 under fluoroscopy.\nProc: prone. {line}\n"
    assert _drugs(text) == {"bupivacaine": 10.0}


@pytest.mark.parametrize(("right", "left"), [
    ("On the right, 1 mL of 2% lidocaine was placed along the track at each of three targets.",
     "The left side was then treated in the same way at L3, L4 and L5, again with 1 mL of 2% lidocaine at each site."),
    ("Right side: 2% lidocaine 1 mL at each of the three cannula sites.",
     "Left side likewise, 2% lidocaine 1 mL at each cannula site."),
])
def test_each_side_dosed_in_its_own_sentence_counts_that_sides_sites(right: str, left: str) -> None:
    """A bilateral 3-nerve RFA dosed per site in one sentence per side: 3 sites a sentence, 6 in all (120 mg)."""
    text = ("Bilateral lumbar radiofrequency neurotomy, L4-5 and L5-S1 facet joints.\n"
            "Procedure: prone, local anaesthetic only. " + right + " Cannulas were laid along the right L3 and L4 "
            "medial branches and the right L5 dorsal ramus and lesions made at 80 degrees for 90 seconds. " + left
            + " Lesions at 80 degrees at the left L3, L4 medial branches and L5 dorsal ramus.\n")
    assert _drugs(text) == {"lidocaine": 120.0}


# --- parts drawn up without a mixture word, then a volume per site ---------------------------------------------------

@pytest.mark.parametrize(("line", "expected"), [
    ("Drew up Kenalog-40 1 mL + 0.5% Marcaine 1 mL; 1 mL injected per level.",
     {"triamcinolone_acetonide": 40.0, "bupivacaine": 5.0}),
    ("Syringe: Depo-Medrol 80 mg/mL 1 mL + 2 mL 0.25% bupivacaine; 1.5 mL at each of 2 levels.",
     {"methylprednisolone_acetate": 80.0, "bupivacaine": 5.0}),
    ("Kenalog-40 1 mL + 0.5% Marcaine 1 mL (total 2 mL), 1 mL per site.",
     {"triamcinolone_acetonide": 40.0, "bupivacaine": 5.0}),
    ("Injectate consisted of Kenalog-40 40 mg (1 mL) and 1 mL 1% lidocaine; 1 mL was placed at each level.",
     {"triamcinolone_acetonide": 40.0, "lidocaine": 10.0}),
])
def test_per_site_volume_that_shares_out_the_parts_is_a_mixture(line: str, expected: dict[str, float]) -> None:
    """A per-site volume whose sites times it is the parts' summed volume shares them out (all of each part)."""
    assert _drugs(_TWO_LEVEL_TFESI.format(line=line)) == expected


def test_per_site_volume_equal_to_the_parts_sum_restates_one_sites_injectate() -> None:
    """'Kenalog-40 0.5 mL + 0.5% Marcaine 0.5 mL, 1 mL per site': the parts (1 mL) go to each of the 2 sites."""
    line = "Kenalog-40 0.5 mL + 0.5% Marcaine 0.5 mL, 1 mL per site."
    assert _drugs(_TWO_LEVEL_TFESI.format(line=line)) == {"triamcinolone_acetonide": 40.0, "bupivacaine": 5.0}


def test_guard_parts_given_at_each_level_without_a_share_are_per_site() -> None:
    """guard: 'Kenalog-40 1 mL and 0.5% Marcaine 1 mL at each level' is each part at each of the 2 levels."""
    line = "Kenalog-40 1 mL and 0.5% Marcaine 1 mL at each level."
    assert _drugs(_TWO_LEVEL_TFESI.format(line=line)) == {"triamcinolone_acetonide": 80.0, "bupivacaine": 10.0}


# --- the same injection again at a level named -----------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Kenalog-40 (40 mg) + 1% lidocaine (1 mL) injected at L4-5, and the same at L5-S1.",
    "Kenalog-40 (40 mg) + 1% lidocaine (1 mL) injected at L4-5. The same at L5-S1.",
    "Kenalog-40 (40 mg) + 1% lidocaine (1 mL) injected at L4-5; repeated at L5-S1.",
    "Kenalog-40 40 mg with 1% lidocaine 1 mL at L4-5 and again at L5-S1.",
    "Kenalog-40 40 mg with 1% lidocaine 1 mL at L4-5, identical injection at the right L5-S1.",
])
def test_amounts_repeated_at_a_named_level_count_twice(line: str) -> None:
    """'X at L4-5, and the same at L5-S1': the amounts before were one level's, given again at the level named."""
    assert _drugs(_TWO_LEVEL_TFESI.format(line=line)) == {"triamcinolone_acetonide": 80.0, "lidocaine": 20.0}


def test_repeat_naming_two_levels_adds_two_sites() -> None:
    """'Repeated at L5-S1 and S1' after one level's amounts: three sites in all."""
    text = ("Right L4-5, L5-S1 and S1 transforaminal epidural steroid injection under fluoroscopy.\n"
            "Technique: needles to the right L4-5, L5-S1 and S1 foramina. Kenalog-40 40 mg with 1% lidocaine 1 mL at "
            "L4-5. Repeated at L5-S1 and S1.\n")
    assert _drugs(text) == {"triamcinolone_acetonide": 120.0, "lidocaine": 30.0}


def test_guard_needle_repeated_at_a_level_with_its_own_drug_repeats_nothing() -> None:
    """guard: 'Needle placement was repeated at L5-S1 with Kenalog-40 40 mg' names its own dose; lidocaine stays 1 mL."""
    line = ("Kenalog-40 40 mg with 1% lidocaine 1 mL at L4-5. Needle placement was repeated at L5-S1 with Kenalog-40 "
            "40 mg.")
    assert _drugs(_TWO_LEVEL_TFESI.format(line=line)) == {"triamcinolone_acetonide": 80.0, "lidocaine": 10.0}


# --- a single drug's total, then its share per site ------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Total 2 mL of 0.5% bupivacaine, 0.5 mL at each nerve.",
    "Total of 2 mL 0.5% bupivacaine; 0.5 mL per nerve.",
])
def test_total_volume_then_per_site_share_is_the_whole(line: str) -> None:
    """'Total 2 mL of 0.5% bupivacaine, 0.5 mL at each nerve' over 4 nerves: 2 mL in all (10 mg), not 2.5 mL."""
    text = ("Right L3-4, L4-5 and L5-S1 medial branch blocks under fluoroscopy.\nTechnique: needles to the right L2, "
            f"L3, L4 medial branches and L5 dorsal ramus. {line}\n")
    assert _drugs(text) == {"bupivacaine": 10.0}


# --- a 'Procedure:' field whose narrative first sentence is hard-wrapped ----------------------------------------------

def test_wrapped_narrative_after_procedure_label_is_technique_not_title() -> None:
    """'Procedure: The patient had been placed prone and the skin prepared' + newline + 'with chlorhexidine. Under
    fluoroscopy, the right ...': a wrapped first sentence is narrative, so the right joint named in it is a body side
    and the bilateral session keeps both sides (it read as a title naming the right only, then 'left' won)."""
    text = ("Bilateral L4-5 facet joint injections\n\n"
            "Procedure: The patient had been placed prone and the skin prepared\n"
            "with chlorhexidine. Under fluoroscopy,\n"
            "the right L4-5 facet joint had been entered with a 22 g spinal\n"
            "needle, and triamcinolone 20 mg with 0.5 mL of 0.5% bupivacaine had been injected there. The left L4-5\n"
            "joint had then been entered in the same way, and triamcinolone 20 mg had been given on that side.\n")
    facts = extract(text)
    assert [(p.laterality, [lv.name for lv in p.levels]) for p in facts.procedures] == [("bilateral", ["L4-L5"])]


def test_guard_wrapped_procedure_name_stays_the_title() -> None:
    """guard: 'Procedure: Right L5-S1 transforaminal epidural steroid' + newline + 'injection.' is a name, not prose."""
    text = ("PROCEDURE NOTE\n\nProcedure: Right L5-S1 transforaminal epidural steroid\ninjection. Fluoroscopy used.\n"
            "Technique: needle to the right L5-S1 foramen; dexamethasone 10 mg.\n")
    facts = extract(text)
    assert [(p.family, p.laterality) for p in facts.procedures] == [("transforaminal_epidural", "right")]


def test_line_wrapped_after_a_strength_keeps_the_drug_in_its_sentence() -> None:
    """'... again with 1 mL of 2%' + newline + 'Xylocaine at each site.': the brand's capital after a wrap that closes
    on a strength is no new sentence, so its per-site phrase is read with the side the sentence names."""
    text = ("Bilateral lumbar radiofrequency neurotomy, L4-5 and L5-S1 facet joints.\n"
            "Procedure: prone, local anaesthetic only. On the right, 1 mL of 2% Xylocaine was placed along the track "
            "at each of three targets. Cannulas were laid along the right L3 and L4 medial branches and the right L5 "
            "dorsal ramus and lesions made at 80 degrees for 90 seconds. The left side was then treated in the same\n"
            "way at L3, L4 and L5 with lesions at 80 degrees, and again with 1 mL of 2%\n"
            "Xylocaine at each site.\n")
    assert _drugs(text) == {"lidocaine": 120.0}


def test_spoken_periods_among_written_stops_split_sentences() -> None:
    """A speech recogniser's note that spoke most of its stops ('... the track period the left L4-L5 ... fluoro period
    contrast (...) period we injected ...') though a few written ones are left: each spoken 'period' ends a sentence,
    so the steroid's per-target phrase is read in its own sentence (it was lost with the contrast's negation)."""
    text = ("PROCEDURE: Left L4-L5 and L5-S1 transforaminal epidural steroid injection.\n"
            "Time-out: Before starting, the team performed a time out period sedation: local.\n"
            "Technique: 2 mL 1% lidocaine to the skin and track period the left L4-L5 and L5/S1 neural foramina "
            "entered via a transforaminal route, under live fluoro period contrast (Omnipaque 240, 2 mL) outlined the "
            "target without intravascular runoff period we injected triamcinolone 40 mg (1 mL) per injection with "
            "ropivacaine 0.5% 1 mL at every target (two foramina).\n"
            "Images: AP and lateral images saved.\n")
    assert _drugs(text) == {"lidocaine": 20.0, "iohexol": 2.0, "triamcinolone_acetonide": 80.0, "ropivacaine": 10.0}


@pytest.mark.parametrize("joint", [", at ea. site", "; at each site"])
def test_per_site_phrase_opening_the_drug_clause_covers_the_clauses_after(joint: str) -> None:
    """'22 g needles to ea. foramen: R L4/5, ..., L L5/S1, at ea. site Omnipaque 0.5 mL ...; then Kenalog-40 ...':
    the phrase opens the clause where the drugs begin, so it speaks for the clause after the semicolon too."""
    text = ("Bilateral L4-5 and L5-S1 transforaminal epidural steroid injection under fluoroscopy.\n"
            "Technique: prone, 22 g needles to ea. foramen: R L4/5, R L5/S1, L L4/5, L L5/S1 (safe triangle)"
            f"{joint} Omnipaque 240 0.5 mL with epidural flow; then 0.5 mL Kenalog-40 (20 mg) + 1 mL 0.25% "
            "bupivacaine.\n")
    assert _drugs(text) == {"iohexol": 2.0, "triamcinolone_acetonide": 80.0, "bupivacaine": 10.0}
