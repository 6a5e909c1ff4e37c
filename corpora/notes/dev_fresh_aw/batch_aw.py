"""Notes of the sealed untuned batch aw: every necessity and documentation element written in paraphrase, the
way anesthesiologists, physiatrists, neurologists, orthopaedic surgeons and nurse practitioners write them
(durations tied to events, impairment told through activities, therapies by name and weeks with their outcome
in other words, imaging as a short paraphrase of the report, scores as NRS/VAS/'out of 10', relief as a
fraction). About half the notes leave out one to three elements, each beside a near-miss that must not count
(future therapy, a study still to be ordered, scores from an earlier visit, relief from another procedure,
consent still to be signed). Gold labelled by hand before any Painpoint run; `findings` are the gaps."""

from __future__ import annotations


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803 - tuples passed in
    """Queue every note; `need` lists the necessity elements the note documents to standard."""
    _epidurals(add, proc, line, given, ESI_NEED, minus)
    _facets(add, proc, line, given, SPINE_NEED, minus)
    _others(add, proc, line, given, SPINE_NEED)


def _epidurals(add, proc, line, given, ESI_NEED, minus) -> None:  # noqa: N803
    """Transforaminal, interlaminar and caudal epidurals."""
    add("faw-tfesi-01", "anesthesiology_op_note", """
PROCEDURE: Left L4-5 and L5-S1 transforaminal epidural steroid injection, fluoroscopically guided
DIAGNOSIS: Lumbar disc displacement with radiculopathy (M51.16)
HISTORY: Left leg pain going on for the better part of a year, since he slipped on the ice last
winter. It runs from the buttock down the outer thigh and shin onto the top of the foot, with pins and
needles in the big toe. EHL 4/5 on the left, SLR positive on the left at 45 degrees. He did 8 weeks of
McKenzie-based therapy and took naproxen - neither touched the leg pain. He has given up his bowling
league and has to stop twice to rest walking in from the parking lot. Lumbar MRI: left foraminal
protrusion at L4-5 crowding the exiting L4 root, broad bulge at L5-S1 abutting the left S1 root.
NRS on arrival 7.
Informed consent was reviewed and signed. Universal protocol observed prior to needle placement.
TECHNIQUE: Prone. Skin wheals with lidocaine 1%, 2 mL total. Under oblique fluoroscopy a 22 g
spinal needle was placed in the left L4-5 and then the left L5-S1 foramen. Omnipaque 240, 1 mL at
each level, showed perineural and epidural spread with no vascular pattern. Decadron 5 mg was given
at each level (10 mg total).
AP and lateral fluoroscopic images were saved for the record.
NRS at discharge 2. No complications; EBL minimal.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("lidocaine", 20), given("iohexol", 2, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(7, 2), need=ESI_NEED, dos="2026-01-13",
        codes=[line("64483", "LT"), line("64484", "LT"), line("J1100", units=10)], findings=[])

    add("faw-tfesi-02", "pmr_clinic_procedure", """
Cervical selective nerve root injection, right C6-C7 (transforaminal), fluoroscopy
Dx: Cervical radiculopathy (M54.12)
S: Right arm pain x 7 mo, neck to the dorsum of the hand, with the middle finger going numb at
night. Triceps reflex trace on the right, Spurling's reproduces the arm pain. Can no longer reach
overhead to stock shelves at work and drops his coffee cup. We discussed a course of formal PT and a
referral was placed today; he will start after this injection. MRI c-spine (outside report reviewed):
right-sided uncovertebral spurring at C6-7 with moderate-to-severe foraminal stenosis.
Pain today rated a 6 out of 10 before the procedure.
Consent: discussed risks incl. stroke and spinal cord injury; consent form signed.
Time-out done with RN and rad tech.
Procedure: supine oblique; 25 g needle to the posterior aspect of the right C6-7 foramen. Isovue-M 300
0.5 mL under live fluoro with DSA - no vascular filling. Dexamethasone 4 mg (preservative free)
injected slowly. AP and oblique views stored.
6/10 -> 1 out of 10 at 20 minutes. No complications.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="cervical", laterality="right",
                    levels=["C6-C7"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 0.5, "ml"), given("dexamethasone_sodium_phosphate", 4)],
        pain=(6, 1), need=minus(ESI_NEED, "conservative_care"), dos="2026-02-19", pos="24",
        codes=[line("64479", "RT")], findings=["conservative_care"],
        comment="physical therapy only referred, to start after the injection; no other care tried")

    add("faw-tfesi-03", "np_procedure_note", """
Bilateral L5-S1 transforaminal ESI (fluoro)
Dx: lumbar radiculopathy, lumbosacral (M54.17)
Leg pain on both sides, R > L, chronic, >6 months, into both calves with numbness along the soles;
ankle jerks absent bilaterally. She went through 6 weeks of aquatic therapy in the spring and a
medrol dosepak; the leg pain came right back within days of both. Cannot stand long enough to
cook a meal, sleeps in a recliner. MRI: L5-S1 degenerative disc with bilateral foraminal narrowing
(moderate R, mild-moderate L), contacting both exiting L5 roots.
Pain score pre: VAS 8/10.
Consent obtained after discussion of risks/benefits/alternatives. Pre-procedure pause: correct
patient, procedure, site and side confirmed by the team.
Needles to R and L L5-S1 foramina under fluoroscopy, confirmed on AP and lateral views (both saved).
Isovue-M 300, 1 mL each side, neurogram without vascular uptake. Celestone Soluspan 6 mg
(1 mL) per side.
Post: VAS 3/10. Tolerated well; complications none.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                    levels=["L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 2, "ml"), given("betamethasone_sodium_phosphate_acetate", 12)],
        pain=(8, 3), need=ESI_NEED, dos="2026-03-05",
        codes=[line("64483", "50"), line("J0702", units=2)], findings=[])

    add("faw-tfesi-04", "orthopaedic_brief_note", """
Procedure: Right S1 transforaminal epidural injection - second one at this level.
Dx: L5-S1 disc herniation with right S1 radiculopathy (M51.17)
Hx: right calf and heel pain since a lifting injury at the warehouse back in January (about 10 months),
numb lateral foot, absent right ankle reflex, positive SLR on the right at 30 degrees. 12 sessions of
PT over 5 weeks and 6 weeks of gabapentin did not change the leg pain. Cannot do his route deliveries;
limited to sitting 20 minutes. MRI: right paracentral L5-S1 extrusion displacing the traversing right S1
root. First S1 injection in August; he says it "did something."
Consent to be obtained by the surgical center nursing staff. Time-out completed.
Fluoroscopy: needle through the right S1 foramen, Omnipaque 240 1 mL outlining the S1 root, no
intravascular flow. Kenalog-40, 1 mL (40 mg). AP + lateral saved.
Pre 7/10, post 3/10. No complications.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="sacral", laterality="right",
                    levels=["S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1, "ml"), given("triamcinolone_acetonide", 40)],
        pain=(7, 3), need=ESI_NEED, dos="2026-11-10", pos="22", consent=False, payer="medicare_cgs",
        codes=[line("64483", "RT")], findings=["consent", "prior_procedure_response"],
        comment="stated repeat with an unquantified response; consent only planned ('to be obtained')")

    add("faw-ilesi-01", "neurology_procedure_note", """
Cervical epidural steroid injection, interlaminar, C7-T1, fluoroscopic guidance
Diagnosis: cervical radiculopathy (M54.12)
She has had left neck and arm pain since her car was rear-ended two winters ago, radiating over the
shoulder blade into the forearm and index finger; left biceps and brachioradialis reflexes are
diminished, grip 4/5 on the left. Eight weeks of physical therapy with cervical traction, then
duloxetine - the traction helped for a few days each time, the duloxetine made her nauseated. She
has had to stop knitting and cannot turn her head to back the car out of the driveway. MRI report
summarised: left paracentral disc protrusion at C6-7 effacing the left lateral recess, mild canal
narrowing at C5-6.
Pain 8 out of 10 going in.
We went over the risks, including dural puncture and infection; she consented in writing. Site
verification and time-out performed.
Prone; C7-T1 interspace identified on AP. 20 g Tuohy, loss of resistance to saline at the
contralateral-oblique view. Omnipaque 240, 2 mL, epidural spread without vascular uptake.
Depo-Medrol 80 mg with 2 mL of preservative-free saline injected.
Two views (AP and contralateral oblique) saved to PACS.
After: 3 out of 10. No complications.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C7-T1"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 2, "ml"), given("methylprednisolone_acetate", 80)],
        pain=(8, 3), need=ESI_NEED, dos="2026-04-02",
        codes=[line("62321"), line("J1010", units=80)], findings=[])

    add("faw-ilesi-02", "pmr_clinic_procedure", """
LUMBAR INTERLAMINAR ESI, L4-L5, under fluoroscopy
Dx: lumbar radiculopathy (M54.16)
Left thigh and shin pain x 8 mo, dermatomal L5, with a positive crossed SLR and weak left ankle
dorsiflexion 4+/5. Twelve weeks of PT at the outpatient clinic, meloxicam, then a TENS unit - none of
it made a dent in the leg pain. She stopped walking her dog and cannot stand through a church service.
She has not had an MRI; we will obtain a lumbar MRI if the injection does not help.
Pre-procedure pain 7/10 (NRS).
Consent signed; universal protocol followed.
17 g Tuohy at L4-L5 left paramedian, LOR to air. Omnipaque 240, 3 mL, epidurogram confirmed.
Triamcinolone 80 mg in 3 mL saline injected. AP and lateral images saved.
Post-procedure NRS 2/10. No complications.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L4-L5"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 3, "ml"), given("triamcinolone_acetonide", 80)],
        pain=(7, 2), need=minus(ESI_NEED, "imaging_findings"), dos="2026-05-14",
        codes=[line("62323"), line("J3301", units=8)], findings=["imaging_findings"],
        comment="no imaging yet; the MRI is only planned")

    add("faw-ilesi-03", "anesthesiology_op_note", """
OPERATIVE REPORT
Procedure: Thoracic interlaminar epidural steroid injection, T9-T10, with fluoroscopy
Indication: Band-like right-sided chest wall pain wrapping from the mid back to below the breast in the
T9-T10 dermatomes, with allodynia along the band, ongoing x 8 mo after thoracic disc herniation.
Physical therapy for 6 weeks and pregabalin were both given a fair trial without
meaningful benefit. She cannot wear a bra or sleep on her right side and has stopped driving.
MRI thoracic spine: right paracentral T9-10 disc herniation indenting the cord without signal change,
right foraminal narrowing.
Diagnosis: Thoracic radiculopathy (M54.14)
Pre-procedure pain 9/10.
Consent: written, on chart. Time-out: completed.
Procedure: Prone. 20 g Tuohy at T9-T10 midline, loss of resistance to saline. Isovue-M 300, 1.5 mL,
epidural spread confirmed on AP and lateral (both saved). Dexamethasone 10 mg and 2 mL of
saline were injected.
Post-procedure pain 4/10. No complications.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="thoracic", levels=["T9-T10"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 1.5, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(9, 4), need=ESI_NEED, dos="2026-06-23", pos="24", codes=[line("62321")], findings=[])

    add("faw-caudal-01", "np_procedure_note", """
Caudal epidural steroid injection under fluoroscopy
Dx: spinal stenosis, lumbar, with neurogenic claudication (M48.062)
Hx: Both legs give out and go numb after a block and a half, buttocks to calves, easing when he sits
or leans on the cart - going on since before his retirement, roughly 2 years. Trialed 10 weeks of
flexion-based PT and gabapentin 300 tid; therapy made no lasting change and the gabapentin left him
foggy. He no longer golfs and shops only with an electric cart. MRI: severe central stenosis at L4-5
with moderate stenosis at L3-4.
NRS 6 before.
Consent obtained (signed). Time-out.
Prone; sacral hiatus palpated, 20 g Tuohy with LOR. Omnipaque 240, 5 mL, filled the caudal canal to
L5, no vascular run-off. Injected methylprednisolone 80 mg with 5 mL of 0.25% bupivacaine.
Two images saved (AP, lateral).
NRS 2 after. No cx.
""",
        procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy",
                    contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 5, "ml"), given("methylprednisolone_acetate", 80), given("bupivacaine", 12.5)],
        pain=(6, 2), need=ESI_NEED, dos="2026-07-08",
        codes=[line("62323"), line("J1010", units=80)], findings=[])

    add("faw-caudal-02", "orthopaedic_brief_note", """
Caudal ESI (fluoroscopic)
Dx: Lumbosacral radiculopathy (M54.17)
Burning pain down the back of the right leg to the heel, worse sitting; decreased sensation lateral
foot, right ankle reflex absent. Family history of back trouble - mother and two brothers had lumbar
surgery. She went through 8 weeks of PT and a course of celecoxib, which did not ease the leg.
Cannot sit through her grandson's ball games or drive more than 15 minutes. MRI: L5-S1 right
paracentral protrusion contacting the right S1 root; postoperative changes absent.
At her visit three weeks ago she rated the leg 8/10.
Consent discussed and signed. Time-out.
Hiatus accessed with a 22 g spinal needle, LOR, Isovue-M 300 3 mL confirming epidural spread.
Triamcinolone 40 mg and 0.2% ropivacaine 5 mL injected. AP and lateral saved.
After the injection: 2/10. No complications.
""",
        procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy",
                    contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 3, "ml"), given("triamcinolone_acetonide", 40), given("ropivacaine", 10)],
        pain=(None, 2), need=minus(ESI_NEED, "symptom_duration"), dos="2026-08-18",
        codes=[line("62323"), line("J3301", units=4)], findings=["pre_procedure_pain_score", "symptom_duration"],
        comment="no duration of her own symptoms (family history only); the 8/10 is from an earlier visit")


def _facets(add, proc, line, given, SPINE_NEED, minus) -> None:  # noqa: N803
    """Medial branch blocks, an intra-articular facet injection and radiofrequency neurotomies."""
    add("faw-mbb-01", "anesthesiology_op_note", """
PROCEDURE: Bilateral lumbar medial branch blocks, L3-L4 and L4-L5 facet joints (L2, L3 and L4 medial
branches each side). Diagnostic, first block. Fluoroscopic guidance.
DX: Lumbar spondylosis without myelopathy or radiculopathy (M47.816)
HPI: Midline low back ache, worse bending back and rising from a chair, no radiation below the knee,
present since his knee replacement rehab two years ago. Completed 10 weeks of core stabilisation therapy
and regular acetaminophen/ibuprofen; the back is no better for either. He has stopped mowing and
can stand at the grill for only ten minutes. CT lumbar: bilateral facet hypertrophy L3-4 and L4-5.
Pre-block pain NRS 6.
Informed consent signed. Time-out with all team members.
Needles (22 g, 3.5 in) placed at the junction of the superior articular and transverse processes at
L3, L4 and L5 bilaterally to block the L2, L3 and L4 medial branches; 0.5 mL of 0.5% bupivacaine at each of
the six sites. Images confirmed on oblique views.
Post-block NRS 1 with provocative manoeuvres at 30 minutes. No complications. Pain diary given.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L3-L4", "L4-L5"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 15)],
        pain=(6, 1), need=SPINE_NEED, dos="2026-01-27",
        codes=[line("64493", "50", "KX"), line("64494", "50", "KX")], findings=[])

    add("faw-mbb-02", "pmr_clinic_procedure", """
Right cervical MBB, C5-6 and C6-7 facet joints (C5, C6, C7 medial branches) - diagnostic
Dx: Cervical spondylosis w/o radiculopathy (M47.812)
Right-sided neck pain into the top of the shoulder x 14 months, worse looking over her shoulder.
Works full time as a bookkeeper. Six weeks of cervical PT last spring and two months of
cyclobenzaprine at night; she says neither did much. X-ray and MRI: multilevel facet arthropathy,
worst at right C5-6 and C6-7, no foraminal stenosis.
Pain 7/10 pre. Consent obtained (written). Time-out done.
Lateral approach under fluoroscopy: 25 g needles to the articular pillars at C5, C6 and C7 on the
right; 0.5 mL of 2% lidocaine at each.
30 min later: 2/10 turning to the right. No complications.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="right",
                    levels=["C5-C6", "C6-C7"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("lidocaine", 30)],
        pain=(7, 2), need=minus(SPINE_NEED, "functional_impairment"), dos="2026-02-24",
        codes=[line("64490", "KX", "RT"), line("64491", "KX", "RT")], findings=["functional_impairment"],
        comment="her job is named but no activity she cannot do")

    add("faw-mbb-03", "np_procedure_note", """
Left L4-5, L5-S1 facet MBB #2 (confirmatory), L3 + L4 medial branches and L5 dorsal ramus
Dx: Lumbar facet arthropathy / spondylosis (M47.816)
L-sided axial LBP, going on since the summer before last (~16 mo), no leg symptoms, worse with
extension and standing. 3 months of PT and a chiropractor, plus diclofenac - only short-lived easing
each time. Cannot stand long enough to finish the dishes; quit her Saturday market stall.
MRI: L4-5 and L5-S1 facet arthropathy with small left effusions.
First block (lidocaine) 3 weeks ago: about 85% better for 2 hours, per diary.
NRS 7 before today. Consent re-signed for the second block. Pause for the cause done.
Fluoroscopy; 22 g needles to the three left targets; 0.5 mL of 0.75% bupivacaine each.
NRS 1 at 30 min. No adverse events; no complications.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="left",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 11.25)],
        pain=(7, 1), need=SPINE_NEED, dos="2026-03-17",
        codes=[line("64493", "KX", "LT"), line("64494", "KX", "LT")], findings=[])

    add("faw-facet-01", "orthopaedic_brief_note", """
Procedure: Right L4-5 facet joint injection, intra-articular, therapeutic, fluoroscopic guidance.
Dx: Lumbar spondylosis (M47.816)
Right-sided low back pain, worse with extension, since 2023 (over 2 years). PT 8 weeks and NSAIDs
without improvement. Unable to stand at the workbench for more than a quarter hour; gave up
gardening. She had a facet block at another practice years ago and thinks it helped for a while.
CT: right L4-5 facet arthrosis with joint space narrowing.
Pain 6/10 pre-procedure. Consented. Time-out.
22 g needle into the right L4-5 facet joint under fluoroscopy, arthrogram with Omnipaque 240 0.3 mL.
Kenalog 20 mg mixed with 0.5 mL of 0.5% bupivacaine injected into the joint.
Pain 2/10 after. Complications: nil.
""",
        procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="right",
                    levels=["L4-L5"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 0.3, "ml"), given("triamcinolone_acetonide", 20), given("bupivacaine", 2.5)],
        pain=(6, 2), need=SPINE_NEED, dos="2026-04-21",
        codes=[line("64493", "RT"), line("J3301", units=2)], findings=["diagnostic_block_relief"],
        comment="therapeutic facet injection; earlier block elsewhere years ago with unquantified relief")

    add("faw-rfa-01", "anesthesiology_op_note", """
PROCEDURE: Bilateral L4-5 and L5-S1 radiofrequency ablation (L3, L4 medial branches, L5 dorsal rami)
DIAGNOSIS: Lumbar spondylosis without radiculopathy (M47.816)
INDICATION: Axial low back pain x 3 yrs, worse standing and with extension, no radicular component.
Twelve weeks of physical therapy, a home program and NSAIDs have given only partial, short-lived help.
He cannot carry groceries in from the car or stand through a grandchild's school concert.
Two sets of diagnostic medial branch blocks at these levels: lidocaine gave 90% relief lasting
2 hours; bupivacaine gave 80% improvement for 6 hours.
Pre-procedure NRS 7/10.
Consent: risks including neuritis reviewed; written consent obtained. Universal protocol observed.
TECHNIQUE: Fluoroscopy. 18 g, 10 mm active-tip cannulas placed parallel to each of the six nerves.
Sensory stimulation at 50 Hz reproduced the back pain below 0.6 V; motor stimulation at 2 Hz to 2 V
produced multifidus twitch and no leg movement. 1 mL of 1% lidocaine through each cannula, then
conventional lesions at 80 C for 90 seconds at each site.
Post-procedure NRS 3/10. No complications; EBL minimal.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("lidocaine", 60)],
        pain=(7, 3), need=SPINE_NEED, dos="2026-05-05", pos="24",
        codes=[line("64635", "50"), line("64636", "50")], findings=[])

    add("faw-rfa-02", "neurology_procedure_note", """
Right cervical radiofrequency neurotomy, C3-4 and C4-5 facet joints (C3, C4, C5 medial branches)
Diagnosis: cervical spondylosis without radiculopathy (M47.812)
Right upper neck pain with occipital radiation after a fall from a ladder 18 months ago. Completed
8 weeks of PT, cervical pillow and meloxicam; the pain is unchanged by them. She can no longer read
in bed or look up to hang laundry. A right SI joint injection last spring gave her 80% relief of her
buttock pain for two months.
Pre-procedure pain 7/10.
Consent signed after discussing numbness and temporary worsening. Time-out completed.
Fluoroscopy-guided. 20 g RF cannulas to the right C3, C4 and C5 articular pillars; sensory
threshold under 0.5 V, no motor response in the arm at 2 Hz. 0.5 mL 2% lidocaine at each,
then lesioning at 85 degrees for 90 seconds.
Pain after: 3/10. No complications.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="cervical", laterality="right",
                    levels=["C3-C4", "C4-C5"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("lidocaine", 30)],
        pain=(7, 3), need=SPINE_NEED, dos="2026-06-09",
        codes=[line("64633", "RT"), line("64634", "RT")], findings=["diagnostic_block_relief"],
        comment="the only quantified relief is from an SI joint injection, not a medial branch block")

    add("faw-rfa-03", "np_procedure_note", """
REPEAT left L5-S1 RFA (L4 medial branch + L5 dorsal ramus)
Dx: Lumbar spondylosis (M47.816)
L-sided low back pain, chronic since 2021. Prior PT x 10 wks and tramadol with little relief.
Difficulty getting out of the car and unable to vacuum. Her last RFA here, 11 months ago, gave about
three-quarters relief for roughly 9 months before the ache returned.
At her follow-up in October her pain was 3/10.
Pain today before the procedure: 8/10.
Consent reviewed and signed.
Under fluoro, 18 g cannulas to the left L4 MB and L5 DR; sensory <0.5 V, motor negative.
Lidocaine 1%, 2 mL per site, then 80 degrees C x 90 s per lesion.
No complications. Discharged with her daughter.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="left",
                    levels=["L5-S1"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("lidocaine", 40)],
        pain=(8, None), need=SPINE_NEED, dos="2026-11-24",
        codes=[line("64635", "LT")], findings=["post_procedure_pain_score", "time_out"],
        comment="the 3/10 is from an earlier follow-up, no score after today's procedure; no time-out")


def _others(add, proc, line, given, SPINE_NEED) -> None:  # noqa: N803
    """SI joint, trigger points, joints, genicular, sympathetic, occipital, SCS trial, augmentation, pump."""
    add("faw-sij-01", "pmr_clinic_procedure", """
Right sacroiliac joint injection, therapeutic, fluoroscopic
Dx: Sacroiliitis (M46.1), right
Right buttock pain just below the dimple x 9 mo, since she fell down the porch steps; Fortin finger
sign, thigh thrust and compression all provoke it. Eight weeks of pelvic stabilisation PT and
naproxen gave only temporary relief. She can't get through a grocery trip or sit on the bleachers.
Diagnostic right SI block with lidocaine in June: 80% improvement for 6 hours.
Pre: 8/10. Consent on file, signed today. Time-out with RN.
22 g needle into the inferior right SI joint under fluoroscopy; Omnipaque 300 0.5 mL showed an
intra-articular arthrogram. Depo-Medrol 40 mg with 1 mL 1% lidocaine injected.
AP and contralateral oblique images saved.
Post: 2/10 - about three-quarters better. No complications.
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="right",
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 0.5, "ml"), given("methylprednisolone_acetate", 40), given("lidocaine", 10)],
        pain=(8, 2), need=SPINE_NEED, dos="2026-07-21",
        codes=[line("27096", "RT"), line("J1010", units=40)], findings=[])

    add("faw-sij-02", "orthopaedic_brief_note", """
Left SI joint block - diagnostic. Fluoroscopy.
Dx: Sacroiliac joint pain, left - sacroiliitis (M46.1)
Left buttock and groin pain x 6 months after a long-distance drive; positive FABER and
distraction on the left. Did 6 weeks of PT and an SI belt; the pain persisted despite both.
Can't stand long enough to cook.
Consent signed. Time-out completed.
Needle into the left SI joint, Isovue-M 300 0.5 mL confirming intra-articular spread; 0.5%
bupivacaine 2 mL. A single spot film was kept.
Pain 7 before, 2 after provocation at 20 minutes. No complications.
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="left",
                    imaging="fluoroscopy", contrast=True, intent="diagnostic")],
        drugs=[given("iopamidol", 0.5, "ml"), given("bupivacaine", 10)],
        pain=(7, 2), need=SPINE_NEED, dos="2026-08-11",
        codes=[line("27096", "LT")], findings=["percent_relief", "saved_images"],
        comment="relief only implied by the two scores; one spot film (SI needs two views)")

    add("faw-sij-03", "np_procedure_note", """
Bilateral SI joint injections (therapeutic), fluoroscopic guidance
Dx: Sacroiliitis, bilateral (M46.1)
Low buttock pain both sides for about a year, since her second pregnancy; positive thigh thrust and
compression bilaterally. Bilateral diagnostic SI blocks in June relieved 80% of the pain for the day.
She has a home exercise handout for pelvic stability, given today, to begin next week.
Cannot walk around the block or lift her toddler.
Pre NRS 7. Informed consent signed. Universal protocol observed.
Each SI joint entered inferiorly; Omnipaque 300 0.5 mL per side confirmed spread. Kenalog 40 mg
per side (80 mg total). AP and oblique views saved.
Post NRS 2 - roughly 70% relief. No complications.
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="bilateral",
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1, "ml"), given("triamcinolone_acetonide", 80)],
        pain=(7, 2), need=("diagnosis", "symptom_duration", "functional_impairment"), dos="2026-09-15",
        codes=[line("27096", "50"), line("J3301", units=8)], findings=["conservative_care"],
        comment="the exercise program starts next week; no care tried before")

    add("faw-tpi-01", "np_procedure_note", """
Trigger point injections, left neck/upper back
Dx: Myofascial pain (M79.18)
Left neck and shoulder blade pain, x 4 mo, since starting a new desk job; she can't get through an
afternoon of typing or carry her laptop bag. Stretching program and heat for 6 weeks helped only a
little. Exam: taut bands with local twitch and referred pain in the left upper trapezius, left
levator scapulae and left rhomboid major.
Verbal and written consent. Time-out.
25 g needle; 1 mL of 1% lidocaine into each of the three muscles.
Pain 7/10 before, 2/10 after - about 70% relief. No complications.
""",
        procs=[proc("trigger_point", region="cervical")],
        drugs=[given("lidocaine", 30)],
        pain=(7, 2), need=("diagnosis",), dos="2026-10-06", codes=[line("20553")], findings=[])

    add("faw-tpi-02", "pmr_clinic_procedure", """
TPIs, right gluteus medius and right piriformis
Dx: myofascial pain syndrome, gluteal (M79.18)
Right buttock pain since a fall at the curling rink in February; active trigger points with taut bands
and referred pain down the lateral thigh in both muscles. Sitting through a movie is no longer possible.
Consent signed. Time-out performed.
0.25% bupivacaine 3 mL into each muscle with a 22 g spinal needle.
Pre 6/10, post 3/10. No complications.
""",
        procs=[proc("trigger_point", region="lumbar")],
        drugs=[given("bupivacaine", 15)],
        pain=(6, 3), need=("diagnosis",), dos="2026-10-20", codes=[line("20552")], findings=["percent_relief"],
        comment="relief only implied by the two scores")

    add("faw-knee-01", "orthopaedic_brief_note", """
Right knee steroid injection (landmark, no imaging)
Dx: Primary osteoarthritis, right knee (M17.11)
Right knee pain for years, worse on stairs and kneeling; can no longer get down to the garden beds.
Bracing and a summer of quad strengthening gave only a partial response. X-rays: medial joint space
narrowing with osteophytes.
Consent obtained. Time-out done.
Superolateral approach; Depo-Medrol 40 mg with 4 mL 1% lidocaine into the joint.
Pain 6/10 before, 2/10 after. No complications.
""",
        procs=[proc("joint_injection", target="knee", region="knee", laterality="right", imaging="none",
                    intent="therapeutic")],
        drugs=[given("methylprednisolone_acetate", 40), given("lidocaine", 40)],
        pain=(6, 2), need=("diagnosis",), dos="2026-02-10",
        codes=[line("20610", "RT"), line("J1010", units=40)], findings=[])

    add("faw-genb-01", "anesthesiology_op_note", """
Left genicular nerve block (superolateral, superomedial, inferomedial) under fluoroscopy
Dx: Primary osteoarthritis, left knee (M17.12)
Left knee pain x 3 years, too high-risk for arthroplasty; has to stop halfway up the stairs.
Pain 8/10 before. Consent signed. Time-out.
Fluoroscopic AP and lateral guidance; 22 g needles to the three periosteal targets; 0.5%
bupivacaine 2 mL at each target.
Pain 3/10 at 15 minutes. EBL nil. Discharged with her walker.
""",
        procs=[proc("genicular_nerve_block", target="knee", region="knee", laterality="left",
                    imaging="fluoroscopy")],
        drugs=[given("bupivacaine", 30)],
        pain=(8, 3), need=("diagnosis",), dos="2026-03-31", complications=None,
        codes=[line("64454", "LT")], findings=["complications"],
        comment="blood loss only; no statement on complications")

    add("faw-stellate-01", "neurology_procedure_note", """
Left stellate ganglion block, fluoroscopic guidance
Diagnosis: Complex regional pain syndrome type I, left upper limb (G90.512)
Burning, swollen, mottled left hand since a wrist fracture in the spring, with allodynia to the sleeve.
Pain 8/10 before the block. Consent (written) obtained. Time-out performed.
Anterior paratracheal approach at C6 (Chassaignac's tubercle) under fluoroscopy; Omnipaque 300, 1 mL,
without vascular spread; 8 mL of 0.25% bupivacaine in divided doses.
Left Horner's syndrome and a 2.5 C rise in hand temperature followed. Pain 3/10 after.
No complications.
""",
        procs=[proc("sympathetic_block", target="stellate", region="cervical", laterality="left",
                    imaging="fluoroscopy", contrast=True)],
        drugs=[given("iohexol", 1, "ml"), given("bupivacaine", 20)],
        pain=(8, 3), need=("diagnosis",), dos="2026-04-14",
        codes=[line("64510"), line("77002"), line("Q9967", units=1)], findings=[])

    add("faw-lsb-01", "anesthesiology_op_note", """
Right lumbar sympathetic block, fluoroscopic
Dx: CRPS type I, right lower limb (G90.521)
Cold, dusky, exquisitely sensitive right foot since an ankle sprain nine months ago; cannot wear a
shoe or tolerate the bedsheet.
Pre-procedure pain 9/10. Consent signed. Time-out completed.
Oblique approach to the anterolateral vertebral body on the right; Isovue-M 300 2 mL showed
prevertebral spread along the sympathetic chain. Naropin 0.5% 10 mL injected.
Right foot temperature rose by 3 C. Pain 4/10 after. No complications.
""",
        procs=[proc("sympathetic_block", target="lumbar_sympathetic", region="lumbar", laterality="right",
                    imaging="fluoroscopy", contrast=True)],
        drugs=[given("iopamidol", 2, "ml"), given("ropivacaine", 50)],
        pain=(9, 4), need=("diagnosis",), dos="2026-05-19",
        codes=[line("64520"), line("77002"), line("Q9967", units=2)], findings=["levels"],
        comment="no vertebral level named for the lumbar sympathetic block")

    add("faw-impar-01", "pmr_clinic_procedure", """
Ganglion impar block, fluoroscopic guidance
Dx: Coccygodynia (M53.3)
Tailbone pain x 1 yr since a fall on the ice, cannot sit through a meal without a cushion.
Pain 8/10. Consent signed. Time-out done.
Trans-sacrococcygeal approach, 22 g needle; Omnipaque 240 1 mL showed the retroperitoneal
"apostrophe" spread. 0.5% bupivacaine 4 mL with Kenalog 40 mg injected.
Pain 2/10 afterwards. No complications.
""",
        procs=[proc("sympathetic_block", target="ganglion_impar", region="sacral", imaging="fluoroscopy",
                    contrast=True)],
        drugs=[given("iohexol", 1, "ml"), given("bupivacaine", 20), given("triamcinolone_acetonide", 40)],
        pain=(8, 2), need=("diagnosis",), dos="2026-06-30", pos="24",
        codes=[line("64999"), line("77002", "26")], findings=[])

    add("faw-onb-01", "neurology_procedure_note", """
Bilateral greater occipital nerve blocks
Dx: Occipital neuralgia (M54.81)
Shooting pain from the base of the skull to the vertex on both sides, several times a day, for
the past 5 months; tender over both greater occipital nerves with a positive Tinel sign.
We talked about the blocks at her last visit and she wanted time to think it over.
Pain today 7/10.
Landmark technique, 25 g needle medial to the occipital artery on each side; 2 mL 0.5% bupivacaine
with triamcinolone 20 mg per side.
Pain 1/10 after. No complications.
""",
        procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital",
                    laterality="bilateral", imaging="none")],
        drugs=[given("bupivacaine", 20), given("triamcinolone_acetonide", 40)],
        pain=(7, 1), need=("diagnosis",), dos="2026-07-14", consent=False,
        codes=[line("64405", "50"), line("J3301", units=4)], findings=["consent", "time_out"],
        comment="the discussion at the last visit is no consent for today; no time-out")

    add("faw-scs-01", "anesthesiology_op_note", """
Percutaneous spinal cord stimulator trial, two leads, fluoroscopy
Dx: Failed back surgery syndrome (M96.1)
Low back and bilateral leg pain for more than 4 years since an L4-S1 fusion. Two rounds of PT (12 weeks
in all), gabapentin, duloxetine and epidurals have failed to give lasting relief. He cannot walk more than
half a block or sleep more than 3 hours. Psychological evaluation completed in September: cleared for
stimulation.
Pre-procedure pain 8/10. Consent signed. Time-out with the full team.
Local infiltration with 10 mL of 1% lidocaine. Two 8-contact leads entered at T12-L1 via Tuohy needles
and advanced to the top of T8 (left) and mid T8 (right) under fluoroscopy; paresthesia mapped over the
low back and both legs.
Pain 3/10 in recovery with stimulation on. No complications.
""",
        procs=[proc("scs_trial", approach="percutaneous", region="thoracic", imaging="fluoroscopy",
                    intent="therapeutic")],
        drugs=[given("lidocaine", 100)],
        pain=(8, 3), need=SPINE_NEED, dos="2026-09-29", pos="22",
        codes=[line("63650", units=2), line("77003", "26")], findings=[])

    add("faw-va-01", "orthopaedic_brief_note", """
T12 kyphoplasty, bilateral transpedicular, fluoroscopic guidance
Dx: Age-related osteoporosis with current pathological vertebral fracture (M80.08XA)
Mid-back pain x 7 weeks after bending to lift a laundry basket; unable to stand to cook or walk to the
mailbox. A TLSO brace and calcitonin for 6 weeks did not bring the pain under control. MRI: acute T12
compression fracture with marrow edema, about 40% height loss, no retropulsion.
Pain 9/10 before. Consent signed. Time-out.
Moderate sedation given by me: midazolam 2 mg and fentanyl 100 mcg IV, 09:10 to 09:28 (18 min),
with the RN as independent observer monitoring throughout.
Lidocaine 1% 10 mL to skin and periosteum. Bilateral balloons inflated, cement placed under
lateral fluoroscopy, no extravasation.
Pain 3/10 in recovery. No complications.
""",
        procs=[proc("vertebral_augmentation", approach="kyphoplasty", region="thoracic", levels=["T12"],
                    imaging="fluoroscopy", intent="therapeutic", sedation="moderate")],
        drugs=[given("midazolam", 2), given("fentanyl", 0.1), given("lidocaine", 100)],
        pain=(9, 3), need=(*SPINE_NEED, "imaging_findings"), dos="2026-10-13", pos="22",
        codes=[line("22513"), line("99152")], findings=[])

    add("faw-pump-01", "np_procedure_note", """
Intrathecal pump refill and reprogramming
Dx: Failed back surgery syndrome (M96.1); intrathecal hydromorphone for chronic intractable back pain
Consent verified. Time-out.
Pump interrogated; reservoir accessed with a 22 g non-coring needle; 3.5 mL withdrawn, matching
the expected residual. 18 mL of hydromorphone 10 mg/mL placed in the reservoir.
The daily rate was raised by 10% and the pump reprogrammed; alarm date updated.
No complications.
""",
        procs=[proc("pump_refill")],
        drugs=[given("hydromorphone", 180)],
        pain=(None, None), need=("diagnosis",), dos="2026-11-17",
        codes=[line("62370")], findings=["approach"],
        comment="who refilled the pump is not stated (the author is assumed)")
