"""Notes of the sealed batch at: the shortest forms real systems hold (hospital Brief Op Note fields, procedure-log
one-liners, nursing flowsheet rows around a two-sentence physician entry, EHR quick-procedure smartforms with
dropdown values, terse physician shorthand), wordings of our own, gold labelled by hand before any Painpoint run;
the `findings` of each `add` are the gaps the note leaves."""

from __future__ import annotations


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803 - tuples passed in
    """Queue every note; `need` lists the necessity elements the note documents to standard."""
    _esi(add, proc, line, given, ESI_NEED, minus)
    _facet(add, proc, line, given, SPINE_NEED)
    _other(add, proc, line, given, SPINE_NEED)


def _esi(add, proc, line, given, ESI_NEED, minus) -> None:  # noqa: N803
    """Epidurals: transforaminal, interlaminar, caudal."""
    add("fat-tfesi-01", "brief_op_note", """
BRIEF OP NOTE
Pre-op Dx: Lumbar radiculopathy, right (M54.16)
Post-op Dx: Same
Procedure: R L4-5 + L5-S1 TFESI under fluoro
Surgeon: Pain attending
Anesthesia: Local
Indication: R leg pain down lat calf to dorsum of foot x 6 mo, numb R great toe, +SLR R at 45 deg.
  PT 8 wk - failed. Naproxen - no help. Can't walk > 1 block or stand to work a shift.
  MRI 1/26: R foraminal HNP L4-5 contacting exiting L4 + traversing L5 roots.
Consent: signed   Time-out: done
Contrast: Omnipaque 240, 2 mL total, neural outline, no vascular uptake
Meds: dexamethasone 10 mg + 0.25% bupivacaine 2 mL, split between the 2 levels
Images: AP + lat saved
EBL: nil   Specimens: none   Complications: none
Pain: 7/10 pre -> 2/10 post
Condition: stable, to recovery
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic",
                    sedation="local")],
        drugs=[given("iohexol", 2, "ml"), given("dexamethasone_sodium_phosphate", 10), given("bupivacaine", 5)],
        pain=(7, 2), need=ESI_NEED, dos="2026-02-17", pos="24", codes=[line("64483", "RT"), line("64484", "RT")],
        findings=[])

    add("fat-tfesi-02", "procedure_log", """
PROC LOG 09/14/26 | Dx M54.17 | L S1 TFESI | fluoro, Omnipaque 1 cc, no vasc | Celestone 6 mg + 1% lido 1 cc | consent/TO done | 8->3 | no cx
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="sacral", laterality="left",
                    levels=["S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1, "ml"), given("betamethasone_sodium_phosphate_acetate", 6), given("lidocaine", 10)],
        pain=(8, 3), need=("diagnosis",), dos="2026-09-14", codes=[line("64483", "LT"), line("J0702", units=1)],
        findings=["symptom_duration", "conservative_care", "functional_impairment", "imaging_findings", "indication",
                  "saved_images"],
        comment="one-line log: only the code-diagnosis; no history, no radicular description, no saved views")

    add("fat-tfesi-03", "smartform", """
QUICK PROCEDURE NOTE
Procedure: Epidural steroid injection
Approach: Transforaminal
Level(s): L5-S1
Side: Bilateral
Guidance: Fluoroscopy
Contrast: Isovue-M 200, 1 mL per side
Medication: Triamcinolone 40 mg per side
Local: Ropivacaine 0.5%, 1 mL per side
Images saved: AP, Lateral
Consent: Yes          Time-out: Yes
Pre pain (NRS): 8     Post pain (NRS): 3
Complications: None
Diagnosis: Radiculopathy, lumbosacral region (M54.17)
Indication (free text): pain from both buttocks down the backs of the legs to the calves with pins and needles in
both soles x 9 mo; 10 wk PT no improvement; gabapentin not tolerated (too sedated); cannot walk through the grocery
store. MRI: bilat foraminal stenosis L5-S1 compressing both L5 roots.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                    levels=["L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 2, "ml"), given("triamcinolone_acetonide", 80), given("ropivacaine", 10)],
        pain=(8, 3), need=ESI_NEED, dos="2026-04-21", codes=[line("64483", "50"), line("J3301", units=8)],
        findings=[])

    add("fat-tfesi-04", "nursing_flowsheet", """
PROCEDURE FLOWSHEET - PAIN SUITE
0812  BP 142/88  HR 78  RR 16  SpO2 98% RA  Pain 7/10 L thigh
0815  ID x2 verified, allergies NKDA, consent signed
0830  Time-out completed, all agree
0832  Procedure start
0841  Procedure end
0900  BP 130/80  HR 72  SpO2 98%  tolerating PO, ambulating, no complications noted
0915  Discharged with driver, instructions given
MD ENTRY: L L4-5 TFESI under fluoroscopy; Isovue 1 mL showed epidural spread without vascular flow, then 80 mg
Depo-Medrol with 1 mL 1% lidocaine. Ind: L ant thigh pain to medial knee x 4 mo, L quad 4+/5, PT 6 wk without
benefit, unable to climb stairs at home; MRI L far-lateral L4-5 disc herniation on the L4 root.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                    levels=["L4-L5"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 1, "ml"), given("methylprednisolone_acetate", 80), given("lidocaine", 10)],
        pain=(7, None), need=minus(ESI_NEED, "diagnosis"), dos="2026-02-03", pos="22", codes=[line("64483", "LT")],
        findings=["post_procedure_pain_score", "saved_images", "diagnosis"],
        comment="flowsheet holds only a pre-procedure score; no images saved; no diagnosis line (the disc herniation "
                "only as an MRI finding, as dev_fresh_g fg-tfesi-02)")

    add("fat-tfesi-05", "brief_op_note", """
Brief Op Note
Pre-op Dx: Cervical radiculopathy (M54.12)    Post-op Dx: same
Procedure: Right C6-7 transforaminal ESI, fluoroscopic
Surgeon: self    Assist: none    Anesthesia: local skin wheal only
Ind: R arm pain to middle finger x 3 mo, triceps 4/5, numb long finger. PT 6 visits, ibuprofen. Can't sleep on the
R side or work overhead.
Consent + TO: yes
Contrast: Omnipaque 240 1 mL, real-time, no vascular/intrathecal pattern
Injectate: dexamethasone 4 mg (preservative free)
Images: AP and oblique saved
EBL: 0   Complications: none   Pain 6 -> 2   Dispo: home
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="cervical", laterality="right",
                    levels=["C6-C7"], imaging="fluoroscopy", contrast=True, intent="therapeutic",
                    sedation="local")],
        drugs=[given("iohexol", 1, "ml"), given("dexamethasone_sodium_phosphate", 4)],
        pain=(6, 2), need=minus(ESI_NEED, "conservative_care", "imaging_findings"), dos="2026-07-07", pos="24",
        codes=[line("64479", "RT")], findings=["conservative_care", "imaging_findings"],
        comment="PT 6 visits (2 weeks) and ibuprofen with no stated outcome; no imaging named")

    add("fat-ilesi-01", "brief_op_note", """
BRIEF OPERATIVE NOTE
Preoperative diagnosis: lumbar radiculopathy (M54.16)
Postoperative diagnosis: same
Procedure performed: L5-S1 interlaminar epidural steroid injection, midline, fluoroscopy
Anesthesia: none
History: both legs ache and burn down to the calves, L > R, with tingling in the feet, x 7 months; 12 wks of PT
and meloxicam did not relieve it; she gave up her walking group. MRI: broad-based L5-S1 disc bulge narrowing both
lateral recesses.
Consent: obtained, in chart.  Time out: performed.
Details: 20 g Tuohy, LOR to saline at L5-S1. Omnipaque 300 2 mL: epidural spread, no vascular runoff.
Kenalog 80 mg (2 mL) + NS 3 mL injected.
Images: AP and lateral archived.
EBL: minimal.  Specimens: none.  Complications: none.
Pain score: 6/10 before, 2/10 after.  Condition: good.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L5-S1"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("iohexol", 2, "ml"), given("triamcinolone_acetonide", 80)],
        pain=(6, 2), need=ESI_NEED, dos="2026-03-03", codes=[line("62323"), line("J3301", units=8)],
        findings=[])

    add("fat-ilesi-02", "procedure_log", """
05/05/26  Dx M54.12.  C7-T1 ILESI - 18g Tuohy, LOR saline, fluoro, Omnipaque 2 mL, Depo-Medrol 80 + 2 mL NS. Tol well, no cx. 6->2.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C7-T1"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 2, "ml"), given("methylprednisolone_acetate", 80)],
        pain=(6, 2), need=("diagnosis",), dos="2026-05-05", pos="24", consent=False, codes=[line("62321")],
        findings=["symptom_duration", "conservative_care", "functional_impairment", "imaging_findings", "indication",
                  "saved_images", "consent", "time_out"],
        comment="one-line log entry: no history, consent, time-out or saved views")

    add("fat-ilesi-03", "smartform", """
EPIDURAL - QUICK NOTE
Approach: Interlaminar          Level(s): T10-T11          Side: Midline
Guidance: Fluoroscopy           Needle: 20 g Tuohy, LOR air/saline
Contrast: Omnipaque 180, 2 mL   Spread: epidural, no vascular
Medication: Celestone Soluspan 12 mg (2 mL) + preservative-free saline 2 mL
Images: 2 views (AP/lat) saved
Diagnosis: Thoracic radiculopathy (M54.14)
Indication: band-like L pain along the T10 dermatome to the L flank x 5 mo with hyperesthesia there; PT 8 wk no
relief; pregabalin stopped for leg swelling; cannot sit through a 20 min drive. MRI: L paracentral T10-11 protrusion.
Consent: Yes    Time-out: Yes    Pre: 7/10    Post: 3/10    Complications: None
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="thoracic", levels=["T10-T11"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 2, "ml"), given("betamethasone_sodium_phosphate_acetate", 12)],
        pain=(7, 3), need=ESI_NEED, dos="2026-10-06", codes=[line("62321"), line("J0702", units=2)],
        findings=[])

    add("fat-caudal-01", "nursing_flowsheet", """
PERI-PROCEDURE FLOWSHEET
07:40  VS 150/84, 80, 18, 97%   Pain 6/10 both legs   Consent signed (RN witness)
07:58  Time-out: pt, procedure, site confirmed
08:00  Prone, prepped
08:12  Done. No complications.
08:35  VS 138/80, 74   Pain 3/10   Ambulates with cane, steady
Physician: Caudal ESI via sacral hiatus, 22 g spinal, fluoroscopy; Kenalog 40 mg with 5 mL 0.25% Marcaine and 5 mL
NS. Bilat legs ache and go heavy to the calves after 1 block x 1 yr; PT 12 wk and meloxicam (GI upset) failed; MRI
severe L4-5 central stenosis. No longer shops on her own.
Dx: Spinal stenosis, lumbar, with neurogenic claudication (M48.062)
""",
        procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("triamcinolone_acetonide", 40), given("bupivacaine", 12.5)],
        pain=(6, 3), need=ESI_NEED, dos="2026-01-13", codes=[line("62323"), line("J3301", units=4)],
        findings=["contrast", "saved_images"], comment="no contrast statement and no images saved")


def _facet(add, proc, line, given, SPINE_NEED) -> None:  # noqa: N803
    """Facet medial branch blocks, intra-articular injection and radiofrequency neurotomy."""
    add("fat-mbb-01", "brief_op_note", """
BRIEF OP NOTE
Pre-op Dx: Lumbar spondylosis w/o myelopathy or radiculopathy (M47.816)   Post-op Dx: Same
Procedure: B/L L4-5 and L5-S1 medial branch blocks (L3, L4 MB + L5 DR), diagnostic, fluoro
Surgeon: attending   Anesthesia: local
Hx: axial LBP x 1 yr, worse with extension/rotation, no leg sx. PT 8 wk failed, NSAIDs w/o relief. Can't stand >
15 min to cook.
Consent signed; time-out done.
Injectate: 0.5% bupivacaine 0.5 mL at each of 6 targets
Pain 6/10 -> 1/10 at 30 min (83%), diary given
EBL: none  Specimens: none  Complications: none  Condition: stable
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic", sedation="local")],
        drugs=[given("bupivacaine", 15)],
        pain=(6, 1), need=SPINE_NEED, dos="2026-03-10", pos="24",
        codes=[line("64493", "50", "KX"), line("64494", "50", "KX")], findings=[])

    add("fat-mbb-02", "shorthand", """
Dx M47.812. B/L C5-6, C6-7 MBB (C5, C6, C7 MB), dx, fluoro, 0.5 cc 2% lido each, 5->1, no cx.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="bilateral",
                    levels=["C5-C6", "C6-C7"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("lidocaine", 60)],
        pain=(5, 1), need=("diagnosis",), dos="2026-06-09", consent=False,
        codes=[line("64490", "50", "KX"), line("64491", "50", "KX")],
        findings=["symptom_duration", "conservative_care", "functional_impairment", "consent", "time_out", "indication"],
        comment="shorthand line: six targets, no history, consent or time-out")

    add("fat-mbb-03", "smartform", """
FACET PROCEDURE - QUICK NOTE
Procedure: Medial branch block      Intent: Diagnostic (second, confirmatory)
Approach: Medial branch             Level(s): L3-L4, L4-L5
Side: Right                         Guidance: Fluoroscopy
Nerves: R L2, L3, L4 medial branches
Medication: Bupivacaine 0.5%, 0.5 mL per nerve
Prior block: R L3-4/L4-5 MBB 03/2026 with lidocaine - 85% relief for 3 hours
Diagnosis: Lumbar spondylosis (M47.816)
Indication: R-sided LBP x 18 mo, no radiation; 10 wk PT and diclofenac without lasting relief; unable to lift
grandchild or do yard work
Consent: Yes   Time-out: Yes   Pain pre/post: 7 / 1   Complications: None
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="right",
                    levels=["L3-L4", "L4-L5"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 7.5)],
        pain=(7, 1), need=SPINE_NEED, dos="2026-04-14", payer="medicare_fcso",
        codes=[line("64493", "KX", "RT"), line("64494", "KX", "RT")], findings=[])

    add("fat-mbb-04", "nursing_flowsheet", """
NURSING PROCEDURE FLOWSHEET
1302  Arrived, VS 128/76 HR 70, pain 6/10 low back L
1305  Consent signed and witnessed
1318  Time-out done
1320-1331  Procedure
1345  Pain 2/10, VS 124/74, no complications, d/c with spouse
MD: L L4-5 and L5-S1 diagnostic medial branch blocks (L3, L4 MB, L5 DR), 0.5 mL 0.75% bupivacaine at each nerve.
L low back pain x 8 mo, failed 3 mo PT and NSAIDs, can no longer garden. Dx: lumbar facet arthropathy (M47.816).
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="left",
                    levels=["L4-L5", "L5-S1"], intent="diagnostic")],
        drugs=[given("bupivacaine", 11.25)],
        pain=(6, 2), need=SPINE_NEED, dos="2026-05-19",
        codes=[line("64493", "KX", "LT"), line("64494", "KX", "LT")], findings=["imaging_guidance"],
        comment="no guidance named anywhere")

    add("fat-facetia-01", "nursing_flowsheet", """
FLOWSHEET
0900  Pain 7/10 R low back.  VS 136/82, 76.  Consent on chart.
0912  Time-out completed.
0925  Procedure complete, no complications.
0940  Pain 3/10 (57% better).  Discharged.
MD note: Therapeutic R L4-5 facet joint injection, intra-articular, under fluoroscopy; Omnipaque 180 0.5 mL
arthrogram, then 10 mg Kenalog with 1 mL 0.5% bupivacaine. R L4-5 MBB 01/2026 gave 90% relief; R low back pain x
2 yr, PT 12 wk and naproxen gave no lasting relief. Dx M47.816.
""",
        procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="right",
                    levels=["L4-L5"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 0.5, "ml"), given("triamcinolone_acetonide", 10), given("bupivacaine", 5)],
        pain=(7, 3), need=("diagnosis", "symptom_duration", "conservative_care"), dos="2026-03-31",
        codes=[line("64493", "RT"), line("J3301", units=1)], findings=["functional_impairment", "diagnostic_block_relief"],
        comment="no functional limitation stated; one diagnostic MBB stated (therapeutic facet injections need two, KB "
                "facet.diagnostic_block_relief_therapeutic)")

    add("fat-rfa-01", "brief_op_note", """
BRIEF OP NOTE
Pre-op Dx: Lumbar spondylosis without radiculopathy (M47.816)   Post-op Dx: same
Procedure: Bilateral L4-5, L5-S1 radiofrequency ablation (L3, L4 medial branches, L5 dorsal ramus), fluoro
Surgeon: attending   Anesthesia: local
Indication: axial LBP x 2 yr; PT 12 wk failed, NSAIDs not tolerated (GI bleed hx); cannot stand > 10 min.
Dual MBBs: 1/2026 lidocaine 80% relief, 2/2026 bupivacaine 90% relief.
Consent / time-out: yes / yes
Technique: 2% lidocaine 1 mL at each of 6 sites; 18 g 10 mm active tip; sensory 50 Hz concordant, motor 2 Hz no
leg twitch; lesion 80 C x 90 s at each site.
EBL: none   Specimens: none   Complications: none
Pain 6/10 pre, 2/10 post.   Condition: stable
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="therapeutic", sedation="local")],
        drugs=[given("lidocaine", 120)],
        pain=(6, 2), need=SPINE_NEED, dos="2026-03-24", pos="24",
        codes=[line("64635", "50"), line("64636", "50")], findings=[])

    add("fat-rfa-02", "shorthand", """
RFA R C4, C5, C6 MB (C4-5/C5-6 facets), fluoro, 85C x 90s each, 1 cc 1% lido each. MBB x2 prior, both >80%. Dx M47.812. 7->3.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="cervical", laterality="right",
                    levels=["C4-C5", "C5-C6"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("lidocaine", 30)],
        pain=(7, 3), need=("diagnosis",), dos="2026-08-04", consent=False, complications=None,
        codes=[line("64633", "RT"), line("64634", "RT")],
        findings=["symptom_duration", "conservative_care", "functional_impairment", "consent", "time_out",
                  "complications", "indication"],
        comment="shorthand: no history, consent, time-out or complication statement")

    add("fat-rfa-03", "smartform", """
RADIOFREQUENCY - QUICK PROCEDURE NOTE
Procedure: Radiofrequency ablation, facet      Repeat: Yes
Level(s): L5-S1                                Side: Left
Nerves: L4 medial branch, L5 dorsal ramus       Guidance: Fluoroscopy
Lesion: 90 C x 90 s per nerve, conventional
Medication: Naropin 0.5%, 1 mL per nerve
Prior response: L L5-S1 RFA 11/2025 - 70% relief lasting 9 months
Diagnosis: Lumbar spondylosis (M47.816)
Indication: L low back pain returned x 3 mo (back pain x 4 yr); home exercise and PT 6 wk no relief; unable to
sit through a workday
Consent: Yes   Time-out: Yes   Pain pre: 6   Pain post: 1   Complications: None
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="left", levels=["L5-S1"],
                    imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("ropivacaine", 10)],
        pain=(6, 1), need=SPINE_NEED, dos="2026-08-18", codes=[line("64635", "LT")], findings=[])


def _other(add, proc, line, given, SPINE_NEED) -> None:  # noqa: N803
    """SI joint, trigger points, joints, genicular, sympathetic, occipital, pump, augmentation."""
    add("fat-sij-01", "brief_op_note", """
BRIEF OP NOTE
Pre-op Dx: Sacroiliitis, left (M46.1)   Post-op Dx: same
Procedure: L sacroiliac joint injection, therapeutic, fluoroscopic guidance with contrast
Surgeon: attending   Anesthesia: local
Ind: L buttock pain below the PSIS x 8 mo; + FABER, thigh thrust, compression. PT 8 wk - no change; ibuprofen -
no benefit. Can't sit through a meal. Prior L SI dx block 04/2026 with lidocaine: 80% relief.
Consent signed. Time-out done.
Isovue-M 300 1 mL: intra-articular outline. Kenalog 40 mg + 0.5% bupivacaine 1 mL.
Images: AP and oblique saved.
EBL: 0   Complications: none   Pain 7 -> 1 (about 85% relief)   Condition: stable
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="left",
                    imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="local")],
        drugs=[given("iopamidol", 1, "ml"), given("triamcinolone_acetonide", 40), given("bupivacaine", 5)],
        pain=(7, 1), need=SPINE_NEED, dos="2026-06-16", pos="24", codes=[line("27096", "LT")], findings=[])

    add("fat-sij-02", "shorthand", """
Dx M46.1 - B/L SIJ inj, fluoro, Omnipaque 1 cc ea, 1 cc 40 Depo-Medrol + 1 cc 0.25% bupi ea side, 8->4
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="bilateral",
                    imaging="fluoroscopy", contrast=True)],
        drugs=[given("iohexol", 2, "ml"), given("methylprednisolone_acetate", 80), given("bupivacaine", 5)],
        pain=(8, 4), need=("diagnosis",), dos="2026-06-23", consent=False, complications=None,
        codes=[line("27096", "50"), line("J1010", units=80)],
        findings=["approach", "consent", "time_out", "saved_images", "percent_relief", "symptom_duration",
                  "conservative_care", "complications", "indication"],
        comment="'1 cc 40 Depo-Medrol' = 1 mL of 40 mg/mL per side; no intent, history, consent or views")

    add("fat-sij-03", "smartform", """
SI JOINT - QUICK PROCEDURE NOTE
Side: Right        Intent: Diagnostic        Guidance: Fluoroscopy
Contrast: Omnipaque 300, 0.5 mL, intra-articular spread
Medication: Lidocaine 2%, 2 mL
Images saved: AP (1)
Diagnosis: Sacroiliac joint dysfunction / sacroiliitis, right (M46.1)
Indication: R buttock and groin pain x 6 mo, 3 of 5 provocation tests positive; PT 10 wk and NSAIDs without
relief; can't walk the dog
Consent: Yes   Time-out: Yes
Pain pre: 8   Pain post: 1   Relief: 88%
Complications: None
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="right",
                    imaging="fluoroscopy", contrast=True, intent="diagnostic")],
        drugs=[given("iohexol", 0.5, "ml"), given("lidocaine", 40)],
        pain=(8, 1), need=SPINE_NEED, dos="2026-09-29", pos="22", codes=[line("27096", "RT")],
        findings=["saved_images"], comment="one saved view; SI needs two")

    add("fat-tpi-01", "shorthand", """
TPI x4 - L trap, L levator, L rhomboid, L infraspinatus - twitch + referral each - 1 mL 1% lido/site, 27g. Myofascial pain M79.18. 7->3, ~60%. Consent verbal. No cx.
""",
        procs=[proc("trigger_point", region="thoracic")],
        drugs=[given("lidocaine", 40)],
        pain=(7, 3), need=("diagnosis",), dos="2026-05-12", codes=[line("20553")],
        findings=["time_out", "indication"],
        comment="four muscles, twitch and referral stated; only a diagnosis says why (no duration/function); no time-out")

    add("fat-tpi-02", "procedure_log", """
PROCEDURE LOG  11/10/26  Trigger point inj, R upper trapezius + R splenius capitis, 1 mL 0.25% bupivacaine each.
Dx: myalgia, neck (M79.18). Consent/time-out done. Pain 6 -> 4. Tolerated, no cx.
""",
        procs=[proc("trigger_point", region="cervical")],
        drugs=[given("bupivacaine", 5)],
        pain=(6, 4), need=("diagnosis",), dos="2026-11-10", payer="medicare_cgs", codes=[line("20552")],
        findings=["indication", "percent_relief"],
        comment="no trigger point exam (taut band/twitch); relief only implied by scores")

    add("fat-knee-01", "brief_op_note", """
BRIEF PROCEDURE NOTE
Dx: Primary osteoarthritis, right knee (M17.11)
Ind: R knee pain x 2 yr, bone-on-bone medially on x-ray, PT and NSAIDs no longer help, can't do stairs
Procedure: R knee intra-articular injection, ultrasound guided, superolateral approach, image saved
Meds: Depo-Medrol 40 mg + 1% lidocaine 4 mL
Consent: verbal and written   Time-out: yes
Pain 6/10 -> 2/10   EBL: none   Complications: none   Condition: ambulatory, stable
""",
        procs=[proc("joint_injection", approach="intra_articular", target="knee", region="knee", laterality="right",
                    imaging="ultrasound")],
        drugs=[given("methylprednisolone_acetate", 40), given("lidocaine", 40)],
        pain=(6, 2), need=("diagnosis",), dos="2026-07-21", payer="medicare_cgs", codes=[line("20611", "RT"), line("J1010", units=40)],
        findings=[])

    add("fat-shoulder-01", "procedure_log", """
10/20/26 | L glenohumeral jt inj, posterior approach, landmark | Dx OA L shoulder (M19.012) | Kenalog-40 1 mL + 0.5% Marcaine 4 mL | consent/TO | 7->3 | no cx
""",
        procs=[proc("joint_injection", approach="intra_articular", target="shoulder", region="shoulder",
                    laterality="left", imaging="none")],
        drugs=[given("triamcinolone_acetonide", 40), given("bupivacaine", 20)],
        pain=(7, 3), need=("diagnosis",), dos="2026-10-20", codes=[line("20610", "LT"), line("J3301", units=4)],
        findings=["indication"], comment="log line: only a diagnosis says why")

    add("fat-genb-01", "smartform", """
GENICULAR NERVE BLOCK - QUICK NOTE
Side: Left         Guidance: Ultrasound       Intent: Diagnostic (pre-RFA)
Targets: superomedial, superolateral, inferomedial genicular nerves
Medication: Bupivacaine 0.5%, 2 mL per nerve
Diagnosis: Osteoarthritis of knee
Consent: Yes   Time-out: Yes   Pain pre: 8   Pain post: 2   Complications: None
""",
        procs=[proc("genicular_nerve_block", target="knee", region="knee", laterality="left", imaging="ultrasound",
                    intent="diagnostic")],
        drugs=[given("bupivacaine", 30)],
        pain=(8, 2), need=("diagnosis",), dos="2026-09-08", codes=[line("64454", "LT")],
        findings=["diagnosis", "indication"],
        comment="'Osteoarthritis of knee' lacks side and code (specificity); no indication beyond the diagnosis")

    add("fat-stellate-01", "nursing_flowsheet", """
FLOWSHEET - BLOCK ROOM
1010  VS 122/70 HR 68 SpO2 99%  Pain 7/10 R hand  Consent verified
1022  Time-out
1025-1033  Procedure
1040  R Horner's present, R hand temp 30.1 -> 33.6 C, pain 3/10, no complications
MD: R stellate ganglion block at C6 under ultrasound, image saved; 8 mL 0.25% bupivacaine after negative aspiration.
Burning R hand pain with swelling and color change x 5 mo after a wrist fracture; cannot grip a cup.
Dx CRPS type I, R upper limb (G90.511).
""",
        procs=[proc("sympathetic_block", target="stellate", region="cervical", laterality="right",
                    imaging="ultrasound")],
        drugs=[given("bupivacaine", 20)],
        pain=(7, 3), need=("diagnosis",), dos="2026-05-26", pos="24", codes=[line("64510"), line("76942", "26")],
        findings=[])

    add("fat-lsb-01", "brief_op_note", """
BRIEF OP NOTE
Pre-op Dx: CRPS I, left lower limb (G90.522)   Post-op Dx: same
Procedure: L lumbar sympathetic block at L3, fluoroscopic guidance
Ind: L foot burning, allodynia and mottling x 7 mo after ankle surgery; can't wear a shoe
Surgeon: attending   Anesthesia: local
Omnipaque 300 3 mL: anterolateral spread along the L3 vertebral body, no vascular or psoas pattern.
0.25% bupivacaine 10 mL.
Consent and time-out documented.
EBL: none   Complications: none   L foot temp rose 3.1 C   Pain 8 -> 3   Condition: stable
""",
        procs=[proc("sympathetic_block", target="lumbar_sympathetic", region="lumbar", laterality="left",
                    levels=["L3"], imaging="fluoroscopy", contrast=True, sedation="local")],
        drugs=[given("iohexol", 3, "ml"), given("bupivacaine", 25)],
        pain=(8, 3), need=("diagnosis",), dos="2026-04-07",
        codes=[line("64520"), line("77002"), line("Q9967", units=3)], findings=[])

    add("fat-onb-01", "shorthand", """
B/L GON blk, landmark, 2 mL 0.5% bupi + 20 mg Kenalog each side. Occipital neuralgia M54.81, daily x 6 mo, can't work at a screen. HA 8->2. Consent, TO. No cx.
""",
        procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="bilateral",
                    imaging="none")],
        drugs=[given("bupivacaine", 20), given("triamcinolone_acetonide", 40)],
        pain=(8, 2), need=("diagnosis",), dos="2026-02-24", codes=[line("64405", "50"), line("J3301", units=4)],
        findings=[])

    add("fat-pump-01", "procedure_log", """
PUMP LOG 08/11/26 | ITP refill, reservoir access 22g non-coring | residual 3.0 mL (expected 3.2) | 20 mL hydromorphone 5 mg/mL placed | no reprogramming | Dx chronic pain syndrome (G89.4) | no cx
""",
        procs=[proc("pump_refill")],
        drugs=[given("hydromorphone", 100)],
        pain=(None, None), need=("diagnosis",), dos="2026-08-11", consent=False,
        codes=[line("95991")], findings=["approach", "consent", "time_out", "indication"],
        comment="refiller not named (author assumed: 95991); no consent or time-out")

    add("fat-va-01", "brief_op_note", """
BRIEF OP NOTE
Pre-op Dx: Osteoporotic compression fracture L1, initial (M80.08XA)   Post-op Dx: same
Procedure: L1 kyphoplasty, bilateral transpedicular, balloon, fluoroscopy
Surgeon: attending   Anesthesia: local
Ind: L1 fracture x 6 wk, MRI STIR edema L1, 30% height loss; bracing and analgesics x 6 wk failed; bedbound.
Consent signed; time-out done.
Cement: PMMA 3.5 mL, no extravasation.  EBL: <5 mL  Specimens: none  Complications: none
Pain 9 -> 4   Condition: stable to PACU
""",
        procs=[proc("vertebral_augmentation", approach="kyphoplasty", region="lumbar", levels=["L1"],
                    imaging="fluoroscopy", intent="therapeutic", sedation="local")],
        drugs=[],
        pain=(9, 4), need=("diagnosis",), dos="2026-01-27", pos="22", codes=[line("22514")], findings=[])
