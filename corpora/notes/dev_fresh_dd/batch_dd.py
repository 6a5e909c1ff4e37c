"""Sealed batch `dev_fresh_dd` (`fdd-*`): 30 fictional notes as they come out of speech-recognition dictation
with light or no editing (numbers spoken as words, levels spoken, recognition slips and drug misspellings left
in, run-on sentences, 'period' / 'new paragraph' left in). Gold labelled from the text by corpora/README rules,
before and without any Painpoint run. Built by `make_notes.py` with the kit of `../dev_fresh_d/`."""


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    _spine(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
    _other(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
    _hand_spine(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
    _hand_other(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)


def _spine(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    add("fdd-tfesi-01", "sr_dictated", """
PROCEDURE NOTE
Procedure: Left L5-S1 transforaminal epidural steroid injection under fluoroscopy

This is a 58 year old woman seen for left lower extremity pain which she describes as burning pain that goes from the buttock down the back of the thigh and calf into the lateral foot with numbness in the small toes that has been going on for about five months. She did physical therapy twice a week for eight weeks and took meloxicam and neither one made any real difference in the leg pain. She cannot stand at the kitchen counter for more than ten minutes and has stopped her walks. MRI of the lumbar spine shows a left paracentral disc protrusion at L5 S1 contacting the traversing left S1 nerve root. On exam straight leg raise is positive on the left at forty degrees and the left ankle reflex is diminished.
Diagnosis: Lumbosacral radiculopathy, M54.17.

Risks benefits and alternatives were discussed and informed consent was signed. Pre-procedure pain 7/10. Time out was performed confirming patient, procedure, and left side.
The patient was placed prone and the low back prepped with chlorhexidine and draped in sterile fashion period using fluroscopy the left L5 S1 foramen was identified in oblique view and the skin was anesthetized with lidocaine one percent two mL. A twenty two gauge spinal needle was advanced under intermittent fluoroscopic guidance to the superior aspect of the left L five S one neural foramen. After negative aspiration Omnipaque 240 one point five mL was injected under live fluoroscopy showing epidural spread along the S1 nerve root without vascular uptake. Then dexamethasone ten milligrams was injected slowly. Needle was removed.
AP and lateral images were saved to the record.
Post-procedure pain 2/10. There were no complications and the patient left ambulatory.
""", dos="2026-02-11", pos="11",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                    levels=["L5-S1"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("lidocaine", 20), given("iohexol", 1.5, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(7, 2), need=ESI_NEED, codes=[line("64483", "LT"), line("J1100", units=10)], findings=[])

    add("fdd-tfesi-02", "sr_runon", """
Bilateral L4-5 transforaminal epidural steroid injection

Indication the patient is a 66 year old man with pain in both legs worse on the right going down the front of the shins with tingling in both feet for the last seven months. He has neurogenic claudication and can only walk about one block before he has to sit down. He had twelve weeks of physical therapy and a home exercise program as well as gabapentin which made him too sleepy and he stopped it and the therapy did not help the leg pain. MRI shows moderate bilateral foraminal narrowing at L4 5 with facet hypertrophy and a disc bulge compressing the exiting L4 roots. Diagnosis lumbar spinal stenosis with neurogenic claudication M48.062.
Consent signed after discussing risks including bleeding infection nerve damage and headache. Time out done. Pain before the procedure is 8/10.
Description prone position sterile prep and drape. Under fluoroscopic guidance a twenty two gauge needle was placed into the right L4 5 foramen in the safe triangle and then the same on the left. Isovue M two hundred one mL on each side confirmed epidural flow along the nerve roots no intravascular pattern. Each side then received triamcinalone forty milligrams mixed with bupivicaine zero point two five percent one mL. Total Kenalog eighty milligrams. Two views AP and lateral saved new paragraph
After the injection pain 3/10. No complications. Discharged with driver.
""", dos="2025-09-23", pos="24",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                    levels=["L4-L5"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("iopamidol", 2, "ml"), given("triamcinolone_acetonide", 80), given("bupivacaine", 5)],
        pain=(8, 3), need=ESI_NEED, codes=[line("64483", "50")], findings=[],
        comment="Triamcinolone misspelled 'triamcinalone' in the technique; 'Kenalog eighty milligrams' states the total "
                "(40 mg per side). Bupivacaine 0.25% 1 mL per side = 2.5 mg x 2.")

    add("fdd-tfesi-03", "sr_dictated", """
Procedure: Right C6-7 transforaminal epidural steroid injection.
Diagnosis: Cervical radiculopathy M54.12.

History: 49 year old man with right neck pain that shoots down into the right arm to the thumb and index finger with numbness there for about three months, biceps reflex is reduced on the right and Spurling's is positive on the right. He has difficulty reaching overhead and cannot work at his computer more than twenty minutes. Six weeks of physical therapy and naproxen gave no lasting change in the arm pain.
Consent: risks benefits and alternatives were explained and he signed consent. Time out completed.
Pain score before the injection 6/10.
Technique: supine with head turned to the left and the right side prepped and draped sterile. Under fluroscopy in oblique view a twenty five gauge needle was advanced to the posterior aspect of the right C six seven foramen. After negative aspiration Omnipaque 240 zero point five mL showed epidural spread along the nerve root with no vascular uptake under live fluoroscopy and digital subtraction. Dexamethasone four milligrams was then injected. AP and oblique images were saved.
Post procedure pain 3/10. No complications. Observed thirty minutes and discharged.
""", dos="2026-05-06", pos="22",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="cervical", laterality="right",
                    levels=["C6-C7"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("iohexol", 0.5, "ml"), given("dexamethasone_sodium_phosphate", 4)],
        pain=(6, 3), need=minus(ESI_NEED, "imaging_findings"), codes=[line("64479", "RT")],
        findings=["imaging_findings"])

    add("fdd-ilesi-01", "sr_dictated", """
LUMBAR INTERLAMINAR EPIDURAL STEROID INJECTION L5-S1

The patient is a 71 year old female with low back pain radiating to the left buttock and down the left posterior leg to the heel with numbness in the sole of the foot for the past four months. She tried eight weeks of physical therapy and tramadol without meaningful relief. She is unable to stand long enough to cook a meal and walking is limited to about fifteen minutes. MRI lumbar spine demonstrates a left L5 S1 disc extrusion with effacement of the left S1 nerve root. Positive straight leg raise on the left.
DIAGNOSIS: Lumbar disc herniation with radiculopathy, lumbosacral region, M51.17.

The procedure risks and benefits were discussed and written consent obtained. Time out was completed. Pre procedure pain 8 out of 10.
PROCEDURE: prone on the fluoroscopy table the lumbar area was prepped and draped in sterile fashion. The L5 S1 interspace was identified under fluoroscopy and the skin anesthetized with lidocain one percent three mL. A twenty gauge Tuohy needle was advanced using loss of resistance to saline at the L five S one interlaminar space slightly left of midline. Isovue M two hundred two mL demonstrated epidural spread with no intrathecal or vascular pattern. Depomedrol eighty milligrams in three mL of preservative free saline was injected. Lateral and AP images were saved.
Post procedure pain 4 out of 10. No complications.
""", dos="2023-10-17", pos="11",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L5-S1"],
                    imaging="fluoroscopy", contrast=True)],
        drugs=[given("lidocaine", 30), given("iopamidol", 2, "ml"), given("methylprednisolone_acetate", 80)],
        pain=(8, 4), need=ESI_NEED, codes=[line("62323"), line("J1040")], findings=[],
        comment="Interlaminar ESI is not a paired code: no side modifier and no gold laterality although the needle "
                "was left of midline. Methylprednisolone 80 mg before 2024-04-01: one J1040 unit.")

    add("fdd-ilesi-02", "sr_runon", """
Cervical interlaminar epidural steroid injection C7-T1

Indication 62 year old man with neck pain going down both arms into the hands right more than left with numbness in the fingers for six months he cannot turn his head to drive and drops things from the right hand. He has done physical therapy and was on meloxicam. MRI shows C6 7 disc osteophyte complex with bilateral foraminal stenosis and contact of both C7 roots. Diagnosis cervical radiculopathy M54.12.
Consent was obtained after discussion of risks. Time out performed. Pain prior to the procedure 7/10.
Procedure prone with the neck flexed on a pillow and sterile prep and drape. Under fluoroscopy the C7 T1 interlaminar space was identified and the skin anesthetized with lidocaine one percent two mL then an eighteen gauge Tuohy needle was advanced with loss of resistance technique in the contralateral oblique view into the epidural space at C seven T one. Omnipaque 240 one mL showed epidural spread no intrathecal flow. Kenalog forty milligrams with two mL preservative free saline was injected. Images saved.
Pain after the procedure 3/10 no complications he tolerated it well.
""", dos="2026-01-20", pos="24",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C7-T1"],
                    imaging="fluoroscopy", contrast=True)],
        drugs=[given("lidocaine", 20), given("iohexol", 1, "ml"), given("triamcinolone_acetonide", 40)],
        pain=(7, 3), need=minus(ESI_NEED, "conservative_care"), codes=[line("62321")],
        findings=["conservative_care", "saved_images"],
        comment="Physical therapy and meloxicam are listed without a length or an outcome; 'Images saved.' states no "
                "second view.")

    add("fdd-caudal-01", "sr_dictated", """
Procedure: Caudal epidural steroid injection with fluoroscopy.
Diagnosis: Post laminectomy syndrome M96.1 with bilateral leg pain.

Seventy four year old man status post L4 to S1 fusion with recurrent pain in both legs down the back of the thighs and calves with numbness in both feet since about one year now. He went through ten weeks of aquatic therapy and duloxetine and the leg pain was unchanged. He can no longer walk his dog or stand long enough to shave. CT myelogram shows epidural scar and narrowing of the lateral recesses at L3 4 above the fusion. Bilateral straight leg raise reproduces the leg pain.
Informed consent signed. Time out was called. Pain 6/10 before.
Prone position sacral hiatus prepped and draped sterile. Under lateral fluoroscopy a twenty two gauge spinal needle entered the sacral hiatus into the caudal canal. Omnipaque 240 three mL showed a good epidurogram spreading cephalad to L5 without vascular uptake. Kenalog eighty milligrams diluted with eight mL of preservative free saline was injected. AP and lateral fluoroscopic images saved.
Post procedure 2/10. No complications period the patient was discharged home.
""", dos="2025-06-03", pos="22",
        procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy",
                    contrast=True)],
        drugs=[given("iohexol", 3, "ml"), given("triamcinolone_acetonide", 80)],
        pain=(6, 2), need=ESI_NEED, codes=[line("62323")], findings=[])

    add("fdd-mbb-01", "sr_dictated", """
PROCEDURE: Bilateral L4-5 and L5-S1 facet joint medial branch blocks, diagnostic, first block.

HISTORY: 60 year old woman with axial low back pain without leg symptoms for two years worse with extension and twisting, she cannot stand to do dishes or vacuum and has given up gardening. Eighteen months of home exercises physical therapy and ibuprofen failed to relieve the back pain. Facet loading is positive both sides. MRI with facet arthropathy at L4 5 and L5 S1.
DIAGNOSIS: Lumbar spondylosis without radiculopathy M47.816.

Consent reviewed and signed. Time out done. Pre procedure pain 7/10.
TECHNIQUE: prone prepped and draped. Using fluoroscopy twenty two gauge needles were placed at the junction of the superior articular process and transverse process targeting the L3 and L4 medial branches and the L5 dorsal ramus at the sacral ala on the right and then on the left, six nerves in total. After negative aspiration each received bupivicaine zero point five percent zero point five mL for a total of three mL. No steroid was used since this is a diagnostic block.
Post procedure pain 1/10 with extension and twisting. Pain diary given. No complications.
""", dos="2026-03-17", pos="11",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 15)], pain=(7, 1), need=SPINE_NEED + ("imaging_findings",),
        codes=[line("64493", "50", "KX"), line("64494", "50", "KX")], findings=[])

    add("fdd-facet-01", "sr_runon", """
Right L3-4 and L4-5 intra-articular facet joint injections therapeutic

This 68 year old man has had right sided low back pain for more than three years without radiation, worse with standing and leaning back, and he can only stand about ten minutes at a time which keeps him from working in his shop. Physical therapy for three months and diclofenac did not help. He had two diagnostic medial branch blocks at these levels in the spring with eighty five percent and ninety percent relief for the duration of the anesthetic. He is not a candidate for radiofrequency because of a cardiac device so we are proceeding with intra articular steroid injections.
Diagnosis lumbar facet arthropathy M47.816.
Consent signed time out performed. Pain before 6/10.
Procedure prone sterile prep and drape under fluoroscopy the right L three four and L four five facet joints were entered with twenty two gauge needles in an oblique view and intra articular position confirmed with Omnipaque 240 zero point two mL each. Each joint was injected with Kenalog ten milligrams and bupivacaine zero point five percent zero point five mL. Pain after 2/10 no complications.
""", dos="2025-11-12", pos="11",
        procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="right",
                    levels=["L3-L4", "L4-L5"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 0.4, "ml"), given("triamcinolone_acetonide", 20), given("bupivacaine", 5)],
        pain=(6, 2), need=SPINE_NEED, codes=[line("64493", "RT"), line("64494", "RT"), line("J3301", units=2)],
        findings=[])

    add("fdd-rfa-01", "sr_dictated", """
Procedure: bilateral L4-5 and L5-S1 lumbar facet radiofrequency ablation.
Diagnosis: Lumbar spondylosis without radiculopathy, M47.816.

Indication: 57 year old man with axial low back pain for four years limiting him from lifting his grandchildren and sitting through a work meeting, failed physical therapy for twelve weeks and naproxen without improvement. Two separate diagnostic medial branch blocks at the L3 and L4 medial branches and L5 dorsal rami bilaterally gave ninety percent and eighty five percent relief respectively.
Consent: informed consent signed. Time out: done.
Pre procedure pain 7/10.
Technique: prone sterile prep and drape. Under fluoroscopy eighteen gauge RF cannulas with ten millimeter active tips were placed parallel to the L3 and L4 medial branches and the L5 dorsal ramus on each side. Sensory stimulation at fifty hertz reproduced the back pain under zero point five volts and motor stimulation at two hertz showed no leg contraction. Each of the six cannulas received lidocaine two percent zero point five mL then thermal radiofrequency lesioning was done at eighty degrees Celsius for ninety seconds at each of the six nerves.
Post procedure pain 3/10. Complications none.
""", dos="2026-04-08", pos="24",
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy")],
        drugs=[given("lidocaine", 60)], pain=(7, 3), need=SPINE_NEED,
        codes=[line("64635", "50"), line("64636", "50")], findings=[],
        comment="Lidocaine 2% 0.5 mL at each of six nerves = 3 mL = 60 mg.")

    add("fdd-rfa-02", "sr_runon", """
Repeat right C3-4 and C4-5 cervical facet radiofrequency neurotomy

Indication 64 year old woman with right sided neck pain without arm pain for six years which keeps her from turning her head to back out the car and from reading more than fifteen minutes. Physical therapy and NSAIDs in the past did not help. Her previous right C3 4 and C4 5 radiofrequency ablation thirteen months ago gave seventy percent relief for about eight months and the pain has now returned to baseline.
Diagnosis cervical spondylosis without myelopathy or radiculopathy M47.812
Informed consent obtained. Pre procedure pain 7/10.
Procedure she was placed prone and the neck was prepped and draped in sterile fashion under fluoroscopy in lateral and oblique views RF cannulas were placed on the right at the C3 C4 and C5 medial branches with the third occipital nerve spared. Sensory stimulation reproduced concordant neck pain and two hertz motor testing showed no arm muscle response. After one mL of lidocaine two percent at each site thermal lesions were made at eighty degrees for ninety seconds.
Pain after 4/10. No complications. Follow up six weeks.
""", dos="2026-06-24", pos="22",
        procs=[proc("facet_rfa", approach="medial_branch", region="cervical", laterality="right",
                    levels=["C3-C4", "C4-C5"], imaging="fluoroscopy")],
        drugs=[given("lidocaine", 60)], pain=(7, 4), need=SPINE_NEED,
        codes=[line("64633", "RT"), line("64634", "RT")], findings=["time_out"],
        comment="Repeat RFA with 70% relief for 8 months (>= 180 days): no prior-response finding. C3, C4, C5 medial "
                "branches = joints C3-C4 and C4-C5. Lidocaine 2% 1 mL at three sites = 60 mg. No time-out.")

    add("fdd-sij-01", "sr_dictated", """
Left sacroiliac joint injection diagnostic

History: 55 year old woman with left buttock pain below the belt line for eight months, she cannot sit through a movie and sleeps poorly because rolling onto the left side hurts. Seven weeks of physical therapy with SI belt and meloxicam did not relieve her pain. Three of five provocation tests are positive on the left including thigh thrust FABER and compression.
Diagnosis: Sacroiliitis, M46.1.
Consent signed. Timeout done. Pre procedure pain 8/10.
Procedure: prone sterile prep and drape. Under fluoroscopy the inferior aspect of the left SI joint was identified and a twenty two gauge spinal needle entered the joint. Omnipaque 240 zero point five mL showed an arthrogram confined to the joint. Then Kenalog forty milligrams with bupivicaine zero point five percent one point five mL was injected. AP and oblique images saved.
After the injection pain was 1/10 with the same provocation maneuvers, about eighty five percent relief. No complications.
""", dos="2025-08-19", pos="11",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="left",
                    imaging="fluoroscopy", contrast=True, intent="diagnostic")],
        drugs=[given("iohexol", 0.5, "ml"), given("triamcinolone_acetonide", 40), given("bupivacaine", 7.5)],
        pain=(8, 1), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        codes=[line("27096", "LT"), line("J3301", units=4)], findings=[])

    add("fdd-tpi-01", "sr_runon", """
Trigger point injections

Patient is a 45 year old woman with right upper back and neck pain for ten months with palpable taut bands and twitch responses in the right upper trapezius levator scapulae and rhomboid major reproducing her referred pain into the shoulder blade. Stretching program and cyclobenzaprine did not help.
Diagnosis myofascial pain syndrome M79.18.
Consent obtained and signed time out done. Pain before injections 7/10.
After alcohol prep a twenty five gauge needle was inserted into each trigger point in the right upper trapezius the right levator scapulae and the right rhomboid major with a twitch response each time and lidocaine one percent one mL was injected into each for a total of three mL. Pressure held.
Pain afterwards 3/10 and range of motion improved. No complications.
""", dos="2026-07-14", pos="11",
        procs=[proc("trigger_point", region="other", laterality="right")],
        drugs=[given("lidocaine", 30)], pain=(7, 3), need=("diagnosis", "symptom_duration", "conservative_care"),
        codes=[line("20553")], findings=["percent_relief"],
        comment="Three muscles (trapezius, levator scapulae, rhomboid major): 20553. Relief only implied by 7 -> 3.")


def _other(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    add("fdd-gnb-01", "sr_dictated", """
Procedure: Left genicular nerve block under fluoroscopy

Seventy year old man with left knee pain from primary osteoarthritis for three years who is not a surgical candidate, he cannot do stairs or walk through the grocery store. Diagnosis unilateral primary osteoarthritis left knee M17.12.
Consent was signed. Time out done. Pain before the block 8/10.
Supine with a bolster under the knee prepped and draped sterile. Under AP and lateral fluoroscopy twenty two gauge needles were placed at the junction of the shaft and metaphysis for the superior lateral superior medial and inferior medial genicular nerves. Each nerve received bupivacaine zero point five percent two mL, total six mL.
Pain after the block 2/10 with weight bearing. No complications. He will keep a diary and return to discuss radiofrequency.
""", dos="2026-02-25", pos="11",
        procs=[proc("genicular_nerve_block", region="knee", laterality="left", imaging="fluoroscopy")],
        drugs=[given("bupivacaine", 30)], pain=(8, 2), need=("diagnosis", "symptom_duration", "functional_impairment"),
        codes=[line("64454", "LT")],
        findings=[])

    add("fdd-knee-01", "sr_runon", """
Right knee intra articular injection with ultrasound guidance

This is a 63 year old woman with right knee osteoarthritis for two years with pain going up stairs and after walking. Diagnosis unilateral primary osteoarthritis of the right knee M17.11.
Consent signed after discussing risks of infection and post injection flare time out performed pain 6/10 before.
Right knee prepped with chlorhexidine. Using ultrasound with a linear probe the suprapatellar recess was visualized with a small effusion and a twenty two gauge needle was advanced in plane into the joint under direct visualization. triamcinolone forty milligrams with lidocaine one percent four mL was injected and seen to distribute in the joint. Image saved in the chart.
No complications bandage applied.
""", dos="2026-09-09", pos="11",
        procs=[proc("joint_injection", target="knee", region="knee", laterality="right", imaging="ultrasound")],
        drugs=[given("triamcinolone_acetonide", 40), given("lidocaine", 40)], pain=(6, None),
        need=("diagnosis", "symptom_duration"), codes=[line("20611", "RT"), line("J3301", units=4)],
        findings=["post_procedure_pain_score"],
        comment="Ultrasound with a saved image: 20611. No post-procedure pain score.")

    add("fdd-pump-01", "sr_dictated", """
Intrathecal pump refill and reprogramming

Fifty nine year old man with chronic pain syndrome G89.4 with an intrathecal morphine pump placed for failed back surgery. Pain today 6/10 and he reports the dose wears off in the evenings.
Consent on file and reviewed verbally. Time out done.
I interrogated the pump the reservoir volume matched the expected volume of two point one mL. Using sterile technique and the refill kit the reservoir port was accessed with a non coring needle and the remaining two mL were aspirated and discarded. I then instilled twenty mL of preservative free morphine twenty five milligrams per mL. The pump was reprogrammed increasing the daily dose by ten percent with a new alarm date. Printout placed in the chart.
No complications. Next refill in about eight weeks.
""", dos="2025-12-02", pos="11",
        procs=[proc("pump_refill")], drugs=[given("morphine", 500)], pain=(6, None), need=("diagnosis",),
        codes=[line("62370")], findings=[],
        comment="Morphine 20 mL x 25 mg/mL = 500 mg into the reservoir; the physician refilled ('I instilled') and "
                "reprogrammed: 62370. Pain scores are not asked for a pump refill.")


def _hand_spine(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    add("fdd-h-tfesi-01", "sr_runon", """
Left L4-5 and L5-S1 transforaminal epidural steroid injections.
Dx lumbar radiculopathy M54.16.

She is a 52 year old woman with left leg pain into the lateral calf and top of the foot with numbness of the big toe for the past ten weeks since lifting a box weakness of the extensor hallucis on the left and positive straight leg raise. She did six weeks of physical therapy and a Medrol dose pack and the leg pain did not get better. She is unable to sit for more than half an hour at work and cannot sleep more than a few hours. MRI lumbar shows a left foraminal disc protrusion at L4 5 compressing the exiting L4 root and a left subarticular protrusion at L5 S1.
Consent signed time out done pain 9/10 before the procedure.
Under fluroscopy prone sterile technique twenty two gauge needles were placed to the left L four five and L five S one foramina subpedicular approach. Omnipaque 240 one mL at each level showed spread along the nerve roots into the epidural space no vascular runoff on live imaging. Each level then received Celestone six milligrams for a total of twelve milligrams betamethasone. AP and lateral images saved at each level.
Pain after 3/10 no complications.
""", dos="2026-03-31", pos="11",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("iohexol", 2, "ml"), given("betamethasone_sodium_phosphate_acetate", 12)],
        pain=(9, 3), need=ESI_NEED,
        codes=[line("64483", "LT"), line("64484", "LT"), line("J0702", units=2)], findings=[],
        comment="Ten weeks of symptoms and six weeks of failed therapy: both at or above 4 weeks. Betamethasone 12 mg "
                "(at the 12 mg ceiling, not above): J0702 x2.")

    add("fdd-h-tfesi-02", "sr_dictated", """
Procedure: Repeat right L5-S1 transforaminal epidural steroid injection.
Diagnosis: Lumbar radiculopathy M54.16.

This is his second transforaminal injection at this level. The first one in March gave him about fifty percent relief of the right leg pain for about five weeks and then the pain came back. He has right buttock and lateral leg pain into the top of the foot with numbness of the big toe for seven months, weak right ankle dorsiflexion and a positive straight leg raise on the right. He completed eight weeks of physical therapy and still has the leg pain despite it and naproxen gave him stomach upset. He cannot walk more than a block or sit through a meal. MRI shows right foraminal stenosis at L5 S1 with compression of the exiting right L5 nerve root.
Consent signed. Time out. Pre procedure pain 7/10.
Prone sterile prep. Under fluroscopy the right L5 S1 foramen was aligned in oblique view and a twenty two gauge needle advanced to the right L five S one foramen. Isovue M two hundred one mL showed filling along the right L5 root with no vascular uptake. Then dexamethasone ten milligrams was injected. Two images AP and lateral saved.
Post pain 2/10. No complications.
""", dos="2026-07-01", pos="24",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                    levels=["L5-S1"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("iopamidol", 1, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(7, 2), need=ESI_NEED, codes=[line("64483", "RT")], findings=["prior_procedure_response"],
        comment="A repeat ('second transforaminal injection at this level'): 50% relief for about five weeks is short "
                "of the 3 months (90 days) the repeat needs.")

    add("fdd-h-tfesi-03", "sr_dictated", """
RIGHT L5-S1 TRANSFORAMINAL EPIDURAL STEROID INJECTION

Indication: 61 year old woman with left leg pain radiating down the back of the left leg to the heel with numbness of the lateral foot for three months and an absent left Achilles reflex. Six weeks of physical therapy and meloxicam did not improve the leg pain. She cannot stand to cook or walk to the mailbox. MRI shows a left L5 S1 disc extrusion compressing the left S1 nerve root.
Diagnosis: lumbosacral radiculopathy M54.17.
Consent obtained and signed time out completed pre procedure pain 8/10.
Procedure: prone sterile prep and drape. With fluoroscopy the left L5 S1 foramen was targeted and a twenty two gauge needle was advanced to the left L five S one foramen. Omnipaque 240 one mL confirmed epidural spread along the left S1 root with no vascular pattern. Dexamethasone ten milligrams injected. AP and lateral views saved.
Post procedure pain 2/10 no complications.
""", dos="2026-08-18", pos="22",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                    levels=["L5-S1"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("iohexol", 1, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(8, 2), need=ESI_NEED, codes=[line("64483", "LT")], findings=["laterality_conflict"],
        comment="Title says RIGHT, the history, exam, imaging and the needle are all left: codes follow the description "
                "(LT) and the difference is a laterality_conflict.")

    add("fdd-h-ilesi-01", "sr_runon", """
L4-5 interlaminar epidural steroid injection with moderate sedation

Indication 48 year old man with back and bilateral leg pain radiating into both calves with tingling in both feet for five months worse with walking he cannot walk more than two blocks or stand at work for more than twenty minutes. He had ten weeks of physical therapy and celecoxib without improvement in his leg symptoms. MRI shows a broad based disc bulge at L4 5 with moderate central canal stenosis and bilateral lateral recess narrowing. Diagnosis lumbar spinal stenosis with neurogenic claudication M48.062.
Sedation is needed because he has severe procedural anxiety and a previous attempt under local alone had to be stopped.
Consent signed time out done pre procedure pain 7/10.
Moderate sedation was administered by me with an independent trained observer, RN, monitoring the patient throughout. Versed two milligrams and fentanyl fifty micrograms IV were given. Sedation start 09:02 and end 09:20 for a total of eighteen minutes.
Prone sterile prep and drape. Under fluoroscopy the L4 5 interlaminar space was identified and after lidocaine one percent two mL to the skin a twenty gauge Tuohy needle was advanced paramedian with loss of resistance at L four five. Omnipaque 240 two mL showed epidural contrast spread bilaterally. Depo-Medrol eighty milligrams with two mL saline injected. AP and lateral images saved.
Pain post procedure 3/10 no complications.
""", dos="2025-10-28", pos="11",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L4-L5"],
                    imaging="fluoroscopy", contrast=True, sedation="moderate")],
        drugs=[given("midazolam", 2), given("fentanyl", 0.05), given("lidocaine", 20),
               given("iohexol", 2, "ml"), given("methylprednisolone_acetate", 80)],
        pain=(7, 3), need=ESI_NEED, codes=[line("62323"), line("99152"), line("J1010", units=80)], findings=[],
        comment="Moderate sedation by the proceduralist with an observer, agents, doses, times and a justification: "
                "18 minutes is >= 10 and < 23, so 99152 alone. Depo-Medrol is methylprednisolone; "
                "after 2024-04-01 J1010 x80.")

    add("fdd-h-ilesi-02", "sr_dictated", """
Procedure: Thoracic interlaminar epidural steroid injection T10-11.
Diagnosis: Thoracic radiculopathy M54.14.

56 year old woman with band like pain wrapping around the right lower chest wall to the upper abdomen with hypersensitivity along the right T10 dermatome. Six weeks of physical therapy and gabapentin gave no relief of the band like pain. MRI thoracic spine shows a right paracentral disc protrusion at T10 11 contacting the right T10 root.
Consent signed. Time out done. Pre procedure pain 8/10.
Technique prone sterile prep and drape. Under fluoroscopy the T ten eleven interlaminar space was marked, the skin anesthetized with lidocaine one percent two mL, and an eighteen gauge Tuohy needle advanced to the epidural space with loss of resistance to saline at T10 11 just right of midline confirmed on the contralateral oblique view. Isovue M two hundred one mL showed epidural spread no intrathecal contrast. Kenalog eighty milligrams with one mL saline injected. AP and contralateral oblique images saved.
Post procedure pain 3/10. No complications.
""", dos="2026-10-06", pos="22",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="thoracic", levels=["T10-T11"],
                    imaging="fluoroscopy", contrast=True)],
        drugs=[given("lidocaine", 20), given("iopamidol", 1, "ml"), given("triamcinolone_acetonide", 80)],
        pain=(8, 3), need=minus(ESI_NEED, "symptom_duration", "functional_impairment"), codes=[line("62321")],
        findings=["functional_impairment", "symptom_duration"],
        comment="No onset or length of the pain and no limitation of function is stated.")

    add("fdd-h-mbb-01", "sr_dictated", """
Procedure: Left C5-6 and C6-7 cervical medial branch blocks, second confirmatory diagnostic block.
Diagnosis: Cervical spondylosis without myelopathy or radiculopathy M47.812.

58 year old man with left sided neck and upper shoulder pain without arm symptoms for two years, he cannot check his blind spot when driving and cannot work at a desk longer than thirty minutes. Physical therapy for ten weeks and meloxicam did not help the neck pain. His first diagnostic left C five six and C six seven medial branch block three weeks ago gave ninety percent relief for six hours with lidocaine.
Consent signed time out done. Pain before 6/10.
Prone with the neck flexed sterile prep and drape. Under fluoroscopy in the lateral view twenty five gauge needles were placed to the waists of the left C5 C6 and C7 articular pillars targeting the C5 C6 and C7 medial branches. Each received bupivicaine zero point five percent zero point five mL, total one point five mL.
Post procedure pain 0/10 with rotation. No complications pain diary given.
""", dos="2026-04-21", pos="24",
        procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="left",
                    levels=["C5-C6", "C6-C7"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 7.5)], pain=(6, 0), need=SPINE_NEED,
        codes=[line("64490", "KX", "LT"), line("64491", "KX", "LT")], findings=[],
        comment="C5, C6 and C7 medial branches = joints C5-C6 and C6-C7. The first block gave 90% (>= 80): no finding.")

    add("fdd-h-mbb-02", "sr_runon", """
Bilateral L3-4 L4-5 and L5-S1 lumbar medial branch blocks diagnostic

History 67 year old woman with axial low back pain for five years worse on extension and rotation without radicular symptoms she can only stand fifteen minutes and cannot vacuum. She had twelve weeks of physical therapy and acetaminophen and ibuprofen that did not help. MRI shows multilevel facet arthropathy at L3 4 through L5 S1.
Diagnosis lumbosacral facet syndrome M47.817.
Consent was obtained time out performed pain before 8/10.
Prone sterile prep and drape under fluroscopy twenty two gauge needles were placed on both sides at the L2 L3 and L4 medial branches and the L5 dorsal ramus eight needles in total each nerve got bupivacaine zero point five percent zero point five mL for a total of four mL period
Pain after 2/10 no complications.
""", dos="2026-05-27", pos="11",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L3-L4", "L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 20)], pain=(8, 2), need=SPINE_NEED + ("imaging_findings",),
        codes=[line("64493", "50", "KX"), line("64494", "50", "KX"), line("64495", "50", "KX")],
        findings=["level_limit"],
        comment="L2, L3, L4 medial branches and the L5 dorsal ramus = three joints L3-L4, L4-L5, L5-S1: above the "
                "two-joint limit of a facet session.")

    add("fdd-h-sij-02", "sr_dictated", """
Procedure: Right sacroiliac joint injection, therapeutic, repeat.
Diagnosis: Sacroiliac joint dysfunction M53.3.

Sixty nine year old woman with right buttock and posterior pelvic pain below L5 for two years who cannot get in and out of the car or climb stairs without holding the rail. She went through eight weeks of physical therapy with a pelvic stabilization program and meloxicam and her buttock pain persisted. Her diagnostic right SI joint injection gave eighty percent relief, and her last therapeutic injection four months ago gave sixty percent relief for three months.
Consent signed. Time out done. Pre procedure pain 7/10.
Prone sterile prep and drape under fluoroscopy and a twenty two gauge needle was advanced into the inferior right SI joint. Omnipaque 240 zero point five mL showed intra articular spread. Injected Kenalog forty milligrams with ropivacaine zero point two percent two mL. AP and oblique images saved.
Post procedure pain 2/10, seventy percent relief. No complications.
""", dos="2025-05-13", pos="22",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="right",
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 0.5, "ml"), given("triamcinolone_acetonide", 40), given("ropivacaine", 4)],
        pain=(7, 2), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        codes=[line("27096", "RT")], findings=[],
        comment="Therapeutic repeat: diagnostic relief 80% (>= 75) and prior response 60% for three months (90 days): "
                "both met. Ropivacaine 0.2% 2 mL = 4 mg.")


def _hand_other(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    add("fdd-h-sirfa-01", "sr_dictated", """
Procedure: Left sacroiliac joint radiofrequency ablation with cooled RF.
Diagnosis: Sacroiliitis M46.1.

Sixty two year old woman with left SI joint pain for three years with two positive lateral branch blocks giving eighty and ninety percent relief. She cannot walk more than ten minutes.
Consent reviewed and signed. Time out performed. Pain before 7/10.
Prone sterile prep and drape. Under fluoroscopy an introducer was placed at the left L5 dorsal ramus and then lateral to the left S1 S2 and S3 foramina. Sensory testing was concordant and motor testing negative. Lidocaine two percent one mL was injected at each of the four sites before lesioning, total four mL, and cooled radiofrequency lesions were created at sixty degrees for two minutes thirty seconds at each site.
Pain after 3/10. No complications.
""", dos="2026-09-29", pos="24",
        procs=[proc("si_joint_rfa", approach="lateral_branch", region="sacroiliac", laterality="left",
                    imaging="fluoroscopy")],
        drugs=[given("lidocaine", 80)], pain=(7, 3), need=("diagnosis", "symptom_duration", "functional_impairment"),
        codes=[line("64625", "LT")], findings=[],
        comment="Cooled RF is an accepted technique for SI RFA (64625). Lidocaine 2% 4 mL = 80 mg.")

    add("fdd-h-stellate-01", "sr_runon", """
Right stellate ganglion block under ultrasound guidance

Indication 44 year old woman with complex regional pain syndrome type one of the right upper limb G90.511 after a wrist fracture with burning pain swelling and color change of the right hand for seven months.
Consent signed time out done pain 8/10 before the block.
Supine with the neck slightly extended and the right side prepped sterile. With a linear ultrasound probe at the C6 level the longus colli and the carotid were identified and a twenty five gauge needle advanced in plane to the prevertebral fascia over the longus colli avoiding the vessels. After negative aspiration ropivacaine zero point two percent ten mL was injected in divided doses with spread seen under the fascia. Image saved.
Temperature of the right hand rose from thirty to thirty three degrees Celsius with a right Horner's. Pain after 3/10. Monitored thirty minutes discharged.
""", dos="2026-11-03", pos="22",
        procs=[proc("sympathetic_block", target="stellate", region="cervical", laterality="right",
                    imaging="ultrasound")],
        drugs=[given("ropivacaine", 20)], pain=(8, 3), need=("diagnosis", "symptom_duration"),
        codes=[line("64510"), line("76942", "26")], complications=None, findings=["complications"],
        comment="Ultrasound with a saved image in a facility: 64510 (no side modifier) + 76942-26. Complications are "
                "never stated.")

    add("fdd-h-gon-01", "sr_dictated", """
Bilateral greater occipital nerve blocks

Fifty one year old woman with occipital neuralgia M54.81 with shooting pain from the base of the skull over the top of the head on both sides for eight months, tender over both greater occipital nerves with reproduction of pain on palpation. Headaches keep her from working full days.
Consent signed. Time out done. Pain before 7/10.
Sitting with the head flexed the occipital area was prepped with alcohol. Using landmarks medial to the occipital artery a twenty seven gauge needle was inserted to the occiput on the right and then on the left and each side received two mL of a mixture of lidocaine one percent one point five mL and Kenelog ten milligrams, for a total of twenty milligrams of triamcinolone and thirty milligrams of lidocaine.
Pain after 1/10. No complications.
""", dos="2026-01-13", pos="11",
        procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="bilateral",
                    imaging="none")],
        drugs=[given("lidocaine", 30), given("triamcinolone_acetonide", 20)], pain=(7, 1),
        need=("diagnosis", "symptom_duration", "functional_impairment"),
        codes=[line("64405", "50"), line("J3301", units=2)], findings=[])

    add("fdd-h-suprascap-01", "sr_runon", """
Left suprascapular nerve block with ultrasound

Indication 77 year old man with chronic left shoulder pain from glenohumeral osteoarthritis left shoulder M19.012 for three years not a candidate for replacement because of heart disease pain keeps him from dressing and sleeping on that side.
Time out done pain 8/10 before the block.
Sitting position the left shoulder prepped sterile. Using ultrasound the suprascapular notch was identified under the transverse scapular ligament and a twenty two gauge needle advanced in plane to the notch next to the nerve. After negative aspiration bupivicaine zero point five percent five mL and dexamethasone four milligrams were injected with spread around the nerve. Image saved to the chart.
Pain after 2/10. No complications.
""", dos="2026-06-10", pos="11",
        procs=[proc("peripheral_nerve_block", target="suprascapular", region="shoulder", laterality="left",
                    imaging="ultrasound")],
        drugs=[given("bupivacaine", 25), given("dexamethasone_sodium_phosphate", 4)], pain=(8, 2),
        need=("diagnosis", "symptom_duration", "functional_impairment"), consent=False,
        codes=[line("64418", "LT"), line("76942"), line("J1100", units=4)], findings=["consent"],
        comment="Consent is never mentioned. Ultrasound with a saved image in the office: 76942 without 26.")

    add("fdd-h-scs-01", "sr_dictated", """
Procedure: Spinal cord stimulator trial, two percutaneous leads.
Diagnosis: Failed back surgery syndrome M96.1.

Sixty year old man after L4 to S1 fusion with persistent low back and bilateral leg pain for four years. He failed physical therapy for three months, two epidurals and medications including gabapentin and duloxetine without relief of the leg pain. He cannot walk more than one block. Psychological evaluation was completed and he was cleared for the trial.
Consent signed. Time out done. Pain before 8/10.
Prone sterile prep and drape. Under fluoroscopy the skin was anesthetized with lidocaine one percent ten mL and two Tuohy needles were placed at L1 2 with loss of resistance. Two eight contact percutaneous leads were advanced under fluoroscopy to the top of T8 and the top of T9. Intraoperative testing gave paresthesia coverage of both legs and the low back. Leads anchored to the skin and connected to the external generator.
Pain after 4/10. No complications.
""", dos="2026-02-17", pos="24",
        procs=[proc("scs_trial", approach="percutaneous", region="thoracic", imaging="fluoroscopy")],
        drugs=[given("lidocaine", 100)], pain=(8, 4),
        need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        codes=[line("63650", units=2), line("77003", "26")], findings=[])

    add("fdd-h-kypho-01", "sr_runon", """
L1 kyphoplasty

Indication 81 year old woman with severe mid back pain for six weeks after bending to pick up laundry, the MRI shows an acute L1 compression fracture with marrow edema on STIR and thirty percent height loss without retropulsion. Diagnosis osteoporotic compression fracture M80.08XA. She is bedbound from pain and cannot walk to the bathroom without help.
Consent signed time out done pain 9/10 before.
Prone sterile prep under biplanar fluoroscopy the skin and periosteum were anesthetized with lidocaine one percent ten mL and bilateral transpedicular access into the L1 vertebral body was obtained with the working cannulas. Balloons were inflated restoring some height and then PMMA cement was delivered under live lateral fluoroscopy with good fill and no extravasation.
Pain after 3/10 no complications.
""", dos="2026-08-04", pos="22",
        procs=[proc("vertebral_augmentation", approach="kyphoplasty", region="lumbar", levels=["L1"],
                    imaging="fluoroscopy")],
        drugs=[given("lidocaine", 100)], pain=(9, 3), need=("diagnosis", "symptom_duration", "imaging_findings",
                                                           "functional_impairment"),
        codes=[line("22514")], findings=["conservative_care"],
        comment="No bracing, analgesics or other conservative care is documented before the augmentation.")

    add("fdd-h-gnrfa-01", "sr_dictated", """
Procedure: Right genicular nerve radiofrequency ablation.
Diagnosis: Primary osteoarthritis of the right knee M17.11.

Seventy three year old woman with right knee pain for six years, not a surgical candidate. Two right genicular nerve blocks gave eighty percent and seventy five percent relief. She can no longer walk a store or do stairs.
Consent signed. Time out done. Pre procedure pain 8/10.
Supine under fluoroscopy RF cannulas were placed to the superior lateral superior medial and inferior medial genicular nerves of the right knee. Sensory stimulation concordant and motor stimulation negative. After lidocaine two percent one mL at each of the three sites thermal radiofrequency lesions were made at eighty degrees for ninety seconds.
Post procedure pain 2/10. No complications.
""", dos="2026-10-20", pos="11",
        procs=[proc("genicular_rfa", region="knee", laterality="right", imaging="fluoroscopy")],
        drugs=[given("lidocaine", 60)], pain=(8, 2), need=("diagnosis", "symptom_duration", "functional_impairment"),
        codes=[line("64624", "RT")], findings=[])
