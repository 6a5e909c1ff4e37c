"""Round 18 (short18): terse chart shorthand of busy physicians (the families behind dev_fresh_dc); fictional snippets
in our own wordings (never a corpus sentence), exact values, near misses beside.

- Block names in chart shorthand, each abbreviation combined with the others (shorthand.yaml): 'blk(s)' for block(s),
  'NB' for nerve block, 'symp' for sympathetic, 'lat' for lateral ('lat branch blks', 'lumbar symp blk',
  'suprascapular NB'), and the standard initialisms SSNB (suprascapular) and PNB (peripheral nerve block).
- Pipe-separated inline fields ('R GON blk | Dx: ... | Consent: yes'): each '| Label:' starts a field of its own, as
  '; Label:' does; a table row of bare cells stays one sentence.
"""

from __future__ import annotations

import pytest
from test_nlp_round15_proc import _codes, _families

from nlp import extract

_BODY = "\nDx: {dx}\nConsent signed. Time-out done. Pre 7/10.\nFluoro. {tech}\nPost 2/10. No cx.\n"


@pytest.mark.parametrize(("title", "dx", "tech", "family", "side"), [
    ("Lt lumbar symp blk @ L2", "CRPS L leg (G90.522)", "22g ndl to anterolat L2 body, 8 mL 0.25% bupi.",
     "sympathetic_block", "left"),
    ("R L3 lumbar symp. block", "CRPS R foot (G90.521)", "22g ndl to anterolat L3 body, 10 mL 0.25% bupi.",
     "sympathetic_block", "right"),
    ("Rt SI lat branch blks x4", "R sacroiliitis (M46.1)", "25g ndls to L5 DR + S1-S3 LB, 0.5 mL 0.5% bupi ea.",
     "si_joint_nerve_block", "right"),
    ("L genicular NBs x3", "L knee OA (M17.12)", "22g ndl to SM, SL, IM; 1 mL 0.5% bupi ea.",
     "genicular_nerve_block", "left"),
    ("Rt suprascapular NB", "R shoulder OA (M19.011)", "22g ndl to the notch, 5 mL 0.5% bupi.",
     "peripheral_nerve_block", "right"),
    ("L SSNB, US", "L shoulder OA (M19.012)", "22g ndl in-plane to the notch, 5 mL 0.5% bupi.",
     "peripheral_nerve_block", "left"),
])
def test_block_names_in_chart_shorthand(title: str, dx: str, tech: str, family: str, side: str) -> None:
    assert _families(title + _BODY.format(dx=dx, tech=tech)) == [(family, side)]


def test_shorthand_block_codes() -> None:
    text = "Lt L3 lumbar symp blk\n" + _BODY.format(dx="CRPS L leg (G90.522)",
                                                  tech="22g ndl to anterolat L3 body, 10 mL 0.25% bupi.")
    assert _codes(text) == ["64520 x1", "77002 x1"]
    text = "Rt genicular NB (SM/SL/IM)\n" + _BODY.format(dx="R knee OA (M17.11)",
                                                       tech="22g ndl to SM, SL, IM; 1 mL 0.5% bupi ea.")
    assert _codes(text) == ["64454-RT x1"]


@pytest.mark.parametrize("line", [
    "AP/lat views obtained, symp response noted.",  # 'lat' and 'symp' alone name no block
    "Blk of time reserved for the NB clinic next wk.",
])
def test_bare_shorthand_words_name_no_block(line: str) -> None:
    assert extract(line).procedures == []


@pytest.mark.parametrize("note", [
    "Rt GON blk | Dx: occipital neuralgia (M54.81) | Tried: PT, gaba, nortriptyline -- no help | Consent: yes | "
    "Time-out: yes | Pre: 7/10 | landmark, 25g, 3 mL 0.5% bupi | Post: 1/10 | No cx",
    "Rt GON block | Indication: occipital HA x 1 yr | Failed: PT x 8 wk, meds | Consent: verbal + written | "
    "Time out: done | Pre-pain: 6/10 | 2 mL 0.25% bupi + 20 mg Kenalog | Post-pain: 2/10 | Complications: none",
])
def test_pipe_separated_fields_keep_the_title(note: str) -> None:
    assert _families(note) == [("occipital_nerve_block", "right")]


def test_one_line_field_note_keeps_its_first_field_as_title() -> None:
    """A one-line note of inline fields longer than a title line: its first field is still the title (side, intent)."""
    note = ("R SIJ inj (dx #2); Dx: R sacroiliitis (M46.1); R PSIS pain x 9 mo, + FABER, + Gaenslen, + thigh thrust; "
            "PT x 8 wk + meloxicam -- no change; can't sit thru a movie; Consent: signed; Time-out: done; Pre: 6/10; "
            "fluoro, 22g ndl into inferior R SIJ, Omnipaque 180 0.5 mL arthrogram, 2 mL 0.5% bupi; Post: 1/10 (83%); No cx")
    assert len(note.splitlines()[0]) > 200
    proc = extract(note).procedures[0]
    assert (proc.family, proc.laterality, proc.intent) == ("si_joint_injection", "right", "diagnostic")


def test_long_prose_first_line_is_no_title() -> None:
    from nlp.doc_index import NoteIndex
    from nlp.pipeline import get_pipeline
    line = ("The patient returns today for a right sacroiliac joint injection after a long discussion about the risks, "
            "benefits and alternatives of the procedure, and after reviewing her prior imaging and therapy notes at length")
    idx = NoteIndex.build(get_pipeline()(line + "; then to recovery\nConsent signed.\n"))
    assert idx.mention_source(line.index("right")) == "body"


# --- SCS lead counts in chart shorthand ('2 perc leads', 'a 2nd lead', 'leads x2') -----------------------------------

_SCS = ("SCS trial{title}\nDx: post-laminectomy syndrome (M96.1), b/l leg pain x 2 yr.\nConsent signed. Time-out done.\n"
        "Prone, fluoro. 14g Tuohy @ L1-2, LOR. {body}\nNo sedation. No cx.\n")


@pytest.mark.parametrize(("title", "body"), [
    (" w/ 2 perc leads", "Leads advanced to T8 and T9, paresthesia mapped."),
    ("", "8-contact perc lead to T8, then a 2nd lead to T9 via L2-3."),
    (", leads x2", "Leads to top of T8 and mid T9, paresthesia mapped."),
    ("", "Two perc. leads placed to T8 and T9."),
])
def test_scs_lead_count_in_shorthand(title: str, body: str) -> None:
    assert _codes(_SCS.format(title=title, body=body)) == ["63650 x2", "77003 x1"]


def test_trial_length_after_leads_is_no_count() -> None:
    text = _SCS.format(title="", body="Single perc lead to T8, paresthesia mapped. Trial leads x 3 days.")
    assert _codes(text) == ["63650 x1", "77003 x1"]



# --- a side letter before a block's initialism ------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "side"), [("L SGB, US-guided", "left"), ("R SGB under US", "right"),
                                             ("L4 SGB, US-guided", None)])  # a level, not a side
def test_side_letter_before_block_initialism(title: str, side: str | None) -> None:
    note = (title + "\nDx: CRPS of the hand (G90.51x).\nConsent signed. Time-out done. Pre 7/10.\n"
            "Linear probe at C6, 25g ndl in-plane to the prevertebral fascia, 5 mL 0.5% ropi.\nPost 3/10. No cx.\n")
    assert [(p.family, p.laterality) for p in extract(note).procedures] == [("sympathetic_block", side)]


# --- findings in chart shorthand ----------------------------------------------------------------------------------------

def _findings(text: str, pos: str = "11") -> set[str]:
    import datetime as dt

    from api.evaluation import DEFAULT_FINDING_SEVERITIES, requirement_ids, result_view
    from api.pipeline import analyze_text
    r = analyze_text(text, payer="medicare", date_of_service=dt.date(2026, 6, 2), place_of_service=pos)
    return result_view(r, DEFAULT_FINDING_SEVERITIES, requirement_ids()).findings


_GRFA = ("R knee genicular RFA (SM/SL/IM)\nDx: R knee OA (M17.11); knee pain x 5 yr; PT, NSAIDs, HA inj -- failed; "
         "can't walk > 1 block.\n{prior}\nConsent signed. Time-out done. Pre 7/10.\nFluoro AP/lat. 18g cannulas to "
         "SM, SL, IM genicular nn; sensory + motor testing; 2 mL 1% lido ea; RF 80 C x 90 s ea.\nPost 3/10. No cx.\n")


@pytest.mark.parametrize("prior", ["R GNB 3 wk ago -> 85% \u2193 x 6 h.", "Prior R GNBs: ~80% decr x 5 h.",
                                   "R GNB (dx) 1 mo ago -> 90% relief x 8 h."])
def test_genicular_block_initialism_and_arrow_relief(prior: str) -> None:
    assert "diagnostic_block_relief" not in _findings(_GRFA.format(prior=prior))


def test_genicular_block_without_result_is_still_a_finding() -> None:
    assert "diagnostic_block_relief" in _findings(_GRFA.format(prior="R GNB 3 wk ago."))


_CARE = ("L L4-5 TFESI\nDx: L L5 radiculopathy (M54.16); L leg pain to the foot x 8 mo, + SLR; can't stand > 10 min.\n"
         "{care}\nMRI: L4-5 HNP contacting the L L5 root.\nConsent signed. Time-out done. Pre 8/10.\nFluoro. 22g ndl to "
         "L L4-5 foramen; Omnipaque 180 1 mL, no vasc; dexamethasone 10 mg.\nAP + lat saved. Post 3/10. No cx.\n")


@pytest.mark.parametrize(("care", "outcome"), [
    ("PT x 8 wk + NSAIDs, little help.", "failed"),
    ("PT x 8 wk + NSAIDs -- little/no help.", "failed"),
    ("PT x 8 wk + NSAIDs, not much help.", "failed"),
    ("PT x 8 wk + NSAIDs, pain still 7/10.", "failed"),
    ("PT x 8 wk + NSAIDs, still 6-7/10.", "failed"),
])
def test_care_outcome_in_shorthand(care: str, outcome: str) -> None:
    assert [c.outcome for c in extract(_CARE.format(care=care)).necessity.conservative_care] == [outcome, outcome]


@pytest.mark.parametrize("care", ["PT x 8 wk + NSAIDs, still 2/10.", "PT x 8 wk + NSAIDs w/ a little help from HEP."])
def test_low_score_or_some_help_is_no_failure(care: str) -> None:
    assert "conservative_care" in _findings(_CARE.format(care=care))


@pytest.mark.parametrize(("line", "weeks"), [("66 y/o, 3 yr axial LBP, worse w/ extension.", 156.0),
                                             ("Obese; 6 mo rt buttock -> calf pain.", 26.0),
                                             ("Smoker, 18 mo neck pain + HA.", 78.0)])
def test_bare_duration_opening_a_clause(line: str, weeks: float) -> None:
    note = "Bilat L4-5 MBB\n" + line + "\nFailed PT x 8 wk.\n"
    assert extract(note).necessity.symptom_duration.weeks == weeks


def test_bare_duration_of_a_care_clause_is_no_symptom_duration() -> None:
    assert extract("Bilat L4-5 MBB\nLBP. Failed PT, 6 wk course, and gaba.\n").necessity.symptom_duration is None


_PUMP = ("ITB pump refill\nDx: spasticity 2/2 MS, intrathecal baclofen pump. Tone stable. {alarm}\nConsent signed. "
         "Refill by RN: res vol 2 mL; 22g Huber, residual aspirated, 20 mL baclofen 2000 mcg/mL instilled.\nNo cx.\n")


@pytest.mark.parametrize("alarm", ["Alarm date in 10 days.", "Alarm date today.", "Low-reservoir alarm approaching."])
def test_pump_alarm_date_is_why_the_refill_is_today(alarm: str) -> None:
    text = _PUMP.format(alarm=alarm)
    indication = extract(text).necessity.indication
    assert indication is not None and indication.value == alarm
    ev = indication.evidence[0]
    assert (ev.start, ev.end, ev.text) == (text.index(alarm), text.index(alarm) + len(alarm), alarm)


def test_no_alarm_is_no_indication() -> None:
    assert extract(_PUMP.format(alarm="No alarms.")).necessity.indication is None


@pytest.mark.parametrize(("title", "intent"), [("R SIJ inj (dx #1)", "diagnostic"), ("R SIJ inj, diag #2, fluoro", "diagnostic"),
                                               ("R SIJ inj (dx 1 of 2)", "diagnostic"), ("R SIJ inj (#1)", None)])
def test_numbered_diagnostic_shorthand(title: str, intent: str | None) -> None:
    note = title + "\nDx: R sacroiliitis (M46.1).\nFluoro: 22g ndl into the R SIJ, 2 mL 0.5% bupi.\n"
    assert [p.intent for p in extract(note).procedures] == [intent]


@pytest.mark.parametrize(("title", "target", "side"), [("L ilioinguinal NB", "ilioinguinal", "left"),
                                                      ("R pudendal NB", "pudendal", "right"),
                                                      ("L SSN block", "suprascapular", "left")])
def test_side_letter_before_peripheral_nerve_name(title: str, target: str, side: str) -> None:
    note = title + "\nDx: neuralgia.\nConsent signed. US-guided, 22g ndl, 5 mL 0.5% bupi.\nPost 2/10. No cx.\n"
    assert [(p.family, p.target, p.laterality) for p in extract(note).procedures] == [
        ("peripheral_nerve_block", target, side)]


@pytest.mark.parametrize(("title", "expected"), [
    ("R GNB (SM/SL/IM)", [("genicular_nerve_block", "right")]),
    ("GNB x3 - SM, SL, IM, L knee", [("genicular_nerve_block", "left")]),
    ("GNB of the L knee", [("genicular_nerve_block", "left")]),
    ("B/L GNB - occipital", [("occipital_nerve_block", "bilateral")]),  # the other GNB, its nerve named
    ("R GNB", []),  # ambiguous alone
])
def test_gnb_is_genicular_where_its_knee_or_nerves_are_named(title: str, expected: list) -> None:
    note = title + "\nDx: pain.\nConsent signed. Fluoro. 22g ndl, 1 mL 0.5% bupi ea.\nPost 2/10. No cx.\n"
    assert _families(note) == expected
