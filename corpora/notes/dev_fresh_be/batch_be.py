"""Notes of the sealed untuned batch be: DICTATION as speech recognition and transcription services leave it
(run-on sentences, dictated levels and numbers, spoken commands left in, homophone slips, DD/DT footers,
all-caps section words inside prose), gold labelled by hand before any Painpoint run; the `findings` of each
`add` are the deliberate gaps."""

from __future__ import annotations


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803 - tuples passed in
    """Queue every note; `need` lists the necessity elements the note documents to standard."""
    _epidurals(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
    _facets(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
    _others(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)


def _epidurals(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803
    """Transforaminal, interlaminar and caudal epidurals."""
    add("fbe-tfesi-01", "transcription_service", """
PROCEDURE NOTE

The patient is a pleasant 54-year-old gentleman who returns with left leg pain that he has had for about five months going from the left buttock down the outside of the thigh and calf into the top of the foot with numbness over the first web space, he did physical therapy twice a week for eight weeks without any improvement and meloxicam upset his stomach so he stopped it, he can no longer walk his dog more than a block or stand at his job for more than 15 minutes. MRI of the lumbar spine shows a left foraminal disc protrusion at L5 S1 narrowing the left foramen and contacting the exiting left L5 nerve root. DIAGNOSIS lumbar radiculopathy lumbosacral region M54.17. PROCEDURE left L5-S1 transforaminal epidural steroid injection under fluoroscopic guidance.

Risks benefits and alternatives were discussed and informed consent was signed. Pre procedure pain 7/10. He was placed prone and a time out was performed confirming the patient the procedure and the left side, the low back was prepped with chlorhexidine and draped in sterile fashion. Under fluoroscopy the left L5 S1 foramen was squared up in oblique view, the skin was numbed with 2 mL of 1 percent lidocaine and a 22 gauge 5 inch spinal needle was advanced to the superior posterior aspect of the foramen and lateral view confirmed the depth. Omnipaque 240 one mL showed flow along the L5 nerve root and into the epidural space with no vascular uptake, then dexamethasone 10 mg mixed with one mL of 1 percent preservative free lidocaine was injected slowly. AP and lateral images were saved. The needle was removed intact. No complications. Post procedure pain 2/10. He was discharged ambulatory in good condition.

Dictated but not read
DD: 02/05/2026  DT: 02/06/2026  job 40217 / kr
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                    levels=["L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1, "ml"), given("dexamethasone_sodium_phosphate", 10), given("lidocaine", 30)],
        pain=(7, 2), need=ESI_NEED, dos="2026-02-05", codes=[line("64483", "LT"), line("J1100", units=10)],
        findings=[])

    add("fbe-tfesi-02", "speech_recognition", """
Pre-procedure diagnosis: Right L4-5 foraminal stenosis with right L4 radiculopathy M54.16
Procedure: Right L4-5 transforaminal epidural steroid injection with fluoroscopy

The patient is a pleasant 71 year old female with pain in the write groin and front of the right thigh going down over the knee to the inside of the shin for the last four months with burning on the inner shin and a weak write knee when she goes down stairs, she has been through physical therapy and a course of gabapentin, she can't do her grocery shopping or stand long enough to cook. MRI shows write foraminal stenosis at L4 5 from a far lateral disc bulge with the right L4 root compressed. After discussing the risks she signed consent, time out was done with the nurse, pain before the procedure 8/10. Prone, sterile prep and drape, fluoroscopy used to find the write L4 5 foramen, 22 gauge needle placed in the safe triangle, Isovue-M 200 1 mL outlined the L4 root with good epidural flow and no vascular pattern, then Kenalog forty milligrams which is 1 mL with one mL of point 25 percent bupivacaine injected. AP and lateral images saved. Patient tolerated it well with no complications, pain after 3/10.

This report was generated with speech recognition software, please excuse sound alike errors.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                    levels=["L4-L5"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 1, "ml"), given("triamcinolone_acetonide", 40), given("bupivacaine", 2.5)],
        pain=(8, 3), need=minus(ESI_NEED, "conservative_care"), dos="2026-03-12",
        codes=[line("64483", "RT"), line("J3301", units=4)], findings=["conservative_care"],
        comment="'write' = right throughout (title and body say right); PT and gabapentin listed with no outcome")

    add("fbe-tfesi-03", "dictation_commands", """
PROCEDURE colon bilateral L4-5 and L5-S1 transforaminal epidural steroid injections under fluoroscopy period
DIAGNOSIS colon lumbar disc displacement with radiculopathy M51.16 period new paragraph
HISTORY colon the patient is a pleasant 62-year-old man with pain down both legs for seven months comma worse on the right comma into both calves with tingling in both feet period he did twelve weeks of physical therapy comma which did not help comma and naproxen gave him no relief period he has had to give up his job driving a delivery truck because he cannot sit for more than thirty minutes period MRI shows a broad disc bulge at L4 5 and L5 S1 with bilateral foraminal narrowing at both levels touching the L4 and L5 roots on each side period new paragraph
Informed consent signed period time out completed period pain before 6/10 period prone comma prepped and draped period under fluoroscopy 22 gauge needles were placed into the right and left L4 5 and L five S1 foramina comma four needles in all period Omnipaque 180 one mL at each needle showed epidural and nerve root spread without vascular uptake period then at each needle 20 mg of Depo-Medrol in half a mL with half a mL of point 25 percent bupivacaine was injected period AP and lateral images were saved period no complications period pain after 2/10 period end of dictation
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 4, "ml"), given("methylprednisolone_acetate", 80), given("bupivacaine", 5)],
        pain=(6, 2), need=ESI_NEED, dos="2026-04-16",
        codes=[line("64483", "50"), line("64484", "50"), line("J1010", units=80)], findings=[],
        comment="spoken punctuation left in by the transcriptionist; 4 needles x 20 mg methylprednisolone = 80 mg")

    add("fbe-tfesi-04", "transcription_service", """
OPERATIVE REPORT
PROCEDURE right C6-7 transforaminal epidural steroid injection fluoroscopic guidance
DIAGNOSIS cervical radiculopathy M54.12
INDICATIONS the patient is a pleasant 48-year-old right handed woman with right neck and shoulder blade pain going down the back of the arm to the middle finger for 3 months with numbness in the right middle finger and a decreased right triceps reflex, she did 6 weeks of PT with no relief and a Medrol dosepak that helped only for a few days, she is unable to work at her computer for more than an hour or lift her grandson. MRI cervical spine shows right foraminal disc osteophyte complex at C6 7 with severe right foraminal stenosis affecting the C7 root.
DESCRIPTION consent was obtained after risks were reviewed, time out performed, pain 7/10 before. She was positioned supine with the head turned and the right C6 7 foramen was viewed in oblique projection, a 25 gauge needle was advanced to the posterior aspect of the foramen, Isovue-M 300 point 5 mL under live fluoro showed the C7 root and epidural spread with no vascular flow, then dexamethasone 4 mg 1 mL injected. AP and oblique images were saved. No complications. Pain after 1/10.

Transcribed by: MQ   DD 09/08/2026 DT 09/09/2026
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="cervical", laterality="right",
                    levels=["C6-C7"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 0.5, "ml"), given("dexamethasone_sodium_phosphate", 4)],
        pain=(7, 1), need=ESI_NEED, dos="2026-09-08", pos="24", codes=[line("64479", "RT")], findings=[])

    add("fbe-tfesi-05", "speech_recognition", """
Procedure: repeat left S1 transforaminal epidural steroid injection under fluoroscopy.
Diagnosis: Lumbosacral radiculopathy M54.17.
The patient is a pleasant 66-year-old who comes back for a repeat injection, she had the left S1 transforaminal back in the spring and says it helped some, the pain is back down the back of the left leg to the heel and the outer foot with numbness of the little toe for the last 10 months overall, PT for 8 weeks failed to help and tramadol made her dizzy, she cannot walk through the store without sitting down. MRI shows a left L5 S1 disc herniation displacing the left S1 nerve root. Consent reviewed and signed. Time out done. Pain 7/10 before. Prone with the left S1 posterior foramen identified on AP fluoroscopy, 22 gauge needle placed, Omnipaque 240 1 mL outlined the S1 root without vascular flow, Celestone 6 mg 1 mL with 1 mL 1% lidocaine injected. AP and lateral saved. No complications. Pain after 2/10.
DD/DT 06/09/2026
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="sacral", laterality="left",
                    levels=["S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1, "ml"), given("betamethasone_sodium_phosphate_acetate", 6),
               given("lidocaine", 10)],
        pain=(7, 2), need=ESI_NEED, dos="2026-06-09", payer="medicare_cgs",
        codes=[line("64483", "LT"), line("J0702", units=1)], findings=["prior_procedure_response"],
        comment="stated repeat; 'helped some' is no documented response")

    add("fbe-ilesi-01", "transcription_service", """
PROCEDURE NOTE

PROCEDURE PERFORMED L5-S1 interlaminar epidural steroid injection with fluoroscopy.

The patient is a pleasant 67-year-old woman with a 6 month history of low back pain that goes into the right buttock and down the back of the right thigh and calf to the sole with tingling in the right foot, right straight leg raise is positive, she went to physical therapy for 10 weeks with no benefit and celecoxib did nothing for her, she can no longer stand to do her church choir or walk her neighborhood. MRI shows a right paracentral disc protrusion at L5 S1 compressing the traversing right S1 root. DIAGNOSIS lumbar radiculopathy M54.16.

Informed consent was obtained and signed, time out was performed, pre-procedure pain 8/10. In the prone position the L five S1 interspace was identified under AP fluoroscopy, the skin and deeper tissues were anesthetized with 3 mL of 1 percent lidocaine and an 18 gauge Tuohy needle was advanced midline with loss of resistance to saline, Omnipaque 240 2 mL showed an epidurogram with no intrathecal or vascular spread, then Kenalog 80 mg in 2 mL with 3 mL of preservative free normal saline was injected. AP and lateral views were saved. There were no complications. Post-procedure pain 3/10.

Dictated but not read. DD 01/22/2026 DT 01/23/2026 cl
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L5-S1"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 2, "ml"), given("triamcinolone_acetonide", 80), given("lidocaine", 30)],
        pain=(8, 3), need=ESI_NEED, dos="2026-01-22", codes=[line("62323"), line("J3301", units=8)],
        findings=[])

    add("fbe-ilesi-02", "dictation_commands", """
PROCEDURE colon C7-T1 interlaminar epidural steroid injection with fluoroscopy period
DIAGNOSIS colon cervical radiculopathy M54.12 period new paragraph
The patient is a pleasant 58 year old gentleman with left neck pain radiating over the shoulder and down the outside of the left arm to the thumb and index finger for four months comma with numbness of the left thumb period six weeks of physical therapy failed comma gabapentin did not touch the pain period MRI shows a left paracentral disc herniation at C6 7 with left foraminal narrowing period new paragraph
Consent obtained period time out done period pain before 7/10 period prone on pillows comma 20 gauge Tuohy needle at C7 T1 slightly left of midline with loss of resistance to saline period Omnipaque 240 one and a half mL showed epidural spread with no vascular pattern period dexamethasone 10 mg with two mL of saline was injected period AP and lateral views saved period no complications period pain after 2/10 period
Dictated but not read period
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C7-T1"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1.5, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(7, 2), need=minus(ESI_NEED, "functional_impairment"), dos="2026-07-21", pos="22",
        codes=[line("62321")], findings=["functional_impairment"],
        comment="no functional limitation stated; spoken punctuation left in")

    add("fbe-ilesi-03", "speech_recognition", """
Lumbar interlaminar epidural steroid injection L3-4
Diagnosis spinal stenosis of the lumbar region with neurogenic claudication M48.062
The patient is a pleasant 78-year-old man with aching and heaviness in both legs from the buttocks to the calves whenever he walks more than a block or two for the past year relieved when he sits or leans forward on a shopping cart. Physical therapy for 3 months brought no improvement and acetaminophen and diclofenac gel did not help either. He has given up golf and can't stand at the sink long enough to shave. MRI shows severe central canal stenosis at L3 4 with ligamentum flavum hypertrophy and moderate stenosis at L4 5.
Risks and benefits discussed and consent signed time out performed pain score prior 6/10. Prone, AP fluoroscopy to mark the L3 4 interspace, skin numbed with 2 mL 1 percent lidocaine, 20 gauge Tuohy needle advanced in the midline using loss of resistance to saline, Isovue-M 200 3 mL confirmed epidural spread, then Depo-Medrol with 3 mL of normal saline was injected. AP and lateral images saved. No complications pain score after 2/10. Follow up two weeks.
DD 05/14/2026 DT 05/14/2026
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L3-L4"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 3, "ml"), given("methylprednisolone_acetate", None), given("lidocaine", 20)],
        pain=(6, 2), need=ESI_NEED, dos="2026-05-14", codes=[line("62323")], findings=["drug_dose"],
        comment="Depo-Medrol amount never dictated: no J1010 line")

    add("fbe-caudal-01", "transcription_service", """
PROCEDURE NOTE
The patient is a pleasant 81-year-old woman who has had pain in the low back and down the back of both legs to the feet for about 9 months with numbness on the soles, she has a pacemaker so she has not had an MRI and no other imaging has been done, she did a home exercise program with a therapist for 6 weeks that did not help and gabapentin made her too sleepy, she can barely make it to the mailbox. DIAGNOSIS lumbosacral radiculopathy M54.17. PROCEDURE caudal epidural steroid injection under fluoroscopic guidance. CONSENT risks and benefits explained and she signed consent, a time out was done. Pain before 8/10. Prone position, the sacral hiatus was palpated and confirmed on lateral fluoroscopy, skin infiltrated with 2 mL of 1 percent lidocaine, a 20 gauge Tuohy needle went through the sacrococcygeal ligament with loss of resistance, Omnipaque 240 three mL spread up the caudal canal to S1 with no vascular uptake, then we injected Kenalog 40 mg with 5 mL of point 25 percent bupivacaine and 5 mL preservative free saline. AP and lateral images stored. COMPLICATIONS none. Pain after 4/10.
Dictated but not read
DD: 11/03/2026  DT: 11/04/2026  transcriptionist jh
""",
        procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy",
                    contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 3, "ml"), given("triamcinolone_acetonide", 40), given("lidocaine", 20),
               given("bupivacaine", 12.5)],
        pain=(8, 4), need=minus(ESI_NEED, "imaging_findings"), dos="2026-11-03",
        codes=[line("62323"), line("J3301", units=4)], findings=["imaging_findings"],
        comment="no imaging done (pacemaker): imaging findings absent")


def _facets(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803
    """Medial branch blocks, an intra-articular facet injection and radiofrequency ablations."""
    add("fbe-mbb-01", "transcription_service", """
PROCEDURE NOTE
PROCEDURE bilateral L4-5 and L5-S1 facet joint medial branch blocks diagnostic number one under fluoroscopy
The patient is a pleasant 59-year-old woman with axial low back pain across the belt line for 2 years worse with standing and arching backward and no pain below the knees, she did 8 weeks of physical therapy without lasting benefit and ibuprofen and tramadol did not help, she can't stand long enough to fold laundry or do her shift as a cashier. CT shows bilateral facet arthropathy at L4 5 and L5 S1. DIAGNOSIS lumbar spondylosis without myelopathy or radiculopathy M47.816.
Consent was signed after we went over risks and benefits and a time out was completed. Pain before the block 6/10. Prone, prepped and draped, under fluoroscopy 22 gauge spinal needles were placed at the junction of the superior articular and transverse processes for the L three and L four medial branches and at the sacral ala for the L five dorsal ramus on the right and on the left, six needles total, and point 5 mL of point 5 percent bupivacaine was placed at each site. No complications. Pain after 1/10 which is over 80 percent relief, pain diary given.
Dictated but not read
DD 02/19/2026 DT 02/20/2026
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 15)],
        pain=(6, 1), need=SPINE_NEED, dos="2026-02-19",
        codes=[line("64493", "50", "KX"), line("64494", "50", "KX")], findings=[])

    add("fbe-mbb-02", "dictation_commands", """
PROCEDURE colon right C4-5 and C5-6 cervical medial branch blocks comma diagnostic comma fluoroscopic guidance period
DIAGNOSIS colon cervical spondylosis without myelopathy or radiculopathy M47.812 period new paragraph
The patient is a pleasant 63 year old woman with right sided neck pain for over a year going up into the back of the head and out to the top of the right shoulder comma no arm pain comma worse turning her head to the right period ten weeks of physical therapy did not help comma and meloxicam was stopped because of her kidneys period she can no longer back her car out of the driveway or look up to hang clothes period x-rays show right C4 5 and C5 6 facet arthropathy period new paragraph
Consent signed period pain before 7/10 period prone comma 25 gauge needles under fluoroscopy to the waists of the right C4 comma C5 and C6 articular pillars period 2 percent lidocaine point 5 mL at each of the three medial branches period no complications period pain after 2/10 comma 70 percent relief period
End of dictation
""",
        procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="right",
                    levels=["C4-C5", "C5-C6"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("lidocaine", 30)],
        pain=(7, 2), need=SPINE_NEED, dos="2026-03-26", pos="24",
        codes=[line("64490", "KX", "RT"), line("64491", "KX", "RT")], findings=["time_out"],
        comment="no time-out statement; spoken punctuation left in")

    add("fbe-mbb-03", "speech_recognition", """
Left L3-4, L4-5 and L5-S1 medial branch block diagnostic.
Diagnosis: Lumbar spondylosis M47.816.
The patient is a pleasant 70 year old man with left sided low back pain for 3 years worse with extension and rotation and getting out of a chair with no leg symptoms, 12 weeks of physical therapy did not change it and naproxen caused heartburn so he stopped, he can't work in his garden or carry groceries. MRI shows left sided facet hypertrophy with small effusions at L3 4, L4 5 and L five S1. Consent signed and time out done, pain beforehand 7/10. Prone, under fluoroscopy 22 gauge needles placed on the left at the L two, L three and L four medial branches and the L five dorsal ramus, point 5 mL of point 5 percent ropivacaine at each of the four. No complications. Pain afterwards 1/10, 85 percent relief.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="left",
                    levels=["L3-L4", "L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("ropivacaine", 10)],
        pain=(7, 1), need=SPINE_NEED, dos="2026-08-13",
        codes=[line("64493", "KX", "LT"), line("64494", "KX", "LT"), line("64495", "KX", "LT")],
        findings=["level_limit"], comment="three facet joints in one session")

    add("fbe-mbb-04", "transcription_service", """
PROCEDURE bilateral L5-S1 medial branch blocks second diagnostic block fluoroscopy
DIAGNOSIS lumbar spondylosis without radiculopathy M47.816
The patient is a pleasant 52-year-old woman back for her second confirmatory set of diagnostic medial branch blocks, the first set a month ago helped her quite a bit. Her low back pain is in the lumbosacral junction on both sides for about 18 months, worse with standing and twisting, no radiating pain, physical therapy for 3 months did not help and naproxen gave no benefit, she has trouble sitting through a work day and has stopped bowling. MRI shows bilateral L5 S1 facet arthropathy. Consent was reviewed and signed, time out performed. Pain score before 6/10. Prone, under fluoroscopy a 22 gauge needle was placed at the L4 medial branch and at the L5 dorsal ramus on each side, 4 needles, and point 5 mL of 2 percent lidocaine at each. There were no complications. Pain after 1/10 which is 83 percent relief.
Dictated but not read. DD/DT 10/15/2026
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L5-S1"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("lidocaine", 40)],
        pain=(6, 1), need=SPINE_NEED, dos="2026-10-15", payer="medicare_fcso",
        codes=[line("64493", "50", "KX")], findings=["diagnostic_block_relief"],
        comment="confirmatory block: the first block's relief is not quantified")

    add("fbe-facetia-01", "speech_recognition", """
Procedure: Right L4-5 and L5-S1 intra-articular facet joint injections, therapeutic, under fluoroscopy.
Diagnosis: Lumbar spondylosis without radiculopathy M47.816.
The patient is a pleasant 75-year-old woman with right sided low back pain for 2 years worse with standing and leaning back, PT for 8 weeks did not help and meloxicam upset her stomach, she cannot vacuum or walk around the block. MRI shows right L4 5 and L5 S1 facet arthropathy with effusion. Right L4 5 and L5 S1 medial branch blocks in July gave 90 percent relief for the duration of the bupivacaine. Consent signed and time out done. Pain 7/10 before. Prone, oblique fluoroscopy, 22 gauge needles into the right L4 5 and L5 S1 facet joints, Omnipaque 240 point 2 mL at each joint showed an arthrogram, then Kenalog 20 mg with point 5 mL of 1 percent lidocaine into each joint. No complications. Pain 2/10 after.
DD/DT 09/24/2026 sr
""",
        procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="right",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 0.4, "ml"), given("triamcinolone_acetonide", 40), given("lidocaine", 10)],
        pain=(7, 2), need=SPINE_NEED, dos="2026-09-24",
        codes=[line("64493", "RT"), line("64494", "RT"), line("J3301", units=4)], findings=["diagnostic_block_relief"],
        comment="one session of diagnostic blocks (two levels) at 90%: therapeutic facet injections need two blocks "
                "(facet.diagnostic_block_relief_therapeutic, count 2; as dev_fresh_w fw-facet-ia-01)")

    add("fbe-rfa-01", "transcription_service", """
OPERATIVE REPORT
PROCEDURE bilateral radiofrequency ablation of the L3 and L4 medial branches and the L5 dorsal ramus (L4-5 and L5-S1 facet joints) with fluoroscopy
DIAGNOSIS lumbar spondylosis M47.816
The patient is a pleasant 68-year-old man with axial low back pain on both sides for 4 years, 12 weeks of therapy without relief and NSAIDs stopped for kidney function, he cannot stand more than 10 minutes to cook or work in the shop. Two separate diagnostic medial branch blocks at these levels gave 90 percent and 85 percent relief, each for the expected duration of the anesthetic. Consent was signed and a time out was done, pain 7/10 before. Prone, under fluoroscopy 18 gauge 10 mm active tip cannulas were placed parallel to the L three and L four medial branches and the L five dorsal ramus on the right and the left, sensory stimulation at 50 Hz reproduced his back pain under point 5 volts and motor stimulation at 2 Hz at 1.5 volts showed no leg twitch, each site got 1 mL of 2 percent lidocaine and then was lesioned at 85 degrees Celsius for 90 seconds. No complications. Pain 2/10 after.
Dictated but not read  DD 04/28/2026  DT 04/29/2026
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("lidocaine", 120)],
        pain=(7, 2), need=SPINE_NEED, dos="2026-04-28", pos="24",
        codes=[line("64635", "50"), line("64636", "50")], findings=[])

    add("fbe-rfa-02", "speech_recognition", """
LEFT C5-6 and C6-7 facet radiofrequency ablation
Diagnosis cervical spondylosis without myelopathy or radiculopathy M47.812
The patient is a pleasant 61 year old with right sided neck pain for 3 years spreading to the right shoulder blade, physical therapy twice a week for 10 weeks failed and diclofenac was stopped for reflux, she cannot turn to her right to drive or read for more than 20 minutes. Right C5 6 and C6 7 medial branch blocks on two separate days gave 90 percent and 80 percent relief. Consent signed time out done pain 6/10 before. Prone, fluoroscopy, 20 gauge RF cannulas placed to the right C5, C6 and C7 medial branches along the right articular pillars, sensory testing concordant under point 6 volts and no motor response into the arm at 2 Hz, 1 mL 1% lidocaine at each site then lesioned at 80 degrees for 90 seconds at each. No complications. Pain after 2/10.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="cervical", laterality="right",
                    levels=["C5-C6", "C6-C7"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("lidocaine", 30)],
        pain=(6, 2), need=SPINE_NEED, dos="2026-05-07",
        codes=[line("64633", "RT"), line("64634", "RT")], findings=["laterality_conflict"],
        comment="title says LEFT, symptoms, blocks and needles right; codes follow the description")

    add("fbe-rfa-03", "transcription_service", """
PROCEDURE NOTE
The patient is a pleasant 73-year-old woman who returns for repeat radiofrequency ablation, her last left L4-5 and L5-S1 RFA fourteen months ago gave her about 75 percent relief for 9 months and she went back to walking two miles a day, now the left low back pain has returned over the last three months. Her left sided axial low back pain dates back 5 years, she did physical therapy for 8 weeks before her first procedures without relief and cannot tolerate NSAIDs due to a GI bleed, she again cannot stand to cook or walk more than a few minutes. DIAGNOSIS lumbar spondylosis without radiculopathy M47.816. PROCEDURE left L4-5 and L5-S1 radiofrequency ablation, L3 and L4 medial branches and L5 dorsal ramus, fluoroscopy.
Consent signed time out performed pain 8/10 before. Prone, under fluoroscopy 18 gauge RF cannulas to the left L3 and L4 medial branches and the L5 dorsal ramus, sensory stimulation concordant at point 4 volts, no motor response in the leg, at each of the three sites we placed 1 mL of point 5 percent bupivacaine with Kenalog 10 mg and lesioned at 85 degrees for 90 seconds. No complications. Pain 3/10 after.
Dictated but not read DD 12/01/2026 DT 12/02/2026
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="left",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("bupivacaine", 15), given("triamcinolone_acetonide", 30)],
        pain=(8, 3), need=SPINE_NEED, dos="2026-12-01",
        codes=[line("64635", "LT"), line("64636", "LT"), line("J3301", units=3)], findings=[],
        comment="repeat RFA with 75% relief for 9 months documented")


def _others(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803
    """SI joints, trigger points, joints, genicular RFA, sympathetic and occipital blocks, pump, augmentation."""
    add("fbe-sij-01", "transcription_service", """
PROCEDURE NOTE
PROCEDURE left sacroiliac joint injection therapeutic with fluoroscopic guidance
DIAGNOSIS sacroiliitis left M46.1
The patient is a pleasant 57-year-old woman with left buttock pain just below the PSIS for 8 months that is worse getting out of the car and rolling over in bed, thigh thrust and compression tests are positive on the left, she did 8 weeks of physical therapy with no relief and naproxen did not help. A diagnostic left SI joint injection in November with lidocaine gave her 80 percent relief for the length of the anesthetic. She cannot sit through a movie or climb the stairs to her bedroom without stopping.
CONSENT was signed, TIME OUT was done, pain 7/10 before. Prone, the left SI joint was opened up with contralateral oblique fluoroscopy, a 22 gauge spinal needle entered the inferior third of the joint, Omnipaque 300 half a mL gave an arthrogram with no vascular uptake, then Depo-Medrol forty milligrams with 1 mL of 1 percent lidocaine was injected. AP and oblique images saved. No complications. Pain after 2/10, about 70 percent relief.
Dictated but not read
DD 02/13/2024 DT 02/14/2024
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="left",
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 0.5, "ml"), given("methylprednisolone_acetate", 40), given("lidocaine", 10)],
        pain=(7, 2), need=SPINE_NEED, dos="2024-02-13", codes=[line("27096", "LT"), line("J1030", units=1)],
        findings=[], comment="before 2024-04-01: methylprednisolone 40 mg is one J1030")

    add("fbe-sij-02", "speech_recognition", """
Bilateral sacroiliac joint injections therapeutic fluoroscopy
Diagnosis sacroiliitis bilateral M46.1
The patient is a pleasant 64 year old man with pain over both sacroiliac joints for a year worse on standing from sitting, FABER and thigh thrust positive on both sides, 10 weeks of physical therapy and a sacroiliac belt did not help and ibuprofen gave no relief, bilateral diagnostic SI joint blocks in March gave 80 percent relief. He can't walk around the golf course or sit through a drive to see his daughter. Consent signed time out done pain 8/10 before. Prone under fluoroscopy a 22 gauge needle into the lower right SI joint then the lower left SI joint, Isovue-M 200 point 5 mL on each side confirmed intra-articular spread, then in each joint Kenalog 40 mg with 1 mL of point 5 percent ropivacaine. AP and oblique views saved. No complications. Pain after 3/10.
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="bilateral",
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 1, "ml"), given("triamcinolone_acetonide", 80), given("ropivacaine", 10)],
        pain=(8, 3), need=SPINE_NEED, dos="2026-06-25", codes=[line("27096", "50"), line("J3301", units=8)],
        findings=["percent_relief"], comment="relief only implied by pre/post scores")

    add("fbe-sij-03", "speech_recognition", """
Write sacroiliac joint injection diagnostic under fluoroscopy
Diagnosis: sacroiliitis right M46.1
The patient is a pleasant 49 year old woman with pain over the right sacroiliac joint and right buttock for 6 months after a fall on the ice, three of five provocation tests positive on the write side, she had 8 weeks of PT that did not help and meloxicam that gave no relief and she cannot sit at her desk for more than 30 minutes. This is a diagnostic block. Consent signed time out done, pain 6/10 before. Prone, the write SI joint visualized with fluoroscopy, 22 gauge needle into the inferior joint, Isovue-M 200 point 5 mL showed an arthrogram, then 1 mL of 2 percent lidocaine with 1 mL of point 5 percent bupivacaine. AP and oblique images saved. No complications. Pain 1/10 after provocative maneuvers, 83 percent relief.
DD/DT 03/03/2026 ts
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="right",
                    imaging="fluoroscopy", contrast=True, intent="diagnostic")],
        drugs=[given("iopamidol", 0.5, "ml"), given("lidocaine", 20), given("bupivacaine", 5)],
        pain=(6, 1), need=SPINE_NEED, dos="2026-03-03", pos="24", codes=[line("27096", "RT")], findings=[],
        comment="'Write' = right (diagnosis and history say right)")

    add("fbe-tpi-01", "transcription_service", """
PROCEDURE NOTE
The patient is a pleasant 45-year-old woman with neck and upper shoulder muscle pain on both sides for 4 months since starting a new desk job, heat and stretching helped only briefly. EXAM taut bands with local twitch responses and pain referring to the head in the right and left upper trapezius and the right and left levator scapulae. DIAGNOSIS myofascial pain syndrome M79.18. PROCEDURE trigger point injections to four muscles, bilateral upper trapezius and bilateral levator scapulae. Verbal consent obtained and a time out done. Pain 7/10 before. With a 25 gauge needle 1 mL of 1 percent lidocaine was injected at each of the four trigger points after negative aspiration. No complications. Pain 2/10 after, 70 percent relief.
Dictated but not read  DD 07/08/2026  DT 07/08/2026
""",
        procs=[proc("trigger_point", region="cervical")],
        drugs=[given("lidocaine", 40)],
        pain=(7, 2), need=("diagnosis",), dos="2026-07-08", codes=[line("20553")], findings=[])

    add("fbe-tpi-02", "speech_recognition", """
Trigger point injections low back
The patient is a pleasant 39 year old man with right low back pain for 2 months that is worse when he bends to lift at work. Diagnosis myofascial pain low back M79.18. Trigger point injections done today into the right quadratus lumborum and the right gluteus medius, time out done, 27 gauge needle, 2 mL of point 25 percent bupivacaine into each muscle. No complications. Pain before 6/10 and after 2/10 which is 65 percent relief.
""",
        procs=[proc("trigger_point", region="lumbar")],
        drugs=[given("bupivacaine", 10)],
        pain=(6, 2), need=("diagnosis",), dos="2026-08-27", consent=False, payer="medicare_cgs",
        codes=[line("20552")], findings=["consent", "indication"],
        comment="no trigger point found on exam (no taut band, twitch or referral); no consent statement")

    add("fbe-knee-01", "transcription_service", """
CLINIC PROCEDURE NOTE
The patient is a pleasant 76-year-old man with left knee pain from osteoarthritis for 6 years, worse on stairs and after walking a block, acetaminophen and a knee sleeve have not been enough and he is not ready for a knee replacement. DIAGNOSIS primary osteoarthritis left knee M17.12. PROCEDURE left knee intra-articular injection by landmark, no imaging used. He gave verbal consent, a time out was done, pain 7/10 before. Seated with the knee bent, the anteromedial portal site was prepped with chlorhexidine, 22 gauge needle, Kenalog 40 mg with 3 mL of 1 percent lidocaine injected without resistance. No complications. Pain 3/10 afterwards.
DD: 01/29/2026  DT: 01/30/2026
""",
        procs=[proc("joint_injection", target="knee", region="knee", laterality="left", imaging="none",
                    intent="therapeutic")],
        drugs=[given("triamcinolone_acetonide", 40), given("lidocaine", 30)],
        pain=(7, 3), need=("diagnosis",), dos="2026-01-29", codes=[line("20610", "LT"), line("J3301", units=4)],
        findings=[])

    add("fbe-hip-01", "speech_recognition", """
Right hip intra-articular injection fluoroscopic guidance
Diagnosis: primary osteoarthritis of the right hip M16.11
The patient is a pleasant 69-year-old woman with right groin pain for 2 years worse with walking and putting on her shoes, she has tried physical therapy and NSAIDs and does not want surgery yet. Consent was signed and time out done. Pain 8/10 beforehand. Supine, the right femoral head neck junction was marked under fluoroscopy, 22 gauge spinal needle advanced to bone, Omnipaque 300 2 mL showed an arthrogram outlining the joint, then Depo-Medrol 80 mg with 4 mL of point 5 percent bupivacaine injected. No complications. Pain afterwards 3/10.
DD/DT 10/06/2026
""",
        procs=[proc("joint_injection", target="hip", region="hip", laterality="right", imaging="fluoroscopy",
                    contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 2, "ml"), given("methylprednisolone_acetate", 80), given("bupivacaine", 20)],
        pain=(8, 3), need=("diagnosis",), dos="2026-10-06",
        codes=[line("20610", "RT"), line("77002"), line("J1010", units=80), line("Q9967", units=2)], findings=[],
        comment="office: 20610 has no imaging, so 77002 and contrast by iodine strength")

    add("fbe-genrfa-01", "transcription_service", """
PROCEDURE NOTE
PROCEDURE right genicular nerve radiofrequency ablation superomedial superolateral and inferomedial nerves under fluoroscopy
DIAGNOSIS primary osteoarthritis right knee M17.11
The patient is a pleasant 80-year-old woman with right knee pain for 7 years who is not a surgical candidate because of her heart, she can walk only half a block, a diagnostic right genicular nerve block last month gave 85 percent relief for 6 hours. Consent signed and time out performed. Pain 8/10 before. Supine with a bump under the knee, under AP and lateral fluoroscopy 18 gauge RF cannulas were placed at the three targets, sensory stimulation concordant and motor stimulation negative, 1 mL of 2 percent lidocaine at each site, then lesioned at 80 degrees Celsius for 90 seconds at each. No complications. Pain 3/10 after.
Dictated but not read DD 04/09/2026 DT 04/10/2026
""",
        procs=[proc("genicular_rfa", target="knee", region="knee", laterality="right", imaging="fluoroscopy",
                    intent="therapeutic")],
        drugs=[given("lidocaine", 60)],
        pain=(8, 3), need=("diagnosis",), dos="2026-04-09", codes=[line("64624", "RT")], findings=[])

    add("fbe-stellate-01", "speech_recognition", """
Left stellate ganglion block fluoroscopic guidance
Diagnosis complex regional pain syndrome type I of the left upper limb G90.512
The patient is a pleasant 44 year old woman with burning pain, swelling and color change of the left hand and forearm for 5 months after a wrist fracture, she cannot grip a cup or tolerate a sleeve touching the arm, therapy and gabapentin have not controlled it. Consent signed, time out done, pain 8/10 before. Supine, the C6 anterior tubercle identified on fluoroscopy on the left, 25 gauge needle to the junction of the vertebral body and transverse process, Omnipaque 240 1 mL spread along the longus colli without vascular uptake, then 8 mL of point 25 percent bupivacaine injected in divided doses. Left hand temperature rose 2 degrees and a left Horner's was seen. Pain after 3/10.
""",
        procs=[proc("sympathetic_block", target="stellate", region="cervical", laterality="left",
                    imaging="fluoroscopy", contrast=True)],
        drugs=[given("iohexol", 1, "ml"), given("bupivacaine", 20)],
        pain=(8, 3), need=("diagnosis",), dos="2026-02-26", complications=None,
        codes=[line("64510"), line("77002"), line("Q9966", units=1)], findings=["complications"],
        comment="complications never stated")

    add("fbe-lsb-01", "transcription_service", """
PROCEDURE NOTE
PROCEDURE right lumbar sympathetic block at L3 with fluoroscopic guidance
DIAGNOSIS complex regional pain syndrome type I right lower limb G90.521
The patient is a pleasant 52-year-old man with burning pain, swelling, sweating and mottled color of the right foot and ankle for 7 months since an ankle sprain, he cannot wear a shoe on the right or walk more than a few minutes. Consent was signed and a time out was done. Pain 8/10 before. Prone, under fluoroscopy a 22 gauge 5 inch needle was walked off the right side of the L3 vertebral body to its anterolateral edge, Isovue-M 300 2 mL spread along the front of the psoas in a linear sympathetic chain pattern with no vascular uptake, and 10 mL of point 25 percent bupivacaine was injected in increments. The right foot warmed 3 degrees. No complications. Pain 3/10 after.
Dictated but not read  DD 05/28/2026  DT 05/29/2026
""",
        procs=[proc("sympathetic_block", target="lumbar_sympathetic", region="lumbar", laterality="right",
                    levels=["L3"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("iopamidol", 2, "ml"), given("bupivacaine", 25)],
        pain=(8, 3), need=("diagnosis",), dos="2026-05-28",
        codes=[line("64520"), line("77002"), line("Q9967", units=2)], findings=[])

    add("fbe-onb-01", "transcription_service", """
PROCEDURE NOTE
PROCEDURE [inaudible] greater occipital nerve block by landmark
DIAGNOSIS occipital neuralgia M54.81
The patient is a pleasant 36-year-old woman with shooting stabbing pain from the base of the skull over the top of the head for 6 months that wakes her at night and keeps her from working at her computer, the greater occipital nerve is tender over the superior nuchal line and pressing on it reproduces the pain. Consent was signed and a time out was done. Pain 7/10 before. Sitting with the head flexed, a 25 gauge needle was placed medial to the occipital artery pulse and after negative aspiration 2 mL of point 5 percent bupivacaine with Kenalog 20 mg was injected. No complications. Pain 1/10 after.
Transcriptionist note: side not clear on the dictation.
DD 08/04/2026 DT 08/05/2026
""",
        procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", imaging="none")],
        drugs=[given("bupivacaine", 10), given("triamcinolone_acetonide", 20)],
        pain=(7, 1), need=("diagnosis",), dos="2026-08-04", codes=[line("64405"), line("J3301", units=2)],
        findings=["laterality"], comment="side inaudible on the dictation and written nowhere")

    add("fbe-pump-01", "transcription_service", """
PUMP REFILL NOTE
The patient is a pleasant 65-year-old man with failed back surgery syndrome M96.1 and constant low back and bilateral leg pain despite three lumbar operations, oral opioids caused intolerable constipation and sedation so he has an intrathecal pump, which lets him walk his dog daily. He is here for a scheduled refill and says his evening pain has crept up. I performed the refill myself. The pump was interrogated, the reservoir accessed with a 22 gauge noncoring needle under sterile technique and 3 mL of residual withdrawn matching the expected volume, then 20 mL of preservative free hydromorphone 5 mg per mL was placed in the reservoir. The pump was reprogrammed to raise the daily dose by 10 percent. Consent was confirmed and a time out done. No complications. Next refill in 10 weeks.
Dictated but not read DD 03/19/2026 DT 03/20/2026
""",
        procs=[proc("pump_refill")],
        drugs=[given("hydromorphone", 100)],
        pain=(None, None), need=("diagnosis",), dos="2026-03-19", codes=[line("62370")], findings=[],
        comment="physician refill with reprogramming")

    add("fbe-va-01", "speech_recognition", """
L1 kyphoplasty bipedicular under fluoroscopy
Diagnosis: age related osteoporosis with current pathological fracture, vertebra, initial encounter M80.08XA
The patient is a pleasant 82 year old woman with severe mid to low back pain since she lifted a bag of potting soil 7 weeks ago, 6 weeks in a brace with scheduled acetaminophen and tramadol has not helped, she is now mostly in bed and cannot walk to the bathroom without help. MRI shows an acute L1 compression fracture with marrow edema and about 30 percent height loss and no retropulsion, she is point tender over the L1 spinous process. Consent was signed and a time out was done. Pain 9/10 before. Done under local anesthesia only, no sedation given. Prone, 10 mL of 1 percent lidocaine down to each L1 pedicle, trocars advanced transpedicular on both sides under AP and lateral fluoroscopy, balloons inflated to create cavities, then PMMA cement 2 point 5 mL each side with good fill and no leak. No complications. Pain 4/10 in recovery.
DD/DT 12/10/2026
""",
        procs=[proc("vertebral_augmentation", approach="kyphoplasty", region="lumbar", levels=["L1"],
                    imaging="fluoroscopy", intent="therapeutic", sedation="local")],
        drugs=[given("lidocaine", 200)],
        pain=(9, 4), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment",
                           "imaging_findings"),
        dos="2026-12-10", pos="22", codes=[line("22514")], findings=[])
