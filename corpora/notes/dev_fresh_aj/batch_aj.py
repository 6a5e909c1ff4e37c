"""Notes of the sealed untuned batch aj (round 7): procedures, levels and sides written wherever real notes put
them (title only, header fields only, unfilled template placeholders, shorthand level forms, nerve lists that map to
joints or foramina, contralateral repeats, header/body side conflicts, other levels only in history or plan).
Gold labelled by hand before any Painpoint run; the `findings` of each `add` are the deliberate gaps."""

from __future__ import annotations


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803 - tuples passed in
    """Queue every note; `need` lists the necessity elements the note documents to standard."""
    _epidurals(add, proc, line, given, ESI_NEED, minus)
    _facets(add, proc, line, given, SPINE_NEED, minus)
    _others(add, proc, line, given, SPINE_NEED, minus)


def _epidurals(add, proc, line, given, ESI_NEED, minus) -> None:  # noqa: N803
    """Transforaminal, interlaminar and caudal epidurals."""
    add("faj-tfesi-01", "title_only", """
Left L4-5 and L5-S1 transforaminal ESI under fluoroscopy

Dx: Lumbosacral radiculopathy (M54.17).
History: Six months of pain from the low back into the buttock, lateral thigh and shin, with pins and needles
over the top of the foot. Positive straight-leg raise on that side, weak great-toe extension. A ten-week course
of physical therapy failed to change the leg pain, and naproxen upset her stomach so she stopped it. She can no
longer walk her dog or stand through a shift at the bakery. MRI: foraminal disc bulges at 4-5 and 5-1 with
narrowing of both foramina on the symptomatic side.
Pre: 7/10.
Consent signed after risks were reviewed. Time-out held.
Prone. Under fluoroscopic guidance a 22-gauge needle was advanced into the superior aspect of each of the two
foramina. Omnipaque 240, 1 mL per level, showed a clean perineural flow without vascular pattern. Decadron
5 mg (1.25 mL) was then delivered at each level.
AP and lateral images were stored.
Post: 2/10. No complications; walked out with her daughter.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 2, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(7, 2), need=ESI_NEED, dos="2026-02-11",
        codes=[line("64483", "LT"), line("64484", "LT"), line("J1100", units=10)], findings=[],
        comment="side and levels only in the title; body says 'each of the two foramina'")

    add("faj-tfesi-02", "header_fields", """
PROCEDURE: Selective nerve root block
Levels Treated: L5/S1, S1
Laterality: Right
Guidance: Fluoroscopy      Contrast: Isovue-M 300
Diagnosis: Radiculopathy, lumbosacral region (M54.17)
Symptoms: Buttock and posterior calf pain with numbness along the sole for 4 months; ankle reflex absent on the
affected side; positive slump test.
Prior care: Eight weeks of physical therapy gave no relief; a medrol dose pack helped only for two days.
Function: Cannot sit through a 30-minute drive or lift his toddler.
Imaging: MRI with a paracentral L5-S1 extrusion contacting the traversing S1 root.
Consent: Signed.   Time-out: Done.
Pain before: 8/10
Narrative: The right L5 and S1 nerve roots were approached through the L5-S1 foramen and the first dorsal sacral
foramen. 0.75 mL of contrast at each confirmed root outlines. Kenalog 20 mg (0.5 mL) with 1 mL of 1% lidocaine
was given at each root.
Images: two views retained (AP, oblique).
Pain after: 3/10      Complications: none
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                    levels=["L5-S1", "S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 1.5, "ml"), given("triamcinolone_acetonide", 40), given("lidocaine", 20)],
        pain=(8, 3), need=ESI_NEED, dos="2026-03-05",
        codes=[line("64483", "RT"), line("64484", "RT"), line("J3301", units=4)], findings=[],
        comment="selective nerve root block = TFESI; roots L5 and S1 map to the L5-S1 and S1 foramina")

    add("faj-tfesi-03", "template", """
PROCEDURE NOTE - TRANSFORAMINAL EPIDURAL STEROID INJECTION
Side: [left/right]
Level: L4-L5
Diagnosis: Radiculopathy, lumbar region (M54.16)
Indication: 5 months of low back pain shooting into the anterior thigh and medial shin with numbness over the
knee; reduced knee jerk; positive femoral stretch test. PT x 8 weeks without benefit; gabapentin caused
dizziness. She stopped gardening and cannot climb her stairs without resting. MRI: L4-5 foraminal protrusion
contacting the exiting L4 root.
Consent: obtained in writing.  Time-out: performed.
Pre-procedure pain: 6/10
Technique: With fluoroscopy, a 22 g needle was placed to the *** L4-L5 foramen. Omnipaque 180, 1 mL, spread
along the root without intravascular uptake. Celestone 6 mg (1 mL) was injected.
Images: AP and lateral saved.
Post-procedure pain: 2/10
Complications: None
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", levels=["L4-L5"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1, "ml"), given("betamethasone_sodium_phosphate_acetate", 6)],
        pain=(6, 2), need=ESI_NEED, dos="2026-04-22",
        codes=[line("64483"), line("J0702", units=1)], findings=["laterality"],
        comment="side placeholders '[left/right]' and '***' never filled: side missing")

    add("faj-tfesi-04", "header_fields", """
Procedure: Transforaminal epidural steroid injection, L5-S1
Laterality: Right
Diagnosis: Lumbosacral radiculopathy (M54.17)
HPI: Fourteen weeks of left buttock and posterior thigh pain running to the left heel, with numbness of the
left lateral foot; left SLR positive at 35 degrees. Physical therapy for 6 weeks and then a home program did not
help; meloxicam was stopped for reflux. He is off work as a delivery driver. MRI: left foraminal L5-S1
protrusion touching the exiting L5 root.
Pre pain 7/10.  Consent and time-out documented.
Description: Under fluoroscopy the needle was directed into the left L5-S1 foramen. Omnipaque 300, 1 mL,
outlined the left L5 root. Depo-Medrol 40 mg in 1 mL with 1 mL preservative-free saline was injected on the left.
AP and lateral fluoroscopic images were retained.
Post pain 3/10.  No complications.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                    levels=["L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1, "ml"), given("methylprednisolone_acetate", 40)],
        pain=(7, 3), need=ESI_NEED, dos="2026-05-19",
        codes=[line("64483", "LT"), line("J1010", units=40)], findings=["laterality_conflict"],
        comment="Laterality field says right; symptoms and needle are left: codes follow the description")

    add("faj-tfesi-05", "dictated", """
Bilateral L5-S1 transforaminal epidural steroid injections.
Diagnosis is lumbar radiculopathy, M54.16, with bilateral leg symptoms from foraminal stenosis. She had an L3-4
microdiscectomy on the right eleven years ago and that level has been quiet. For the past five months both legs
burn from the buttocks into the outer calves, the left a little worse, with tingling in both lateral feet;
straight-leg raise reproduces the leg pain on both sides. Twelve weeks of therapy and a trial of duloxetine
brought no meaningful change. She cannot stand long enough to cook a meal. MRI from January shows bilateral
L5-S1 foraminal narrowing from a broad disc bulge and facet overgrowth. Pain is 8 of 10. Consent was signed and a
time-out was completed.
Right side first: the needle was advanced under fluoroscopy into the right L5-S1 foramen, 1 mL of Omnipaque 240
confirmed epidural spread, and 40 mg of triamcinolone was injected. Left side: the needle was placed into the
left L5-S1 foramen in the same fashion, 1 mL of contrast again showed good flow, and a further 40 mg of
triamcinolone was given. Images saved. Pain afterwards 3 of 10. No complications.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                    levels=["L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 2, "ml"), given("triamcinolone_acetonide", 80)],
        pain=(8, 3), need=ESI_NEED, dos="2026-06-09",
        codes=[line("64483", "50"), line("J3301", units=8)], findings=["saved_images"],
        comment="each side described separately; L3-4 only in the history; 'Images saved.' names no views")

    add("faj-ilesi-01", "dictated", """
Lumbar interlaminar epidural steroid injection at the 4-5 level.
Her diagnosis is spinal stenosis of the lumbar region with neurogenic claudication, M48.062. Over seven months
both legs have grown heavy and numb from the buttocks down the back of the thighs after she walks a block, easing
when she sits; she has given up grocery shopping on foot. She completed eight weeks of physical therapy with no
improvement and celecoxib gave her ankle swelling. MRI shows moderate to severe central stenosis at L4–L5 with
ligamentum flavum thickening. Pre-procedure pain 6/10. Informed consent signed; time-out performed.
Prone, sterile prep. Under fluoroscopy an 18-gauge Tuohy needle entered the L4–L5 interlaminar space in the
midline, with loss of resistance to air. 3 mL of Omnipaque 240 showed an epidurogram without vascular uptake.
Depo-Medrol 80 mg with 3 mL of preservative-free saline was injected. AP and lateral views saved.
Post-procedure pain 2/10. No complications.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L4-L5"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 3, "ml"), given("methylprednisolone_acetate", 80)],
        pain=(6, 2), need=ESI_NEED, dos="2026-07-14",
        codes=[line("62323"), line("J1010", units=80)], findings=[],
        comment="'the 4-5 level' in the title, L4–L5 with en dash in the body")

    add("faj-ilesi-02", "header_fields", """
Procedure: Interlaminar epidural steroid injection
Site(s): C7-T1
Approach: Paramedian, left of midline
Guidance: Fluoroscopy with contrast
Diagnosis: Cervical radiculopathy, cervicothoracic region (M54.13)
Indication: Three months of pain from the base of the neck over the shoulder blade into the inner arm and
ring and little fingers, with weak finger abduction and numbness in the ulnar hand. Eight weeks of therapy did
not help; pregabalin left him too sleepy to drive. He cannot carry his toolbox or sleep on that side.
MRI: C7-T1 disc protrusion with foraminal narrowing at C7-T1 and C6-7.
Consent: yes.   Time-out: yes.   Pain before: 7/10
Details: 20 g Tuohy to the epidural space at C7-T1 by loss of resistance to saline. Isovue-M 200, 1.5 mL,
confirmed epidural spread. Dexamethasone 10 mg (2.5 mL) with 2 mL normal saline was injected.
Views saved: AP and contralateral oblique.
Pain after: 3/10.   Complications: none.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C7-T1"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 1.5, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(7, 3), need=ESI_NEED, dos="2026-08-18",
        codes=[line("62321"), line("J1100", units=10)], findings=[],
        comment="level only in the Site(s) field; C6-7 named only in the imaging")

    add("faj-ilesi-03", "template", """
LUMBAR EPIDURAL STEROID INJECTION (INTERLAMINAR)
Level: {{LEVEL}}
Diagnosis: Radiculopathy, lumbar region (M54.16)
History: Four months of right leg pain from the buttock to the lateral calf with numbness of the right great
toe; right SLR positive; EHL 4/5 on the right. Six weeks of PT and a further four of home exercise have not
helped and ibuprofen no longer controls the leg pain. Unable to work his warehouse shifts. MRI: right
paracentral disc protrusion with lateral recess narrowing.
Consent: signed   Time-out: done   Pain pre: 7/10
Procedure: Under fluoroscopic guidance an 18 g Tuohy needle was advanced at the ____ interspace using loss of
resistance. 2 mL of Omnipaque 300 demonstrated epidural spread. 40 mg Kenalog and 3 mL saline were injected.
AP and lateral images saved.
Pain post: 3/10   Complications: none
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", imaging="fluoroscopy",
                    contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 2, "ml"), given("triamcinolone_acetonide", 40)],
        pain=(7, 3), need=ESI_NEED, dos="2026-09-08",
        codes=[line("62323"), line("J3301", units=4)], findings=["levels"],
        comment="level placeholders '{{LEVEL}}' and '____' unfilled: levels missing")

    add("faj-caudal-01", "dictated", """
Caudal epidural steroid injection through the sacral hiatus, fluoroscopic guidance.
Diagnosis lumbar radiculopathy, M54.16. He had an L4-5 and L5-S1 fusion six years ago. For five months the left
leg has ached and tingled from the buttock to the ankle, worse sitting, with a positive left straight-leg raise.
He has done physical therapy and takes gabapentin. He cannot sit through a church service or drive for more than
twenty minutes. CT myelogram shows epidural scar and left lateral recess narrowing at L5-S1 beneath the fusion.
Pain today 8/10. Consent signed, time-out performed.
A 20-gauge Tuohy needle was passed through the sacral hiatus. Omnipaque 240, 5 mL, filled the caudal canal up to
S1 with no vascular runoff. Celestone 12 mg (2 mL) with 5 mL of 0.25% Marcaine was injected. AP and lateral
images saved. Pain afterwards 4/10. No complications.
""",
        procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy", contrast=True,
                    intent="therapeutic")],
        drugs=[given("iohexol", 5, "ml"), given("betamethasone_sodium_phosphate_acetate", 12),
               given("bupivacaine", 12.5)],
        pain=(8, 4), need=minus(ESI_NEED, "conservative_care"), dos="2026-10-06",
        codes=[line("62323"), line("J0702", units=2)], findings=["conservative_care"],
        comment="PT and gabapentin only listed, no outcome stated; fused levels only in history")

    add("faj-caudal-02", "header_fields", """
Procedure: Caudal ESI   Approach: sacral hiatus   Imaging: fluoroscopy
Diagnosis: Spinal stenosis, lumbar region with neurogenic claudication (M48.062)
Indication: Nine months of bilateral buttock and thigh pain with heaviness after walking 100 yards, relieved by
sitting. Ten weeks of PT failed; naproxen caused GI upset. She no longer walks to her mailbox. MRI: multilevel
stenosis, worst at L3-4 and L4-5.
Consent: signed.   Time-out: performed.   Pre-procedure pain: 7/10
Technique: Tuohy needle through the sacral hiatus; 4 mL Omnipaque 300 epidurogram to L5 with no vascular
pattern; 80 mg methylprednisolone (2 mL) mixed with 6 mL of 0.2% ropivacaine injected.
Saved images: AP and lateral.
Post-procedure pain: 3/10.   Complications: none.
""",
        procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy", contrast=True,
                    intent="therapeutic")],
        drugs=[given("iohexol", 4, "ml"), given("methylprednisolone_acetate", 80), given("ropivacaine", 12)],
        pain=(7, 3), need=ESI_NEED, dos="2023-11-14",
        codes=[line("62323"), line("J1040", units=1)], findings=[],
        comment="before 2024-04-01: methylprednisolone 80 mg is J1040 x1")


def _facets(add, proc, line, given, SPINE_NEED, minus) -> None:  # noqa: N803
    """Medial branch blocks, an intra-articular facet injection and facet RF ablations."""
    add("faj-mbb-01", "dictated", """
Right lumbar medial branch blocks, diagnostic, fluoroscopically guided.
Diagnosis: lumbar spondylosis without myelopathy or radiculopathy (M47.816). Axial right-sided low back pain for
ten months, worse with extension and rotation, no leg pain. Physical therapy for twelve weeks gave no lasting
relief and diclofenac was stopped because of heartburn. She cannot lift laundry baskets or stand to iron.
Consent signed; time-out completed. Pre-block pain 6/10.
With fluoroscopy, 25-gauge spinal needles were placed on the right L3 and L4 medial branches and the right L5
dorsal ramus at their usual bony targets; 0.5 mL of 0.5% bupivacaine was placed at each of the three targets.
Thirty minutes later pain was 1/10, about 85% relief. No complications.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="right",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 7.5)],
        pain=(6, 1), need=SPINE_NEED, dos="2026-01-27",
        codes=[line("64493", "KX", "RT"), line("64494", "KX", "RT")], findings=[],
        comment="L3 + L4 medial branches and L5 dorsal ramus = L4-L5 and L5-S1 joints")

    add("faj-mbb-02", "header_fields", """
PROCEDURE: Cervical medial branch blocks (diagnostic)
SIDE - Bilateral
NERVES: C3, C4 and C5 medial branches
JOINTS: C3-4 and C4-5
GUIDANCE: Fluoroscopy
DIAGNOSIS: Cervical spondylosis without myelopathy or radiculopathy (M47.812)
HISTORY: Neck pain across both sides for 2 years, worse looking up and turning; no arm symptoms. Completed 10
weeks of PT without improvement; NSAIDs raised her blood pressure and were stopped. Cannot reverse the car or
read for more than 15 minutes.
CONSENT: obtained.   TIME-OUT: completed.   PRE: 7/10
TECHNIQUE: Prone. Lateral approach on the left: 25 g needles to the C3, C4 and C5 articular pillars, 0.5 mL 2%
lidocaine at each. The same was done on the contralateral side.
POST: 1/10 (around 85% relief).   COMPLICATIONS: none.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="bilateral",
                    levels=["C3-C4", "C4-C5"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("lidocaine", 60)],
        pain=(7, 1), need=SPINE_NEED, dos="2026-02-24",
        codes=[line("64490", "50", "KX"), line("64491", "50", "KX")], findings=[],
        comment="second side only as 'the same was done on the contralateral side'")

    add("faj-mbb-03", "template", """
MEDIAL BRANCH BLOCK - LUMBAR
Side: <side>
Levels: L4 through S1
Diagnosis: Lumbar spondylosis without radiculopathy (M47.816)
Indication: axial low back pain for 8 months, worse standing; PT x 12 weeks without relief; ibuprofen caused
dyspepsia. Cannot stand at the sink long enough to wash dishes.
Consent: signed   Time-out: yes   Pain pre: 5/10
Fluoroscopy used. Needles at the medial branches supplying the L4-L5 and L5-S1 facet joints; 0.5 mL of 0.75%
Sensorcaine at each of three targets.
Pain post: 1/10 (80% relief)   Complications: none
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", levels=["L4-L5", "L5-S1"],
                    imaging="fluoroscopy")],
        drugs=[given("bupivacaine", 11.25)],
        pain=(5, 1), need=SPINE_NEED, dos="2026-03-31",
        codes=[line("64493"), line("64494")], findings=["approach", "laterality"],
        comment="'<side>' placeholder never filled: side missing; intent never stated (no diagnostic/therapeutic "
                "word): null, so no KX and the approach finding (corpora/README null = not said; ag precedent)")

    add("faj-mbb-04", "shorthand", """
L MBB L45 + L5S1, dx, fluoro.
Dx: lumbar facet arthropathy / spondylosis M47.816. Axial L-sided LBP x 9 mo, no radicular sx. PT 8 wk - no
change; naproxen - GI upset, stopped. Pt consented, time out done. Pre 6/10.
L L3 MB, L L4 MB, L L5 DR: 22g needles, fluoro-confirmed, 0.5 mL 2% lido each.
Post 2/10, ~70% relief. No cx.
Plan: if concordant relief repeats, consider R side MBB next.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="left",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("lidocaine", 30)],
        pain=(6, 2), need=minus(SPINE_NEED, "functional_impairment"), dos="2026-04-28",
        codes=[line("64493", "KX", "LT"), line("64494", "KX", "LT")], findings=["functional_impairment"],
        comment="shorthand L45/L5S1; right side only in the plan; no functional limitation stated")

    add("faj-facet-ia-01", "dictated", """
Diagnostic intra-articular facet joint injection, right L4/L5, under fluoroscopy.
Diagnosis: lumbar spondylosis without radiculopathy, M47.816. Right-sided low back pain for eight months, worse
with standing and twisting, no leg symptoms. Twelve weeks of supervised therapy did not help and meloxicam gave
him reflux. He cannot stand through a work meeting. Consent signed; time-out performed. Pre 7/10.
A 22-gauge needle was guided into the inferior recess of the right L4/L5 facet joint; 0.2 mL of Isovue-M 200
confirmed an arthrogram, then 1 mL of 1% lidocaine was injected.
Post 1/10, about 85% relief. No complications.
""",
        procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="right",
                    levels=["L4-L5"], imaging="fluoroscopy", contrast=True, intent="diagnostic")],
        drugs=[given("iopamidol", 0.2, "ml"), given("lidocaine", 10)],
        pain=(7, 1), need=SPINE_NEED, dos="2026-05-12",
        codes=[line("64493", "KX", "RT")], findings=[])

    add("faj-rfa-01", "dictated", """
Left L5-S1 facet rhizotomy by radiofrequency.
Diagnosis lumbar spondylosis without radiculopathy, M47.816. Left low back pain for two years, worse with
extension. Therapy for twelve weeks gave no lasting benefit and NSAIDs were not tolerated because of kidney
disease. He cannot walk a round of golf or stand to cook. Two diagnostic blocks of the left L4 medial branch and
L5 dorsal ramus gave 90% relief with lidocaine in March and 85% with bupivacaine in April, each for the expected
duration. Consent signed. Time-out completed. Pain before 7/10.
Under fluoroscopy, 18-gauge RF cannulas were laid along the left L4 medial branch and the left L5 dorsal ramus.
Sensory stimulation at 50 Hz reproduced the back pain below 0.5 V; motor stimulation at 2 Hz to 2 V produced
no leg twitch. After 1 mL of 2% lidocaine at each site, lesions were made at 80 degrees C for 90 seconds.
Pain after 3/10. No complications.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="left", levels=["L5-S1"],
                    imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("lidocaine", 40)],
        pain=(7, 3), need=SPINE_NEED, dos="2026-06-23", codes=[line("64635", "LT")], findings=[],
        comment="L4 medial branch + L5 dorsal ramus = the L5-S1 joint; 80 C is thermal")

    add("faj-rfa-02", "header_fields", """
Procedure: Cervical radiofrequency ablation, repeat
Laterality: Bilateral
Joints: C5-C6, C6-C7 (C5, C6 and C7 medial branches)
Imaging: Fluoroscopy
Diagnosis: Cervical spondylosis without myelopathy or radiculopathy (M47.812)
History: Bilateral posterior neck pain for 4 years. Therapy for 10 weeks failed and NSAIDs caused gastritis.
She cannot turn to check traffic. The last bilateral C5-6/C6-7 ablation, 10 months ago, gave 75% relief for
8 months; pain has now returned to baseline.
Consent: signed.   Time-out: done.   Pre-procedure pain: 7/10
Technique: Left side: RF cannulas to the C5, C6 and C7 medial branches, sensory and motor testing without
radicular capture, 1 mL 1% lidocaine per site, lesions at 85 C for 90 s. Identical technique on the right.
Post-procedure pain: 3/10.   Complications: none.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="cervical", laterality="bilateral",
                    levels=["C5-C6", "C6-C7"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("lidocaine", 60)],
        pain=(7, 3), need=SPINE_NEED, dos="2026-07-28",
        codes=[line("64633", "50"), line("64634", "50")], findings=[],
        comment="repeat with documented 75% x 8 months response; right side 'identical technique'")

    add("faj-rfa-03", "header_fields", """
PROCEDURE: Lumbar neurotomy (radiofrequency)
Levels: L3-L4, L4-L5
Side - Left
Imaging: fluoroscopy
Dx: Lumbar spondylosis without radiculopathy (M47.816)
HPI: Axial back pain for 3 years. PT 12 weeks with no benefit; NSAIDs stopped for ulcer history. Cannot stand
at the workbench more than 15 minutes. A medial branch block last winter gave good temporary relief.
Consent: yes.  Time-out: yes.  Pre 6/10
Procedure: cannulas placed to the L2, L3 and L4 medial branches; sensory 50 Hz concordant, motor 2 Hz negative;
2 mL of 1% lidocaine at each; lesioned at 85 C x 90 s.
Post 2/10.  No complications.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="left",
                    levels=["L3-L4", "L4-L5"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("lidocaine", 60)],
        pain=(6, 2), need=SPINE_NEED, dos="2026-08-25",
        codes=[line("64635", "LT"), line("64636", "LT")], findings=["diagnostic_block_relief"],
        comment="side and levels only in header fields; one block, 'good temporary relief', unquantified")


def _others(add, proc, line, given, SPINE_NEED, minus) -> None:  # noqa: N803
    """SI joint, trigger points, knee, sympathetic, occipital, augmentation and pump notes."""
    add("faj-sij-01", "dictated", """
Therapeutic right sacroiliac joint injection with fluoroscopy.
Diagnosis: sacroiliitis, right (M46.1). Right buttock pain just below the PSIS for seven months, with positive
thigh thrust, compression and FABER on the right. Physical therapy for eight weeks brought no relief and
ibuprofen gave no benefit. She cannot sit through a movie or climb stairs without stopping. A diagnostic right SI
block with lidocaine in April gave 80% relief for the anesthetic's duration.
Consent signed; time-out held. Pain 7/10 before.
A 22-gauge needle entered the inferior right SI joint; 0.5 mL of Omnipaque 300 gave an arthrogram. Kenalog 40 mg
(1 mL) and 1 mL of 0.5% bupivacaine were injected. AP and oblique images saved.
Pain 2/10 after, about 70% relief. No complications.
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="right",
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 0.5, "ml"), given("triamcinolone_acetonide", 40), given("bupivacaine", 5)],
        pain=(7, 2), need=SPINE_NEED, dos="2026-05-26",
        codes=[line("27096", "RT"), line("J3301", units=4)], findings=[])

    add("faj-sij-02", "header_fields", """
Procedure: Sacroiliac joint injection, diagnostic
Laterality: Left
Imaging: fluoroscopy with contrast
Diagnosis: Sacroiliitis (M46.1)
Indication: six months of right-sided buttock pain over the sacral sulcus, right thigh thrust and Gaenslen's
positive. PT for 10 weeks without relief; naproxen without benefit. Cannot sleep on the right or walk a mile.
Consent: signed.   Time-out: completed.   Pain before: 6/10
Description: The right sacroiliac joint was entered at its inferior third with a 22 g needle; 0.5 mL Isovue-M 300
outlined the right joint. 2 mL of 2% lidocaine was injected into the right SI joint.
Images: AP and oblique saved.
Pain after: 2/10.   Complications: none.
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="right",
                    imaging="fluoroscopy", contrast=True, intent="diagnostic")],
        drugs=[given("iopamidol", 0.5, "ml"), given("lidocaine", 40)],
        pain=(6, 2), need=SPINE_NEED, dos="2026-09-29",
        codes=[line("27096", "RT")], findings=["laterality_conflict", "percent_relief"],
        comment="Laterality field says left; indication and needle right: codes follow the description; "
                "relief only implied by pre/post scores")

    add("faj-sinb-01", "dictated", """
Left sacroiliac joint lateral branch blocks, diagnostic, fluoroscopic guidance.
Diagnosis: sacroiliitis of the left SI joint (M46.1). Left buttock pain for a year, two prior
intra-articular injections helped only briefly. Consent signed; time-out performed. Pain before 6/10.
Needles were placed at the left L5 dorsal ramus and at the lateral margins of the left S1, S2 and S3 foramina
for the lateral branches; 0.5 mL of 0.5% bupivacaine at each of the four sites.
Pain after 1/10, 85% relief. No complications.
""",
        procs=[proc("si_joint_nerve_block", approach="lateral_branch", region="sacroiliac", laterality="left",
                    imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 10)],
        pain=(6, 1), need=("diagnosis",), dos="2026-10-20", codes=[line("64451", "LT")], findings=[],
        comment="dorsal ramus + lateral branch blocks for the SI joint")

    add("faj-tpi-01", "dictated", """
Trigger point injections, left upper back.
Myofascial pain syndrome of the neck and upper back (M79.18) for four months after a fall, limiting computer
work. Palpable taut bands with local twitch and referred pain in the left upper trapezius and left levator
scapulae. Verbal consent obtained; time-out done. Pain 6/10 before.
Using a 27-gauge needle, 2 mL of 1% Xylocaine was injected into each of the two muscles.
Pain 2/10 afterwards, about 65% relief. No complications.
""",
        procs=[proc("trigger_point", region="cervical")],
        drugs=[given("lidocaine", 40)],
        pain=(6, 2), need=("diagnosis",), dos="2026-03-17", codes=[line("20552")], findings=[])

    add("faj-knee-01", "header_fields", """
Procedure: Intra-articular joint injection with ultrasound guidance
Site(s): Left knee
Diagnosis: Primary osteoarthritis, left knee (M17.12)
Indication: Knee pain for 3 years, worse on stairs; physical therapy and acetaminophen without benefit; unable to
walk her grandchildren to school.
Consent: signed.   Time-out: performed.   Pain pre: 7/10
Technique: Superolateral approach; needle tip seen entering the suprapatellar recess on ultrasound; image saved
to the record. Triamcinolone 40 mg (1 mL) with 4 mL of 1% lidocaine injected.
Pain post: 2/10.   Complications: none.
""",
        procs=[proc("joint_injection", target="knee", region="knee", laterality="left", imaging="ultrasound")],
        drugs=[given("triamcinolone_acetonide", 40), given("lidocaine", 40)],
        pain=(7, 2), need=("diagnosis",), dos="2026-04-14",
        codes=[line("20611", "LT"), line("J3301", units=4)], findings=[],
        comment="side only in the Site(s) field and the diagnosis")

    add("faj-genrfa-01", "dictated", """
Right knee genicular nerve radiofrequency ablation under fluoroscopy.
Diagnosis primary osteoarthritis of the right knee, M17.11. Eight years of right knee pain; she is not a
candidate for replacement because of her heart disease. Two diagnostic genicular blocks in the spring each gave
80% relief. Consent signed, time-out completed. Pain 8/10 before.
RF cannulas were placed at the superomedial, superolateral and inferomedial genicular branches; sensory
stimulation concordant, motor stimulation negative. After 3 mL of 1% lidocaine at each, lesions at 80 degrees C
for 90 seconds were made.
Pain 3/10 after. No complications.
""",
        procs=[proc("genicular_rfa", target="knee", region="knee", laterality="right", imaging="fluoroscopy")],
        drugs=[given("lidocaine", 90)],
        pain=(8, 3), need=("diagnosis",), dos="2026-06-02", codes=[line("64624", "RT")], findings=[])

    add("faj-stellate-01", "header_fields", """
Procedure: Stellate ganglion block
Side: Left
Guidance: Ultrasound (image saved)
Diagnosis: Complex regional pain syndrome type I of left upper limb (G90.512)
Indication: burning pain, swelling and colour change of the left hand for 5 months after a wrist fracture.
Consent: signed.  Time-out: yes.  Pain before: 8/10
Technique: Anterior paratracheal approach at C6 under ultrasound; 6 mL of 0.5% Naropin injected after negative
aspiration. Horner's sign and warmth of the left hand followed.
Pain after: 3/10.  Complications: none.
""",
        procs=[proc("sympathetic_block", target="stellate", region="cervical", laterality="left",
                    imaging="ultrasound")],
        drugs=[given("ropivacaine", 30)],
        pain=(8, 3), need=("diagnosis",), dos="2026-07-07",
        codes=[line("64510"), line("76942")], findings=[])

    add("faj-lsb-01", "template", """
LUMBAR SYMPATHETIC BLOCK
Side: ____
Level: L3
Guidance: fluoroscopy
Diagnosis: Complex regional pain syndrome I of lower limb (G90.529)
Indication: burning foot pain with allodynia and temperature change for 7 months after an ankle sprain.
Consent: signed   Time-out: done   Pre: 7/10
Technique: needle to the anterolateral L3 vertebral body; 3 mL Omnipaque 300 confirmed spread along the
sympathetic chain; 10 mL 0.25% bupivacaine injected. Foot warmed by 2 degrees.
Post: 3/10   Complications: none
""",
        procs=[proc("sympathetic_block", target="lumbar_sympathetic", region="lumbar", levels=["L3"],
                    imaging="fluoroscopy", contrast=True)],
        drugs=[given("iohexol", 3, "ml"), given("bupivacaine", 25)],
        pain=(7, 3), need=("diagnosis",), dos="2026-08-11",
        codes=[line("64520"), line("77002"), line("Q9967", units=3)], findings=["laterality"],
        comment="side blank '____' everywhere; unspecified-limb CRPS code; level only in the Level field")

    add("faj-impar-01", "dictated", """
Ganglion impar (ganglion of Walther) block under fluoroscopy.
Diagnosis coccydynia, M53.3. Nine months of tailbone pain when sitting, no better with cushions and NSAIDs.
Consent signed. Pain 8/10 before.
A 22-gauge needle was passed through the sacrococcygeal junction; 2 mL of Isovue-M 200 showed a retrorectal
comma-shaped spread. 4 mL of 0.25% bupivacaine with 40 mg Kenalog was injected.
Pain 2/10 after. No complications.
""",
        procs=[proc("sympathetic_block", target="ganglion_impar", region="sacral", imaging="fluoroscopy",
                    contrast=True)],
        drugs=[given("iopamidol", 2, "ml"), given("bupivacaine", 10), given("triamcinolone_acetonide", 40)],
        pain=(8, 2), need=("diagnosis",), dos="2026-09-15",
        codes=[line("64999"), line("77002"), line("Q9966", units=2), line("J3301", units=4)],
        findings=["time_out"], comment="no time-out statement")

    add("faj-onb-01", "header_fields", """
Procedure: Greater occipital nerve blocks
Laterality: Bilateral
Diagnosis: Occipital neuralgia (M54.81)
Indication: shooting pain from the base of the skull over the vertex on both sides for 6 months, tender over
both occipital notches; tried amitriptyline without benefit.
Time-out: done.   Pain before: 7/10
Technique: Landmark-guided, medial to the occipital artery. Right: 2 mL 0.5% bupivacaine with 10 mg Kenalog.
Same on the left.
Pain after: 1/10.   Complications: none.
""",
        procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="bilateral",
                    imaging="none")],
        drugs=[given("bupivacaine", 20), given("triamcinolone_acetonide", 20)],
        pain=(7, 1), need=("diagnosis",), dos="2026-10-27", consent=False,
        codes=[line("64405", "50"), line("J3301", units=2)], findings=["consent"],
        comment="no consent statement; left side only as 'Same on the left'")

    add("faj-kypho-01", "dictated", """
L1 balloon kyphoplasty.
Diagnosis: age-related osteoporotic compression fracture of L1, initial encounter (M80.08XA). She had a T12
vertebroplasty two years ago. The new L1 fracture from a fall six weeks ago makes walking nearly impossible
despite bracing and analgesics; MRI shows marrow edema at L1 only. Pre-procedure pain 9/10. Consent signed;
time-out performed.
Under biplanar fluoroscopy, bilateral transpedicular trocars were placed into L1, balloons inflated to restore
height, and 4 mL of cement deposited per side without extravasation. Local 1% lidocaine, 10 mL.
Pain 3/10 in recovery. No complications.
""",
        procs=[proc("vertebral_augmentation", region="lumbar", levels=["L1"], imaging="fluoroscopy")],
        drugs=[given("lidocaine", 100)],
        pain=(9, 3), need=("diagnosis",), dos="2026-11-10", pos="22",
        codes=[line("22514")], findings=[],
        comment="T12 only in the history")

    add("faj-pump-01", "dictated", """
Intrathecal pump refill with reprogramming.
Diagnosis: postlaminectomy syndrome (M96.1). Indication: the implanted pump delivers intrathecal hydromorphone for
constant low back and leg pain after two lumbar operations, because oral opioids caused confusion and falls; with
the pump she walks with a cane and manages her own shopping.
I performed the refill myself. The reservoir was accessed with a non-coring needle; 2 mL residual was withdrawn,
matching the expected volume. 18 mL of preservative-free hydromorphone 10 mg/mL was placed in the reservoir.
The daily rate was then lowered by 5% with the programmer because of afternoon drowsiness.
Consent verbal; time-out done. No complications. Next refill in 10 weeks.
""",
        procs=[proc("pump_refill")],
        drugs=[given("hydromorphone", 180)],
        pain=(None, None), need=("diagnosis",), dos="2026-11-24",
        codes=[line("62370")], findings=[])
