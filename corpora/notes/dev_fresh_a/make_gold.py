"""Gold for the fresh notes of dev_fresh_a, written by hand from reading each note (never from Painpoint's
output). Run `python corpora/notes/dev_fresh_a/make_gold.py` to (re)write the `<id>.json` files.

Compact form: P(...) is one procedure; D(generic, dose, unit) one drug; C("code mods", units) one code line;
N(...) the necessity booleans (default all True except radicular False); findings are listed as written.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
import goldkit  # noqa: E402  (gold rules written once: `dose_ceiling` from the drugs and family)

HERE = Path(__file__).parent


def P(family, approach=None, region=None, lat=None, levels=(), imaging="fluoroscopy", contrast=None, intent=None,
      sedation=None, target=None):
    return {"family": family, "approach": approach, "target": target, "region": region, "laterality": lat,
            "levels": list(levels), "imaging": imaging, "contrast": contrast, "intent": intent, "sedation": sedation}


def D(generic, dose, unit="mg"):
    return {"generic": generic, "dose": dose, "dose_unit": unit}


def C(code, units=1):
    code, *mods = code.split()
    return {"code": code, "modifiers": sorted(mods), "units": units}


def N(diagnosis=True, duration=True, care=True, function=True, imaging=True, radicular=False):
    return {"diagnosis": diagnosis, "symptom_duration": duration, "conservative_care": care,
            "functional_impairment": function, "imaging_findings": imaging, "radicular_findings": radicular}


TF = dict(family="transforaminal_epidural", approach="transforaminal", contrast=True, intent="therapeutic")
IL = dict(family="interlaminar_epidural", approach="interlaminar", contrast=True, intent="therapeutic")
MBB = dict(family="facet_injection", approach="medial_branch", intent="diagnostic")
RFA = dict(family="facet_rfa", approach="medial_branch")
SIJ = dict(family="si_joint_injection", approach="intra_articular", region="sacroiliac", contrast=True)

NOTES = {
    # ---- first two thirds: written before any rule change (tuning set) ----
    "fa-tfesi-01": dict(style="operative_report", dos="2026-03-17", proc=P(**TF, region="lumbar", lat="left", levels=["L5-S1"], sedation="local"),
                        drugs=[D("lidocaine", 20), D("iohexol", 1.5, "ml"), D("dexamethasone_sodium_phosphate", 10), D("bupivacaine", 2.5)],
                        pain=(7, 2), nec=N(radicular=True), codes=[C("64483 LT"), C("J1100", 10)], findings=[]),
    "fa-tfesi-02": dict(style="smarttext_fields", dos="2026-05-12", proc=P(**TF, region="lumbar", lat="right", levels=["L4-L5", "L5-S1"], sedation="none"),
                        drugs=[D("iopamidol", 2, "ml"), D("betamethasone_sodium_phosphate_acetate", 6), D("lidocaine", 20)],
                        pain=(6, 1), nec=N(care=False, function=False, radicular=True),
                        codes=[C("64483 RT"), C("64484 RT"), C("J0702", 1)], findings=["conservative_care", "functional_impairment"]),
    "fa-tfesi-03": dict(style="shorthand", dos="2026-08-04", proc=P(**TF, region="lumbar", lat="right", levels=["L4-L5"], sedation="none"),
                        drugs=[D("iohexol", 1, "ml"), D("dexamethasone_sodium_phosphate", 10), D("lidocaine", 10)],
                        pain=(8, 3), nec=N(radicular=True), codes=[C("64483 RT"), C("J1100", 10)], findings=[],
                        comment="Repeat with a documented 70% response for 4 months."),
    "fa-tfesi-04": dict(style="dictated", dos="2026-07-21", proc=P(**TF, region="lumbar", lat="bilateral", levels=["L5-S1"]),
                        drugs=[D("iohexol", 2, "ml"), D("triamcinolone_acetonide", 80), D("lidocaine", 20)],
                        pain=(8, 3), nec=N(radicular=True), codes=[C("64483 50"), C("J3301", 8)],
                        findings=["prior_procedure_response"],
                        comment="Repeat; earlier response about two thirds for ten weeks (70 days < 90). Dx code dictated as 'M 54.17'."),
    "fa-tfesi-05": dict(style="title_case_headers", dos="2026-06-15", proc=P(**TF, region="cervical", lat="left", levels=["C5-C6"]),
                        drugs=[D("iohexol", 0.5, "ml"), D("dexamethasone_sodium_phosphate", 10)],
                        pain=(7, 3), nec=N(imaging=False, radicular=True), codes=[C("64479 LT"), C("J1100", 10)],
                        findings=["imaging_findings", "saved_images"]),
    "fa-tfesi-06": dict(style="operative_report", dos="2026-05-28", proc=P(**TF, region="lumbar", lat="right", levels=["L4-L5"]),
                        drugs=[D("iohexol", 1, "ml"), D("methylprednisolone_acetate", 80), D("bupivacaine", 2.5)],
                        pain=(8, None), nec=N(radicular=True), codes=[C("64483 RT"), C("J1010", 80)],
                        findings=["post_procedure_pain_score"], comment="Onset 3/2026 is about 12 weeks before the DOS."),
    "fa-tfesi-07": dict(style="terse_prose", dos="2026-09-10", proc=P(**TF, region="lumbar", lat="left", levels=["L4-L5", "L5-S1"]),
                        drugs=[D("iohexol", 1, "ml"), D("dexamethasone_sodium_phosphate", 10), D("lidocaine", 20)],
                        pain=(6, 2), nec=N(duration=False, care=False, radicular=True), codes=[C("64483 LT"), C("64484 LT"), C("J1100", 10)],
                        findings=["conservative_care", "symptom_duration"],
                        comment="'a few weeks of therapy' is not 4 weeks. 'since last spring' (no year) is read as undated, as dev h-tfesi-07 reads 'since the summer' (gold aligned after the first run)."),
    "fa-tfesi-08": dict(style="bulleted", dos="2026-04-08", proc=P(**TF, region="lumbar", lat="right", levels=["S1"]),
                        drugs=[D("iohexol", 1, "ml"), D("dexamethasone_sodium_phosphate", 10), D("lidocaine", 10)],
                        pain=(7, 2), nec=N(duration=False, radicular=True), consent=False,
                        codes=[C("64483 RT"), C("J1100", 10)], findings=["consent", "symptom_duration"]),
    "fa-tfesi-09": dict(style="smarttext_fields", dos="2026-10-06", proc=P(**TF, region="lumbar", lat="left", levels=["L5-S1"], sedation="none"),
                        drugs=[D("iohexol", 1, "ml"), D("triamcinolone_acetonide", 40), D("lidocaine", 10)],
                        pain=(7, 2), nec=N(function=False, radicular=True), codes=[C("64483 LT"), C("J3301", 4)],
                        findings=["functional_impairment"], comment="Functional status left as a template blank."),
    "fa-ilesi-01": dict(style="operative_report", dos="2026-05-19", proc=P(**IL, region="cervical", levels=["C7-T1"], sedation="local"),
                        drugs=[D("lidocaine", 30), D("iopamidol", 1.5, "ml"), D("methylprednisolone_acetate", 80)],
                        pain=(7, 3), nec=N(radicular=True), codes=[C("62321"), C("J1010", 80)], findings=[]),
    "fa-ilesi-02": dict(style="dictated", dos="2026-02-24", proc=P(**IL, region="lumbar", levels=["L4-L5"]),
                        drugs=[D("iohexol", 2, "ml"), D("triamcinolone_acetonide", 80)],
                        pain=(6, 2), nec=N(radicular=True), complications=None,
                        codes=[C("62323"), C("J3301", 8)], findings=["complications", "time_out"],
                        comment="Neurogenic claudication symptoms (buttock and thigh heaviness with walking) are described."),
    "fa-ilesi-03": dict(style="smarttext_fields", dos="2026-03-03", proc=P(family="interlaminar_epidural", approach="caudal", region="sacral",
                        contrast=True, intent="therapeutic", sedation="none"),
                        drugs=[D("iohexol", 5, "ml"), D("triamcinolone_acetonide", 80)],
                        pain=(7, 3), nec=N(radicular=True), codes=[C("62323"), C("J3301", 8)], findings=[]),
    "fa-ilesi-04": dict(style="terse_prose", dos="2026-06-30", proc=P(**IL, region="lumbar", levels=["L5-S1"]),
                        drugs=[D("iohexol", 3, "ml"), D("dexamethasone_sodium_phosphate", 10)],
                        pain=(7, 3), nec=N(imaging=False, radicular=True), codes=[C("62323"), C("J1100", 10)],
                        findings=["imaging_findings"], comment="Diagnosis only in the indication sentence, with its code."),
    "fa-mbb-01": dict(style="operative_report", dos="2026-04-14", proc=P(**MBB, region="lumbar", lat="right", levels=["L4-L5", "L5-S1"]),
                      drugs=[D("bupivacaine", 7.5)], pain=(6, 1), nec=N(imaging=False),
                      codes=[C("64493 KX RT"), C("64494 KX RT")], findings=[]),
    "fa-mbb-02": dict(style="terse_prose", dos="2026-04-28", proc=P(**MBB, region="lumbar", lat="bilateral", levels=["L4-L5", "L5-S1"]),
                      drugs=[D("ropivacaine", 22.5)], pain=(7, 1), nec=N(care=False, imaging=False),
                      codes=[C("64493 50 KX"), C("64494 50 KX")], findings=["conservative_care"],
                      comment="First block 90%. 'Tried PT, chiropractic, NSAIDs' states no outcome (gold corrected after the first run)."),
    "fa-mbb-03": dict(style="smarttext_fields", dos="2026-07-07", proc=P(**MBB, region="cervical", lat="left", levels=["C3-C4", "C4-C5"]),
                      drugs=[D("bupivacaine", 4.5)], pain=(5, 1), nec=N(duration=False, care=False, function=False, imaging=False),
                      codes=[C("64490 KX LT"), C("64491 KX LT")], findings=["conservative_care", "functional_impairment", "symptom_duration"],
                      comment="About 10 weeks < 12. NSAIDs and massage with no outcome stated (gold corrected after the first run)."),
    "fa-mbb-04": dict(style="terse_prose", dos="2026-09-17", proc=P(**MBB, region="lumbar", lat="left", levels=["L4-L5", "L5-S1"]),
                      drugs=[D("lidocaine", 30)], pain=(6, 2), nec=N(imaging=False),
                      codes=[C("64493 KX LT"), C("64494 KX LT")], findings=["diagnostic_block_relief"],
                      comment="Confirmatory block after a first block of only 60%."),
    "fa-rfa-01": dict(style="operative_report", dos="2026-06-09", proc=P(**RFA, region="lumbar", lat="right", levels=["L4-L5", "L5-S1"]),
                      drugs=[D("lidocaine", 100)], pain=(6, 3), nec=N(imaging=False),
                      codes=[C("64635 RT"), C("64636 RT")], findings=[]),
    "fa-rfa-02": dict(style="smarttext_fields", dos="2026-07-14", proc=P(**RFA, region="lumbar", lat="bilateral", levels=["L4-L5", "L5-S1"], sedation="none"),
                      drugs=[D("lidocaine", 120)], pain=(7, 4), nec=N(imaging=False),
                      codes=[C("64635 50"), C("64636 50")], findings=[], comment="Repeat; 75% for about 8 months."),
    "fa-rfa-03": dict(style="terse_prose", dos="2026-10-20", proc=P(**RFA, region="cervical", lat="left", levels=["C4-C5", "C5-C6"]),
                      drugs=[D("lidocaine", 30)], pain=(None, 2), nec=N(imaging=False),
                      codes=[C("64633 LT"), C("64634 LT")], findings=["diagnostic_block_relief", "pre_procedure_pain_score"],
                      comment="One diagnostic block only."),
    "fa-sij-01": dict(style="operative_report", dos="2026-02-10", proc=P(**SIJ, lat="left", intent="diagnostic"),
                      drugs=[D("iohexol", 0.5, "ml"), D("bupivacaine", 10), D("triamcinolone_acetonide", 40)],
                      pain=(8, 1), nec=N(imaging=False), codes=[C("27096 LT"), C("J3301", 4)], findings=[]),
    "fa-sij-02": dict(style="terse_fields", dos="2026-08-25", proc=P(**SIJ, lat="bilateral", intent="therapeutic"),
                      drugs=[D("iopamidol", 1, "ml"), D("triamcinolone_acetonide", 80), D("bupivacaine", 5)],
                      pain=(7, 2), nec=N(care=False, imaging=False), codes=[C("27096 50"), C("J3301", 8)],
                      findings=["conservative_care", "percent_relief", "saved_images"],
                      comment="PT of unstated length; one image; relief only implied by scores."),
    "fa-sij-03": dict(style="shorthand", dos="2026-05-05", proc=P(**SIJ, lat="right", intent="diagnostic"),
                      drugs=[D("iohexol", 0.5, "ml"), D("ropivacaine", 5), D("methylprednisolone_acetate", 40)],
                      pain=(6, 3), nec=N(imaging=False), codes=[C("27096 RT"), C("J1010", 40)],
                      findings=["percent_relief"], comment="Relief only implied by scores (50%)."),
}

# ---- last third: written after the rule changes, never tuned on (the untuned check) ----
UNTUNED = {
    "fa-tfesi-10": dict(style="operative_report", dos="2026-10-13", proc=P(**TF, region="lumbar", lat="left", levels=["L5-S1"], sedation="local"),
                        drugs=[D("lidocaine", 30), D("iohexol", 1, "ml"), D("betamethasone_sodium_phosphate_acetate", 12)],
                        pain=(7, 2), nec=N(radicular=True), codes=[C("64483 LT"), C("J0702", 2)], findings=[]),
    "fa-tfesi-11": dict(style="terse_fields", dos="2026-10-20", proc=P(**TF, region="cervical", lat="right", levels=["C6-C7"]),
                        drugs=[D("iopamidol", 0.5, "ml"), D("dexamethasone_sodium_phosphate", 10)],
                        pain=(8, 3), nec=N(care=False, radicular=True), codes=[C("64479 RT"), C("J1100", 10)],
                        findings=["conservative_care"], comment="PT 3 weeks; NSAIDs and an oral steroid pack of unstated length."),
    "fa-tfesi-12": dict(style="clinic_template", dos="2026-08-18", proc=P(**TF, region="lumbar", lat="bilateral", levels=["L4-L5"]),
                        drugs=[D("iohexol", 2, "ml"), D("betamethasone_sodium_phosphate_acetate", 12), D("bupivacaine", 5)],
                        pain=(6, 1), nec=N(radicular=True), codes=[C("64483 50"), C("J0702", 2)], findings=[],
                        comment="Repeat; prior 50-60% for about 5 months. Neurogenic claudication described."),
    "fa-tfesi-13": dict(style="terse_prose", dos="2026-11-03", proc=P(**TF, region="lumbar", lat="left", levels=["S1"]),
                        drugs=[D("iohexol", 1, "ml"), D("dexamethasone_sodium_phosphate", 10), D("lidocaine", 10)],
                        pain=(7, 2), nec=N(care=False, imaging=False, radicular=True), codes=[C("64483 LT"), C("J1100", 10)],
                        findings=["conservative_care", "imaging_findings", "saved_images", "time_out"]),
    "fa-ilesi-05": dict(style="capital_headers", dos="2026-02-17", proc=P(**IL, region="lumbar", levels=["L5-S1"]),
                        drugs=[D("iohexol", 2, "ml"), D("triamcinolone_acetonide", 80)],
                        pain=(9, 4), nec=N(radicular=True), codes=[C("62323"), C("J3301", 8)], findings=[]),
    "fa-ilesi-06": dict(style="terse_prose", dos="2026-09-29", proc=P(**IL, region="cervical", levels=["C6-C7"]),
                        drugs=[D("iopamidol", 1, "ml"), D("methylprednisolone_acetate", 80)],
                        pain=(6, 2), nec=N(function=False, imaging=False, radicular=True), codes=[C("62321"), C("J1010", 80)],
                        findings=["functional_impairment", "imaging_findings", "time_out"]),
    "fa-ilesi-07": dict(style="dictated", dos="2026-11-10", proc=P(**IL, region="lumbar", levels=["L4-L5"]),
                        drugs=[D("iohexol", 2, "ml"), D("triamcinolone_acetonide", 80)],
                        pain=(8, 3), nec=N(imaging=False, radicular=True), codes=[C("62323"), C("J3301", 8)],
                        findings=["imaging_findings"], comment="MRI ordered, not done. The oral steroid pack is history, not an injectate."),
    "fa-mbb-05": dict(style="smarttext_fields", dos="2026-06-23", proc=P(**MBB, region="lumbar", lat="bilateral", levels=["L3-L4", "L4-L5"]),
                      drugs=[D("bupivacaine", 15)], pain=(6, 0), nec=N(imaging=False),
                      codes=[C("64493 50 KX"), C("64494 50 KX")], findings=[], comment="Second block; first 100%."),
    "fa-mbb-06": dict(style="terse_prose", dos="2026-07-28", proc=P(**MBB, region="lumbar", lat="right", levels=["L5-S1"]),
                      drugs=[D("bupivacaine", 5)], pain=(5, 1), nec=N(duration=False, care=False, function=False, imaging=False),
                      consent=False, complications=None, codes=[C("64493 KX RT")],
                      findings=["complications", "consent", "conservative_care", "functional_impairment", "symptom_duration", "time_out"],
                      comment="'a long time' is no duration; care helps somewhat (not failed)."),
    "fa-rfa-04": dict(style="operative_report", dos="2026-08-11", proc=P(**RFA, region="lumbar", lat="left", levels=["L3-L4", "L4-L5"]),
                      drugs=[D("lidocaine", 60)], pain=(7, 3), nec=N(imaging=False),
                      codes=[C("64635 LT"), C("64636 LT")], findings=[]),
    "fa-sij-04": dict(style="operative_report", dos="2026-12-01", proc=P(**SIJ, lat="right", intent="therapeutic"),
                      drugs=[D("iohexol", 0.5, "ml"), D("triamcinolone_acetonide", 40), D("ropivacaine", 5)],
                      pain=(7, 2), nec=N(imaging=False), codes=[C("27096 RT"), C("J3301", 4)], findings=[],
                      comment="Repeat therapeutic injection; prior ~80% for 6+ months; diagnostic block 80%."),
    "fa-sij-05": dict(style="shorthand", dos="2026-04-21", proc=P(**SIJ, lat="left", intent="diagnostic"),
                      drugs=[D("iohexol", 0.5, "ml"), D("bupivacaine", 10)], pain=(6, 1), nec=N(imaging=False),
                      codes=[C("27096 LT")], findings=[]),
}

# ---- third batch (tuning): written after the first untuned check, other families and dictation ----
TUNING_3 = {
    "fa-tpi-01": dict(style="soap", dos="2026-07-01", proc=P(family="trigger_point", imaging=None),
                      drugs=[D("lidocaine", 30)], pain=(6, 2), nec=N(imaging=False),
                      codes=[C("20553")], findings=["time_out"]),
    "fa-gnb-01": dict(style="operative_report", dos="2026-09-15", proc=P(family="genicular_nerve_block", target="knee", region="knee",
                      lat="left", imaging="ultrasound"),
                      drugs=[D("bupivacaine", 30)], pain=(8, 2), nec=N(imaging=True), codes=[C("64454 LT")], findings=[]),
    "fa-onb-01": dict(style="terse_prose", dos="2026-03-24", proc=P(family="occipital_nerve_block", target="greater_occipital",
                      region="occipital", lat="right", imaging="none", intent="therapeutic"),
                      drugs=[D("bupivacaine", 5), D("triamcinolone_acetonide", 10)], pain=(7, 1), nec=N(imaging=False),
                      codes=[C("64405 RT"), C("J3301", 1)], findings=["time_out"]),
    "fa-tfesi-14": dict(style="dictated_speech_recognition", dos="2026-06-02",
                        proc=P(**TF, region="lumbar", lat="right", levels=["L3-L4"], sedation="moderate"),
                        drugs=[D("midazolam", 2), D("fentanyl", 0.05), D("iohexol", 1, "ml"), D("dexamethasone_sodium_phosphate", 10),
                               D("lidocaine", 10)],
                        pain=(7, 2), nec=N(care=False, radicular=True), codes=[C("64483 RT"), C("J1100", 10), C("99152")],
                        findings=["conservative_care"],
                        comment="PT 6 weeks with no outcome stated; tramadol not tolerated, duration unstated. 22 min sedation: no 99153."),
    "fa-mbb-07": dict(style="smarttext_fields", dos="2026-05-26", proc=P(**MBB, region="cervical", lat="right", levels=["C5-C6", "C6-C7"]),
                      drugs=[D("ropivacaine", 6.75)], pain=(6, 1), nec=N(imaging=False),
                      codes=[C("64490 KX RT"), C("64491 KX RT")], findings=[]),
    "fa-ilesi-08": dict(style="smarttext_fields", dos="2026-04-14", proc=P(**IL, region="lumbar", levels=["L4-L5"]),
                        drugs=[D("iohexol", 2, "ml"), D("triamcinolone_acetonide", 80)], pain=(7, 2),
                        nec=N(diagnosis=False, radicular=True), codes=[C("62323"), C("J3301", 8)], findings=["diagnosis"],
                        comment="Diagnosis left as a template blank; the indication names symptoms, not a diagnosis."),
}

# ---- last batch: written after all rule changes, never tuned on (the final untuned check) ----
UNTUNED_2 = {
    "fa-tfesi-15": dict(style="operative_report", dos="2026-10-06", proc=P(**TF, region="lumbar", lat="right", levels=["L4-L5"]),
                        drugs=[D("iohexol", 1, "ml"), D("triamcinolone_acetonide", 40), D("bupivacaine", 2.5)],
                        pain=(8, 1), nec=N(radicular=True), codes=[C("64483 RT"), C("J3301", 4)], findings=[],
                        comment="Onset dated by an event in 2024."),
    "fa-tfesi-16": dict(style="smarttext_fields", dos="2026-08-04", proc=P(**TF, region="cervical", lat="left", levels=["C5-C6"]),
                        drugs=[D("iopamidol", 0.5, "ml"), D("dexamethasone_sodium_phosphate", 10)],
                        pain=(7, 3), nec=N(radicular=True), codes=[C("64479 LT"), C("J1100", 10)], findings=[],
                        comment="'for the last several months' is more than 4 weeks."),
    "fa-tfesi-17": dict(style="shorthand", dos="2026-09-08", proc=P(**TF, region="lumbar", lat="left", levels=["L4-L5"]),
                        drugs=[D("iohexol", 1, "ml"), D("dexamethasone_sodium_phosphate", 10), D("lidocaine", 10)],
                        pain=(6, 2), nec=N(care=False, radicular=True), consent=False,
                        codes=[C("64483 LT"), C("J1100", 10)], findings=["consent", "conservative_care", "saved_images"]),
    "fa-tfesi-18": dict(style="dictated", dos="2026-10-27", proc=P(**TF, region="lumbar", lat="bilateral", levels=["L5-S1"]),
                        drugs=[D("iohexol", 2, "ml"), D("triamcinolone_acetonide", 80), D("lidocaine", 20)],
                        pain=(8, 3), nec=N(radicular=True), codes=[C("64483 50"), C("J3301", 8)],
                        findings=["prior_procedure_response"], comment="Repeat; the first helped for only 3 weeks, no percent."),
    "fa-ilesi-09": dict(style="smarttext_fields", dos="2026-05-12", proc=P(**IL, region="thoracic", levels=["T10-T11"]),
                        drugs=[D("iohexol", 1, "ml"), D("methylprednisolone_acetate", 80)],
                        pain=(7, 2), nec=N(radicular=True), codes=[C("62321"), C("J1010", 80)], findings=[]),
    "fa-ilesi-10": dict(style="terse_prose", dos="2026-06-16", proc=P(**IL, region="lumbar", levels=["L5-S1"]),
                        drugs=[D("iohexol", 2, "ml"), D("dexamethasone_sodium_phosphate", 10)],
                        pain=(5, 3), nec=N(care=False, function=False, imaging=False, radicular=False),
                        codes=[C("62323"), C("J1100", 10)],
                        findings=["conservative_care", "diagnosis", "functional_impairment", "imaging_findings", "indication"],
                        comment="Axial low back pain (M54.50) does not support an ESI; no radicular symptoms."),
    "fa-mbb-08": dict(style="capital_headers", dos="2026-10-16", proc=P(**MBB, region="lumbar", lat="bilateral", levels=["L4-L5", "L5-S1"]),
                      drugs=[D("lidocaine", 60)], pain=(7, 1), nec=N(imaging=False),
                      codes=[C("64493 50 KX"), C("64494 50 KX")], findings=[], comment="Confirmatory; first block 80%."),
    "fa-mbb-09": dict(style="terse_prose", dos="2026-03-10", proc=P(**MBB, region="lumbar", lat="left", levels=["L3-L4", "L4-L5"]),
                      drugs=[D("bupivacaine", 7.5)], pain=(6, 1), nec=N(duration=False, imaging=False),
                      codes=[C("64493 KX LT"), C("64494 KX LT")], findings=["symptom_duration"], comment="2 months < 12 weeks."),
    "fa-rfa-05": dict(style="terse_prose", dos="2026-07-07", proc=P(**RFA, region="lumbar", lat="right", levels=["L4-L5", "L5-S1"]),
                      drugs=[D("lidocaine", 60)], pain=(7, 4), nec=N(imaging=False),
                      codes=[C("64999")], findings=["approach"], comment="Pulsed RF is not thermal destruction: 64999."),
    "fa-sij-06": dict(style="title_case_headers", dos="2026-11-17", proc=P(**{**SIJ, "contrast": False}, lat="left", intent="diagnostic"),
                      drugs=[D("bupivacaine", 10)], pain=(7, 1), nec=N(imaging=False), codes=[C("27096 LT")], findings=[],
                      comment="No contrast, for a stated contrast allergy."),
    "fa-sij-07": dict(style="shorthand", dos="2026-02-03", proc=P(**SIJ, lat="right"),
                      drugs=[D("iohexol", 0.5, "ml"), D("triamcinolone_acetonide", 40), D("bupivacaine", 5)],
                      pain=(8, 4), nec=N(duration=False, care=False, function=False, imaging=False), consent=False, complications=None,
                      codes=[C("27096 RT"), C("J3301", 4)],
                      findings=["approach", "complications", "consent", "conservative_care", "percent_relief", "symptom_duration", "time_out"]),
    "fa-tpi-02": dict(style="smarttext_fields", dos="2026-09-22", proc=P(family="trigger_point", imaging=None),
                      drugs=[D("bupivacaine", 20)], pain=(6, 3), nec=N(imaging=False), codes=[C("20552")],
                      findings=["percent_relief"]),
}

# ---- final batch: written after the last rule change, never tuned on (the final untuned check) ----
UNTUNED_3 = {
    "fa-tfesi-19": dict(style="capital_headers", dos="2026-11-17", proc=P(**TF, region="lumbar", lat="left", levels=["L5-S1", "S1"]),
                        drugs=[D("iohexol", 2, "ml"), D("dexamethasone_sodium_phosphate", 10)],
                        pain=(8, 3), nec=N(radicular=True), codes=[C("64483 LT"), C("64484 LT"), C("J1100", 10)], findings=[],
                        comment="'the leg pain remains unchanged' after 7 weeks of PT is failed care."),
    "fa-tfesi-20": dict(style="shorthand", dos="2026-06-09", proc=P(**TF, region="lumbar", lat="right", levels=["L4-L5"]),
                        drugs=[D("iohexol", 1, "ml"), D("dexamethasone_sodium_phosphate", 10), D("lidocaine", 10)],
                        pain=(None, None), nec=N(care=False, radicular=True), codes=[C("64483 RT"), C("J1100", 10)],
                        findings=["conservative_care", "post_procedure_pain_score", "pre_procedure_pain_score", "time_out"],
                        comment="PT 4 weeks with no outcome; naproxen stopped for a bleeding history."),
    "fa-tfesi-21": dict(style="title_case_headers", dos="2026-09-01", proc=P(**TF, region="cervical", lat="right", levels=["C6-C7"]),
                        drugs=[D("iopamidol", 0.5, "ml"), D("dexamethasone_sodium_phosphate", 10)],
                        pain=(7, 2), nec=N(care=False, radicular=True), codes=[C("64479 RT"), C("J1100", 10)],
                        findings=["conservative_care", "saved_images"],
                        comment="'since Memorial Day' (late May) is over 4 weeks before the DOS."),
    "fa-ilesi-11": dict(style="terse_prose", dos="2026-05-05", proc=P(**IL, region="lumbar", levels=["L3-L4"]),
                        drugs=[D("iohexol", 2, "ml"), D("dexamethasone_sodium_phosphate", 10)],
                        pain=(5, 2), nec=N(radicular=True), codes=[C("62323"), C("J1100", 10)], findings=[],
                        comment="Neurogenic claudication described (legs tire walking, ease bending over a cart)."),
    "fa-ilesi-12": dict(style="capital_headers", dos="2026-08-25", proc=P(family="interlaminar_epidural", approach="caudal", region="sacral",
                        contrast=True, intent="therapeutic"),
                        drugs=[D("iohexol", 5, "ml"), D("methylprednisolone_acetate", 80)],
                        pain=(7, 3), nec=N(imaging=False, radicular=True), codes=[C("62323"), C("J1010", 80)],
                        findings=["imaging_findings"]),
    "fa-mbb-10": dict(style="terse_prose", dos="2026-04-07", proc=P(**MBB, region="lumbar", lat="right", levels=["L3-L4", "L4-L5"]),
                      drugs=[D("bupivacaine", 7.5)], pain=(6, 1), nec=N(imaging=False),
                      codes=[C("64493 KX RT"), C("64494 KX RT")], findings=[]),
    "fa-rfa-06": dict(style="terse_prose", dos="2026-10-13", proc=P(**RFA, region="lumbar", lat="left", levels=["L4-L5", "L5-S1"]),
                      drugs=[D("lidocaine", 60)], pain=(7, 3), nec=N(imaging=False),
                      codes=[C("64635 LT"), C("64636 LT")], findings=["prior_procedure_response"],
                      comment="Repeat; 60% for about 4 months (120 days < 180)."),
    "fa-sij-08": dict(style="terse_prose", dos="2026-06-30", proc=P(**SIJ, lat="bilateral", intent="diagnostic"),
                      drugs=[D("iohexol", 1, "ml"), D("bupivacaine", 15)], pain=(6, 1), nec=N(function=False, imaging=False),
                      codes=[C("27096 50")], findings=[]),
    "fa-tpi-03": dict(style="capital_headers", dos="2026-03-31", proc=P(family="trigger_point", imaging=None),
                      drugs=[D("lidocaine", 60)], pain=(7, 3), nec=N(imaging=False), codes=[C("20553")], findings=[]),
    "fa-onb-02": dict(style="terse_prose", dos="2026-12-08", proc=P(family="occipital_nerve_block", target="greater_occipital",
                      region="occipital", lat="bilateral", imaging="ultrasound", intent="therapeutic"),
                      drugs=[D("bupivacaine", 20), D("triamcinolone_acetonide", 20)], pain=(8, 2), nec=N(imaging=False),
                      codes=[C("64405 50"), C("76942"), C("J3301", 2)], findings=[]),
}


def write_gold(folder: Path, nid: str, g: dict) -> None:
    """Write one note's gold JSON (corpora/README.md format) from its short spec."""
    pre, post = g["pain"]
    out = {"id": nid, "style": g["style"], "origin": "hand", "payer": "medicare", "date_of_service": g["dos"],
           "place_of_service": g.get("pos", "11"), "procedures": [g["proc"]], "drugs": g["drugs"],
           "pain_scores": {"pre": pre, "post": post}, "necessity": g["nec"], "consent": g.get("consent", True),
           "complications": g.get("complications", "none"), "codes": g["codes"],
           "finding_elements": sorted(set(g["findings"])), "comment": g.get("comment")}
    if goldkit.dose_ceiling(g["drugs"], [g["proc"]["family"]]):  # derived by rule, never listed by hand
        out["finding_elements"] = sorted({*out["finding_elements"], "dose_ceiling"})
    (folder / f"{nid}.json").write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")


def main() -> None:
    for nid, g in {**NOTES, **UNTUNED, **TUNING_3, **UNTUNED_2, **UNTUNED_3}.items():
        write_gold(HERE, nid, g)


if __name__ == "__main__":
    main()
