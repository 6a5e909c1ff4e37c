"""Gold for dev_fresh_c, written by hand from reading each note as a coder, before Painpoint was run on it.

Run `python corpora/notes/dev_fresh_c/make_gold.py` to (re)write the `<id>.json` files. The compact helpers
(P procedure, D drug, C code line, N necessity booleans) and the JSON writer are those of dev_fresh_a, imported
so that both folders build gold the same way.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

HERE = Path(__file__).parent
_spec = importlib.util.spec_from_file_location("fa_gold", HERE.parent / "dev_fresh_a" / "make_gold.py")
_fa = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_fa)  # type: ignore[union-attr]
P, D, C, N = _fa.P, _fa.D, _fa.C, _fa.N
TF, IL, MBB, RFA, SIJ = _fa.TF, _fa.IL, _fa.MBB, _fa.RFA, _fa.SIJ

# U1: the first untuned batch (written before any rule change of this work).
U1 = {
    "fc-tfesi-01": dict(style="operative_report", dos="2026-03-10", proc=P(**TF, region="lumbar", lat="right", levels=["L4-L5", "L5-S1"], sedation="local"),
                        drugs=[D("lidocaine", 20), D("iopamidol", 2, "ml"), D("dexamethasone_sodium_phosphate", 10)],
                        pain=(8, 4), nec=N(radicular=True), codes=[C("64483 RT"), C("64484 RT"), C("J1100", 10)], findings=[]),
    "fc-ilesi-01": dict(style="smarttext_fields", dos="2026-05-05", proc=P(**IL, region="cervical", levels=["C6-C7"], sedation="none"),
                        drugs=[D("iohexol", 2, "ml"), D("triamcinolone_acetonide", 40)],
                        pain=(7, 5), nec=N(care=False, radicular=True), codes=[C("62321"), C("J3301", 4)],
                        findings=["conservative_care"], comment="Conservative management left as a *** blank."),
    "fc-caudal-01": dict(style="shorthand", dos="2026-04-21", proc=P(family="interlaminar_epidural", approach="caudal", region="sacral",
                         contrast=True, intent="therapeutic"),
                         drugs=[D("iohexol", 5, "ml"), D("methylprednisolone_acetate", 80), D("lidocaine", 30)],
                         pain=(7, 3), nec=N(radicular=True), codes=[C("62323"), C("J1010", 80)], findings=["saved_images"],
                         comment="Neurogenic claudication described in shorthand; no saved images stated."),
    "fc-mbb-01": dict(style="dictated", dos="2026-06-09", proc=P(**MBB, region="lumbar", lat="bilateral", levels=["L3-L4", "L4-L5"], sedation="none"),
                      drugs=[D("bupivacaine", 15)], pain=(6, 1), nec=N(imaging=False),
                      codes=[C("64493 50 KX"), C("64494 50 KX")], findings=[],
                      comment="Speech-recognition punctuation words; 'since about the spring of 2025' is over a year; HEP + Tylenol 'has not touched it'."),
    "fc-mbb-02": dict(style="bulleted", dos="2026-06-02", proc=P(**MBB, region="cervical", lat="right", levels=["C5-C6", "C6-C7"], sedation="none"),
                      drugs=[D("lidocaine", 30)], pain=(5, 0), nec=N(imaging=False),
                      codes=[C("64490 KX RT"), C("64491 KX RT")], findings=["time_out"],
                      comment="Confirmatory block after a first block of about 85%."),
    "fc-rfa-01": dict(style="operative_report", dos="2026-04-14", proc=P(**RFA, region="lumbar", lat="left", levels=["L4-L5", "L5-S1"], sedation="local"),
                      drugs=[D("lidocaine", 60)], pain=(7, 4), nec=N(imaging=False),
                      codes=[C("64635 LT"), C("64636 LT")], findings=[],
                      comment="Two comparative blocks each 80-90%; 'exhausted physiotherapy, NSAIDs and a TENS unit' is failed care."),
    "fc-rfa-02": dict(style="terse_prose", dos="2026-07-14", proc=P(**RFA, region="cervical", lat="right", levels=["C4-C5", "C5-C6"]),
                      drugs=[D("lidocaine", 60)], pain=(6, 3), nec=N(function=False, imaging=False),
                      codes=[C("64633 RT"), C("64634 RT")], findings=["functional_impairment"],
                      comment="Repeat; about 70% from October 2025 until roughly last month (about 8 months)."),
    "fc-sij-01": dict(style="smarttext_fields", dos="2026-08-18", proc=P(**SIJ, lat="left", intent="diagnostic"),
                      drugs=[D("iohexol", 0.5, "ml"), D("bupivacaine", 10)], pain=(7, 1), nec=N(imaging=False),
                      codes=[C("27096 LT")], findings=["saved_images"], comment="A single AP image saved (fewer than two views)."),
    "fc-tpi-01": dict(style="soap", dos="2026-02-17", proc=P(family="trigger_point", imaging=None),
                      drugs=[D("lidocaine", 30)], pain=(6, 2), nec=N(imaging=False, function=False), codes=[C("20553")], findings=["percent_relief"],
                      comment="Three muscles; 'No adverse events' is no complications. Relief only implied by 6 -> 2, so percent_relief "
                              "stands (corpus convention; gold corrected after the first run)."),
    "fc-gnb-01": dict(style="operative_report", dos="2026-09-22", proc=P(family="genicular_nerve_block", target="knee", region="knee",
                      lat="right", imaging="ultrasound", intent="diagnostic"),
                      drugs=[D("bupivacaine", 30)], pain=(7, 2), nec=N(care=False), codes=[C("64454 RT")], findings=[]),
    "fc-onb-01": dict(style="shorthand", dos="2026-01-27", proc=P(family="occipital_nerve_block", target="greater_occipital", region="occipital",
                      lat="bilateral", imaging="none", intent="therapeutic"),
                      drugs=[D("bupivacaine", 20), D("methylprednisolone_acetate", 40)], pain=(8, 3), nec=N(imaging=False, duration=False, function=False),
                      codes=[C("64405 50"), C("J1010", 40)], findings=["complications"], complications=None),
    "fc-lsb-01": dict(style="dictated", dos="2026-05-12", proc=P(family="sympathetic_block", target="lumbar_sympathetic", region="lumbar",
                      lat="left", levels=["L3"], contrast=True),
                      drugs=[D("iohexol", 3, "ml"), D("bupivacaine", 25)], pain=(8, 3), nec=N(imaging=False),
                      codes=[C("64520"), C("77002"), C("Q9966", 3)], findings=[],
                      comment="Dates and the code written in words/dictation; onset after a fracture 'last October'."),
    "fc-knee-01": dict(style="shorthand", dos="2026-10-06", proc=P(family="joint_injection", target="knee", region="knee", lat="left", imaging="none"),
                       drugs=[D("triamcinolone_acetonide", 40), D("lidocaine", 30)], pain=(6, None), nec=N(duration=False, function=False),
                       codes=[C("20610 LT"), C("J3301", 4)], findings=["post_procedure_pain_score"]),
    "fc-scs-01": dict(style="operative_report", dos="2026-02-24", pos="22", proc=P(family="scs_trial", approach="percutaneous", region="thoracic",
                      intent="therapeutic", sedation="none"),
                      drugs=[D("lidocaine", 100)], pain=(7, 6), nec=N(imaging=False),
                      codes=[C("63650", 2), C("77003 26")], findings=[],
                      comment="'Behavioral medicine evaluation ... cleared to proceed' is the psychological evaluation."),
    "fc-va-01": dict(style="operative_report", dos="2026-11-03", pos="22", proc=P(family="vertebral_augmentation", approach="vertebroplasty",
                     region="thoracic", levels=["T12"], intent="therapeutic", sedation="local"),
                     drugs=[D("lidocaine", 100)], pain=(9, 4), nec=N(), codes=[C("22510")], findings=[]),
}

# U2: the second untuned batch (written after the fix round on U1; no rule has seen these notes).
U2 = {
    "fc-tfesi-02": dict(style="epic_fields", dos="2026-08-11", proc=P(**TF, region="cervical", lat="left", levels=["C6-C7"]),
                        drugs=[D("iohexol", 1, "ml"), D("dexamethasone_sodium_phosphate", 10)],
                        pain=(7, 2), nec=N(radicular=True), codes=[C("64479 LT"), C("J1100", 10)], findings=[],
                        comment="'5 weeks of cervical traction and PT with only marginal gains' is failed care of 5 weeks."),
    "fc-ilesi-02": dict(style="operative_report", dos="2026-07-28", proc=P(**IL, region="lumbar", levels=["L5-S1"], sedation="local"),
                        drugs=[D("lidocaine", 30), D("iohexol", 3, "ml"), D("triamcinolone_acetonide", 80)],
                        pain=(6, 2), nec=N(radicular=True), codes=[C("62323"), C("J3301", 8)], findings=["saved_images"],
                        comment="Repeat: 60% for about four months (120 days >= 90). 'were of no avail' is failed care; the "
                                "Medrol Dosepak is oral history, not an injectate."),
    "fc-mbb-03": dict(style="shorthand", dos="2026-03-03", proc=P(**MBB, region="lumbar", lat="left", levels=["L4-L5", "L5-S1"], sedation="none"),
                      drugs=[D("bupivacaine", 11.25)], pain=(7, 2), nec=N(function=False, imaging=False),
                      codes=[C("64493 KX LT"), C("64494 KX LT")], findings=["functional_impairment"],
                      comment="'PT + HEP + naproxen - plateaued': care whose gains stopped with the pain persisting (not helped)."),
    "fc-sij-02": dict(style="dictated", dos="2026-04-07", proc=P(family="si_joint_injection", approach="intra_articular", region="sacroiliac",
                      lat="bilateral", contrast=True, intent="diagnostic"),
                      drugs=[D("iopamidol", 2, "ml"), D("bupivacaine", 15)], pain=(8, 2), nec=N(imaging=False),
                      codes=[C("27096 50")], findings=["percent_relief"],
                      comment="Relief only implied by 8 -> 2 (percent_relief stands, corpus convention); scores without '/10'."),
    "fc-gnrfa-01": dict(style="capital_headers", dos="2026-10-20", proc=P(family="genicular_rfa", target="knee", region="knee", lat="left"),
                        drugs=[D("lidocaine", 60)], pain=(7, 3), nec=N(), codes=[C("64624 LT")], findings=[]),
    "fc-tpi-02": dict(style="shorthand", dos="2026-05-19", proc=P(family="trigger_point", imaging=None),
                      drugs=[D("lidocaine", 40)], pain=(7, None), nec=N(imaging=False, duration=False, function=False),
                      codes=[C("20552")], findings=["percent_relief", "post_procedure_pain_score"],
                      comment="Two muscles (quadratus lumborum, gluteus medius), four injections."),
    "fc-hip-01": dict(style="smarttext_fields", dos="2026-12-01", proc=P(family="joint_injection", target="hip", region="hip", lat="right",
                      imaging="ultrasound"),
                      drugs=[D("triamcinolone_acetonide", 40), D("ropivacaine", 20)], pain=(8, 4), nec=N(imaging=False, care=False),
                      codes=[C("20611 RT"), C("J3301", 4)], findings=[]),
    "fc-sgb-01": dict(style="capital_headers", dos="2026-09-08", proc=P(family="sympathetic_block", target="stellate", region="cervical",
                      lat="left", imaging="ultrasound"),
                      drugs=[D("ropivacaine", 25)], pain=(6, 3), nec=N(imaging=False),
                      codes=[C("64510"), C("76942")], findings=[], comment="Horner's syndrome is the expected effect, not a complication."),
}

# U3: a third untuned batch (written after the fix round on U2; no rule has seen these notes).
U3 = {
    "fc-tfesi-03": dict(style="operative_report", dos="2026-02-03", proc=P(**TF, region="lumbar", lat="left", levels=["S1"], sedation="local"),
                        drugs=[D("lidocaine", 30), D("iohexol", 1, "ml"), D("methylprednisolone_acetate", 80)],
                        pain=(7, 2), nec=N(radicular=True), codes=[C("64483 LT"), C("J1010", 80)], findings=[],
                        comment="'has not responded to physical therapy for 6 weeks' is failed care; scores as 'VAS 7' / 'VAS 2'."),
    "fc-ilesi-03": dict(style="shorthand", dos="2026-06-16", proc=P(**IL, region="cervical", levels=["C7-T1"]),
                        drugs=[D("iohexol", 1.5, "ml"), D("dexamethasone_sodium_phosphate", 10)],
                        pain=(8, 4), nec=N(imaging=False, radicular=True), codes=[C("62321"), C("J1100", 10)],
                        findings=["imaging_findings"]),
    "fc-mbb-04": dict(style="smarttext_fields", dos="2026-06-23", proc=P(**MBB, region="lumbar", lat="bilateral", levels=["L4-L5", "L5-S1"], sedation="none"),
                      drugs=[D("bupivacaine", 15)], pain=(6, 1), nec=N(imaging=False),
                      codes=[C("64493 50 KX"), C("64494 50 KX")], findings=[], comment="Confirmatory after a first block of 85%."),
    "fc-rfa-03": dict(style="dictated", dos="2026-09-29", proc=P(**RFA, region="lumbar", lat="right", levels=["L3-L4", "L4-L5"]),
                      drugs=[D("lidocaine", 30)], pain=(8, 3), nec=N(imaging=False),
                      codes=[C("64635 RT"), C("64636 RT")], findings=[],
                      comment="Two diagnostic blocks with relief written in words: 'about ninety percent', 'over eighty percent'."),
    "fc-sij-03": dict(style="capital_headers", dos="2026-06-02", proc=P(**SIJ, lat="right", intent="therapeutic"),
                      drugs=[D("iohexol", 0.5, "ml"), D("triamcinolone_acetonide", 40), D("bupivacaine", 5)], pain=(7, 2),
                      nec=N(care=False, imaging=False), codes=[C("27096 RT"), C("J3301", 4)], findings=["conservative_care"],
                      comment="Repeat: diagnostic block 80%, last therapeutic 70% for about 4 months. Care has no duration (SI needs 4 weeks)."),
    "fc-tpi-03": dict(style="smarttext_fields", dos="2026-10-13", proc=P(family="trigger_point", imaging=None),
                      drugs=[D("lidocaine", 50)], pain=(7, 3), nec=N(imaging=False, function=False), codes=[C("20553")], findings=[],
                      comment="Three muscles: left and right upper trapezius, right levator scapulae."),
    "fc-onb-02": dict(style="shorthand", dos="2026-11-10", proc=P(family="occipital_nerve_block", target="greater_occipital", region="occipital",
                      lat="right", imaging="ultrasound", intent="therapeutic"),
                      drugs=[D("bupivacaine", 15), D("dexamethasone_sodium_phosphate", 4)], pain=(7, None), nec=N(imaging=False),
                      codes=[C("64405 RT"), C("76942"), C("J1100", 4)], findings=["post_procedure_pain_score"]),
    "fc-va-02": dict(style="operative_report", dos="2026-03-17", pos="22", proc=P(family="vertebral_augmentation", approach="kyphoplasty",
                     region="lumbar", levels=["L1"], intent="therapeutic", sedation="moderate"),
                     drugs=[D("midazolam", 2), D("fentanyl", 0.1), D("lidocaine", 100)], pain=(9, 5), nec=N(duration=False),
                     codes=[C("22514"), C("99152"), C("99153")], findings=[],
                     comment="Moderate sedation by the proceduralist with an independent RN, 09:02-09:31 (29 minutes)."),
}

# U4: a fourth untuned batch (written after the fix rounds on U3 and on dev_fresh_d's wordings).
U4 = {
    "fc-tfesi-04": dict(style="operative_report", dos="2026-01-20", proc=P(**TF, region="lumbar", lat="bilateral", levels=["L4-L5"]),
                        drugs=[D("lidocaine", 40), D("iohexol", 2, "ml"), D("dexamethasone_sodium_phosphate", 10)],
                        pain=(8, 3), nec=N(radicular=True), codes=[C("64483 50"), C("J1100", 10)], findings=["saved_images"],
                        comment="'Fluoroscopic images were saved' states no views."),
    "fc-caudal-02": dict(style="smarttext_fields", dos="2026-04-14", proc=P(family="interlaminar_epidural", approach="caudal", region="sacral",
                         contrast=True, intent="therapeutic", sedation="none"),
                         drugs=[D("iohexol", 10, "ml"), D("triamcinolone_acetonide", 80)], pain=(7, 4), nec=N(function=False, radicular=True),
                         codes=[C("62323"), C("J3301", 8)], findings=["functional_impairment"],
                         comment="'Functional limitations: none reported'. Aquatic therapy 8 weeks, no change, is failed care."),
    "fc-mbb-05": dict(style="narrative", dos="2026-02-24", proc=P(**MBB, region="lumbar", lat="right", levels=["L5-S1"], sedation="none"),
                      drugs=[D("bupivacaine", 5)], pain=(5, 1), nec=N(imaging=False), codes=[C("64493 KX RT")], findings=[],
                      comment="Onset 'after a lifting injury at work in the fall of 2024'; care 'with little to show for it'. "
                              "Two pre scores (5 at rest, 8 with extension); the first is kept."),
    "fc-sij-04": dict(style="operative_report", dos="2026-05-26", proc=P(**SIJ, lat="left", intent="diagnostic"),
                      drugs=[D("iohexol", 0.5, "ml"), D("bupivacaine", 7.5)], pain=(6, 1), nec=N(imaging=False),
                      codes=[C("27096 LT")], findings=[]),
    "fc-knee-02": dict(style="shorthand", dos="2026-07-07", proc=P(family="joint_injection", target="knee", region="knee", lat="bilateral", imaging="none"),
                       drugs=[D("triamcinolone_acetonide", 80), D("lidocaine", 80)], pain=(7, None), nec=N(imaging=False, duration=False),
                       codes=[C("20610 50"), C("J3301", 8)], findings=["post_procedure_pain_score"]),
    "fc-tpi-04": dict(style="dictated", dos="2026-08-18", proc=P(family="trigger_point", imaging=None),
                      drugs=[D("lidocaine", 80)], pain=(8, None), nec=N(imaging=False, function=False), codes=[C("20553")],
                      findings=["post_procedure_pain_score"], comment="Four muscles; 50 percent improvement stated, no post score."),
    "fc-rfa-04": dict(style="smarttext_fields", dos="2026-09-15", proc=P(**RFA, region="lumbar", lat="bilateral", levels=["L4-L5", "L5-S1"], sedation="none"),
                      drugs=[D("lidocaine", 60)], pain=(6, 3), nec=N(imaging=False), codes=[C("64635 50"), C("64636 50")],
                      findings=["diagnostic_block_relief"], comment="'after successful diagnostic blocks' gives no result."),
    "fc-ilesi-04": dict(style="soap", dos="2026-03-10", proc=P(**IL, region="lumbar", levels=["L4-L5"]),
                        drugs=[D("iohexol", 3, "ml"), D("dexamethasone_sodium_phosphate", 10)], pain=(6, 3),
                        nec=N(duration=False, radicular=True), codes=[C("62323"), C("J1100", 10)], findings=["symptom_duration"],
                        comment="'ongoing since last winter' (no year) is undated, as the corpus reads 'since the summer'."),
}

# U5: a fifth untuned batch (written after the fix round on U4).
U5 = {
    "fc-tfesi-05": dict(style="soap", dos="2026-06-30", proc=P(**TF, region="cervical", lat="right", levels=["C5-C6"]),
                        drugs=[D("iopamidol", 0.5, "ml"), D("dexamethasone_sodium_phosphate", 10)], pain=(7, 2),
                        nec=N(radicular=True), codes=[C("64479 RT"), C("J1100", 10)], findings=[],
                        comment="'since mid-March' (about 15 weeks); PT 'made things worse' is failed care; scores as '7 of 10'."),
    "fc-ilesi-05": dict(style="smarttext_fields", dos="2026-08-04", proc=P(**IL, region="lumbar", levels=["L3-L4"]),
                        drugs=[D("iohexol", 3, "ml"), D("methylprednisolone_acetate", 80)], pain=(6, 2), nec=N(radicular=True),
                        codes=[C("62323"), C("J1010", 80)], findings=["saved_images"]),
    "fc-mbb-06": dict(style="shorthand", dos="2026-09-01", proc=P(**MBB, region="cervical", lat="left", levels=["C5-C6", "C6-C7"], sedation="none"),
                      drugs=[D("lidocaine", 30)], pain=(6, 1), nec=N(duration=False, imaging=False),
                      codes=[C("64490 KX LT"), C("64491 KX LT")], findings=["symptom_duration"], comment="'recent onset'."),
    "fc-rfa-05": dict(style="capital_headers", dos="2026-07-21", proc=P(**RFA, region="lumbar", lat="left", levels=["L5-S1"]),
                      drugs=[D("lidocaine", 20)], pain=(None, 2), nec=N(imaging=False), codes=[C("64635 LT")],
                      findings=["pre_procedure_pain_score"], comment="Repeat: 75% for about 7 months (> 180 days)."),
    "fc-sij-05": dict(style="shorthand", dos="2026-06-09", proc=P(**SIJ, lat="bilateral", intent="therapeutic"),
                      drugs=[D("iohexol", 1, "ml"), D("triamcinolone_acetonide", 80), D("bupivacaine", 10)], pain=(7, 3),
                      nec=N(imaging=False), codes=[C("27096 50"), C("J3301", 8)], findings=["percent_relief"],
                      comment="Repeat: diagnostic 80%; last therapeutic 60% for 3 months (90 days). Relief only implied by 7 -> 3."),
    "fc-gnb-04": dict(style="shorthand", dos="2026-11-17", proc=P(family="genicular_nerve_block", target="knee", region="knee", lat="left",
                      intent="diagnostic"),
                      drugs=[D("bupivacaine", 30)], pain=(8, 1), nec=N(duration=False, imaging=False), codes=[C("64454 LT")],
                      findings=["complications"], complications=None),
    "fc-onb-03": dict(style="shorthand", dos="2026-12-15", proc=P(family="occipital_nerve_block", target="greater_occipital", region="occipital",
                      lat="bilateral", imaging="none", intent="therapeutic"),
                      drugs=[D("ropivacaine", 30)], pain=(9, 2), nec=N(imaging=False, function=False), consent=False,
                      codes=[C("64405 50")], findings=["consent"]),
    "fc-va-03": dict(style="operative_report", dos="2026-05-12", pos="22", proc=P(family="vertebral_augmentation", approach="kyphoplasty",
                     region="thoracic", levels=["T8", "T9"], intent="therapeutic", sedation="local"),
                     drugs=[D("lidocaine", 150)], pain=(8, 3), nec=N(), codes=[C("22513"), C("22515")], findings=[]),
}

# U6: a sixth untuned batch (written after the fix round on U5 and the broader care-failure wordings).
U6 = {
    "fc-tfesi-06": dict(style="capital_headers", dos="2026-10-27", proc=P(**TF, region="lumbar", lat="right", levels=["L4-L5", "L5-S1"]),
                        drugs=[D("iohexol", 2, "ml"), D("betamethasone_sodium_phosphate_acetate", 12)], pain=(8, 3),
                        nec=N(radicular=True), codes=[C("64483 RT"), C("64484 RT"), C("J0702", 2)], findings=[],
                        comment="McKenzie exercises 'for over a month, which has not changed the leg pain' is failed care of 4+ weeks."),
    "fc-caudal-03": dict(style="shorthand", dos="2026-11-24", proc=P(family="interlaminar_epidural", approach="caudal", region="sacral",
                         contrast=True, intent="therapeutic"),
                         drugs=[D("iohexol", 10, "ml"), D("dexamethasone_sodium_phosphate", 10)], pain=(6, 3), nec=N(radicular=True),
                         codes=[C("62323"), C("J1100", 10)], findings=[]),
    "fc-mbb-07": dict(style="capital_headers", dos="2026-01-13", proc=P(**MBB, region="lumbar", lat="bilateral",
                      levels=["L3-L4", "L4-L5", "L5-S1"], sedation="none"),
                      drugs=[D("bupivacaine", 20)], pain=(7, 1), nec=N(imaging=False),
                      codes=[C("64493 50 KX"), C("64494 50 KX"), C("64495 50 KX")], findings=["level_limit"],
                      comment="A third joint level: the LCD covers two (level_limit; gold corrected after the first run)."),
    "fc-sij-06": dict(style="terse_prose", dos="2026-09-08", proc=P(**SIJ, lat="right", intent="diagnostic"),
                      drugs=[D("iohexol", 0.5, "ml"), D("bupivacaine", 10)], pain=(None, 1), nec=N(imaging=False),
                      codes=[C("27096 RT")], findings=["pre_procedure_pain_score"]),
    "fc-tpi-05": dict(style="smarttext_fields", dos="2026-04-28", proc=P(family="trigger_point", imaging=None),
                      drugs=[D("lidocaine", 30)], pain=(6, 2), nec=N(imaging=False, function=False), codes=[C("20552")],
                      findings=["percent_relief"], comment="One muscle at two sites; relief only implied by 6 -> 2."),
    "fc-rfa-06": dict(style="shorthand", dos="2026-04-07", proc=P(**RFA, region="cervical", lat="left", levels=["C3-C4", "C4-C5"]),
                      drugs=[D("lidocaine", 30)], pain=(7, 4), nec=N(function=False, imaging=False),
                      codes=[C("64633 LT"), C("64634 LT")], findings=["functional_impairment"]),
    "fc-ilesi-06": dict(style="terse_prose", dos="2026-08-25", proc=P(**IL, region="lumbar", levels=["L4-L5"]),
                        drugs=[D("iohexol", 2, "ml"), D("triamcinolone_acetonide", 40)], pain=(7, 4),
                        nec=N(care=False, radicular=True), codes=[C("62323"), C("J3301", 4)],
                        findings=["conservative_care", "prior_procedure_response"],
                        comment="Repeat after 40% for six weeks. PT 6 weeks with no outcome; gabapentin not tolerated, no duration."),
    "fc-knee-03": dict(style="smarttext_fields", dos="2026-05-05", proc=P(family="joint_injection", target="knee", region="knee", lat="right",
                       imaging="ultrasound"),
                       drugs=[D("triamcinolone_acetonide", 40), D("ropivacaine", 10)], pain=(6, 2), nec=N(imaging=False, function=False),
                       codes=[C("20610 RT"), C("J3301", 4)], findings=[], comment="Ultrasound without a stored image: 20610."),
}

# U7: a seventh untuned batch (written after the fix round on U6).
U7 = {
    "fc-tfesi-07": dict(style="numbered_steps", dos="2026-02-10", proc=P(**TF, region="lumbar", lat="left", levels=["L5-S1"]),
                        drugs=[D("iopamidol", 1, "ml"), D("dexamethasone_sodium_phosphate", 10)], pain=(9, 4), nec=N(radicular=True),
                        codes=[C("64483 LT"), C("J1100", 10)], findings=[],
                        comment="'Radicular pain of 7 weeks' duration'; care 'has been unsuccessful' (4 weeks of PT)."),
    "fc-mbb-08": dict(style="narrative", dos="2026-03-31", proc=P(**MBB, region="lumbar", lat="left", levels=["L4-L5"], sedation="none"),
                      drugs=[D("bupivacaine", 5)], pain=(6, 1), nec=N(imaging=False), codes=[C("64493 KX LT")], findings=[]),
    "fc-sij-07": dict(style="shorthand", dos="2026-05-19", proc=P(**SIJ, lat="left", intent="therapeutic"),
                      drugs=[D("iohexol", 0.5, "ml"), D("triamcinolone_acetonide", 40), D("bupivacaine", 2.5)], pain=(8, 2),
                      nec=N(imaging=False), codes=[C("27096 LT"), C("J3301", 4)], findings=["saved_images"],
                      comment="First therapeutic injection after a 90% diagnostic block; no saved images stated."),
    "fc-onb-04": dict(style="capital_headers", dos="2026-06-16", proc=P(family="occipital_nerve_block", target="greater_occipital",
                      region="occipital", lat="left", imaging="ultrasound", intent="therapeutic"),
                      drugs=[D("bupivacaine", 15), D("methylprednisolone_acetate", 40)], pain=(7, 2), nec=N(imaging=False),
                      codes=[C("64405 LT"), C("64450 LT"), C("76942"), C("J1010", 40)], findings=[]),
    "fc-ilesi-07": dict(style="shorthand", dos="2026-07-14", proc=P(**IL, region="cervical", levels=["C6-C7"]),
                        drugs=[D("iohexol", 2, "ml"), D("dexamethasone_sodium_phosphate", 10)], pain=(6, 3), nec=N(radicular=False),
                        codes=[C("62321"), C("J1100", 10)], findings=["conservative_care", "diagnosis", "indication"],
                        comment="Axial neck pain only: no radicular findings, and M47.812 does not support an ESI. 'PT and "
                                "meloxicam ineffective' gives no duration (gold corrected after the first run: an ESI needs 4 weeks)."),
    "fc-tpi-06": dict(style="smarttext_fields", dos="2026-09-22", proc=P(family="trigger_point", imaging=None),
                      drugs=[D("lidocaine", 30)], pain=(7, 2), nec=N(imaging=False, function=False), codes=[C("20553")], findings=[]),
}

BATCHES = {"U1": U1, "U2": U2, "U3": U3, "U4": U4, "U5": U5, "U6": U6, "U7": U7}


def main() -> None:
    """Write one gold JSON per note, in the dev_fresh_a layout."""
    for batch in BATCHES.values():
        for nid, g in batch.items():
            _fa.write_gold(HERE, nid, g)


if __name__ == "__main__":
    main()
