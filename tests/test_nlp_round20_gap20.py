"""Round 20 (issue 3, gap20): reader gaps left open at the end of the fifteenth session, each fixed as a wording family,
as fictional snippets written for these tests (never a corpus sentence). Each case gives exact values and failed before
its change; the guards (named so) pin readings the change must keep.

1a. A level written only to say it was left alone ('T12 was not treated', 'T11 and T12 were not injected', 'the L2
    level was left untreated'): no level of today's procedure, so no level conflict (fdj-h-va-01). 'L1 was not easy to
    reach' still names the treated level.
1b. A saved image closing an imaging field whose value is today's guidance ('Imaging: linear ultrasound over the notch;
    image saved'): the image is saved, so 76942 is billed (fdj-pnb-01). A field reporting a study ('Imaging: MRI shows
    ...; images saved on a disc') saves no image of today's guidance.
6.  A month shortened with a stop before its day ('since Oct. 2 of last year', 'on Sept. 14, 2025'): one sentence, so
    the indication sentence is whole. 'in Dec. The pain ...' (a capital word after the month) still ends a sentence.
8.  A validated function or interference scale ('PEG 6; PROMIS pain interference 61', 'PROMIS physical function
    34') is the functional impact told as a score: with the diagnosis it states the indication, and the evaluation's
    functional_impairment reads it. 'PEG 3350 daily' (the laxative) is no scale.
9.  A pre score whose arrival cue names the unit ('Pain score (NRS) at admission to the day unit: 7', 'NRS on arrival
    to the pre-op area: 8'); 'at discharge from the day unit: 2' is the post score.
10. A label with a bracketed qualifier ('Medications [injectate]:', 'Sedation (moderate):', 'Indications [per
    referral]:', 'Indications (from referral):') opens the section of its head word; the same words in a sentence with
    no colon after the bracket ('Sedation (moderate) was offered and declined.') open none.
5.  A military range right after the sedation's word ('Sedation 0915 to 0940', 'Sedated 1402 to 1431', 'Intraservice
    0915 until 0940') is the sedation's start and stop; 'Recovered from sedation 10:40 to 11:05' (and 'post-sedation
    monitoring 10:40 to 11:00') is the recovery's, never the sedation's range.
7.  The rest given after a test dose of a named drug ('A test dose of 0.5 mL of 1% lidocaine was given, then the
    remaining 4.5 mL was injected', '... we then injected the remaining 7 mL'): the total is the test dose plus the
    remainder. A remainder discarded, and one after a test dose naming no drug ('1% lidocaine 5 mL drawn up; a 1 mL test
    dose was negative, followed by the remaining 4 mL': the drawn-up whole holds both), add nothing.
3.  A bracketed total right after the last drug of a mixture ('Dexamethasone 10 mg/mL, 1 mL, mixed with 1% lidocaine
    (3 mL total)', 'Kenalog-40 1 mL with 0.25% bupivacaine (4 mL total)') is the mixture's volume: the drug's own is the
    total less the others' (2 mL, 3 mL); unknown when another's volume is ('dexamethasone 10 mg mixed with 1% lidocaine
    (3 mL total)': no lidocaine dose, a drug_dose finding). A lone drug's bracketed total ('1% lidocaine (3 mL total)')
    stays its own, and so does a drug's own per-site volume ('1.5 mL of 1% lidocaine at each foramen (3 mL total)').
4.  A 'Reason:' line wrapped over two lines right above a sedation flowsheet ('Reason: ... inability to stay still
    for the' + 'procedure' + '0902  Midazolam 1 mg IV'; '... the last' + 'injection awake' + '09:02 midazolam 2 mg IV'):
    the rows open sentences and end the field, so their drugs are today's sedation agents with their own doses. A range
    wrapped after 'between' ('... given between' + '09:02 and 09:20') stays one sentence.
2.  Per-site amounts at nerve targets are totals over the sites (corpora/README: doses are totals over all sites):
    'At each site 1.5 mL of 0.5% bupivacaine was injected, and methylprednisolone 40 mg in total was divided among the
    three sites' gives the bupivacaine at each of the three genicular nerves (the steroid's division is its own clause);
    'Each site received 2 mL of 1% lidocaine' after 'probes at the right L5 dorsal ramus and lateral to the right S1, S2
    and S3 foramina' counts four sites; '1 mL of 2% lidocaine per lateral branch' the three lateral branches. A steroid told with the divided total ('with methylprednisolone 40 mg divided
    among ...') stays that total, and a lone joint's 'at each site' stays one.
"""

from __future__ import annotations

import datetime as dt

import pytest

from api import pipeline
from nlp import extract

DOS = dt.date(2026, 6, 23)


def _result(text: str, dos: dt.date = DOS, pos: str = "11"):  # noqa: ANN202
    return pipeline.analyze_text(text, payer="medicare", date_of_service=dos, place_of_service=pos, source="r20")


def _lines(text: str, dos: dt.date = DOS, pos: str = "11") -> list[tuple[str, list[str], int]]:
    """The code lines billed for `text` under Medicare."""
    return sorted((c.code, sorted(c.modifiers), c.units) for c in _result(text, dos, pos).codes)


def _elements(text: str, pos: str = "11") -> set[str]:
    return {f.element for f in _result(text, pos=pos).findings}


# --- 1a. a level said to be left alone ------------------------------------------------------------------------------------

_KYPHO = ("Procedure: {lvl} vertebroplasty, bilateral transpedicular\n"
          "Dx: Osteoporotic compression fracture of {lvl} (M80.08XA). Back pain for 6 weeks despite a brace and "
          "analgesics; she cannot stand to cook. MRI: acute {lvl} fracture with edema.\n"
          "Consent signed; time-out done. Pain 8/10.\n"
          "Prone, biplane fluoroscopy. 1% lidocaine 10 mL to the skin and periosteum. Needles through both {lvl} "
          "pedicles; PMMA cement placed with no leak. {other}\n"
          "Pain 2/10 after. No complications.\n")


@pytest.mark.parametrize("lvl, other, code", [
    ("L1", "T12 was not treated.", "22511"),
    ("L2", "T11 and T12 were not injected; their fractures are healed.", "22511"),
    ("T10", "The T9 level was left untreated.", "22510"),
])
def test_level_left_alone_is_no_level(lvl: str, other: str, code: str) -> None:
    text = _KYPHO.format(lvl=lvl, other=other)
    p = extract(text).procedures[0]
    assert [g.name for g in p.levels] == [lvl]
    assert all(lvl == m.value for m in p.level_mentions)
    assert _elements(text, pos="22") == {"drug_dose"}  # the facility bills the drug; no level conflict
    assert _lines(text, pos="22") == [(code, [], 1)]


def test_guard_level_reached_with_trouble_still_counts() -> None:
    text = _KYPHO.format(lvl="L1", other="T12 was not easy to reach, so a T12 needle was placed obliquely.")
    p = extract(text).procedures[0]
    assert sorted(m.value for m in p.level_mentions) == ["L1", "T12, L1"]
    assert _elements(text, pos="22") == {"drug_dose", "laterality_conflict"}


# --- 1b. a saved image in the imaging field ---------------------------------------------------------------------------------

_SSN = ("Left suprascapular nerve block\n"
        "Diagnosis: Rotator cuff arthropathy, left shoulder (M12.812). Shoulder pain for 18 months despite PT for 8 "
        "weeks; cannot reach overhead.\n"
        "Pain before: 7/10. Consent: signed. Time-out: done.\n"
        "{imaging}\n"
        "Injected: 0.5% bupivacaine 5 mL with triamcinolone 40 mg.\n"
        "Pain after: 2/10. Complications: none.\n")


@pytest.mark.parametrize("imaging", [
    "Imaging: high-frequency linear ultrasound over the suprascapular notch; image saved",
    "Imaging - portable ultrasound, in-plane view; images stored",
])
def test_saved_image_in_guidance_field(imaging: str) -> None:
    text = _SSN.format(imaging=imaging)
    img = extract(text).procedures[0].imaging
    assert (img.modality, img.saved_images) == ("ultrasound", True)
    assert _lines(text) == [("64418", ["LT"], 1), ("76942", [], 1), ("J3301", [], 4)]
    assert _elements(text) == {"code_validity"}


def test_guard_study_field_saves_no_guidance_image() -> None:
    text = _SSN.format(imaging="Imaging: MRI of the shoulder shows cuff arthropathy; images saved on a disc.\n"
                               "Guidance: ultrasound.")
    img = extract(text).procedures[0].imaging
    assert (img.modality, img.saved_images) == ("ultrasound", None)
    assert _lines(text) == [("64418", ["LT"], 1), ("J3301", [], 4)]


# --- 6. a shortened month before its day -------------------------------------------------------------------------------

_TFESI_DATED = ("Left L5-S1 transforaminal epidural steroid injection\n"
                "{hpi}\n"
                "Consent signed. Time-out done. Fluoroscopy; AP and lateral images saved. Pain 6/10 before.\n"
                "Dexamethasone 10 mg was injected at the left L5-S1 foramen.\n"
                "Pain 2/10 after. No complications.\n")


@pytest.mark.parametrize("hpi", [
    "Left leg pain since Oct. 2 of last year despite PT for 8 weeks; she cannot walk a block.",
    "Burning left calf pain since Sept. 14, 2025, not helped by PT for 8 weeks; he cannot drive.",
])
def test_month_stop_keeps_sentence(hpi: str) -> None:
    text = _TFESI_DATED.format(hpi=hpi)
    ind = extract(text).necessity.indication
    assert ind is not None and ind.value == hpi


def test_guard_month_stop_before_capital_ends_sentence() -> None:
    from nlp.pipeline import get_pipeline

    doc = get_pipeline()("She was last seen in Dec. The leg pain is worse since then.")
    assert [s.text for s in doc.sents] == ["She was last seen in Dec.", "The leg pain is worse since then."]


# --- 8. validated function scales ------------------------------------------------------------------------------------------

_TPI = ("Procedure: Trigger point injections, right upper trapezius and levator scapulae\n"
        "Diagnosis: Myalgia of neck muscles (M79.12)\n"
        "Findings: taut bands with twitch responses in both muscles.\n"
        "{function}\n"
        "Pain before: 7/10\nConsent: signed. Time-out: performed.\n"
        "Medication: lidocaine 1%, 1 mL per muscle, 2 mL total\n"
        "Pain after: 2/10 (70% relief)\nComplications: none\n")


@pytest.mark.parametrize("function, scales", [
    ("Function: PEG 6; PROMIS pain interference 61", ["PEG 6", "PROMIS pain interference 61"]),
    ("Outcome tools - PROMIS physical function 34", ["PROMIS physical function 34"]),
])
def test_function_scale_states_indication(function: str, scales: list[str]) -> None:
    text = _TPI.format(function=function)
    assert [x.value for x in extract(text).assessments.functional_scales] == scales
    assert _elements(text) == set()
    assert _lines(text) == [("20552", [], 1)]
    from api.evaluation import result_view

    assert result_view(_result(text)).necessity["functional_impairment"] is True


def test_guard_laxative_is_no_scale() -> None:
    text = _TPI.format(function="Meds: PEG 3350 daily, acetaminophen.")
    assert extract(text).assessments.functional_scales == []
    assert _elements(text) == {"indication"}


# --- 9. an arrival cue naming the unit --------------------------------------------------------------------------------------

_MBB = ("Right L4-5 and L5-S1 medial branch blocks\n"
        "Diagnosis: Lumbar spondylosis (M47.816). Axial back pain for 1 year despite PT for 8 weeks; cannot stand to "
        "cook.\nConsent signed. Time-out done. Fluoroscopy; AP and oblique images saved.\n"
        "{pre}\n"
        "0.5% bupivacaine 0.5 mL at the right L3 and L4 medial branches and the L5 dorsal ramus.\n"
        "{post}\nNo complications.\n")


@pytest.mark.parametrize("pre, post, scores", [
    ("Pain score (NRS) at admission to the day unit: 7", "Pain 1/10 after; 85% relief.", [("pre", 7.0), ("post", 1.0)]),
    ("NRS on arrival to the pre-op area: 8", "Pain score at discharge from the day unit: 2; 75% relief.",
     [("pre", 8.0), ("post", 2.0)]),
])
def test_arrival_cue_with_unit_is_pre_score(pre: str, post: str, scores: list[tuple[str, float]]) -> None:
    text = _MBB.format(pre=pre, post=post)
    assert [(s.timing, s.value) for s in extract(text).assessments.pain_scores] == scores
    assert _elements(text) == {"approach", "code_validity"}


def test_guard_admission_elsewhere_is_no_score() -> None:
    text = _MBB.format(pre="Pain score at admission to the hospital in March after her fall: 9",
                       post="Pain 1/10 after; 85% relief.")
    assert [(s.timing, s.value) for s in extract(text).assessments.pain_scores] == [("post", 1.0)]
    assert _elements(text) == {"approach", "code_validity", "pre_procedure_pain_score"}


# --- 10. a bracketed qualifier after a label ----------------------------------------------------------------------------------

_QUALIFIED = ("Right L5-S1 transforaminal epidural steroid injection\n"
              "{ind} right leg pain to the foot for 5 months; PT for 8 weeks failed; she cannot walk a block.\n"
              "Diagnosis: Lumbar radiculopathy (M54.16).\nConsent signed. Time-out done.\n"
              "{sed} midazolam 2 mg IV given by me, 09:05 to 09:25, RN observer present.\n"
              "Fluoroscopy; AP and lateral images saved. Pain 7/10 before.\n"
              "{meds} dexamethasone 10 mg, 1% lidocaine 1 mL.\n"
              "Pain 2/10 after. No complications.\n")


@pytest.mark.parametrize("ind, sed, meds", [
    ("Indications [per referral]:", "Sedation (moderate):", "Medications [injectate]:"),
    ("Indications (from referral):", "Sedation [moderate, by me]:", "Medications (injectate):"),
])
def test_bracketed_qualifier_opens_section(ind: str, sed: str, meds: str) -> None:
    f = extract(_QUALIFIED.format(ind=ind, sed=sed, meds=meds))
    ev = f.necessity.indication.evidence[0]
    assert (ev.text, ev.section) == (
        "right leg pain to the foot for 5 months; PT for 8 weeks failed; she cannot walk a block.", "indications")
    assert {e.section for e in f.procedures[0].sedation.evidence} == {"sedation"}
    dexa = next(d for d in f.drugs if d.generic == "dexamethasone_sodium_phosphate")
    assert dexa.dose == 10.0 and {e.section for e in dexa.evidence} == {"medications"}


def test_guard_bracket_in_sentence_opens_no_section() -> None:
    from nlp.pipeline import get_pipeline

    doc = get_pipeline()("Left knee injection\nSedation (moderate) was offered and declined.\nKenalog 40 mg injected.\n")
    assert [s.category for s in doc._.sections if s.category] == []


# --- 5. sedation times without a colon, recovery times ------------------------------------------------------------------------

_SEDATED = ("Left L5-S1 transforaminal epidural steroid injection\n"
            "Diagnosis: Lumbar radiculopathy (M54.16). Left leg pain for 6 months despite PT for 8 weeks; cannot work.\n"
            "Consent signed. Time-out done. Fluoroscopy; AP and lateral images saved. Pain 6/10 before.\n"
            "Moderate sedation by me: midazolam 2 mg IV, fentanyl 50 mcg IV; independent RN observer present.\n{times}\n"
            "Dexamethasone 10 mg was injected.\nPain 2/10 after. No complications.\n")


@pytest.mark.parametrize("times, start, stop, minutes", [
    ("Sedation 0915 to 0940. Recovered from sedation 10:40 to 11:05.", "09:15", "09:40", 25),
    ("Sedated 1402 to 1431.", "14:02", "14:31", 29),
    ("Intraservice 0915 until 0931; post-sedation monitoring 09:35 to 10:00.", "09:15", "09:31", 16),
])
def test_military_sedation_range(times: str, start: str, stop: str, minutes: int) -> None:
    sed = extract(_SEDATED.format(times=times)).procedures[0].sedation
    assert (sed.start_time, sed.stop_time, sed.intraservice_minutes) == (start, stop, minutes)


def test_guard_recovery_range_is_not_sedation() -> None:
    text = _SEDATED.format(times="Recovered from sedation 10:40 to 11:05.")
    sed = extract(text).procedures[0].sedation
    assert (sed.start_time, sed.stop_time, sed.intraservice_minutes) == (None, None, None)
    assert ("99152", [], 1) not in _lines(text)


# --- 7. the remainder after a test dose ---------------------------------------------------------------------------------------

_ESI = ("Left T7-8 interlaminar epidural steroid injection\n"
        "Diagnosis: Thoracic radiculopathy (M54.14). Band-like pain for 5 months despite PT for 8 weeks; cannot sleep.\n"
        "Consent signed. Time-out done. Fluoroscopy; AP and lateral images saved. Pain 7/10 before.\n"
        "{injectate}\nPain 2/10 after. No complications.\n")


@pytest.mark.parametrize("injectate, drug, dose", [
    ("A test dose of 0.5 mL of 1% lidocaine was given, then the remaining 4.5 mL was injected with dexamethasone 10 mg.",
     "lidocaine", 50.0),
    ("Test dose of 1 mL 0.25% bupivacaine was negative; we then injected the remaining 7 mL with dexamethasone 10 mg.",
     "bupivacaine", 20.0),
])
def test_remainder_after_test_dose_adds(injectate: str, drug: str, dose: float) -> None:
    drugs = {d.generic: d.dose for d in extract(_ESI.format(injectate=injectate)).drugs}
    assert drugs == {drug: dose, "dexamethasone_sodium_phosphate": 10.0}


@pytest.mark.parametrize("injectate, dose", [
    ("A test dose of 0.5 mL of 1% lidocaine was given. The remaining 4.5 mL was discarded. Dexamethasone 10 mg injected.",
     5.0),
    ("1% lidocaine 5 mL drawn up; a 1 mL test dose was negative, followed by the remaining 4 mL. Dexamethasone 10 mg "
     "injected.", 50.0),
])
def test_guard_remainder_not_added(injectate: str, dose: float) -> None:
    drugs = {d.generic: d.dose for d in extract(_ESI.format(injectate=injectate)).drugs}
    assert drugs == {"lidocaine": dose, "dexamethasone_sodium_phosphate": 10.0}


# --- 3. a mixture's bracketed total -----------------------------------------------------------------------------------------

_TF = ("Left L5-S1 transforaminal epidural steroid injection\n"
       "Diagnosis: Lumbar radiculopathy (M54.16). Left leg pain to the foot for 6 months despite PT for 8 weeks; she "
       "cannot walk a block. MRI: L5-S1 disc protrusion.\n"
       "Consent signed. Time-out done. Fluoroscopy; AP and lateral images saved. Pain 6/10 before.\n"
       "{mix} was injected at the left L5-S1 foramen.\nPain 2/10 after. No complications.\n")


@pytest.mark.parametrize("mix, drugs", [
    ("Dexamethasone 10 mg/mL, 1 mL, mixed with 1% lidocaine (3 mL total)",
     {"dexamethasone_sodium_phosphate": 10.0, "lidocaine": 20.0}),
    ("Kenalog-40 1 mL with 0.25% bupivacaine (4 mL total)", {"triamcinolone_acetonide": 40.0, "bupivacaine": 7.5}),
    ("Dexamethasone 10 mg mixed with 1% lidocaine (3 mL total)",
     {"dexamethasone_sodium_phosphate": 10.0, "lidocaine": None}),
])
def test_mixture_total_is_not_last_drug_volume(mix: str, drugs: dict) -> None:
    text = _TF.format(mix=mix)
    assert {d.generic: d.dose for d in extract(text).drugs} == drugs
    assert _elements(text) == ({"contrast", "drug_dose"} if None in drugs.values() else {"contrast"})


@pytest.mark.parametrize("mix, drugs", [
    ("1% lidocaine (3 mL total) to the skin, then dexamethasone 10 mg", {"lidocaine": 30.0,
                                                                         "dexamethasone_sodium_phosphate": 10.0}),
    ("Dexamethasone 10 mg, then 1.5 mL of 1% lidocaine at each foramen (3 mL total)",
     {"dexamethasone_sodium_phosphate": 10.0, "lidocaine": 30.0}),
])
def test_guard_own_or_lone_total_kept(mix: str, drugs: dict) -> None:
    assert {d.generic: d.dose for d in extract(_TF.format(mix=mix)).drugs} == drugs


# --- 4. a wrapped reason line over a flowsheet ------------------------------------------------------------------------------

_FACET_SHEET = ("Right L4-5 and L5-S1 facet joint injections\nDx: lumbar spondylosis (M47.816). Consent signed. "
                "Time-out done.\n{x}\nUnder fluoroscopy 22-gauge needles were advanced into the right L4-5 and L5-S1 "
                "facet joints and 1 mL of Kenalog 40 mg/mL was injected into each. No complications.\n")


@pytest.mark.parametrize("sheet, doses, reason", [
    ("Sedation flowsheet\nReason: severe needle phobia and inability to stay still for the\nprocedure\n"
     "0902  Midazolam 1 mg IV\n0906  Fentanyl 25 mcg IV\n0924  end",
     {"midazolam": 1.0, "fentanyl": 0.025}, "needle phobia"),
    ("Sedation: moderate, by me\nReason: needle phobia; she could not tolerate the last\ninjection awake\n"
     "09:02 midazolam 2 mg IV\n09:05 fentanyl 50 mcg IV", {"midazolam": 2.0, "fentanyl": 0.05}, "needle phobia"),
])
def test_wrapped_reason_over_flowsheet_keeps_its_drugs(sheet: str, doses: dict, reason: str) -> None:
    facts = extract(_FACET_SHEET.format(x=sheet))
    assert {d.generic: d.dose for d in facts.drugs if d.role == "sedative"} == doses
    sed = facts.procedures[0].sedation
    assert sorted(sed.agents) == sorted(doses) and sed.justification == reason


def test_guard_range_wrapped_after_between_stays_one_sentence() -> None:
    facts = extract(_FACET_SHEET.format(x="Moderate sedation by me. Midazolam 2 mg IV given between\n09:02 and 09:20; RN "
                                          "observer."))
    sed = facts.procedures[0].sedation
    assert (sed.agents, sed.start_time, sed.stop_time, sed.intraservice_minutes) == (["midazolam"], "09:02", "09:20", 18)


# --- 2. per-site amounts at nerve targets ----------------------------------------------------------------------------------

_GNB = ("Right knee genicular nerve block (superomedial, superolateral, inferomedial)\n"
        "Diagnosis: Primary osteoarthritis, right knee (M17.11). Knee pain for 3 years despite PT for 8 weeks; she "
        "cannot climb stairs.\nConsent signed. Time-out done. Fluoroscopy. Pain 7/10 before.\n{x}\n"
        "Pain 2/10 after. No complications.\n")


@pytest.mark.parametrize("x, drugs", [
    ("At each site 1.5 mL of 0.5% bupivacaine was injected, and methylprednisolone 40 mg in total was divided among "
     "the three sites.", {"bupivacaine": 22.5, "methylprednisolone_acetate": 40.0}),
    ("At each nerve 2 mL of 1% lidocaine was given, while triamcinolone 40 mg was split between the three nerves.",
     {"lidocaine": 60.0, "triamcinolone_acetonide": 40.0}),
])
def test_per_site_amount_beside_a_divided_steroid(x: str, drugs: dict) -> None:
    assert {d.generic: d.dose for d in extract(_GNB.format(x=x)).drugs} == drugs


_SIRFA = ("{side} SI joint radiofrequency ablation\n"
          "Diagnosis: Sacroiliitis (M46.1). Buttock pain for 1 year despite PT for 8 weeks; she cannot sit through a "
          "meal. Two SI joint blocks gave 80% relief.\nConsent signed. Time-out done. Fluoroscopy. Pain 7/10 before.\n"
          "{x}\nPain 2/10 after. No complications.\n")


@pytest.mark.parametrize("side, x, dose", [
    ("Right", "Probes were placed at the right L5 dorsal ramus and lateral to the right S1, S2 and S3 foramina. Each "
              "site received 2 mL of 1% lidocaine, then a lesion was made.", 80.0),
    ("Left", "Needles at the left L5 dorsal ramus and lateral to the left S1-S3 sacral foramina. At each site 1 mL of 2% "
             "lidocaine was injected.", 80.0),
])
def test_each_site_counts_listed_sacral_targets(side: str, x: str, dose: float) -> None:
    (drug,) = extract(_SIRFA.format(side=side, x=x)).drugs
    assert (drug.generic, drug.dose, drug.per_site, drug.sites) == ("lidocaine", dose, True, 4)


@pytest.mark.parametrize("x, dose", [
    ("Probes were placed at the right L5 dorsal ramus and the S1, S2 and S3 lateral branches. 1 mL of 2% lidocaine per "
     "lateral branch.", 60.0),
    ("Cannulas lateral to the right S1, S2 and S3 foramina and at the L5 dorsal ramus. Lidocaine 1% 1 mL at each lateral "
     "branch.", 30.0),
])
def test_per_lateral_branch_counts_lateral_branches(x: str, dose: float) -> None:
    (drug,) = extract(_SIRFA.format(side="Right", x=x)).drugs
    assert (drug.generic, drug.dose, drug.per_site, drug.sites) == ("lidocaine", dose, True, 3)


def test_guard_divided_steroid_and_lone_site() -> None:
    drugs = {d.generic: d.dose for d in extract(_GNB.format(
        x="Bupivacaine 0.5% 1.5 mL at each nerve with methylprednisolone 40 mg divided among the three sites.")).drugs}
    assert drugs == {"bupivacaine": 22.5, "methylprednisolone_acetate": 40.0}
    text = ("Right SI joint injection\nConsent signed. Time-out done. Fluoroscopy.\nA needle was placed in the right SI "
            "joint at the S1 level. At each site 1 mL of 2% lidocaine was injected.\n")
    assert [(d.generic, d.dose) for d in extract(text).drugs] == [("lidocaine", 20.0)]
