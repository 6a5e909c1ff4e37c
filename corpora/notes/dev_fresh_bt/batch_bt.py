"""Sealed batch `dev_fresh_bt` (`fbt-*`): 30 hand-dictated notes by five imagined physicians, with gold.

Written without reading the corpus notes or the reader's rules, labelled from the text by `corpora/README.md`
and `coding/kb/*.yaml` before any Painpoint run. Voices: FEL (pain fellow, headed sections, attending present),
ANE (busy private-practice anaesthesiologist, shorthand), PMR (PM&R physician, narrative paragraphs),
NSG (neurosurgeon, operative-report layout), NP (nurse practitioner, cosigned by the physician).
"""

S_FEL, S_ANE, S_PMR, S_NSG, S_NP = ("hand-fellow", "hand-anesthesia-shorthand", "hand-pmr-narrative",
                                    "hand-neurosurgery-opnote", "hand-np-cosigned")


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    _spine(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
    _facet(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
    _other(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)


def _spine(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    add("fbt-tfesi-01", S_FEL, """
PAIN MEDICINE FELLOW PROCEDURE NOTE
Procedure: Left L4-L5 and L5-S1 transforaminal epidural steroid injection, fluoroscopic guidance
Attending: present and scrubbed for the key portions of the procedure.

Indication: Burning pain from the left buttock along the lateral calf to the top of the foot for five months,
with numbness over the great toe and a positive straight leg raise on the left at 40 degrees. Six weeks of
supervised physical therapy and a trial of gabapentin did not relieve the leg pain. She can no longer stand at
her work counter for more than 15 minutes and wakes at night from the leg pain.
Imaging: MRI 12/2025 shows a left foraminal disc protrusion at L4-L5 and moderate left foraminal narrowing at
L5-S1 contacting the exiting roots.
Diagnosis: Lumbar disc displacement with radiculopathy (M51.16), left.

Pre-procedure pain: 7/10 (NRS).
Consent: Risks including infection, bleeding, nerve injury, headache and increased pain were reviewed; written
consent signed.
Time-out: Universal protocol time-out completed with the site marked.

Technique: Prone, prepped with chlorhexidine. The skin over each target was anesthetized with 1% lidocaine,
2 mL per site (4 mL total). Under fluoroscopy a 22-gauge 3.5-inch spinal needle was advanced in the oblique view
to the left L4-L5 foramen and then to the left L5-S1 foramen, depth checked on the lateral view. Omnipaque 240,
1 mL per level, outlined the nerve root sheath with epidural spread and no vascular uptake on live fluoroscopy.
At each level dexamethasone 5 mg (0.5 mL of 10 mg/mL) was injected with 1 mL of preservative-free saline.
Images: AP and lateral views saved to PACS.

Post-procedure: pain 2/10 at 20 minutes. No complications. Discharged ambulatory.
Plan: clinic follow-up in two weeks.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("lidocaine", 40), given("iohexol", 2, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(7, 2), need=ESI_NEED, dos="2026-02-11", pos="11",
        codes=[line("64483", "LT"), line("64484", "LT"), line("J1100", units=10)], findings=[])

    add("fbt-h-tfesi-01", S_ANE, """
Proc: R L4/5 & L5/S1 TFESI, fluoro
Dx: lumbar radiculopathy, L5 (M54.16)
Hx: L leg pain to lat calf and foot x 4 mo, tingling L foot, + SLR on L. PT x 8 wk, no help. Meloxicam, no help.
Can't walk > 1 block. MRI: L4-5 L foraminal HNP, L5-S1 L foraminal stenosis.
Pre 8/10. Consent signed. Time out done.
Prone. Betadine. Under fluoro 22g needles to L L4-5 and L L5-S1 foramina, oblique then lat to confirm depth.
Omnipaque 240 1 mL each level, good periradicular flow, no intravascular.
Kenalog 40 mg total (20 mg each level) + 0.25% bupi 1 mL each level.
Images saved.
Post 3/10. No cx. D/c home w/ driver.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("iohexol", 2, "ml"), given("triamcinolone_acetonide", 40), given("bupivacaine", 5)],
        pain=(8, 3), need=ESI_NEED, dos="2025-08-19", pos="24",
        codes=[line("64483", "LT"), line("64484", "LT")], findings=["laterality_conflict", "saved_images"],
        comment="Title says R; every needle went to the left foramina: codes LT, laterality_conflict. 'Images saved.' "
                "states no two views.")

    add("fbt-ilesi-01", S_NSG, """
OPERATIVE NOTE
Preoperative diagnosis: Cervical radiculopathy, right C6 (M54.12).
Postoperative diagnosis: Same.
Procedure: Cervical interlaminar epidural steroid injection at C6-C7 under fluoroscopic guidance, without contrast.
Anesthesia: Local only.
Allergies: Iodinated contrast (hives and throat tightness); contrast was therefore not used.

Indications: Ten weeks of right arm pain radiating into the thumb and index finger with paresthesias and a
diminished right biceps reflex. MRI shows a right paracentral C5-C6 disc osteophyte complex narrowing the right
foramen. Eight weeks of physical therapy and a methylprednisolone taper failed to relieve the arm pain. He cannot
sleep on the right side, drops objects and cannot work at a keyboard for more than 20 minutes.

Description: Informed consent was obtained after discussion of the risks. A time-out was held. Prone, neck
flexed. The C6-C7 interspace was identified on AP fluoroscopy and the skin infiltrated with 3 mL of 1% lidocaine.
An 18-gauge Tuohy needle was advanced under contralateral oblique view with loss of resistance to saline and the
interlaminar epidural space entered at C6-C7; no CSF and no blood on aspiration. Triamcinolone 40 mg (1 mL) with
2 mL of preservative-free normal saline was injected. AP and lateral fluoroscopic images were saved.

Pain 6/10 before and 2/10 after the injection.
EBL: none. Complications: none. To recovery in stable condition.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C6-C7"],
                 imaging="fluoroscopy", contrast=False, sedation="local")],
        drugs=[given("lidocaine", 30), given("triamcinolone_acetonide", 40)],
        pain=(6, 2), need=ESI_NEED, dos="2025-05-07", pos="22", codes=[line("62321")], findings=[],
        comment="Contrast allergy stated as the reason no contrast was used: no contrast finding.")

    add("fbt-h-ilesi-01", S_PMR, """
Lumbar interlaminar epidural steroid injection, L5-S1, fluoroscopic guidance

She returns for a repeat L5-S1 interlaminar epidural. The last one, on 03/02/2026, brought roughly 70% relief of
her leg symptoms and held for four months before the aching crept back. The pain began about a year ago in the
low back and now runs down the back of both thighs into the calves with pins and needles in both feet; straight
leg raise reproduces posterior thigh pain on both sides. She completed twelve weeks of physical therapy and a
home program last year without lasting benefit, and duloxetine did not reduce the leg pain. MRI of the lumbar
spine in 2025 showed a broad-based L5-S1 disc bulge with moderate central canal and bilateral lateral recess
stenosis.

Impression: Lumbar spinal stenosis with neurogenic claudication (M48.062) with bilateral lower extremity
radicular pain.

Pain before the procedure was 6/10. The procedure, its alternatives and risks were explained and she gave
written consent. A time-out confirmed patient, procedure and level.

Prone on the fluoroscopy table. The skin at L5-S1 was infiltrated with 3 mL of 1% lidocaine. A 20-gauge Tuohy
needle was walked onto the L5 lamina and advanced with loss of resistance to air into the posterior epidural
space at L5-S1 under the lateral view. Isovue-M 200, 3 mL, outlined the epidural space with spread to both sides
and no vascular or intrathecal pattern. Depo-Medrol 80 mg in 2 mL mixed with 2 mL of preservative-free saline was
injected slowly. AP and lateral images were stored.

After 15 minutes she rated her pain 2/10. No complications. She walked out with her daughter.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L5-S1"],
                 imaging="fluoroscopy", contrast=True)],
        drugs=[given("lidocaine", 30), given("iopamidol", 3, "ml"), given("methylprednisolone_acetate", 80)],
        pain=(6, 2), need=minus(ESI_NEED, "functional_impairment"), dos="2026-07-14", pos="11",
        codes=[line("62323"), line("J1010", units=80)], findings=["functional_impairment"],
        comment="Repeat with a documented response (70% for four months). No functional limitation is written.")

    add("fbt-ilesi-02", S_ANE, """
Proc: caudal ESI w/ fluoro
Dx: lumbar spinal stenosis w/ neurogenic claudication, M48.062
Hx: Repeat caudal. Last one 10/2023, pt says it "helped some". B/L buttock and posterior thigh pain w/ walking
x 1 yr, numbness both feet, has to stop after 1 block. PT x 6 wk in 2023 - no change. Tylenol and celecoxib not
helping. Can't stand to cook > 10 min. MRI 2023: severe L4-5 central stenosis, moderate L3-4.
Pre 7/10. Consent signed, risks reviewed. Time out.
Prone, sacral hiatus palpated, 1% lido 2 mL skin. 20g Tuohy through the sacral hiatus into the caudal canal
under lat fluoro. Omnipaque 240 5 mL - epidurogram w/ cephalad spread to L4, no vascular runoff.
Depo-Medrol 80 mg + 0.25% bupi 4 mL + NS 4 mL injected. AP/lat images saved.
Post 4/10. No cx. Home.
""", procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy",
                 contrast=True)],
        drugs=[given("lidocaine", 20), given("iohexol", 5, "ml"), given("methylprednisolone_acetate", 80),
               given("bupivacaine", 10)],
        pain=(7, 4), need=ESI_NEED, dos="2024-02-20", pos="11",
        codes=[line("62323"), line("J1040")], findings=["prior_procedure_response"],
        comment="A stated repeat whose earlier response is only 'helped some'. DOS before 2024-04-01: J1040 x1.")

    add("fbt-tfesi-02", S_PMR, """
Right C6-C7 transforaminal epidural steroid injection

She describes right arm pain radiating to the middle finger with numbness of the finger, triceps weakness graded
4+/5 and a diminished right triceps reflex. A course of physical therapy for 6 weeks and gabapentin both failed to
ease the arm pain. She is unable to lift her grandson or reach overhead to put dishes away. MRI of the cervical
spine shows a right C6-C7 foraminal disc osteophyte complex compressing the exiting C7 root.
Diagnosis: Cervical radiculopathy (M54.12).

Pre-procedure pain 6/10. Consent was reviewed and signed, and a time-out was performed.

Supine with the head turned slightly to the left. Under oblique fluoroscopy a 25-gauge needle was placed in the
posterior aspect of the right C6-C7 foramen, with the tip position confirmed in AP. Omnipaque 240, 1 mL, under live
fluoroscopy with digital subtraction showed perineural flow and no vertebral artery filling. Dexamethasone 4 mg
(1 mL of 4 mg/mL) with 0.5 mL of 1% lidocaine was injected. AP and oblique images saved.

Post-procedure pain 2/10. No complications.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="cervical", laterality="right",
                 levels=["C6-C7"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("iohexol", 1, "ml"), given("dexamethasone_sodium_phosphate", 4), given("lidocaine", 5)],
        pain=(6, 2), need=minus(ESI_NEED, "symptom_duration"), dos="2025-03-18", pos="24",
        codes=[line("64479", "RT")], findings=["symptom_duration"],
        comment="No duration of the symptoms (the 6 weeks belong to the therapy).")

    add("fbt-h-tfesi-02", S_NSG, """
OPERATIVE NOTE
Preoperative diagnosis: Lumbar radiculopathy (M54.1), left L4 and L5.
Procedure: Left L3-L4, L4-L5 and L5-S1 transforaminal epidural steroid injections under fluoroscopy.
Anesthesia: Local.

Indications: Four months of left anterior thigh and medial shin pain with numbness over the dorsum of the foot,
weak left extensor hallucis longus and a diminished left knee jerk. Eight weeks of physical therapy did not help
and tramadol was stopped for nausea. He cannot walk for more than 10 minutes or drive to work. MRI shows multilevel
left foraminal stenosis from L3-L4 through L5-S1.

Description: Consent was obtained and a time-out held. Prone. Under fluoroscopy the left L3-L4, L4-L5 and L5-S1
foramina were each entered with a 22-gauge spinal needle in the oblique view and the depth confirmed laterally.
Isovue-M 300, 1 mL at each level, showed perineural spread without vascular uptake. Celestone Soluspan 12 mg in
total (2 mL, divided among the three levels) with 3 mL of 1% lidocaine in total was injected. AP and lateral images
were saved.

Pain 8/10 before, 4/10 after. Complications: none.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                 levels=["L3-L4", "L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("iopamidol", 3, "ml"), given("betamethasone_sodium_phosphate_acetate", 12),
               given("lidocaine", 30)],
        pain=(8, 4), need=ESI_NEED, dos="2026-10-13", pos="22",
        codes=[line("64483", "LT"), line("64484", "LT", units=2)], findings=["code_validity", "level_limit"],
        comment="M54.1 is a non-billable category (region written in words). Three transforaminal levels.")

    add("fbt-h-ilesi-02", S_FEL, """
PROCEDURE NOTE (pain fellow; attending present throughout)
Procedure: Thoracic interlaminar epidural steroid injection, T9-T10, fluoroscopic guidance

Indication: Six months of band-like burning pain from the right mid-back around the chest wall in the T8-T9
dermatomes with allodynia to light touch. Six weeks of physical therapy gave no relief and gabapentin did not
change the pain. He cannot sleep more than three hours and cannot sit through a work shift.
Diagnosis: Thoracic radiculopathy (M54.14).

Pre-procedure pain: 6/10.
Consent: Risks including dural puncture and headache discussed; consent signed.
Time-out: performed.

Technique: Prone. 1% lidocaine 2 mL to the skin. A 20-gauge Tuohy needle was advanced by a right paramedian
interlaminar approach at T9-T10 with loss of resistance to saline under lateral fluoroscopy. Omnipaque 240, 2 mL,
confirmed epidural spread without vascular uptake. Depo-Medrol 60 mg (1.5 mL) with 2 mL of preservative-free
saline was injected. AP and lateral images saved.

Post-procedure pain: 3/10. Complications: none.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="thoracic", levels=["T9-T10"],
                 imaging="fluoroscopy", contrast=True)],
        drugs=[given("lidocaine", 20), given("iohexol", 2, "ml"), given("methylprednisolone_acetate", 60)],
        pain=(6, 3), need=minus(ESI_NEED, "imaging_findings"), dos="2023-10-17", pos="11",
        codes=[line("62321"), line("J1040")], findings=["imaging_findings"],
        comment="No imaging finding written. 60 mg before 2024-04-01: fewest units is one J1040.")

    add("fbt-h-tfesi-03", S_ANE, """
Proc: repeat R L5-S1 TFESI, fluoro
Dx: R L5 radiculopathy, lumbosacral, M54.17
Hx: R buttock to lat calf to dorsum of foot pain, numb great toe, weak R EHL 4/5, + SLR R at 45 deg.
Denies bowel or bladder changes. Sx x 8 mo. Last R L5-S1 TFESI 06/2026 gave 60% relief x 4 mo. PT x 8 wk failed,
gabapentin made her dizzy, stopped. Can't sit through a drive > 30 min. MRI: R foraminal L5-S1 HNP contacting
the exiting R L5 root.
Pre 7/10. Consent signed.
Prone, fluoro, oblique to the R L5-S1 foramen; 22g to the safe triangle, lat to confirm depth. Omnipaque 240 1 mL -
L5 root outlined, no vascular. Kenalog 40 mg + 1 mL 0.25% bupi. AP + lat saved.
Post 2/10. No cx.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                 levels=["L5-S1"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("iohexol", 1, "ml"), given("triamcinolone_acetonide", 40), given("bupivacaine", 2.5)],
        pain=(7, 2), need=ESI_NEED, dos="2026-11-03", pos="11",
        codes=[line("64483", "RT"), line("J3301", units=4)], findings=["time_out"],
        comment="Repeat with 60% for four months documented; 'denies bowel or bladder changes' is a negation. "
                "No time-out.")


def _facet(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    spine_img = (*SPINE_NEED, "imaging_findings")
    add("fbt-mbb-01", S_FEL, """
PAIN MEDICINE FELLOW PROCEDURE NOTE
Procedure: Right lumbar medial branch blocks (L3 and L4 medial branches, L5 dorsal ramus), diagnostic block #1
Attending: present for the entire procedure.

Indication: Axial right low back pain for nine months, worse with extension and rotation, no pain below the
knee and no radicular symptoms. Facet loading is positive on the right. Eight weeks of a core strengthening
program with physical therapy gave no improvement, and naproxen with heat gave only brief relief. She cannot
stand longer than 20 minutes or do her yard work.
Imaging: MRI shows right-sided facet arthropathy with hypertrophy at L4-L5 and L5-S1.
Diagnosis: Lumbar spondylosis without myelopathy or radiculopathy (M47.816).

Pre-procedure pain: 6/10.
Consent: written consent after discussion of risks. Time-out: completed.

Technique: Prone, fluoroscopic guidance. 25-gauge 3.5-inch needles were placed at the junction of the superior
articular and transverse processes of L4 and L5 for the L3 and L4 medial branches and in the sacral alar groove
for the L5 dorsal ramus, all on the right. Omnipaque 180, 0.3 mL at each site, showed no vascular spread. Then
0.5 mL of 0.5% bupivacaine was placed at each of the three sites (1.5 mL total). No steroid. AP and oblique images
saved.

Post-procedure: pain 1/10 at 30 minutes; pain diary given.
Complications: none.
Plan: second confirmatory block; will consider radiofrequency ablation if both blocks give 80% relief or more.
""", procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="right",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="diagnostic")],
        drugs=[given("iohexol", 0.9, "ml"), given("bupivacaine", 7.5)],
        pain=(6, 1), need=spine_img, dos="2026-04-02", pos="24",
        codes=[line("64493", "KX", "RT"), line("64494", "KX", "RT")], findings=[],
        comment="Medial branches named: L3+L4 MB and L5 DR are the L4-L5 and L5-S1 joints. RFA only planned.")

    add("fbt-h-mbb-01", S_PMR, """
Cervical medial branch blocks, diagnostic

Neck pain for the past eight months across both sides of the lower neck and into the shoulder blades, worse
looking up and turning; no arm symptoms. She has done physical therapy and takes meloxicam. She has had to give
up highway driving because she cannot turn her head to check her blind spot. MRI of the cervical spine shows
bilateral C4-C5 and C5-C6 facet arthropathy.
Diagnosis: Cervical spondylosis without myelopathy or radiculopathy (M47.812).

Pre-procedure pain 7/10. We discussed the risks; she agreed and signed the consent.

Prone with the neck slightly flexed. Under fluoroscopy in the lateral view a 25-gauge needle was placed on the
right C4, C5 and C6 medial branches at the waists of the articular pillars, and 0.5 mL of 0.5% ropivacaine was
placed at each. The same was repeated on the contralateral side. Total ropivacaine 3 mL. AP and lateral images
were saved.

She rated her pain 1/10 fifteen minutes later and turned her head freely. No complications. Pain diary for the
next eight hours. If this block is positive we will book the confirmatory block before considering
radiofrequency.
""", procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="bilateral",
                 levels=["C4-C5", "C5-C6"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("ropivacaine", 15)],
        pain=(7, 1), need=minus(spine_img, "conservative_care"), dos="2025-11-03", pos="11",
        codes=[line("64490", "50", "KX"), line("64491", "50", "KX")], findings=["conservative_care", "time_out"],
        comment="C4, C5, C6 medial branches on both sides ('repeated on the contralateral side') = C4-C5, C5-C6 "
                "bilateral. Care is only listed, with no outcome. No time-out.")

    add("fbt-rfa-01", S_NSG, """
OPERATIVE REPORT
Preoperative diagnosis: Lumbar facet arthropathy, left L4-L5 and L5-S1 (M47.816).
Procedure: Radiofrequency ablation of the left L3 and L4 medial branches and the left L5 dorsal ramus
(left L4-L5 and L5-S1 facet joints), fluoroscopic guidance.
Anesthesia: Local.

Indications: Two years of axial left low back pain. Three months of physical therapy without benefit;
ibuprofen upset her stomach and did not help. Two diagnostic medial branch blocks (05/2026 and 06/2026) gave 90%
and 85% relief for the duration of the anesthetic. She cannot lift her grandchild and sitting is limited to 30
minutes. MRI shows left facet hypertrophy at L4-L5 and L5-S1.

Description: Consent was confirmed and a time-out held. Pre-procedure pain 7/10. Prone. Under fluoroscopy 18-gauge
10 cm RF cannulas with 10 mm active tips were placed parallel to the target nerves. Sensory stimulation at 50 Hz
reproduced concordant back pain below 0.5 V; motor testing at 2 Hz up to 2 V produced no leg fasciculation. 1 mL
of 2% lidocaine was given through each cannula (3 mL total), and lesions were made at 80 degrees C for 90 seconds
at each site. AP and oblique images saved.

Post-procedure pain 3/10. EBL minimal. Complications: none.
""", procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="left",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", sedation="local")],
        drugs=[given("lidocaine", 60)],
        pain=(7, 3), need=spine_img, dos="2026-09-09", pos="22",
        codes=[line("64635", "LT"), line("64636", "LT")], findings=[])

    add("fbt-h-rfa-01", S_ANE, """
Proc: R L4-5, L5-S1 facet pulsed RF (R L3, L4 MB + L5 DR), fluoro
Dx: lumbar facet arthropathy, M47.816
Hx: R axial LBP x 18 mo. PT x 12 wk failed. NSAIDs failed (GI upset). Can't sit > 30 min. MBB x 2: 04/2026 90%,
05/2026 80%. Pt declines ablation; pulsed RF chosen. MRI: R facet hypertrophy L4-5, L5-S1.
Pre 6/10. Consent signed. Time out.
Prone, fluoro. 22g 10 cm RF needles, 5 mm tip, to R L3 and L4 MB and L5 DR. Sensory 50 Hz concordant < 0.6 V,
motor 2 Hz neg. Pulsed RF 42 deg C, 2 Hz, 20 ms, 120 s x 2 at each site. No thermal lesion.
0.5% bupi 1 mL each site after. AP + oblique saved.
Post 3/10. No cx.
""", procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="right",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy")],
        drugs=[given("bupivacaine", 15)],
        pain=(6, 3), need=spine_img, dos="2026-06-23", pos="11",
        codes=[line("64999")], findings=["approach"],
        comment="Pulsed RF is not destruction: one unlisted 64999 line, no modifier (the 64999 convention of every other dev gold line); pulsed RF is not the thermal lesioning Medicare covers: approach (rfa.technique).")

    add("fbt-h-mbb-02", S_FEL, """
PROCEDURE NOTE (pain fellow)
Procedure: Right L3-L4 and L4-L5 facet joint injections (intra-articular), therapeutic

History: Right low back pain for three years, worse standing and twisting, without leg symptoms. Two diagnostic
right L4-L5 and L5-S1 medial branch blocks (01/2026: 90% relief; 02/2026: 85% relief) confirmed the facet source.
Radiofrequency ablation deferred because of her implanted cardiac defibrillator. Twelve weeks of physical therapy
failed to relieve the pain and celecoxib gave only partial relief. She cannot stand longer than 15 minutes to cook.
Imaging: MRI shows right L4-L5 and L5-S1 facet effusions with hypertrophy.
Diagnosis: Lumbar spondylosis without myelopathy or radiculopathy (M47.816).

Pre-procedure pain: 7/10.
Consent: signed after review of risks. Time-out: done.

Technique: Prone; fluoroscopy angled obliquely to open the joints. 22-gauge needles were placed into the right
L4-L5 and right L5-S1 facet joints; Omnipaque 180, 0.2 mL in each, gave a capsular arthrogram.
Right L4-L5 joint: 1 mL of Kenalog-40 (40 mg) with 0.5 mL of 0.5% bupivacaine.
Right L5-S1 joint: 1 mL of Depo-Medrol 40 mg/mL (40 mg) with 0.5 mL of 0.5% bupivacaine.
AP and oblique images saved.

Post-procedure pain: 2/10. Complications: none.
""", procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="right",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 0.4, "ml"), given("triamcinolone_acetonide", 40),
               given("methylprednisolone_acetate", 40), given("bupivacaine", 5)],
        pain=(7, 2), need=spine_img, dos="2026-05-26", pos="11",
        codes=[line("64493", "RT"), line("64494", "RT"), line("J1010", units=40), line("J3301", units=4)],
        findings=["laterality_conflict"],
        comment="Header names L3-L4/L4-L5, the needles went to L4-L5/L5-S1: levels follow the description, the "
                "difference is a laterality_conflict. A different steroid in each joint.")

    add("fbt-mbb-02", S_ANE, """
Proc: B/L L4-5, L5-S1 MBB (L3, L4 MB + L5 DR), diagnostic #1
Dx: lumbar spondylosis w/o myelopathy or radiculopathy, M47.81
Hx: axial LBP both sides x 1 yr, worse w/ extension. No leg sx. PT x 10 wk - no relief. Meloxicam - no help.
Can't stand > 20 min. MRI: B/L facet arthropathy L4-5, L5-S1.
Pre 7/10. Consent signed. Time out.
Sedation: moderate sedation given by me for severe procedural anxiety (could not hold still for the last attempt
under local). Versed 2 mg + fentanyl 50 mcg IV. RN observer monitoring throughout. Start 0812, end 0826 (14 min).
Prone. Fluoro. 22g needles to B/L L3 and L4 MB and L5 DR. 2% lido 0.5 mL each site (3 mL total).
AP + oblique saved.
Post 1/10. No cx.
""", procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic", sedation="moderate")],
        drugs=[given("midazolam", 2), given("fentanyl", 0.05), given("lidocaine", 60)],
        pain=(7, 1), need=spine_img, dos="2026-10-06", pos="11",
        codes=[line("64493", "50", "KX"), line("64494", "50", "KX"), line("99152")], findings=["code_validity"],
        comment="M47.81 is a non-billable category. Moderate sedation by the proceduralist, 14 min with an observer.")

    add("fbt-rfa-02", S_PMR, """
Repeat radiofrequency ablation, right C5, C6 and C7 medial branches

Her right-sided neck pain came back in July. The right cervical radiofrequency ablation in November 2025 relieved
roughly 75% of her pain for eight months. The neck pain has been present for four years. Physical therapy for
8 weeks in 2024 brought no relief and naproxen no longer controls it. She cannot turn her head to reverse the car
and cannot work at her desk for more than 30 minutes. MRI shows right C5-C6 and C6-C7 facet arthropathy.
Diagnosis: Cervical spondylosis without myelopathy or radiculopathy (M47.812).

Pre-procedure pain 6/10. Consent reviewed and signed; time-out performed.

Prone. Under lateral and AP fluoroscopy, 18-gauge 5 cm RF cannulas with 5 mm active tips were placed along the
right C5, C6 and C7 articular pillars. Sensory stimulation below 0.5 V reproduced her neck pain; motor
stimulation caused no arm contraction. 0.5 mL of 2% lidocaine was given at each (1.5 mL), and two lesions per
nerve were made at 80 degrees C for 90 seconds. Images saved.

Post-procedure pain 3/10. No complications.
""", procs=[proc("facet_rfa", approach="medial_branch", region="cervical", laterality="right",
                 levels=["C5-C6", "C6-C7"], imaging="fluoroscopy")],
        drugs=[given("lidocaine", 30)],
        pain=(6, 3), need=spine_img, dos="2026-08-25", pos="11",
        codes=[line("64633", "RT"), line("64634", "RT")], findings=[],
        comment="Repeat RFA with 75% for eight months: no diagnostic blocks needed; second RFA in the region in "
                "12 months (limit 2).")


def _other(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    add("fbt-sij-01", S_FEL, """
PAIN MEDICINE FELLOW PROCEDURE NOTE
Procedure: Left sacroiliac joint injection, diagnostic, fluoroscopic guidance with contrast
Attending: present for the entire procedure.

Indication: Left buttock pain below the belt line for six months, worse rising from a chair. Three of five
provocation tests are positive on the left (FABER, thigh thrust, compression). Eight weeks of physical therapy
brought no improvement. She cannot sit through a one-hour meeting.
Imaging: pelvic radiograph shows mild sclerosis of the left SI joint.
Diagnosis: Sacroiliitis, left (M46.1).

Pre-procedure pain: 7/10.
Consent: signed. Time-out: completed.

Technique: Prone. Contralateral oblique fluoroscopy opened the inferior joint line. A 22-gauge spinal needle was
advanced into the inferior third of the left SI joint; Omnipaque 240, 0.5 mL, gave an intra-articular arthrogram
without vascular uptake. 2 mL of 0.25% bupivacaine with 40 mg of triamcinolone was injected. AP and oblique images
saved.

Post-procedure pain: 1/10 at 30 minutes, about 85% relief of the index pain.
Complications: none.
""", procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="left",
                 imaging="fluoroscopy", contrast=True, intent="diagnostic")],
        drugs=[given("iohexol", 0.5, "ml"), given("bupivacaine", 5), given("triamcinolone_acetonide", 40)],
        pain=(7, 1), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment",
                           "imaging_findings"), dos="2026-01-22", pos="11",
        codes=[line("27096", "LT"), line("J3301", units=4)], findings=[])

    add("fbt-h-sij-01", S_NP, """
Nurse practitioner procedure note - right sacroiliac joint injection (therapeutic), repeat

S: Returns for a repeat right SI joint injection. The diagnostic right SI block in 2025 gave 90% relief during
the anesthetic phase, and the therapeutic injection on 10/14/2025 then held about 60% relief for four months. Right
buttock and posterior thigh pain above the knee for over a year, worse with stairs and rolling in bed; she cannot
walk her dog for more than 10 minutes. Eight weeks of physical therapy last spring did not control the pain and
naproxen was stopped for reflux.
O: Positive Gaenslen, FABER and thigh thrust on the right. Pelvic x-ray: sclerosis of the right SI joint.
Dx: Sacroiliitis, right (M46.1).

Procedure: Informed consent signed; time-out performed. Prone. Under fluoroscopy a 22-gauge spinal needle was
placed into the inferior right SI joint; Isovue-M 300, 0.5 mL, confirmed intra-articular spread. Injected 1 mL of
Kenalog-40 (40 mg) with 2 mL of 0.5% ropivacaine. AP and oblique views saved.
Post-procedure pain 2/10; she reports 75% relief before discharge. No complications.

Attestation: I supervised the procedure, reviewed this note and agree. Cosigned by the attending physician.
""", procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="right",
                 imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 0.5, "ml"), given("triamcinolone_acetonide", 40), given("ropivacaine", 10)],
        pain=(None, 2), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment",
                              "imaging_findings"), dos="2026-03-30", pos="11",
        codes=[line("27096", "RT"), line("J3301", units=4)], findings=["pre_procedure_pain_score"],
        comment="Repeat therapeutic SI with 90% diagnostic relief and 60% for four months. No pain score before.")

    add("fbt-tpi-01", S_NP, """
NP PROCEDURE NOTE - trigger point injections with onabotulinumtoxinA
Indication: Myofascial neck and upper back pain for two years. Exam: palpable taut bands with a local twitch
response and referred pain in the right and left upper trapezius, right levator scapulae and right rhomboid major.
Earlier lidocaine trigger point injections gave only two to three weeks of benefit.
Dx: Myofascial pain, neck and upper back (M79.12).
Pre-procedure pain 7/10. Consent signed. Time-out done.
Botox from a 100-unit single-dose vial, reconstituted with 2 mL of preservative-free saline (5 units per 0.1 mL),
injected with a 27-gauge needle: right upper trapezius 25 units, left upper trapezius 25 units, right levator
scapulae 15 units, right rhomboid major 15 units. Total 80 units into 4 muscles. The remaining 20 units were
discarded and the waste recorded.
Post-procedure pain 3/10, about 55% relief. No complications.
Cosign: attending physician reviewed and agrees.
""", procs=[proc("trigger_point")],
        drugs=[given("onabotulinumtoxinA", 80, "units")],
        pain=(7, 3), need=("diagnosis", "symptom_duration", "conservative_care"), dos="2026-05-12", pos="11",
        codes=[line("20553"), line("J0585", units=80), line("J0585", "JW", units=20)], findings=[],
        comment="Four muscles: 20553. 80 units given, 20 discarded from a single-dose vial: J0585 x80 and JW x20.")

    add("fbt-h-tpi-01", S_ANE, """
TPI x 2 - L upper trapezius, L rhomboid
Dx: myofascial pain, upper back, M79.18
Exam: taut bands + twitch in L upper trap and L rhomboid, referred pain to the scapula.
Pre 6/10. Consent signed. Time out.
27g: 1% lido 2 mL + Toradol 15 mg into each muscle (total lido 4 mL, Toradol 30 mg).
Post 2/10. No cx.
""", procs=[proc("trigger_point")],
        drugs=[given("lidocaine", 40), given("ketorolac_tromethamine", 30)],
        pain=(6, 2), need=("diagnosis",), dos="2025-10-28", pos="11",
        codes=[line("20552"), line("J1885", units=2)], findings=["percent_relief", "indication"],
        comment="Relief only implied by pre/post scores: percent_relief. Only a diagnosis and the trigger-point exam "
                "say why (no duration, function or radicular findings): common.indication, as fat-tpi-01.")

    add("fbt-stellate-01", S_FEL, """
PAIN MEDICINE FELLOW PROCEDURE NOTE
Procedure: Left stellate ganglion block, ultrasound-guided
Attending: present for the entire procedure.

Indication: Burning pain, allodynia, swelling and color change of the left hand for five months after a wrist
fracture. Occupational therapy with mirror therapy and gabapentin failed to control the pain. She cannot grip a
cup with the left hand.
Diagnosis: Complex regional pain syndrome type I of the left upper limb (G90.512).

Pre-procedure pain: 7/10.
Consent: signed. Time-out: completed.

Technique: Supine, neck extended. A linear probe was placed at the C6 level over the anterior tubercle; the
vertebral artery was mapped with color Doppler. A 25-gauge needle was advanced in plane to the prevertebral fascia
anterior to longus colli, and 8 mL of 0.25% bupivacaine was injected in increments after negative aspiration.
Ultrasound image saved to the record.
Result: left Horner syndrome; left hand temperature rose from 29 to 33 degrees C.

Post-procedure pain: 3/10. Complications: none.
""", procs=[proc("sympathetic_block", target="stellate", region="cervical", laterality="left",
                 imaging="ultrasound")],
        drugs=[given("bupivacaine", 20)],
        pain=(7, 3), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        dos="2026-10-20", pos="24", codes=[line("64510"), line("76942", "26")], findings=[])

    add("fbt-h-lsb-01", S_NSG, """
OPERATIVE NOTE
Preoperative diagnosis: Complex regional pain syndrome I of the right lower limb (G90.52).
Procedure: Right lumbar sympathetic block at L3 under fluoroscopy.
Anesthesia: Local.

Indications: Seven months of burning right foot pain with allodynia and color and temperature change after ankle
surgery. Physical therapy and pregabalin failed. She cannot bear weight for more than five minutes.

Description: Consent was obtained and a time-out held. Pain 8/10 before the block. Prone; oblique fluoroscopy.
Skin infiltrated with 3 mL of 1% lidocaine. A 22-gauge 15 cm needle was advanced to the anterolateral border of
the L3 vertebral body on the right, with the tip at the anterior third on the lateral view. Omnipaque 240, 3 mL,
spread along the anterolateral vertebral bodies from L2 to L4 without psoas or vascular pattern. 15 mL of 0.25%
bupivacaine was injected in 5 mL aliquots. Right foot temperature rose from 28 to 33 degrees C.

Pain 3/10 after the block. Complications: none.
""", procs=[proc("sympathetic_block", target="lumbar_sympathetic", region="lumbar", laterality="right",
                 levels=["L3"], imaging="fluoroscopy", contrast=True, sedation="local")],
        drugs=[given("lidocaine", 30), given("iohexol", 3, "ml"), given("bupivacaine", 37.5)],
        pain=(8, 3), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        dos="2025-12-09", pos="22", codes=[line("64520"), line("77002", "26")], findings=["code_validity"],
        comment="G90.52 is a non-billable category (the side is written in words).")

    add("fbt-h-impar-01", S_PMR, """
Ganglion impar block under fluoroscopy

Tailbone pain since a fall on the ice 14 months ago, sharp with sitting and when rising from a chair; she can now
sit for only 15 minutes at a time. A cushion, topical diclofenac and 6 weeks of pelvic floor therapy have not
eased it. Coccyx films show a posteriorly angulated distal segment without fracture.
Diagnosis: Coccydynia (M53.3).

Her pain was 7/10 on arrival. We paused for a time-out to confirm the procedure.

In the prone position the sacrococcygeal junction was localized on lateral fluoroscopy. After 2 mL of 1% lidocaine
to the skin, a 22-gauge needle was passed through the sacrococcygeal disc until its tip lay just anterior to it.
Omnipaque 300, 2 mL, spread in a comma shape in front of the sacrum without vascular runoff. We then injected 4 mL
of 0.5% bupivacaine with 40 mg of triamcinolone. Lateral image saved.

Twenty minutes later her pain was 2/10 sitting. No complications. She will keep a pain diary.
""", procs=[proc("sympathetic_block", target="ganglion_impar", region="sacral", imaging="fluoroscopy",
                 contrast=True)],
        drugs=[given("lidocaine", 20), given("iohexol", 2, "ml"), given("bupivacaine", 20),
               given("triamcinolone_acetonide", 40)],
        pain=(7, 2), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment",
                           "imaging_findings"), dos="2026-04-28", pos="11", consent=False,
        codes=[line("64999"), line("77002"), line("J3301", units=4), line("Q9967", units=2)],
        findings=["consent"],
        comment="Ganglion impar: 64999 + 77002 in the office; contrast billed (code without imaging, iohexol 300: "
                "Q9967 per mL). No consent written.")

    add("fbt-h-pump-01", S_PMR, """
Intrathecal pump refill - pump clinic

Chronic pain syndrome with an implanted intrathecal drug delivery system (G89.4), stable on intrathecal morphine.
Consent for the refill was reviewed and a time-out was held with the pump interrogation report. Our clinic nurse
(RN) performed the refill with the kit through the central port under sterile technique: 4.5 mL of residual
withdrawn, matching the expected volume, and 20 mL of preservative-free morphine 25 mg/mL (500 mg) instilled.
No reprogramming; the daily dose stays at 1.2 mg/day.
Pain 5/10 before and 5/10 after. No complications. Next refill in ten weeks.
""", procs=[proc("pump_refill")],
        drugs=[given("morphine", 500)],
        pain=(5, 5), need=("diagnosis",), dos="2026-08-04", pos="11", codes=[line("95990")], findings=[],
        comment="Refilled by clinical staff (RN), not reprogrammed: 95990.")

    add("fbt-pump-01", S_FEL, """
INTRATHECAL BACLOFEN PUMP REFILL AND REPROGRAMMING (fellow note; attending present)
Diagnosis: Spastic paraparesis after a traumatic thoracic spinal cord injury, intrathecal baclofen pump in place.
Interval history: more spasms at night; Ashworth 3 in both legs.
Consent: reviewed and signed. Time-out: performed.
Procedure: I interrogated the pump, prepped the site and accessed the reservoir with a 22-gauge non-coring needle,
withdrew 2 mL of residual and instilled 20 mL of baclofen 2000 mcg/mL (40 mg). I then reprogrammed the daily rate
from 400 to 440 mcg/day (a 10% increase) and confirmed the new alarm date.
Pain 6/10 before, 5/10 after.
Complications: none.
""", procs=[proc("pump_refill")],
        drugs=[given("baclofen", 40)],
        pain=(6, 5), need=("diagnosis",), dos="2025-12-02", pos="11", codes=[line("62370")], findings=[],
        comment="Physician refill with reprogramming: 62370.")

    add("fbt-scs-01", S_NSG, """
OPERATIVE REPORT
Preoperative diagnosis: Failed back surgery syndrome (M96.1) with chronic bilateral lower extremity radicular pain.
Procedure: Percutaneous spinal cord stimulator trial, two 8-contact leads, fluoroscopic guidance.
Anesthesia: Local; no sedation, so that the patient could report paresthesia coverage.

Indications: L4-S1 fusion in 2021 with persistent burning pain down both legs to the feet, greater than the back
pain, for three years. Twelve weeks of physical therapy gave no benefit, gabapentin caused sedation and two rounds
of epidurals gave under two weeks of relief. He cannot walk more than a block. Psychological evaluation by the pain
psychologist in 04/2026 found no contraindication and cleared him for the trial.

Description: Consent was confirmed and a time-out held. Pre-procedure pain 8/10. Prone; chlorhexidine prep;
10 mL of 1% lidocaine to the skin and tracts. Two 14-gauge Tuohy needles entered the epidural space at T12-L1 by a
left paramedian approach with loss of resistance. Under AP fluoroscopy the leads were advanced to the top of T8 and
mid T9, dorsal position confirmed on the lateral view. Intraoperative testing gave concordant coverage of both
legs. Leads anchored to the skin and dressed. AP and lateral images saved.

Pain 7/10 in recovery before trial programming. EBL minimal. Complications: none.
""", procs=[proc("scs_trial", approach="percutaneous", region="thoracic", imaging="fluoroscopy",
                 sedation="none")],
        drugs=[given("lidocaine", 100)],
        pain=(8, 7), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment",
                           "radicular_findings"), dos="2026-06-02", pos="24",
        codes=[line("63650", units=2), line("77003", "26")], findings=[])

    add("fbt-h-gon-01", S_NP, """
NP note - bilateral greater occipital nerve blocks
Occipital headaches shooting from the base of the skull to the vertex on both sides, three times a week for a
year; tenderness over both greater occipital nerves with a positive Tinel sign.
Diagnosis: Occipital neuralgia (M54.81), bilateral.
Pain 7/10 before. Consent signed after risks (bleeding, infection, local hair loss) were reviewed. Time-out done.
Landmark technique, no imaging: medial to the occipital artery, one third of the way from the external occipital
protuberance to the mastoid, 25-gauge needle; after negative aspiration 2 mL of 0.5% bupivacaine with 10 mg of
triamcinolone on each side (total bupivacaine 4 mL, triamcinolone 20 mg).
Tolerated well; no complications. Return in four weeks.
Cosign: attending physician reviewed and agrees with the NP's note and plan.
""", procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="bilateral",
                 imaging="none")],
        drugs=[given("bupivacaine", 20), given("triamcinolone_acetonide", 20)],
        pain=(7, None), need=("diagnosis", "symptom_duration"), dos="2026-02-24", pos="11",
        codes=[line("64405", "50"), line("J3301", units=2)], findings=["post_procedure_pain_score"])

    add("fbt-knee-01", S_PMR, """
Right knee injection, ultrasound-guided

Primary osteoarthritis of the right knee (M17.11). Medial knee pain for three years, worse on stairs; she stops
after half a block. Physical therapy and naproxen have not helped enough. Radiographs show medial joint space
narrowing with osteophytes.

Pre-procedure pain 7/10. Consent signed and time-out completed.

Supine with the knee slightly flexed. The suprapatellar recess was found with a linear probe and a 22-gauge needle
was advanced in plane into it; 4 mL of 1% lidocaine with Kenalog 40 mg (1 mL) was injected with visible distension
of the recess. A permanent ultrasound image was recorded.

Post-procedure pain 3/10. No complications.
""", procs=[proc("joint_injection", target="knee", region="knee", laterality="right", imaging="ultrasound")],
        drugs=[given("lidocaine", 40), given("triamcinolone_acetonide", 40)],
        pain=(7, 3), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment",
                           "imaging_findings"), dos="2025-09-16", pos="11",
        codes=[line("20611", "RT"), line("J3301", units=4)], findings=[])

    add("fbt-h-genic-01", S_ANE, """
Proc: L knee genicular n. block (SM, SL, IM), fluoro
Dx: primary OA L knee, M17.12. L knee pain x 5 yr, not a TKA candidate. PT, NSAIDs, HA and steroid injx failed.
Pre 8/10. Consent signed. Time out.
Supine. AP/lat fluoro. 22g needles to SM and SL genicular at the femoral metaphysis-epiphysis junction and IM at
the tibial. 0.5% bupi 1 mL each (3 mL).
Post 2/10 (75%). Will consider genicular RFA if relief holds.
D/c ambulatory.
""", procs=[proc("genicular_nerve_block", target="genicular", region="knee", laterality="left",
                 imaging="fluoroscopy")],
        drugs=[given("bupivacaine", 15)],
        pain=(8, 2), need=("diagnosis", "symptom_duration", "conservative_care"), dos="2026-03-17", pos="24",
        complications=None, codes=[line("64454", "LT")], findings=["complications"],
        comment="No statement on complications. RFA only considered.")

    add("fbt-pnb-01", S_FEL, """
PAIN MEDICINE FELLOW PROCEDURE NOTE
Procedure: Right suprascapular nerve block, ultrasound-guided
Attending: present for the entire procedure.

Indication: Right shoulder pain for two years from glenohumeral osteoarthritis, not a surgical candidate. Physical
therapy and two intra-articular steroid injections gave only short relief. He cannot reach overhead or sleep on the
right side.
Diagnosis: Primary osteoarthritis, right shoulder (M19.011).

Pre-procedure pain: 6/10.
Consent: signed. Time-out: completed.

Technique: Seated. A linear probe over the suprascapular fossa showed the notch and the transverse scapular
ligament. A 22-gauge needle was advanced in plane to the floor of the fossa and 10 mL of 0.25% bupivacaine with
dexamethasone 4 mg was injected around the nerve. Ultrasound image saved.

Post-procedure pain: 1/10. Complications: none.
""", procs=[proc("peripheral_nerve_block", target="suprascapular", region="shoulder", laterality="right",
                 imaging="ultrasound")],
        drugs=[given("bupivacaine", 25), given("dexamethasone_sodium_phosphate", 4)],
        pain=(6, 1), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        dos="2026-09-29", pos="11", codes=[line("64418", "RT"), line("76942"), line("J1100", units=4)],
        findings=[])
