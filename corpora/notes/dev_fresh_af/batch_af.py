"""The 30 notes of the sealed untuned batch af: notes by physicians trained outside the US or in other
specialties (British/Australian/Canadian/Indian English, anaesthesia regional notes, spine-surgery clinic notes,
sports-medicine ultrasound notes) for US Medicare patients, gold labelled by hand under the US conventions before
any Painpoint run. Wordings are our own."""

from __future__ import annotations


# Gold corrections after the first reading (NEC): five SI / facet IA notes whose intent the text never states.
NOTE_INTENT = ("diagnostic or therapeutic not stated (a steroid in the injectate does not state the intent: approach, "
               "as dev_extra x-sij-02; gold corrected after the first reading)")


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803 - tuples passed in
    """Queue every note; `need` lists the necessity elements the note documents to standard."""
    _epidurals(add, proc, line, given, ESI_NEED, minus)
    _facets(add, proc, line, given, SPINE_NEED, minus)
    _others(add, proc, line, given, SPINE_NEED, minus)


def _epidurals(add, proc, line, given, ESI_NEED, minus) -> None:  # noqa: N803
    """Interlaminar, caudal and transforaminal epidurals."""
    add("faf-ilesi-01", "british_operative", """
Lumbar interlaminar epidural steroid injection - L5/S1
Date: 14/03/2026
Indication: 61 year old gentleman with 3 months of right-sided sciatica radiating down the back of the thigh
into the calf and the sole of the foot, with paraesthesia in the lateral foot. Ankle jerk reduced on the right.
Physiotherapy for 8 weeks gave no benefit and pregabalin was stopped because of sedation. He can no longer walk
the dog or stand in the kitchen to cook. MRI lumbar spine: right paracentral L5/S1 disc extrusion compressing
the right S1 root.
Diagnosis: Lumbar disc prolapse with radiculopathy (M51.17)
Pain score on arrival 8/10.
The patient was consented (written). WHO sign-in and time-out completed. Prone on the theatre table.
Skin prepped with chlorhexidine. 1% lidocaine 3 mls to the skin. 18G Tuohy, loss of resistance to saline at
L5/S1 right paramedian under X-ray screening with the image intensifier. Omnipaque 300, 2 mls, showed epidural
spread with no vascular uptake. Kenalog-40 80 mg diluted with 4 mls normal saline injected slowly.
AP and lateral images stored to PACS.
Post-procedure pain 3/10. No complications. Discharged with a leaflet.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L5-S1"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("lidocaine", 30), given("iohexol", 2, "ml"), given("triamcinolone_acetonide", 80)],
        pain=(8, 3), need=ESI_NEED, dos="2026-03-14", codes=[line("62323"), line("J3301", units=8)], findings=[])

    add("faf-ilesi-02", "anaesthetic_record", """
CERVICAL EPIDURAL (INTERLAMINAR) C6/7 - anaesthetic pain service
Dx: cervical radiculopathy M54.12
Hx: left arm pain to the thumb and index finger for 10 weeks with numbness of the thumb; biceps reflex
reduced on the left. Oral analgesia (paracetamol, naproxen) and 6 weeks of physio - no relief. Cannot lift
her grandchildren or drive.
Imaging: MRI C-spine 2nd February 2026 - left foraminal disc-osteophyte C6/7 compressing the exiting C7 root.
Pre 7/10. Consent obtained. Time-out completed.
Tuohy 18G paramedian left C6/7, LOR saline, Omnipaque 240 1 ml contralateral oblique view confirming spread.
Depo-Medrone 80 mg in 2 mls saline.
One image saved.
Post 2/10. Nil complications.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C6-C7"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1, "ml"), given("methylprednisolone_acetate", 80)],
        pain=(7, 2), need=ESI_NEED, dos="2026-04-21", pos="22", codes=[line("62321")],
        findings=["saved_images"], comment="a single saved image")

    add("faf-caudal-01", "australian_clinic", """
Caudal epidural under X-ray screening
Date of procedure: 3rd June 2026
Diagnosis: Lumbar spinal stenosis with neurogenic claudication (M48.062)
Background: 78 year old lady with bilateral buttock and leg pain on walking beyond 100 metres for about two
years, with heaviness and tingling in both calves, eased by sitting. She has had physiotherapy and a walking
program. Now unable to do her own shopping. CT lumbar spine: severe central canal stenosis at L3/4 and L4/5.
Pain 7/10.
Consented. Time out.
Left lateral position. Sacral hiatus palpated; 20G Tuohy into the caudal canal. Isovue-M 300 3 mls outlined the
epidural space on lateral screening. Injected Depo-Medrone 80 mg with 0.25% bupivacaine 6 mls and saline 4
mls. AP and lateral films retained.
Post 3/10. No complications.
""",
        procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy",
                    contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 3, "ml"), given("methylprednisolone_acetate", 80), given("bupivacaine", 15)],
        pain=(7, 3), need=minus(ESI_NEED, "conservative_care"), dos="2026-06-03",
        codes=[line("62323"), line("J1010", units=80)], findings=["conservative_care"],
        comment="care listed without an outcome")

    add("faf-tfesi-01", "neurosurgery_clinic", """
Neurosurgery outpatient procedure note
Procedure: Right L4/5 transforaminal epidural (selective nerve root block, right L4)
Indication: right L4 radiculopathy - anterior thigh and medial shin pain with numbness for 4 months, knee jerk
diminished. Not a surgical candidate at present. Failed 12 weeks of physiotherapy and gabapentin with no
improvement. Unable to climb stairs at home. MRI: right foraminal L4/5 disc protrusion with L4 root
compression.
Diagnosis: M54.16
Pain 9/10 pre.
Patient consented. Time-out completed as per WHO checklist.
Under fluoroscopy a 22G spinal needle placed in the right L4/5 foramen, subpedicular. Omnipaque 240 1 ml:
neurogram along the L4 root, no vascular flow. Dexamethasone 10 mg with 1% lidocaine 1 ml injected.
Images saved: AP and lateral.
Post 2/10. No complications.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                    levels=["L4-L5"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1, "ml"), given("dexamethasone_sodium_phosphate", 10), given("lidocaine", 10)],
        pain=(9, 2), need=ESI_NEED, dos="2026-02-17", codes=[line("64483", "RT"), line("J1100", units=10)],
        findings=[])

    add("faf-tfesi-02", "indian_english", """
TRANSFORAMINAL EPIDURAL STEROID INJECTION BILATERAL L4-L5 AND L5-S1
Date: 09/07/2026
Patient is a 70 years old female c/o bilateral radiating pain in both lower limbs since 6 months, L5
distribution, with tingling in both feet; SLR positive bilaterally at 40 degrees. Conservative management with
physiotherapy x 3 months and tablet pregabalin - not relieved. Difficulty in doing household work and
unable to walk to the temple. MRI LS spine: diffuse disc bulge L4-L5 and L5-S1 with bilateral neural foraminal
narrowing.
Diagnosis: lumbar radiculopathy, M54.16
VAS pre 8/10.
Informed written consent taken. Time out done.
Under C-arm guidance, 22G spinal needles placed in the bilateral L4-L5 and L5-S1 foramina. Contrast (Omnipaque
240) 1 ml at each foramen showed epidural spread. Inj. Kenalog 20 mg + 0.5% bupivacaine 1 ml injected at each
of the four foramina.
AP and lateral images saved.
VAS post 3/10. No complications.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 4, "ml"), given("triamcinolone_acetonide", 80), given("bupivacaine", 20)],
        pain=(8, 3), need=ESI_NEED, dos="2026-07-09",
        codes=[line("64483", "50"), line("64484", "50"), line("J3301", units=8)], findings=[])

    add("faf-tfesi-03", "canadian_clinic", """
Left C6 selective nerve root block (transforaminal), C5/6
Dx: cervical radiculopathy (M54.12)
Left arm pain for 8 weeks, radiating to the thumb, with paresthesia; Spurling positive on the left. MRI:
left C5/6 uncovertebral osteophyte narrowing the foramen.
Function: unable to work at his desk for more than an hour.
Pre-procedure pain 7/10.
Consent signed, time-out done.
Fluoroscopic guidance. 25G needle into the posterior left C5/6 foramen, Isovue-M 200 0.5 mL
under live screening, no vascular pattern. Dexamethasone 4 mg (Decadron) injected.
AP and oblique images saved.
Post 2/10. No complications.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="cervical", laterality="left",
                    levels=["C5-C6"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 0.5, "ml"), given("dexamethasone_sodium_phosphate", 4)],
        pain=(7, 2), need=minus(ESI_NEED, "conservative_care"), dos="2026-08-12", payer="medicare_cgs",
        codes=[line("64479", "LT"), line("J1100", units=4)], findings=["conservative_care"],
        comment="no conservative care mentioned")

    add("faf-tfesi-04", "british_operative", """
Right S1 transforaminal epidural injection
Date: 22nd September 2026
Indication: right S1 radicular pain into the sole for 5 months with reduced ankle reflex; failed physiotherapy
(10 weeks, no change) and amitriptyline caused dry mouth and was stopped. Unable to walk more than ten minutes.
MRI: right L5/S1 disc protrusion contacting the S1 root.
Diagnosis: M51.17
Pain 8/10.
Consent taken. Time-out completed.
Via the right S1 foramen under X-ray screening, 22G needle. Omnipaque 240 1 ml, then Celestone Soluspan 6 mg
with 1 ml of 1% lignocaine.
AP and lateral views saved.
Post 2/10. No complications.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="sacral", laterality="right",
                    levels=["S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1, "ml"), given("betamethasone_sodium_phosphate_acetate", 6), given("lidocaine", 10)],
        pain=(8, 2), need=ESI_NEED, dos="2026-09-22", codes=[line("64483", "RT"), line("J0702", units=1)],
        findings=[])

    add("faf-caudal-02", "anaesthetic_record", """
Caudal epidural - day surgery theatre
Dx: lumbar radiculopathy M54.16
Left leg pain below the knee in an L5 pattern for 4 months with numb big toe. Physio 6 weeks, no better;
gabapentin not tolerated (dizzy). Off work as a postman. MRI: left L4/5 disc protrusion, L5 root compressed.
Pre 6/10.
Written consent. Time-out.
Prone. Caudal Tuohy 20G through the sacral hiatus under image intensifier. Omnipaque 240 2 mls confirmed
epidural spread. Kenalog + 0.125% bupivacaine 10 mls.
AP and lateral images kept.
Post 2/10. Uneventful.
""",
        procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy",
                    contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 2, "ml"), given("triamcinolone_acetonide", None), given("bupivacaine", 12.5)],
        pain=(6, 2), need=ESI_NEED, dos="2026-05-05", pos="24", codes=[line("62323")],
        findings=["drug_dose"], comment="Kenalog without an amount")


def _facets(add, proc, line, given, SPINE_NEED, minus) -> None:  # noqa: N803
    """Medial branch blocks, intra-articular facet injections and facet radiofrequency."""
    add("faf-mbb-01", "british_operative", """
Bilateral lumbar medial branch blocks (diagnostic, first block) - L3/4 and L4/5 facet joints
Date: 27/01/2026
Diagnosis: Lumbar spondylosis without radiculopathy (M47.816)
Axial low back pain, worse on extension and twisting, for 18 months; no leg symptoms. Physiotherapy for 12
weeks and naproxen gave no lasting improvement. Unable to garden or stand at the sink for more than 15 minutes.
MRI: bilateral facet arthropathy L3/4 and L4/5.
Pre-procedure pain 7/10.
Consented. WHO time-out completed. Prone, X-ray screening.
22G needles to the junction of the transverse and superior articular processes of L3, L4 and L5 on each
side for the L2, L3 and L4 medial branches. 0.5% bupivacaine (Marcaine) 0.5 mls at each of the six nerves.
Post-procedure pain 1/10 - 85% relief at 30 minutes. Pain diary given.
No complications.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L3-L4", "L4-L5"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 15)],
        pain=(7, 1), need=SPINE_NEED, dos="2026-01-27",
        codes=[line("64493", "50", "KX"), line("64494", "50", "KX")], findings=[])

    add("faf-mbb-02", "anaesthetic_record", """
Right cervical medial branch blocks C3/4, C4/5 (diagnostic)
Dx: cervical spondylosis M47.812
Right-sided neck pain with occipital spread for 2 years; physio 8 weeks with no benefit, paracetamol and
ibuprofen not helping. Cannot reverse the car or turn her head to check traffic.
Pre 6/10. Consent signed.
Lateral approach under X-ray screening, 25G needles to the right C3, C4 and C5 medial branches at the
waists of the articular pillars. Lidocaine 2% 0.5 ml at each.
Post 1/10 (80% relief).
No complications.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="right",
                    levels=["C3-C4", "C4-C5"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("lidocaine", 30)],
        pain=(6, 1), need=SPINE_NEED, dos="2026-03-03",
        codes=[line("64490", "KX", "RT"), line("64491", "KX", "RT")], findings=["time_out"],
        comment="no time-out recorded")

    add("faf-mbb-03", "spine_surgery_clinic", """
Spine surgery clinic - procedure note
Left L3/4, L4/5, L5/S1 facet joint medial branch blocks, diagnostic
Diagnosis: lumbar facet arthropathy / spondylosis, M47.816
Left low back pain into the buttock, not past the knee, for 9 months. Completed 3 months of physiotherapy and
an NSAID course without meaningful relief. Can no longer play bowls or carry the shopping.
Pre 7/10.
Consent obtained; time-out completed.
Fluoroscopy. Left L2, L3 and L4 medial branches and the left L5 dorsal ramus each blocked with 0.5 mL of 2%
lidocaine.
Post 2/10, 70% improvement.
No adverse events.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="left",
                    levels=["L3-L4", "L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("lidocaine", 40)],
        pain=(7, 2), need=SPINE_NEED, dos="2026-04-08", payer="medicare_cgs",
        codes=[line("64493", "KX", "LT"), line("64494", "KX", "LT"), line("64495", "KX", "LT")],
        findings=["level_limit"],
        comment="three facet joints in one region: the third level is over the LCD's limit (goldkit level_limit; gold "
                "corrected after the first reading)")

    add("faf-facetia-01", "australian_clinic", """
Bilateral L4/5 facet joint injections (intra-articular) under image intensifier
Date of procedure: 11th May 2026
Dx: lumbar spondylosis M47.816
Background: 12 months of axial lumbar pain, worse on standing and extension. Physio (10 weeks) gave no
improvement; meloxicam stopped for dyspepsia. Struggling to stand long enough to cook a meal.
Pre 6/10. Consented, time out.
Oblique views; 22G needle into each L4/5 facet joint; arthrogram with Omnipaque 240 0.3 ml each side.
Depo-Medrone 40 mg with 0.5 ml of 1% lignocaine injected into each joint.
Post 2/10. No complications.
""",
        procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="bilateral",
                    levels=["L4-L5"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("iohexol", 0.6, "ml"), given("methylprednisolone_acetate", 80), given("lidocaine", 10)],
        pain=(6, 2), need=SPINE_NEED, dos="2026-05-11", codes=[line("64493", "50"), line("J1010", units=80)],
        findings=["approach"], comment=NOTE_INTENT)

    add("faf-facetia-02", "indian_english", """
RIGHT L5-S1 FACET JOINT INTRA-ARTICULAR INJECTION
Patient c/o low back pain right side since 1 year, aggravated on bending backwards. Conservative treatment -
physiotherapy 2 months and analgesics, no relief.
Diagnosis: lumbar spondylosis, M47.816
VAS 7/10.
Written informed consent taken. Time out done.
Under C-arm guidance 22G spinal needle placed in the right L5-S1 facet joint. Inj. Triamcinolone 20 mg with
inj. bupivacaine 0.25% 1 ml given.
VAS after procedure 3/10. No complications. Patient shifted to recovery in stable condition.
""",
        procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="right",
                    levels=["L5-S1"], imaging="fluoroscopy")],
        drugs=[given("triamcinolone_acetonide", 20), given("bupivacaine", 2.5)],
        pain=(7, 3), need=minus(SPINE_NEED, "functional_impairment"), dos="2026-06-16",
        codes=[line("64493", "RT"), line("J3301", units=2)], findings=["approach", "functional_impairment"],
        comment="no functional limitation described; " + NOTE_INTENT)

    add("faf-rfa-01", "british_operative", """
Bilateral L4/5 and L5/S1 facet joint radiofrequency denervation
Date: 07/07/2026
Dx: lumbar facet joint pain, M47.816
Indication: axial low back pain for 3 years. Physiotherapy and a pain-management programme without lasting
benefit. Unable to walk more than 400 metres or lift his grandson. Two sets of diagnostic medial branch blocks
(lidocaine then bupivacaine) gave 85% and 90% relief.
Pre 7/10.
Consented. WHO checklist and time-out completed.
Prone, X-ray screening. 18G 10 mm active-tip cannulae placed along the L3 and L4 medial branches and the L5
dorsal ramus bilaterally; sensory and motor testing satisfactory. 2% lidocaine 1 ml per lesion site, then
lesions at 80 degrees C for 90 seconds.
Post 3/10. No complications.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("lidocaine", 120)],
        pain=(7, 3), need=SPINE_NEED, dos="2026-07-07", codes=[line("64635", "50"), line("64636", "50")],
        findings=[])

    add("faf-rfa-02", "neurosurgery_clinic", """
Right C5/6 and C6/7 facet radiofrequency neurotomy
Diagnosis: cervical spondylosis without myelopathy (M47.812)
Right neck and shoulder-girdle pain for 2 years; failed physiotherapy (3 months, no change) and
amitriptyline (too drowsy). Unable to look up to hang washing or turn to reverse the car.
Pre 8/10.
Consent taken, time-out completed.
Fluoroscopy. Cannulae to the right C5, C6 and C7 medial branches; motor stimulation negative; 1% lidocaine
1 mL each; lesions 80 C, 90 s.
Post 3/10. No complications.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="cervical", laterality="right",
                    levels=["C5-C6", "C6-C7"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("lidocaine", 30)],
        pain=(8, 3), need=SPINE_NEED, dos="2026-08-18", pos="22",
        codes=[line("64633", "RT"), line("64634", "RT")], findings=["diagnostic_block_relief"],
        comment="no diagnostic block or its relief mentioned")

    add("faf-rfa-03", "canadian_clinic", """
Repeat left L5/S1 facet rhizotomy (radiofrequency)
Dx: lumbar spondylosis M47.816
This is a repeat procedure; the previous rhizotomy in early 2026 helped some. Left-sided low back pain for
4 years; physiotherapy and an exercise programme did not relieve it. Unable to sit through church. Earlier
diagnostic medial branch blocks gave 90% relief.
Pre 6/10. Consent signed; time-out done.
Fluoroscopy; cannulae to the left L4 medial branch and L5 dorsal ramus; lidocaine 2% 1 mL at each; lesions
at 85 C x 90 seconds.
Post 2/10. No complications.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="left",
                    levels=["L5-S1"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("lidocaine", 40)],
        pain=(6, 2), need=SPINE_NEED, dos="2026-10-06", codes=[line("64635", "LT")],
        findings=["prior_procedure_response"], comment="repeat with 'helped some' only")


def _others(add, proc, line, given, SPINE_NEED, minus) -> None:  # noqa: N803
    """Sacroiliac, trigger point, joint/bursa, genicular, sympathetic, occipital, SCS, augmentation, pump."""
    add("faf-sij-01", "british_operative", """
Right sacroiliac joint injection under X-ray screening
Date: 10/02/2026
Diagnosis: Sacroiliitis, right (M46.1)
Right buttock pain centred below the PSIS for 7 months; thigh thrust, FABER and compression tests positive on
the right. Physiotherapy (8 weeks) gave no benefit; naproxen not tolerated (indigestion). Cannot sit through a
film or drive for more than half an hour.
Pre 8/10.
Patient consented. WHO sign-in and time-out completed.
22G spinal needle into the inferior pole of the right SI joint; Omnipaque 240 0.5 mls arthrogram.
Kenalog-40 40 mg with 0.2% ropivacaine (Naropin) 2 mls.
AP and oblique images saved.
Post 2/10 - 75% relief.
No complications.
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="right",
                    imaging="fluoroscopy", contrast=True)],
        drugs=[given("iohexol", 0.5, "ml"), given("triamcinolone_acetonide", 40), given("ropivacaine", 4)],
        pain=(8, 2), need=SPINE_NEED, dos="2026-02-10", codes=[line("27096", "RT"), line("J3301", units=4)],
        findings=["approach"], comment=NOTE_INTENT)

    add("faf-sij-02", "australian_clinic", """
Bilateral SI joint injections - day procedure unit
Date of procedure: 24th March 2026
Dx: bilateral sacroiliitis M46.1
Bilateral buttock pain for a year; provocation tests positive on both sides. Physio for 3 months did not help;
celecoxib ceased (reflux). Unable to walk the dog or sit through a meal out.
Pre 7/10.
Time out performed. Prone, image intensifier. 22G needle into each SI joint; Isovue-M 200 0.5 mls per side
outlined each joint. Depo-Medrone 40 mg and 1% lignocaine 1 ml into each joint.
AP and oblique films saved.
Post 2/10 (70% better).
No complications.
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="bilateral",
                    imaging="fluoroscopy", contrast=True)],
        drugs=[given("iopamidol", 1, "ml"), given("methylprednisolone_acetate", 80), given("lidocaine", 20)],
        pain=(7, 2), need=SPINE_NEED, dos="2026-03-24", pos="22", consent=False, codes=[line("27096", "50")],
        findings=["approach", "consent"], comment="no consent statement; " + NOTE_INTENT)

    add("faf-sij-03", "sports_medicine", """
Left SIJ injection, fluoroscopic
Dx: left sacroiliac joint pain - sacroiliitis, not elsewhere classified (M46.1)
Left PSIS pain for 5 months after a fall while skiing, positive Gaenslen and thigh thrust on the left.
Failed 10 weeks of physiotherapy (no change) and ibuprofen. Can't run or cycle; stops after 10 minutes of
walking.
Pre 6/10. Consent and time-out documented.
25G local to the skin, 22G spinal needle into the inferior left SI joint; Omnipaque 300 0.5 mL confirmed intra-
articular spread. Celestone Soluspan 6 mg with 1% lidocaine 2 mL.
AP and contralateral oblique images saved.
Post 1/10 - 85% relief. No complications.
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="left",
                    imaging="fluoroscopy", contrast=True)],
        drugs=[given("iohexol", 0.5, "ml"), given("betamethasone_sodium_phosphate_acetate", 6),
               given("lidocaine", 20)],
        pain=(6, 1), need=SPINE_NEED, dos="2026-06-30", payer="medicare_fcso",
        codes=[line("27096", "LT"), line("J0702", units=1)], findings=["approach"], comment=NOTE_INTENT)

    add("faf-tpi-01", "sports_medicine", """
Trigger point injections - right neck
Dx: myalgia of neck muscles (M79.12)
Right-sided neck pain for 10 weeks after a cycling fall; can't shoulder-check on the bike or work at the laptop
for more than 30 minutes.
Exam: taut bands with local twitch responses and referred pain into the head from the right upper trapezius,
right levator scapulae and right splenius capitis.
Consent verbal and written; time-out done.
Three muscles injected, 27G needle, 1% Xylocaine 1 ml per muscle.
Pre 6/10, post 2/10 (about 65% relief).
No complications.
""",
        procs=[proc("trigger_point", region="cervical")],
        drugs=[given("lidocaine", 30)],
        pain=(6, 2), need=("diagnosis",), dos="2026-01-19", codes=[line("20553")], findings=[])

    add("faf-tpi-02", "anaesthetic_record", """
TPI x2 - left lower back
Dx: myalgia, other site (M79.18)
Aching left loin pain for 4 months, tender over the left quadratus lumborum and left lumbar erector spinae.
Struggles with the hoovering.
Pre 7/10. Consented, time out.
0.25% bupivacaine 3 mls into each of the two muscles.
Post 4/10. Nil complications.
""",
        procs=[proc("trigger_point", region="lumbar")],
        drugs=[given("bupivacaine", 15)],
        pain=(7, 4), need=("diagnosis",), dos="2026-02-24", payer="medicare_cgs", codes=[line("20552")],
        findings=["indication", "percent_relief"],
        comment="tenderness only (no taut band, twitch or referral); relief only implied by the scores")

    add("faf-knee-01", "sports_medicine", """
Ultrasound-guided left knee injection
Dx: primary osteoarthritis, left knee (M17.12)
Left knee pain for 4 years, worse on stairs and after golf; effusion on scan.
Pre 7/10. Consent and time-out.
Linear probe, suprapatellar recess, lateral in-plane approach, 22G needle; Kenalog-40 40 mg with 1% lidocaine
4 mls injected under direct vision. Ultrasound image recorded and saved.
Post 2/10. No complications.
""",
        procs=[proc("joint_injection", target="knee", region="knee", laterality="left", imaging="ultrasound",
                    intent="therapeutic")],
        drugs=[given("triamcinolone_acetonide", 40), given("lidocaine", 40)],
        pain=(7, 2), need=("diagnosis",), dos="2026-04-14", codes=[line("20611", "LT"), line("J3301", units=4)],
        findings=[])

    add("faf-shoulder-01", "sports_medicine", """
US-guided right subacromial bursa injection
Dx: impingement syndrome, right shoulder (M75.41)
Right shoulder pain for 5 months, painful arc, worse reaching overhead; can't hang the washing.
Pre 6/10. Consented; time-out.
Ultrasound: thickened subacromial-subdeltoid bursa. 23G needle in-plane from lateral; Depo-Medrone 40 mg with
1% lidocaine 5 mls into the bursa. Image stored.
Post 1/10. No complications.
""",
        procs=[proc("joint_injection", target="shoulder", region="shoulder", laterality="right",
                    imaging="ultrasound", intent="therapeutic")],
        drugs=[given("methylprednisolone_acetate", 40), given("lidocaine", 50)],
        pain=(6, 1), need=("diagnosis",), dos="2026-05-19", payer="medicare_cgs",
        codes=[line("20611", "RT"), line("J1010", units=40)], findings=[])

    add("faf-gnb-01", "anaesthetic_record", """
Right genicular nerve blocks (US) - acute pain service, diagnostic before RF
Dx: primary OA right knee M17.11
Right knee pain for 6 years; physio and two steroid injections no longer help.
Pre 8/10. Consented. Time-out.
Superolateral, superomedial and inferomedial genicular nerves located with ultrasound beside the genicular
arteries; 0.5% bupivacaine 2 mls at each.
No complications. Patient to complete a pain diary.
""",
        procs=[proc("genicular_nerve_block", target="knee", region="knee", laterality="right", imaging="ultrasound",
                    intent="diagnostic")],
        drugs=[given("bupivacaine", 30)],
        pain=(8, None), need=("diagnosis",), dos="2026-06-09", codes=[line("64454", "RT")],
        findings=["post_procedure_pain_score"], comment="no pain score after the block")

    add("faf-stellate-01", "anaesthetic_record", """
Left stellate ganglion block - ultrasound guided (anaesthetist)
Dx: complex regional pain syndrome type I, left upper limb (G90.512)
Burning pain, swelling and colour change of the left hand for 5 months after a wrist fracture.
Pre 7/10. Written consent. WHO time-out completed.
Supine, linear probe at C6; longus colli identified; 25G needle in-plane to the prevertebral fascia. 0.5%
ropivacaine 5 mls injected in increments with negative aspiration. Image saved to the record.
Left Horner's sign and hand warming within 10 minutes (expected block effect).
Post 3/10. No complications.
""",
        procs=[proc("sympathetic_block", target="stellate", region="cervical", laterality="left",
                    imaging="ultrasound", intent="therapeutic")],
        drugs=[given("ropivacaine", 25)],
        pain=(7, 3), need=("diagnosis",), dos="2026-07-28", codes=[line("64510"), line("76942")], findings=[])

    add("faf-lsb-01", "neurosurgery_clinic", """
Right lumbar sympathetic block, L3, fluoroscopic
Date: 18/08/2026
Dx: CRPS type I, right lower limb (G90.521)
Cold, mottled, allodynic right foot for 8 months after ankle surgery.
Pre 8/10. Consent obtained; time-out completed.
Prone. 22G 15 cm needle to the anterolateral L3 vertebral body on the right. Omnipaque 240 2 mls: linear
spread along the sympathetic chain, no vascular or psoas spread. 0.25% bupivacaine 10 mls injected.
Right foot temperature rose by 3 degrees.
Post 3/10. No complications.
""",
        procs=[proc("sympathetic_block", target="lumbar_sympathetic", region="lumbar", laterality="right",
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 2, "ml"), given("bupivacaine", 25)],
        pain=(8, 3), need=("diagnosis",), dos="2026-08-18",
        codes=[line("64520"), line("77002"), line("Q9966", units=2)], findings=[])

    add("faf-onb-01", "neurology_clinic", """
Bilateral greater occipital nerve blocks (landmark)
Dx: occipital neuralgia (M54.81)
Shooting pain from the base of the skull over both sides of the scalp for 6 months; tender over both greater
occipital nerves.
Pre 7/10. Consented; time-out.
Medial to the occipital artery on each side, 25G needle: Depo-Medrone 40 mg with 2% lidocaine 2 mls per
side.
Post 1/10. No complications.
""",
        procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="bilateral",
                    imaging="none")],
        drugs=[given("methylprednisolone_acetate", 80), given("lidocaine", 80)],
        pain=(7, 1), need=("diagnosis",), dos="2026-09-08", codes=[line("64405", "50"), line("J1010", units=80)],
        findings=[])

    add("faf-scs-01", "neurosurgery_clinic", """
Spinal cord stimulator trial - percutaneous, two leads
Dx: failed back surgery syndrome (M96.1)
Low back and right leg pain for 4 years after an L4/5 decompression and fusion. Physiotherapy, pregabalin,
duloxetine and two epidurals have not given lasting relief; opioids caused constipation and confusion. Cleared
for neuromodulation by clinical psychology (assessment completed 02/09/2026).
Pre 8/10.
Written consent; time-out completed.
Local anaesthetic: 1% lidocaine 10 mls at the entry site. Under fluoroscopy, two Tuohy needles at T12/L1
left paramedian, loss of resistance; two 8-contact leads steered to the top of T8 and T9. Paraesthesia
mapped to the back and right leg. Leads anchored to skin and dressed.
Post 3/10 with stimulation. No complications.
""",
        procs=[proc("scs_trial", approach="percutaneous", region="thoracic", imaging="fluoroscopy",
                    intent="therapeutic", sedation="local")],
        drugs=[given("lidocaine", 100)],
        pain=(8, 3), need=("diagnosis", "symptom_duration", "conservative_care"), dos="2026-09-29", pos="24",
        codes=[line("63650", units=2), line("77003", "26")], findings=[])

    add("faf-kypho-01", "spine_surgery_clinic", """
L1 balloon kyphoplasty, bipedicular, fluoroscopic
Dx: age-related osteoporosis with current pathological vertebral fracture, initial encounter (M80.08XA)
Severe upper lumbar pain for 5 weeks after lifting a box; 4 weeks of a brace, paracetamol and tramadol have not
controlled it and she is confined to bed.
MRI: acute L1 wedge fracture with marrow oedema, 30% height loss, posterior wall intact.
Pre 9/10. Consent signed; WHO checklist completed.
Local anaesthetic only: 1% lidocaine 10 mls each side. Balloons inflated through both L1 pedicles; 4 mls of
PMMA cement placed under lateral screening, no leak.
Post 4/10. No complications.
""",
        procs=[proc("vertebral_augmentation", approach="kyphoplasty", region="lumbar", levels=["L1"],
                    imaging="fluoroscopy", intent="therapeutic", sedation="local")],
        drugs=[given("lidocaine", 200)],
        pain=(9, 4), need=("diagnosis", "symptom_duration", "conservative_care", "imaging_findings"),
        dos="2026-10-20", pos="22", codes=[line("22514")], findings=[])

    add("faf-pump-01", "anaesthetic_record", """
Intrathecal pump refill
Dx: chronic pain due to malignancy (G89.3)
Routine refill, alarm date next week.
Consent. Time-out. Pump interrogated; residual 2.5 mls withdrawn as expected.
Reservoir refilled through the port with preservative-free morphine 10 mg/ml, 20 mls, 22G Huber needle.
No complications. Next refill in 3 months.
""",
        procs=[proc("pump_refill")],
        drugs=[given("morphine", 200)],
        pain=(None, None), need=("diagnosis",), dos="2026-11-17", codes=[line("95991")],
        findings=["approach"], comment="neither who refilled nor whether the pump was reprogrammed")
