"""The hand-dictated half of sealed batch bh: 15 prose notes written one by one, each carrying a hard case of the
brief (medial branches named, mixed solutions per site, contralateral repeat, contrast allergy, side or level
written twice, non-billable ICD-10 code, repeats with and without a response, pulsed RF, ultrasound facet, CRNA
sedation, discarded toxin, ganglion impar, pump refill, shorthand). Gold labelled by hand from the text."""

from __future__ import annotations


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803 - tuples passed in
    """Queue every hand note; `need` lists the necessity elements the note documents to standard."""
    add("fbh-mbb-04", "hand_dictated", """
Bilateral lumbar medial branch nerve blocks (first diagnostic set)

Performed at the surgery center. The patient is a 66-year-old retired carpenter with eleven months of low back
pain across the belt line, worse leaning back and rising from a chair, with no pain below the knees. Physical
therapy twice a week for ten weeks and a course of celecoxib did not change it. He has stopped golfing and cannot
stand at the workbench for more than twenty minutes. Exam: pain with extension and rotation to either side,
straight leg raise negative, strength and reflexes normal. CT of the lumbar spine shows hypertrophic facets at
L4-5 and L5-S1 on both sides.
Diagnosis: lumbar facet arthropathy (spondylosis), M47.816.

Pain today 7/10 standing. After we discussed bleeding, infection and temporary numbness he signed the consent.
Time-out completed. No sedation was requested or given.

With him prone the C-arm was angled obliquely on each side. Through a skin wheal of 1% lidocaine, 2 mL per side,
22-gauge needles were walked to the junction of the superior articular and transverse processes of L4 and L5 and
to the groove at the sacral ala, first on the left and then on the right: that is, the L3 and L4 medial branches
and the L5 dorsal ramus bilaterally. 0.4 mL of 0.75% bupivacaine was placed at each of the six targets.

Thirty minutes later he stood and leaned backward with pain 1/10. Pain diary given. No complications.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic", sedation="none")],
        drugs=[given("lidocaine", 40), given("bupivacaine", 18)],
        pain=(7, 1), need=SPINE_NEED, dos="2025-08-14", pos="24",
        codes=[line("64493", "50", "KX"), line("64494", "50", "KX")], findings=[],
        comment="nerves named (L3, L4 MB + L5 DR each side) -> joints L4-L5, L5-S1; ASC, no drug lines")

    add("fbh-tfesi-03", "hand_shorthand", """
Proc: B/L TFESI L4/5 & L5/S1 w/ fluoro
Dx: lumbar radiculopathy (M54.16), DDD
HPI: 71F, B/L leg pain L>R to ankles x 7 mo, numb soles, +SLR B/L. PT x 8 wk - no help; gabapentin -> dizzy,
d/c'd. Can't walk > 1 block, stopped volunteering.
MRI 3/25: L4/5 & L5/S1 disc bulges w/ B/L foraminal stenosis contacting both L5 roots.
Pre 8/10. Consent signed, TO done. No sedation.
Prone. 22g x 4 to B/L L4/5 & L5/S1 foramina. Omnipaque 240 0.5 mL at each -> neural outline, no vasc.
Each foramen: Decadron 2.5 mg + 1 mL 1% lido.
AP + lat saved.
Post 3/10. No cx. D/C amb.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic",
                    sedation="none")],
        drugs=[given("iohexol", 2, "ml"), given("dexamethasone_sodium_phosphate", 10), given("lidocaine", 40)],
        pain=(8, 3), need=ESI_NEED, dos="2025-05-20",
        codes=[line("64483", "50"), line("64484", "50"), line("J1100", units=10)], findings=[],
        comment="four foramina: 2.5 mg x 4 dexamethasone, 10 mg x 4 lidocaine, 0.5 mL x 4 contrast")

    add("fbh-fia-01", "hand_dictated", """
Right L4-L5 and L5-S1 facet joint injections, intra-articular, therapeutic

History: fourteen months of right-sided low back pain, worse with twisting out of the car. Twelve weeks of
core-strengthening therapy and diclofenac gave no lasting change. She cannot lift the laundry basket or sleep on
her right side. In June, dual right L4-5 and L5-S1 medial branch blocks gave 80% and then 85% relief for the
duration of the anesthetic; she prefers to try joint injections before an ablation.
Dx: Spondylosis without myelopathy or radiculopathy, lumbar region - M47.816.

She rated the pain 6/10 before starting. Consent on file and reconfirmed verbally; time-out done.
Under fluoroscopy, with oblique views, 25 g spinal needles were entered into each joint; contrast was not used.
 Right L4-L5 joint: 0.5 mL of Kenalog-40 (20 mg) mixed with 0.5 mL of 0.5% bupivacaine.
 Right L5-S1 joint: 1 mL of 0.25% bupivacaine alone, as the joint would not accept more volume.
Needles removed intact. No complications.
""",
        procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="right",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=False, intent="therapeutic")],
        drugs=[given("triamcinolone_acetonide", 20), given("bupivacaine", 5)],
        pain=(6, None), need=SPINE_NEED, dos="2024-10-02", payer="medicare_fcso",
        codes=[line("64493", "RT"), line("64494", "RT"), line("J3301", units=2)],
        findings=["post_procedure_pain_score"],
        comment="different solution per joint (2.5 + 2.5 mg bupivacaine); no post-procedure score")

    add("fbh-sij-03", "hand_dictated", """
Sacroiliac joint injection - right, then left

She returns with pain over both sacroiliac joints, worse on the right, present for about nine months since a fall
on the ice. She went to physical therapy for 8 weeks and took ibuprofen regularly; neither eased it. Sitting in the
car longer than 30 minutes is intolerable. Thigh thrust and Gaenslen's tests are positive on both sides.
Diagnostic lidocaine injections of both SI joints in December gave 80% relief for four hours.
Diagnosis: sacroiliitis (M46.1).

Her pain is 7/10. Consent signed; time-out taken.

Prone. Under fluoroscopy a 22-gauge needle entered the inferior right SI joint; Isovue-M 300, 0.5 mL, gave an
intra-articular arthrogram, and 1 mL of Depo-Medrol 40 mg/mL with 1 mL of 1% lidocaine was injected. The
procedure was repeated on the contralateral side in the same way, with the same volumes of contrast and
medication. AP and oblique images of each joint were saved.

Pain after 2/10, about 70% better. No complications.
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="bilateral",
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 1, "ml"), given("methylprednisolone_acetate", 80), given("lidocaine", 20)],
        pain=(7, 2), need=SPINE_NEED[:3], dos="2025-02-11",
        codes=[line("27096", "50"), line("J1010", units=80)], findings=[],
        comment="'repeated on the contralateral side' -> bilateral, doses doubled")

    add("fbh-tfesi-04", "hand_dictated", """
Right L4-5 transforaminal epidural, no contrast (allergy)

Indication: right anterior thigh and medial shin pain with numbness for five months, quadriceps weakness 4/5 and a
reduced right knee jerk. Failed 6 weeks of physical therapy, and a Medrol dose pack helped only for a few days.
MRI shows a right foraminal disc extrusion at L4-L5 compressing the exiting L4 root.
Dx: M51.16 intervertebral disc disorder with radiculopathy, lumbar region.
Allergy: iodinated contrast (hives and throat tightness after a CT scan in 2019). Contrast was therefore not
used; needle position was confirmed on AP and lateral fluoroscopy with negative aspiration, and the injection
was watched under live fluoroscopy.

NRS pre 8/10. Informed consent signed. Time-out done.
A 22 g needle was placed at the right L4-L5 foramen under fluoroscopy. Dexamethasone 10 mg (1 mL) and 1 mL
preservative-free 1% lidocaine were injected slowly. AP and lateral images saved.
NRS post 4/10. No complications.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                    levels=["L4-L5"], imaging="fluoroscopy", contrast=False, intent="therapeutic")],
        drugs=[given("dexamethasone_sodium_phosphate", 10), given("lidocaine", 10)],
        pain=(8, 4), need=minus(ESI_NEED, "functional_impairment"), dos="2026-01-22",
        codes=[line("64483", "RT"), line("J1100", units=10)], findings=["functional_impairment"],
        comment="contrast omitted for a documented allergy (no finding); the oral Medrol pack is history, not given; "
                "no functional limitation stated")

    add("fbh-tfesi-05", "hand_dictated", """
PROCEDURE: RIGHT S1 TRANSFORAMINAL EPIDURAL STEROID INJECTION

She has had left buttock and posterior calf pain to the sole of the foot for four months, with numbness of the
lateral foot; the left ankle reflex is absent. Ten weeks of physical therapy and duloxetine have not helped. She
cannot walk her dog or stand to cook. MRI: left L5-S1 paracentral herniation displacing the left S1 nerve root.
Diagnosis lumbosacral radiculopathy, M54.17.
Pain 9/10 before. Written consent, time-out performed, no sedation.
Prone; with fluoroscopy the left S1 posterior foramen was identified and a 22-gauge needle advanced into it.
Omnipaque 300, 1 mL, outlined the left S1 root with no vascular uptake. Kenalog 40 mg with 1 mL of 0.25%
bupivacaine was injected. Images saved.
Pain 3/10 after. No complications.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                    levels=["S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("iohexol", 1, "ml"), given("triamcinolone_acetonide", 40), given("bupivacaine", 2.5)],
        pain=(9, 3), need=ESI_NEED, dos="2025-07-09", pos="24", payer="medicare_cgs",
        codes=[line("64483", "LT")], findings=["laterality_conflict", "saved_images"],
        comment="title RIGHT, needle in the left S1 foramen: codes follow the description; 'Images saved.' no views")

    add("fbh-ilesi-03", "hand_dictated", """
Interlaminar epidural steroid injection, L4-L5

A 58-year-old man with six months of pain down the back of the left thigh into the outer foot with tingling of the
small toe; straight leg raise is positive at 45 degrees on the left. He failed 3 months of physical therapy and
home exercise and could not tolerate ibuprofen (stomach upset). He has missed work as a delivery driver because
sitting in the truck is unbearable. MRI: L5-S1 central-left disc protrusion abutting the left S1 root, mild L4-5
bulge.
Diagnosis: Radiculopathy, lumbosacral region (M54.17).
Pre-procedure pain: 7/10. Consent signed after discussion; time-out held.
Technique: prone, fluoroscopy. An 18 g Tuohy needle entered the epidural space at L5-S1 by loss of resistance to
saline. Isovue-M 200, 2 mL, showed epidural spread without vascular uptake. Methylprednisolone 80 mg in 3 mL of
saline was injected. AP and lateral views saved.
Post-procedure pain: 3/10. No complications.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L5-S1"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 2, "ml"), given("methylprednisolone_acetate", 80)],
        pain=(7, 3), need=ESI_NEED, dos="2024-08-27",
        codes=[line("62323"), line("J1010", units=80)], findings=["laterality_conflict"],
        comment="header L4-L5, needle at L5-S1: level follows the description, conflict raised")

    add("fbh-rfa-03", "hand_dictated", """
Right lumbar radiofrequency neurotomy, L3-4 and L4-5 facet joints

Diagnosis: Lumbar spondylosis without myelopathy or radiculopathy (M47.81).
Two years of right-sided axial low back pain without leg symptoms, aggravated by standing and extension. Eight
weeks of physical therapy and meloxicam brought no benefit. She cannot work a full shift as a cashier. Two
diagnostic blocks of the right L2, L3 and L4 medial branches in September gave 90% and 80% relief lasting as long
as the anesthetic.
Pain before 6/10. Consent signed. Time-out performed with the team. Sedation: none, local only.
Using fluoroscopy, 18-gauge RF cannulas with 10 mm active tips were placed parallel to the right L2, L3 and L4
medial branches. Sensory stimulation reproduced her back pain below 0.5 V and 2 Hz motor testing showed no leg
activity. 1 mL of 2% lidocaine was placed at each nerve before lesioning at 80 °C for 90 seconds.
Pain after 2/10. No complications; follow up in 6 weeks.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="right",
                    levels=["L3-L4", "L4-L5"], imaging="fluoroscopy", intent="therapeutic", sedation="none")],
        drugs=[given("lidocaine", 60)],
        pain=(6, 2), need=SPINE_NEED, dos="2025-11-04",
        codes=[line("64635", "RT"), line("64636", "RT")], findings=["code_validity"],
        comment="M47.81 is a non-billable category (needs the 6th character); text says lumbar (M47.816)")

    add("fbh-tfesi-06", "hand_dictated", """
Left L5-S1 transforaminal ESI - repeat

This is her third left L5-S1 transforaminal epidural. The last one, on 11/18/2025, relieved about 75% of her leg
pain for close to four months; the pain has now crept back to baseline. Left posterior thigh and calf pain with
numbness of the lateral foot for over a year, positive left straight leg raise. She keeps up her home exercise,
completed 10 weeks of physical therapy last year without lasting relief, and nortriptyline sedated her too much.
She again cannot garden or sit through a meal out. MRI: left L5-S1 foraminal disc protrusion with moderate
foraminal stenosis.
Diagnosis: M54.17.
Pain before: 7/10. Consent: signed. Time-out: done. No sedation given.
Fluoroscopic guidance; 22 g needle to the left L5-S1 foramen. Omnipaque 300 1 mL - appropriate neurogram, no
vascular spread. Betamethasone (Celestone Soluspan) 6 mg/1 mL with 1 mL 1% lidocaine. Two views saved (AP,
lateral).
Pain after: 2/10. No complications.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                    levels=["L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("iohexol", 1, "ml"), given("betamethasone_sodium_phosphate_acetate", 6), given("lidocaine", 10)],
        pain=(7, 2), need=ESI_NEED, dos="2026-04-15",
        codes=[line("64483", "LT"), line("J0702", units=1)], findings=[],
        comment="repeat with a quantified earlier response (75% for ~4 months)")

    add("fbh-ilesi-04", "hand_dictated", """
C7-T1 interlaminar epidural steroid injection (repeat)

Indication: right neck pain radiating to the shoulder blade and down the back of the right arm into the middle
finger, with numbness of that finger, for 8 months. The right triceps reflex is reduced. Physical therapy for
6 weeks and a trial of pregabalin failed; pregabalin caused ankle swelling. He can no longer work overhead as an
electrician. MRI: C6-C7 right foraminal disc osteophyte complex.
He had a C7-T1 epidural here last spring that "helped some" and asks to repeat it.
Diagnosis: Cervical radiculopathy (M54.12).
Pre 6/10. Consent obtained. Time-out. No sedation.
Under fluoroscopy, AP and contralateral oblique views, an 18 g Tuohy needle entered the C7-T1 epidural space by
loss of resistance. Omnipaque 240 1 mL: epidural spread, no vascular pattern. Dexamethasone 10 mg with 2 mL
preservative-free saline injected. Contralateral oblique and AP images saved.
Post 3/10. No complications.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C7-T1"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("iohexol", 1, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(6, 3), need=ESI_NEED, dos="2025-03-03", pos="22",
        codes=[line("62321")], findings=["prior_procedure_response"],
        comment="repeat whose earlier response is only 'helped some'; hospital outpatient, no drug lines")

    add("fbh-genrfa-01", "hand_dictated", """
Left knee genicular nerve pulsed radiofrequency

Diagnosis: Primary osteoarthritis, left knee (M17.12). Three years of left knee pain; knee replacement declined
because of cardiac risk. Walking is limited to the house. A diagnostic genicular nerve block of the left knee in
April gave 80% relief for six hours.
Pain 8/10 before. Consent signed; time-out done.
With fluoroscopic guidance, 20-gauge RF cannulas were placed at the left superolateral, superomedial and
inferomedial genicular nerves. After sensory confirmation and negative motor testing, 1 mL of 2% lidocaine was
given at each site and pulsed radiofrequency was applied at 42 °C, 2 Hz, for 120 seconds per nerve.
After: 4/10. No complications.
""",
        procs=[proc("genicular_rfa", target="knee", region="knee", laterality="left", imaging="fluoroscopy",
                    intent="therapeutic")],
        drugs=[given("lidocaine", 60)],
        pain=(8, 4), need=("diagnosis",), dos="2025-06-18",
        codes=[line("64999")], findings=["approach"],
        comment="pulsed RF is not destruction: unlisted 64999; technique not thermal/cooled (approach)")

    add("fbh-mbb-05", "hand_dictated", """
Right C4-5 and C5-6 facet medial branch blocks under ultrasound

Indication: right-sided neck pain for ten months, worse turning the head to the right and looking up, no arm
symptoms; tender over the right C4-C6 facet columns. Eight weeks of physical therapy and topical diclofenac: no
change. Unable to check blind spots while driving. Diagnosis: Cervical spondylosis without myelopathy or
radiculopathy, M47.812. First diagnostic block.
Pain 6/10 beforehand. Consent signed. Time-out done.
With a linear ultrasound probe in the long axis, the right C4, C5 and C6 medial branches were seen at the waists of
the articular pillars; a 25 g needle was guided in plane to each, and 0.5 mL of 2% lidocaine was deposited at each
nerve. Ultrasound images were saved.
Pain after 1/10 with full rotation. No complications.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="right",
                    levels=["C4-C5", "C5-C6"], imaging="ultrasound", intent="diagnostic")],
        drugs=[given("lidocaine", 30)],
        pain=(6, 1), need=SPINE_NEED, dos="2025-09-30",
        codes=[line("64490", "KX", "RT"), line("64491", "KX", "RT")], findings=["imaging_guidance"],
        comment="ultrasound guidance is not covered for facet procedures (fluoroscopy/CT); KB facet rows kept")

    add("fbh-tpi-04", "hand_dictated", """
Chemodenervation with onabotulinumtoxinA of myofascial trigger points, neck and shoulders

Chronic myofascial neck and upper back pain for two years with headaches; lidocaine trigger point injections every
few months gave only brief relief. Exam: taut bands with local twitch and referred pain in the left and right upper
trapezius, the left levator scapulae and the right rhomboid major.
Assessment: myofascial pain of the neck and shoulder muscles, M79.12.
Pain 7/10 today. Risks including weakness and swallowing difficulty reviewed; consent signed. Time-out done.
A 100-unit vial of Botox was reconstituted with 2 mL of preservative-free saline. Using a 30 g needle: 20 units
into each upper trapezius, 15 units into the left levator scapulae and 15 units into the right rhomboid major,
70 units in total. The remaining 30 units were discarded. No complications. Follow-up in 4 weeks to judge the
response.
""",
        procs=[proc("trigger_point")],
        drugs=[given("onabotulinumtoxinA", 70, "units")],
        pain=(7, None), need=("diagnosis",), dos="2025-10-07",
        codes=[line("20553"), line("J0585", units=70), line("J0585", "JW", units=30)],
        findings=["percent_relief", "post_procedure_pain_score"],
        comment="four muscles; 30 units discarded (JW); no post-procedure score or relief")

    add("fbh-impar-01", "hand_dictated", """
Ganglion impar block under fluoroscopy

Indication: coccygeal and perineal burning pain for 14 months after a fall, worse sitting; cushions, pelvic floor
therapy and a coccygeal steroid injection have failed. Diagnosis: coccygodynia (M53.3).
Pain 8/10 sitting before the block. Consent signed.
Anesthesia: monitored anesthesia care by the CRNA (propofol infusion, 90 mg total; start 10:05, end 10:22),
because she could not lie prone awake owing to severe pain and panic attacks.
Prone. Under fluoroscopy a 22 g spinal needle was passed through the sacrococcygeal junction to its anterior
surface; the lateral view confirmed placement. Omnipaque 180, 2 mL, showed retroperitoneal spread. 4 mL of 0.25%
bupivacaine with Kenalog 40 mg was injected. Lateral image saved.
Pain after 2/10 sitting. No complications.
""",
        procs=[proc("sympathetic_block", target="ganglion_impar", region="sacral", imaging="fluoroscopy",
                    contrast=True, sedation="mac")],
        drugs=[given("iohexol", 2, "ml"), given("bupivacaine", 10), given("triamcinolone_acetonide", 40)],
        pain=(8, 2), need=("diagnosis",), dos="2026-02-24", pos="24",
        codes=[line("64999"), line("77002", "26")], findings=["time_out"],
        comment="CRNA MAC: propofol on the anesthesia claim, sedation facts documented; no time-out statement")

    add("fbh-pump-01", "hand_dictated", """
Intrathecal pump refill and reprogramming

Indication: intrathecal hydromorphone with bupivacaine for failed back surgery syndrome (M96.1) with intractable
low back and bilateral leg pain, started after oral opioids caused sedation.
The refill was performed by our pain clinic nurse under my direct supervision. Pump interrogated: 3.1 mL in the
reservoir, matching the expected volume. The residual was removed and the reservoir filled with 20 mL of
hydromorphone 8 mg/mL with bupivacaine 5 mg/mL. The pump was reprogrammed, daily dose increased by 10% for
worsening leg pain. Pain 7/10 today. Consent on file. Time-out done. No complications.
""",
        procs=[proc("pump_refill")],
        drugs=[given("hydromorphone", 160), given("bupivacaine", 100)],
        pain=(7, None), need=("diagnosis",), dos="2026-08-12",
        codes=[line("62369")], findings=[],
        comment="refilled by clinical staff with reprogramming -> 62369; reservoir 20 mL x 8 and x 5 mg/mL")
