"""Notes of the sealed batch `dev_fresh_cj` (recall and distractors) with their gold, labelled by hand from the text.

`build_generated`: 15 notes in the generated layouts; `build_hand`: 15 hand-dictated notes. Each note's gold is
written beside it (families, levels as joints/foramina, drug totals, claim lines, finding elements) following
corpora/README.md; none was read by Painpoint while it was written.
"""

from __future__ import annotations


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    build_generated(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
    build_hand(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)


def build_generated(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    # 1 ---------------------------------------------------------------- complete, caps headers
    add("fcj-tfesi-01", "caps_headers", """
PROCEDURE NOTE - LEFT L5-S1 TRANSFORAMINAL EPIDURAL STEROID INJECTION

DATE OF SERVICE: 02/17/2026
DIAGNOSIS: Lumbar radiculopathy (M54.16)

HISTORY: Sharp pain from the left buttock down the back of the thigh into the lateral calf and the top of the foot,
present for about five months. Numbness over the dorsum of the left foot. Straight leg raise positive on the left at
40 degrees. She completed ten weeks of supervised physical therapy and a course of naproxen without meaningful
change in the leg pain. She can no longer stand at her workstation for more than twenty minutes and has stopped
walking her dog.
Review of systems: denies fever, weight loss, bowel or bladder change. Family history: father with lumbar stenosis.
HOME MEDICATIONS: lisinopril 10 mg daily, atorvastatin 20 mg nightly, gabapentin 300 mg three times daily.
VITALS: BP 136/82, HR 74, SpO2 98%.

IMAGING: MRI lumbar spine 12/2025 shows a left paracentral L5-S1 disc protrusion contacting the traversing left S1
root and moderate left L5-S1 foraminal narrowing.

PRE-PROCEDURE PAIN: 7/10

CONSENT: Risks, benefits and alternatives were explained; written consent was signed.
TIME-OUT: Performed with the whole team, correct patient, side and level confirmed.

TECHNIQUE: Prone. The skin was prepped with chlorhexidine and draped. Under fluoroscopic guidance a 22-gauge spinal
needle was advanced to the left L5-S1 neural foramen. Omnipaque 240, 1.5 mL, outlined the exiting nerve root with
epidural spread and no vascular uptake. Injected: dexamethasone 10 mg with bupivacaine 0.25% 1 mL.
AP and lateral fluoroscopic images were saved to the record.

POST-PROCEDURE PAIN: 2/10
COMPLICATIONS: None.

PLAN: Follow up in 3 weeks. Will consider a repeat injection if relief is under 50%. Discharge instructions
given: no driving today, ice to the site, call for fever or new weakness.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                 levels=["L5-S1"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("dexamethasone_sodium_phosphate", 10), given("bupivacaine", 2.5), given("iohexol", 1.5, "ml")],
        pain=(7, 2), need=ESI_NEED, dos="2026-02-17", pos="11",
        codes=[line("64483", "LT"), line("J1100", units=10)], findings=[])

    # 2 ---------------------------------------------------------------- gap: post pain score (only before)
    add("fcj-tfesi-02", "bullets", """
Right L4-L5 and L5-S1 transforaminal ESI

- Date: 08/05/2025 (hospital outpatient department)
- Dx: Lumbar disc herniation with radiculopathy (M51.16)
- Sx: burning pain from the right hip down the front of the shin for 4 months; tingling in the right great toe;
  weak right ankle dorsiflexion 4+/5
- Tried: 8 weeks of physical therapy and meloxicam; the leg pain is unchanged
- Function: cannot sit through a meal; sleep broken by leg pain; had to stop volunteering
- MRI 06/2025: right foraminal disc herniation at L4-L5 narrowing the right L4 foramen, mild right L5-S1 foraminal stenosis
- Other: also notes left shoulder pain when reaching overhead, to be seen by orthopaedics
- Pain before the procedure: 8/10
- Consent: signed after discussion of risks (infection, bleeding, nerve injury, headache)
- Time-out: completed
- Fluoroscopy-guided right L4-L5 and right L5-S1 transforaminal approach; Isovue-M 300 1 mL per level showed
  perineural flow without intravascular pattern
- Triamcinolone 40 mg injected at each level
- AP and oblique views stored
- Tolerated well, no complications
- Patient reports the leg feels lighter; walked to the car with his wife
- F/u 4 weeks
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("triamcinolone_acetonide", 80), given("iopamidol", 2, "ml")],
        pain=(8, None), need=ESI_NEED, dos="2025-08-05", pos="22",
        codes=[line("64483", "RT"), line("64484", "RT")], findings=["post_procedure_pain_score"],
        comment="Pain score given only before; afterwards only 'the leg feels lighter'.")

    # 3 ---------------------------------------------------------------- gap: conservative care without duration
    add("fcj-tfesi-03", "inline_fields", """
Procedure: Bilateral L5-S1 transforaminal epidural steroid injection. Date: 06/11/2026. Setting: office.
Diagnosis: Lumbosacral radiculopathy (M54.17).
History: Pain in both buttocks radiating down the posterior thighs to the calves, worse on the left, for seven
months; paresthesias in both heels; diminished ankle reflexes bilaterally. She attended physical therapy and took
ibuprofen. Difficulty getting in and out of the car; unable to garden. Smoker, 1 pack per day, counselled.
Prior procedures: left knee arthroscopy 2019.
Imaging: MRI 03/2026 broad-based L5-S1 disc bulge with bilateral foraminal stenosis, moderate on both sides.
Pain: 6/10 before. Consent: obtained in writing. Time-out: done.
Technique: Fluoroscopy. 22 g needle to the left L5-S1 foramen, then the right L5-S1 foramen. Omnipaque 300 1 mL on
each side showed good epidural flow. Celestone Soluspan 6 mg (1 mL) injected on each side.
Saved images: AP and lateral. Pain after: 3/10. Complications: none. Disposition: home with driver.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                 levels=["L5-S1"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("betamethasone_sodium_phosphate_acetate", 12), given("iohexol", 2, "ml")],
        pain=(6, 3), need=minus(ESI_NEED, "conservative_care"), dos="2026-06-11", pos="11",
        codes=[line("64483", "50"), line("J0702", units=2)], findings=["conservative_care"],
        comment="Therapy named without duration or outcome: conservative care not documented to 4 weeks with failure.")

    # 4 ---------------------------------------------------------------- complete IL, title-case headers
    add("fcj-ilesi-01", "title_headers", """
Lumbar Interlaminar Epidural Steroid Injection

Date Of Service: 11/20/2025
Indication: Bilateral leg pain from lumbar stenosis.
Diagnosis: Lumbar Spinal Stenosis With Neurogenic Claudication (M48.062)

History Of Present Illness: Aching and cramping in both legs, buttocks to calves, on standing and walking, eased by
sitting, for 9 months. Reduced sensation along the left L5 dermatome. Six weeks of physical therapy and daily
acetaminophen failed to reduce the leg pain. He can walk only about one block and stopped grocery shopping.
Review Of Systems: Negative for saddle anesthesia, incontinence, fever.
Past Procedures: Right carpal tunnel release 2021.
Imaging: CT myelogram 10/2025 shows severe central canal stenosis at L4-L5 and moderate at L5-S1.
Pain Score Before: 7/10

Consent: Informed consent obtained and signed.
Time Out: Performed.
Procedure: Prone position, sterile prep. Fluoroscopy was used to identify the L5-S1 interlaminar space. An 18-gauge
Tuohy needle was advanced via a left paramedian interlaminar approach with loss of resistance to saline. Isovue-M 200,
2 mL, confirmed epidural spread. Methylprednisolone 80 mg in 4 mL preservative-free saline was injected.
Images: AP and lateral saved.
Pain Score After: 3/10
Complications: None.
Plan: Home exercise; return in one month; will consider an L4-L5 injection if the relief does not last.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L5-S1"],
                 imaging="fluoroscopy", contrast=True)],
        drugs=[given("methylprednisolone_acetate", 80), given("iopamidol", 2, "ml")],
        pain=(7, 3), need=ESI_NEED, dos="2025-11-20", pos="11",
        codes=[line("62323"), line("J1010", units=80)], findings=[])

    # 5 ---------------------------------------------------------------- gap: consent 'to be obtained'
    add("fcj-caudal-01", "dictated", """
Caudal epidural steroid injection, ambulatory surgery center, 04/02/2026. The patient is a 78-year-old man with
lumbar spinal stenosis with neurogenic claudication (M48.062) who describes heaviness and aching in both legs after
standing for ten minutes, for the past year, with numbness in both feet on walking. He went through twelve weeks
of physical therapy with no lasting improvement and could not tolerate NSAIDs because of reflux. He now sits down
every few minutes while shopping and has given up golf. MRI from January shows multilevel stenosis, severe at
L3-L4 and L4-L5, with a grade 1 spondylolisthesis at L4-L5. He also mentions intermittent right knee pain, which
we will address at another visit. Home medications include tamsulosin, omeprazole and apixaban, the last held for
three days as instructed. The consent form is to be obtained by the nurse before he is brought back. His pain was
6/10 on arrival. Time-out was carried out. With the patient prone, the sacral hiatus was identified under
fluoroscopy and a 20-gauge needle was advanced into the caudal canal. Omnipaque 240, 3 mL, showed epidural filling
up to S1 with no vascular runoff. Triamcinolone 80 mg diluted in 8 mL preservative-free normal saline was injected
slowly. AP and lateral images were saved. Afterwards his pain was 2/10. There were no complications. He was
discharged with his daughter and a printed instruction sheet.
""", procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy", contrast=True)],
        drugs=[given("triamcinolone_acetonide", 80), given("iohexol", 3, "ml")],
        pain=(6, 2), need=ESI_NEED, dos="2026-04-02", pos="24", consent=False,
        codes=[line("62323")], findings=["consent"],
        comment="Consent only planned ('to be obtained'); 80 mg triamcinolone is within the ceiling.")

    # 6 ---------------------------------------------------------------- complete diagnostic MBB, odd spacing
    add("fcj-mbb-01", "odd_spacing", """
PROCEDURE :   Bilateral lumbar medial branch blocks   ( diagnostic )
DOS :  01/13/2026      Place : office

DIAGNOSIS :     Lumbar spondylosis without myelopathy or radiculopathy (M47.816)

HPI :   Axial low back pain across the belt line , worse with extension and rotation , no radiation below the
knees ,  for 2 years .   Eight weeks of physical therapy and daily celecoxib did not relieve it .
Cannot stand at the sink long enough to wash dishes ;  Oswestry 46 % .
Exam : bilateral paraspinal tenderness L4 - S1 , facet loading positive both sides .
Meds :   metformin , levothyroxine , celecoxib 200 mg .

Pre-procedure pain :   7 / 10
Consent :  signed .    Time-out :  done .

Procedure :   Under fluoroscopy , 22 g needles were placed at the left L3 and L4 medial branches and the left L5
dorsal ramus , then at the right L3 and L4 medial branches and the right L5 dorsal ramus .
Bupivacaine 0.5 % , 0.5 mL at each of the six nerves .   No steroid .
Post-procedure pain :   1 / 10   (  86 %  relief during the first hours )
Complications :   none .
Plan :   pain diary ; second confirmatory block in 2 weeks ; if both blocks give 80 % or more , RFA .
""", procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 15)],
        pain=(7, 1), need=SPINE_NEED, dos="2026-01-13", pos="11",
        codes=[line("64493", "50", "KX"), line("64494", "50", "KX")], findings=[],
        comment="L3+L4 MB and L5 dorsal ramus each side = joints L4-L5 and L5-S1; 6 x 0.5 mL of 0.5% = 15 mg.")

    # 7 ---------------------------------------------------------------- gap: time-out
    add("fcj-facet-01", "bullets", """
RIGHT L3-L4 AND L4-L5 INTRA-ARTICULAR FACET INJECTIONS (THERAPEUTIC)

* Date of service 10/08/2024, office procedure suite
* Diagnosis: Lumbar facet arthropathy (M47.816)
* Right-sided low back pain for 18 months, worse on twisting and standing from a chair
* Failed 3 months of PT and a home exercise program; NSAIDs stopped for stomach upset
* Pain limits standing to 15 minutes and keeps him from lifting his grandson
* Two diagnostic right L3-L4 and L4-L5 medial branch blocks this summer gave 90% and 85% relief
* RFA declined for now; prefers joint injections
* Home medications: amlodipine, tamsulosin, vitamin D
* Pre-procedure NRS 6/10
* Consent signed; risks reviewed
* Fluoroscopy-guided, 25 g needles into the right L3-L4 and right L4-L5 facet joints; arthrogram confirmed
  intra-articular position
* Each joint: Kenalog 20 mg with 0.25% bupivacaine 0.5 mL
* NRS after: 2/10
* No complications; ambulated out
""", procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="right",
                 levels=["L3-L4", "L4-L5"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("triamcinolone_acetonide", 40), given("bupivacaine", 2.5)],
        pain=(6, 2), need=SPINE_NEED, dos="2024-10-08", pos="11",
        codes=[line("64493", "RT"), line("64494", "RT"), line("J3301", units=4)], findings=["time_out"])

    # 8 ---------------------------------------------------------------- complete RFA, caps headers
    add("fcj-rfa-01", "caps_headers", """
PROCEDURE: LEFT L4-L5 AND L5-S1 RADIOFREQUENCY ABLATION OF THE MEDIAL BRANCHES

DATE: 05/19/2026          LOCATION: Ambulatory surgery center
DIAGNOSIS: Lumbosacral facet syndrome (M47.817)

HISTORY: Left low back pain for three years without radicular features. Physical therapy for 10 weeks and NSAIDs
gave no lasting relief. Pain stops her from standing to cook and from walking more than 15 minutes.
DIAGNOSTIC BLOCKS: Left L3, L4 medial branch and L5 dorsal ramus blocks on 02/24/2026 (90% relief) and
03/17/2026 (85% relief), each lasting the duration of the anesthetic.
OTHER: Right wrist pain from an old fracture, stable. Mother had rheumatoid arthritis.
PRE-PROCEDURE PAIN: 8/10
CONSENT: Written informed consent obtained.
TIME-OUT: Completed.

TECHNIQUE: Fluoroscopic guidance. 18-gauge RF cannulas placed along the left L3 and L4 medial branches and the left
L5 dorsal ramus. Sensory stimulation at 50 Hz reproduced concordant pain below 0.5 V; motor stimulation at 2 Hz
showed no leg contraction. Each site was anesthetized with 1 mL of 2% lidocaine. Conventional thermal lesions at
80 degrees C for 90 seconds at each nerve.

POST-PROCEDURE PAIN: 3/10
COMPLICATIONS: None.
DISPOSITION: Home. Expect soreness for up to two weeks.
""", procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="left",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy")],
        drugs=[given("lidocaine", 60)],
        pain=(8, 3), need=SPINE_NEED, dos="2026-05-19", pos="24",
        codes=[line("64635", "LT"), line("64636", "LT")], findings=[])

    # 9 ---------------------------------------------------------------- gap: saved images (one statement, no views)
    add("fcj-si-01", "inline_fields", """
Procedure: Left sacroiliac joint injection, diagnostic. DOS: 03/03/2026. POS: office.
Dx: Sacroiliitis (M46.1).
HPI: Left buttock and posterior pelvic pain for 8 months, worse rolling in bed and climbing stairs; Fortin finger
sign positive; 4 of 5 provocation tests positive. PT for 6 weeks and naproxen did not help.
Meds: losartan, sertraline. ROS: no fevers, no urinary symptoms.
Pre-pain: 7/10. Consent: signed. Time-out: performed.
Technique: Fluoroscopy; 22 g spinal needle into the inferior left SI joint; Omnipaque 240 1 mL showed an
intra-articular arthrogram. Injected Kenalog 40 mg with bupivacaine 0.25% 2 mL. Image saved.
Post-pain: 1/10; relief 85%. Complications: none.
Plan: if relief holds for 2 weeks, consider therapeutic series; follow up 2 weeks.
""", procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="left",
                 imaging="fluoroscopy", contrast=True, intent="diagnostic")],
        drugs=[given("triamcinolone_acetonide", 40), given("bupivacaine", 5), given("iohexol", 1, "ml")],
        pain=(7, 1), need=SPINE_NEED, dos="2026-03-03", pos="11",
        codes=[line("27096", "LT"), line("J3301", units=4)], findings=["saved_images"],
        comment="'Image saved.' states no two views.")

    # 10 --------------------------------------------------------------- gaps: imaging findings (ordered only), complications
    add("fcj-ilesi-02", "dictated", """
Cervical interlaminar epidural steroid injection at C7-T1 on 03/25/2025 in the hospital outpatient suite. She has
cervical radiculopathy (M54.12) with pain from the neck through the left shoulder blade into the thumb and index
finger for the last three months, with a reduced left biceps reflex and numbness of the thumb. A cervical MRI was
ordered at the last visit; the study is scheduled for next month. Eight weeks of physical therapy and a medrol
dose pack gave her no relief. She has trouble turning her head to drive and cannot sleep on her left side. She also
reports occasional low back stiffness in the mornings. Her pain was 8/10 before we began. Consent was signed
after we discussed dural puncture, infection and nerve injury. Time-out done. Prone on the table, the C7-T1
interlaminar space was located with fluoroscopy and an 18-gauge Tuohy needle was walked into the epidural space
by loss of resistance, slightly left of midline. Omnipaque 240, 1 mL, spread in the posterior epidural space.
Dexamethasone 10 mg with 1 mL of saline was injected. AP and contralateral oblique views were saved. Her pain
after the injection was 4/10. She was observed for 20 minutes and discharged with her husband; she should call
for fever, severe headache or new weakness.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C7-T1"],
                 imaging="fluoroscopy", contrast=True)],
        drugs=[given("dexamethasone_sodium_phosphate", 10), given("iohexol", 1, "ml")],
        pain=(8, 4), need=minus(ESI_NEED, "imaging_findings"), dos="2025-03-25", pos="22",
        complications=None,
        codes=[line("62321")], findings=["complications", "imaging_findings"],
        comment="MRI ordered and scheduled, no findings; nothing said about complications.")

    # 11 --------------------------------------------------------------- complete genicular block, attestation
    add("fcj-gnb-01", "attestation", """
Genicular nerve block, right knee
Date of service: 07/09/2026 | Place: office

Diagnosis: Primary osteoarthritis, right knee (M17.11).
Indication: Right knee pain for 4 years limiting walking to two blocks, despite physical therapy and a
corticosteroid injection last year; total knee arthroplasty deferred for cardiac risk. Diagnostic block before
radiofrequency ablation.
Pain before: 8/10.
Informed consent was obtained in writing. A time-out was performed.
Under fluoroscopic guidance, 22-gauge needles were placed at the superior lateral, superior medial and inferior
medial genicular nerves of the right knee. Bupivacaine 0.5%, 2 mL, was injected at each of the three nerves.
Pain after: 1/10 with weight bearing, 88% relief.
No complications.
Plan: genicular RFA if a second block confirms.

I personally performed the procedure described above and was present for its entirety. This note was
dictated and reviewed by the attending physician. Electronically signed.
""", procs=[proc("genicular_nerve_block", region="knee", laterality="right", imaging="fluoroscopy",
                 intent="diagnostic")],
        drugs=[given("bupivacaine", 30)],
        pain=(8, 1), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        dos="2026-07-09", pos="11", codes=[line("64454", "RT")], findings=[])

    # 12 --------------------------------------------------------------- gap: TPI percent relief (scores only)
    add("fcj-tpi-01", "title_headers", """
Trigger Point Injections

Date: 12/02/2025
Diagnosis: Myofascial Pain Syndrome (M79.18)
Indication: Neck and upper back pain for six months with headaches at the end of the workday.
Examination: Taut bands with local twitch response and referred pain to the occiput in the right and left upper
trapezius; a tender taut band in the right levator scapulae.
Pain Before: 6/10
Consent: Verbal and written consent obtained.
Time-Out: Done.
Procedure: Four trigger points in three muscles (right upper trapezius x2, left upper trapezius, right levator
scapulae) were injected with 1% lidocaine, 1 mL at each point, using a 27-gauge needle after dry needling.
Pain After: 2/10
Complications: None.
Plan: stretching program, ergonomic review; repeat injections if the headaches return. Also has bilateral plantar
fasciitis, managed by podiatry.
""", procs=[proc("trigger_point")],
        drugs=[given("lidocaine", 40)],
        pain=(6, 2), need=("diagnosis", "symptom_duration"), dos="2025-12-02", pos="11",
        codes=[line("20553")], findings=["percent_relief"],
        comment="Relief implied by scores only; 3 muscles named -> 20553.")

    # 13 --------------------------------------------------------------- complete occipital block
    add("fcj-occ-01", "inline_fields", """
Procedure: Bilateral greater occipital nerve blocks. Date: 09/15/2026. Office.
Diagnosis: Occipital neuralgia (M54.81).
Indication: Shooting pain from the base of the skull over both sides of the scalp for 10 months, tender over both
greater occipital nerves with reproduction of the pain; failed amitriptyline and gabapentin. Migraine history,
well controlled on rizatriptan. Denies visual change or weakness.
Pre-procedure pain: 7/10. Consent: written. Time-out: completed. Imaging: none, landmark technique.
Technique: The occipital artery was palpated on each side and a 25 g needle advanced just medial to it.
On each side 2 mL of 0.5% bupivacaine with 10 mg triamcinolone was injected.
Post-procedure pain: 2/10. Complications: none. F/u 6 weeks; consider occipital nerve stimulation referral if
relief is short-lived.
""", procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="bilateral",
                 imaging="none")],
        drugs=[given("bupivacaine", 20), given("triamcinolone_acetonide", 20)],
        pain=(7, 2), need=("diagnosis", "symptom_duration", "conservative_care"), dos="2026-09-15", pos="11",
        codes=[line("64405", "50"), line("J3301", units=2)], findings=[])

    # 14 --------------------------------------------------------------- complete hip injection under fluoroscopy
    add("fcj-joint-01", "bullets", """
Left hip intra-articular injection under fluoroscopy

- DOS 06/24/2025, clinic
- Diagnosis: Primary osteoarthritis, left hip (M16.12)
- Groin pain on the left for 2 years, now limiting walking and putting on socks; failed PT and naproxen
- Prior left hip injection 11/2024: about 60% relief for 4 months
- Pain before: 7/10
- Consent signed; time-out completed
- Fluoroscopy: 22 g spinal needle to the left femoral head-neck junction; contrast confirmed intra-articular spread
- Injected triamcinolone 40 mg with ropivacaine 0.5% 4 mL
- Pain after: 2/10
- No complications
- Also discussed chronic left shoulder pain; no treatment today
""", procs=[proc("joint_injection", target="hip", region="hip", laterality="left", imaging="fluoroscopy",
                 contrast=True)],
        drugs=[given("triamcinolone_acetonide", 40), given("ropivacaine", 20)],
        pain=(7, 2), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        dos="2025-06-24", pos="11",
        codes=[line("20610", "LT"), line("77002"), line("J3301", units=4)], findings=[],
        comment="Contrast named without agent or amount: no contrast drug entry.")

    # 15 --------------------------------------------------------------- complete suprascapular block, ultrasound saved
    add("fcj-pnb-01", "odd_spacing", """
Procedure :  Right suprascapular nerve block  ,  ultrasound guided
Date :  01/27/2026      Setting :  office

Diagnosis :  Primary osteoarthritis , right shoulder (M19.011)
Indication :  Right shoulder pain for 14 months , worse at night , unable to lift the arm to comb hair ;
not a surgical candidate .   PT and two subacromial injections helped only briefly .
Other :  denies neck pain or arm numbness .   Hypertension , diabetes .
Pain pre :   8/10
Consent :   signed      Time out :   performed
Technique :   Linear probe over the right suprascapular notch ; nerve and artery identified ;
22 g needle in plane .   Injected 5 mL bupivacaine 0.5 % with dexamethasone 4 mg .
Spread around the nerve seen ;   ultrasound image saved to the chart .
Pain post :   2/10
Complications :   none .
""", procs=[proc("peripheral_nerve_block", target="suprascapular", region="shoulder", laterality="right",
                 imaging="ultrasound")],
        drugs=[given("bupivacaine", 25), given("dexamethasone_sodium_phosphate", 4)],
        pain=(8, 2), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        dos="2026-01-27", pos="11",
        codes=[line("64418", "RT"), line("76942"), line("J1100", units=4)], findings=[])


def build_hand(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    # 16 --------------------------------------------------------------- complete, moderate sedation by me
    add("fcj-h-tfesi-01", "hand_prose", """
Right L5-S1 transforaminal epidural steroid injection with moderate sedation, 08/20/2026, office.

He has had right L5-S1 radiculopathy, coded M54.17, for six months: pain from the right buttock to the sole, a
diminished right ankle jerk and a positive slump test on the right. Ten weeks of physical therapy and a steroid
taper did not help the leg pain. He cannot walk more than a block or sit through church. The MRI from May shows a
right L5-S1 extruded disc fragment compressing the right S1 root in the lateral recess. He had a panic attack
during a dental extraction last year and asked for sedation; because of that documented severe procedural
anxiety, moderate sedation was planned. He takes sertraline, metoprolol and a baby aspirin (not held). Reviewed
his sister's history of a spinal cord tumour; nothing similar suspected here.

Pain 8/10 on arrival. I went over the risks and alternatives and he signed the consent form. We held a
time-out. Moderate sedation was given by me with midazolam 2 mg IV in divided doses, start 10:02, end 10:20, 18
minutes of intraservice time, with an RN monitoring him throughout as the independent observer. Under
fluoroscopy a 22-gauge needle reached the right L5-S1 foramen; Omnipaque 240, 1 mL, outlined the right L5 root
with epidural flow and no vascular pattern. I injected dexamethasone 10 mg with 1 mL of 1% lidocaine. AP and
lateral images were saved. Afterwards his leg pain was 3/10. No complications. He was recovered to baseline and
went home with his brother.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                 levels=["L5-S1"], imaging="fluoroscopy", contrast=True, sedation="moderate")],
        drugs=[given("midazolam", 2), given("dexamethasone_sodium_phosphate", 10), given("lidocaine", 10),
               given("iohexol", 1, "ml")],
        pain=(8, 3), need=ESI_NEED, dos="2026-08-20", pos="11",
        codes=[line("64483", "RT"), line("99152"), line("J1100", units=10)], findings=[],
        comment="Proceduralist's own moderate sedation, 18 min with an independent observer and a justification: 99152 x1.")

    # 17 --------------------------------------------------------------- laterality conflict, title vs needle
    add("fcj-h-tfesi-02", "hand_prose", """
LEFT L4-L5 TFESI - hospital outpatient, 10/30/2025

Lumbar radiculopathy (M54.16). For four months she has had pain down the outer right thigh and over the right
shin, with tingling into the right big toe and a positive right straight leg raise. A six-week course of physical
therapy and meloxicam did not touch it. She has stopped her morning walks and needs help with laundry. MRI 9/2025:
right foraminal disc protrusion at L4-L5 abutting the exiting right L4 root. Pain today 7/10. Past history
includes breast cancer in remission since 2015 and a left total knee replacement.

Consent was signed and a time-out was held. Under fluoroscopy the needle was advanced to the right L4-L5 neural
foramen. Isovue-M 300, 1 mL, showed a right L4 nerve root sleeve and epidural flow. Kenalog 40 mg was injected.
AP and lateral views saved. After the injection her pain was 2/10. No complications. See you in a month.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                 levels=["L4-L5"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("triamcinolone_acetonide", 40), given("iopamidol", 1, "ml")],
        pain=(7, 2), need=ESI_NEED, dos="2025-10-30", pos="22",
        codes=[line("64483", "RT")], findings=["laterality_conflict"],
        comment="Title says LEFT; history, imaging and needle are right: codes follow the description, conflict raised.")

    # 18 --------------------------------------------------------------- three foramina: level limit
    add("fcj-h-tfesi-03", "hand_prose", """
Left L3-L4, L4-L5 and L5-S1 transforaminal epidural steroid injections, ASC, 10/06/2026.

Indication: lumbar radiculopathy (M54.16) from multilevel left foraminal stenosis. He describes six months of
left anterior thigh, shin and foot pain with numbness over the medial calf and a weak left quadriceps, 4/5. He
completed 8 weeks of physical therapy and tried duloxetine; neither changed the leg pain. He can no longer climb
the stairs to his bedroom and has been sleeping in a recliner. MRI 08/2026: moderate to severe left foraminal
stenosis at L3-L4, L4-L5 and L5-S1 from disc bulges and facet hypertrophy. ROS negative for fever, weight loss and
incontinence. Takes warfarin, held 5 days with INR 1.1 this morning.

Pain 9/10 before. Consent signed. Time-out done. Under fluoroscopy, needles were placed in the left L3-L4, L4-L5
and L5-S1 foramina; Omnipaque 240, 1 mL at each level, confirmed perineural and epidural spread. Dexamethasone 4 mg
was injected at each level. AP and lateral views were saved at each level. Pain after 4/10. No complications.
Resume warfarin tomorrow.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                 levels=["L3-L4", "L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("dexamethasone_sodium_phosphate", 12), given("iohexol", 3, "ml")],
        pain=(9, 4), need=ESI_NEED, dos="2026-10-06", pos="24",
        codes=[line("64483", "LT"), line("64484", "LT", units=2)], findings=["level_limit"],
        comment="Three foramina in one session: level limit; dexamethasone 12 mg is within the 15 mg ceiling.")

    # 19 --------------------------------------------------------------- repeat without its result (2023, J1040)
    add("fcj-h-tfesi-04", "hand_prose", """
Repeat left L5-S1 transforaminal epidural steroid injection. Office, 11/07/2023.

She returns for a repeat of the left L5-S1 transforaminal injection that she had here in June. Diagnosis is
left L5-S1 disc herniation with radiculopathy (M51.17); her pain has run from the left buttock to the lateral
foot for ten months, with numbness of the little toe and an absent left ankle jerk. She did twelve weeks of
physical therapy, which did not help, and cannot take NSAIDs because of kidney disease. Standing to cook and
walking the dog are limited to ten minutes. MRI 04/2023: left paracentral L5-S1 disc herniation displacing the
left S1 root. She also has right hand numbness at night, thought to be carpal tunnel.

Pain 7/10 today. Consent signed. Time-out performed. With fluoroscopy a 22-gauge needle was guided to the left
L5-S1 foramen; Omnipaque 300, 1 mL, showed perineural and epidural spread. Depo-Medrol 80 mg was injected.
AP and lateral images saved. Post-procedure pain 3/10. No complications. She will keep a pain diary.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                 levels=["L5-S1"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("methylprednisolone_acetate", 80), given("iohexol", 1, "ml")],
        pain=(7, 3), need=ESI_NEED, dos="2023-11-07", pos="11",
        codes=[line("64483", "LT"), line("J1040")], findings=["prior_procedure_response"],
        comment="Stated repeat whose earlier response is not given; methylprednisolone 80 mg before 2024-04-01 -> J1040 x1.")

    # 20 --------------------------------------------------------------- gap: functional impairment; sedation offered only
    add("fcj-h-ilesi-01", "hand_prose", """
L4-L5 interlaminar epidural steroid injection, office, 10/22/2026.

Diagnosis: lumbar radiculopathy (M54.16). He describes eleven weeks of pain radiating from the low back into both
posterior thighs and the left calf, with pins and needles in the left foot and a positive left straight leg
raise. Physical therapy twice weekly for six weeks and naproxen gave no relief. MRI 09/2026: central disc
protrusion at L4-L5 with moderate central canal narrowing and contact with both descending L5 roots. Family
history of diabetes. Review of systems is negative for bowel or bladder problems. Medications: metformin,
pantoprazole.

Pain before the procedure 6/10. Consent was signed. Time-out performed. Oral anxiolysis was offered to him in
the pre-op area. Prone, prepped and draped. The L4-L5 interlaminar space was identified under fluoroscopy and
a 20-gauge Tuohy needle was advanced slightly right of midline to the epidural space by loss of resistance.
Isovue-M 200, 2 mL, showed epidural spread over both sides. Kenalog 80 mg (two 1 mL single-dose vials of 40
mg/mL, nothing wasted) with 3 mL of preservative-free saline was injected. AP and lateral images saved. Pain
afterwards 2/10. No complications. Plan: follow up in four weeks; if he gets more than 50% relief for three
months, a repeat may be considered.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L4-L5"],
                 imaging="fluoroscopy", contrast=True)],
        drugs=[given("triamcinolone_acetonide", 80), given("iopamidol", 2, "ml")],
        pain=(6, 2), need=minus(ESI_NEED, "functional_impairment"), dos="2026-10-22", pos="11",
        codes=[line("62323"), line("J3301", "JZ", units=8)], findings=["functional_impairment"],
        comment="Anxiolysis offered, not said whether given: sedation null. Single-dose vials, none wasted: JZ.")

    # 21 --------------------------------------------------------------- gap: symptom duration (thoracic)
    add("fcj-h-ilesi-02", "hand_prose", """
Thoracic interlaminar epidural steroid injection at T10-T11, hospital outpatient, 12/10/2024.

Thoracic radiculopathy (M54.14). She describes a band of burning pain wrapping around the right lower ribs to
the upper abdomen, with allodynia along the right T10 dermatome; a cardiac and abdominal workup was negative.
She did physical therapy for 6 weeks and gabapentin, and the pain did not ease. She cannot wear a bra or sleep on
her right side. MRI of the thoracic spine 10/2024: right paracentral T10-T11 disc protrusion indenting the right
T11 root. She also reports long-standing left knee osteoarthritis. Home medications include apixaban, held for
three days.

Pain 7/10 before. Consent signed; time-out held. Under fluoroscopy the T10-T11 interlaminar space was entered with
an 18-gauge Tuohy needle, right paramedian, with loss of resistance to air. Omnipaque 240, 1.5 mL, showed
epidural spread favouring the right. Dexamethasone 8 mg in 2 mL saline was injected. AP and lateral views were
saved. Pain afterwards 3/10. No complications. Resume apixaban in 24 hours.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="thoracic", levels=["T10-T11"],
                 imaging="fluoroscopy", contrast=True)],
        drugs=[given("dexamethasone_sodium_phosphate", 8), given("iohexol", 1.5, "ml")],
        pain=(7, 3), need=minus(ESI_NEED, "symptom_duration"), dos="2024-12-10", pos="22",
        codes=[line("62321")], findings=["symptom_duration"],
        comment="How long the pain has lasted is never stated (only therapy duration and imaging date).")

    # 22 --------------------------------------------------------------- gap: pre-procedure pain score
    add("fcj-h-mbb-01", "hand_prose", """
Right C4-C5 and C5-C6 diagnostic medial branch blocks, ASC, 03/31/2026.

Cervical spondylosis without myelopathy or radiculopathy (M47.812). Right-sided neck pain for two years, worse
looking up and turning right, referring to the right shoulder top but not the arm. Physical therapy for 10 weeks
and diclofenac gel did not help. She cannot check her blind spot while driving and works only half days.
Tender over the right C4-C6 facets. She had a left C5-C6 anterior discectomy and fusion in 2018.

Consent signed. Time-out held. Patient prone; under fluoroscopy 25-gauge needles were placed at the right C4, C5 and
C6 medial branches at the waists of the articular pillars, lateral view confirming depth. 2% lidocaine 0.5 mL was
injected at each of the three nerves. Afterwards her neck pain was 1/10 with rotation, and she reported about 90%
relief during the expected anesthetic window. No complications. Pain diary given; second block in two weeks; will
consider RFA if both blocks give more than 80%.
""", procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="right",
                 levels=["C4-C5", "C5-C6"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("lidocaine", 30)],
        pain=(None, 1), need=SPINE_NEED, dos="2026-03-31", pos="24",
        codes=[line("64490", "KX", "RT"), line("64491", "KX", "RT")], findings=["pre_procedure_pain_score"],
        comment="C4, C5, C6 medial branches = joints C4-C5 and C5-C6; no score before the block.")

    # 23 --------------------------------------------------------------- therapeutic facet, one diagnostic block only
    add("fcj-h-facet-01", "hand_prose", """
Bilateral L4-L5 facet joint injections, therapeutic, office, 04/15/2025.

Lumbar spondylosis without myelopathy or radiculopathy (M47.816). Axial low back pain for three years, worse with
standing and extension, no leg symptoms. He has been through four months of physical therapy and chiropractic
care without lasting benefit. He cannot stand long enough to finish a shift at the warehouse; Oswestry 40%. A
bilateral L4-L5 medial branch block in January gave him 85% relief for six hours. He had a right inguinal hernia
repair in 2022. Denies fever, weight loss or night pain.

Pain 6/10 before. Consent signed; time-out completed. With fluoroscopy, 22-gauge needles were placed into the
left and right L4-L5 facet joints and intra-articular position confirmed with a small amount of contrast.
Depo-Medrol 40 mg was injected into each joint. Pain 2/10 afterwards. No complications. Follow up in six weeks.
""", procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="bilateral",
                 levels=["L4-L5"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("methylprednisolone_acetate", 80)],
        pain=(6, 2), need=SPINE_NEED, dos="2025-04-15", pos="11",
        codes=[line("64493", "50"), line("J1010", units=80)], findings=["diagnostic_block_relief"],
        comment="Therapeutic facet injection after one positive diagnostic block (two are needed).")

    # 24 --------------------------------------------------------------- gap: sedation details (no observer, no reason)
    add("fcj-h-facet-02", "hand_prose", """
Left L5-S1 diagnostic medial branch block, hospital outpatient, 02/24/2026.

Diagnosis: lumbosacral spondylosis without radiculopathy (M47.817). Left low back pain over the lumbosacral
junction for 14 months, worse with prolonged sitting and rising from a chair; no radiation. Eight weeks of physical
therapy and ibuprofen did not reduce it. She cannot sit through a movie and had to give up her pottery class.
Left L5-S1 facet tenderness. Home medications: estradiol, vitamin D.

Pain 6/10 before. Consent was signed. Time-out completed. I gave moderate sedation with midazolam 1 mg IV at
08:41; sedation ended 08:53. Under fluoroscopy, needles were placed at the left L4 medial branch and the left L5
dorsal ramus; 0.5% bupivacaine 0.5 mL was injected at each. Pain afterwards 1/10, about 85% relief. No
complications. Second confirmatory block to be scheduled.
""", procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="left",
                 levels=["L5-S1"], imaging="fluoroscopy", intent="diagnostic", sedation="moderate")],
        drugs=[given("midazolam", 1), given("bupivacaine", 5)],
        pain=(6, 1), need=SPINE_NEED, dos="2026-02-24", pos="22",
        codes=[line("64493", "KX", "LT")], findings=["sedation_details"],
        comment="Proceduralist's sedation without observer or justification: no 99152, sedation_details.")

    # 25 --------------------------------------------------------------- complete repeat RFA with response
    add("fcj-h-rfa-01", "hand_prose", """
Repeat right L3-L4 and L4-L5 radiofrequency ablation, office, 06/30/2026.

Lumbar spondylosis without radiculopathy (M47.816). Right axial low back pain for five years. Physical therapy
for 12 weeks and NSAIDs did not help before his first ablation. His right L2, L3 and L4 medial branch RFA on
11/12/2025 gave 75% relief for seven months; the pain has now returned and again limits standing and walking to
about 15 minutes. He also had a left hip replacement in 2020 and reports occasional left hip soreness. His
original diagnostic blocks in 2025 gave 90% and 80% relief.

Pain 7/10. Consent signed. Time-out done. Under fluoroscopy, RF cannulas were placed parallel to the right L2
and L3 medial branches and the right L4 medial branch. Sensory testing concordant, motor testing negative. 1%
lidocaine 2 mL was given at each site, then thermal lesions at 85 C for 90 seconds were made at each. Pain
afterwards 4/10 (procedural soreness). No complications.
""", procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="right",
                 levels=["L3-L4", "L4-L5"], imaging="fluoroscopy")],
        drugs=[given("lidocaine", 60)],
        pain=(7, 4), need=SPINE_NEED, dos="2026-06-30", pos="11",
        codes=[line("64635", "RT"), line("64636", "RT")], findings=[],
        comment="L2+L3+L4 medial branches = joints L3-L4, L4-L5; repeat with 75% for seven months (>= 180 days).")

    # 26 --------------------------------------------------------------- RFA technique unstated
    add("fcj-h-rfa-02", "hand_prose", """
Left L5-S1 medial branch radiofrequency neurotomy. Ambulatory surgery center, 09/09/2025.

Diagnosis lumbar facet arthropathy, M47.817. She has had left low back pain for two years that is worse with
standing and twisting; PT for 8 weeks and meloxicam failed. She cannot vacuum or lift laundry baskets. Left L4 medial
branch and L5 dorsal ramus blocks on 06/10/2025 and 07/08/2025 gave 90% and 85% relief respectively. She has a
history of migraine and hypothyroidism.

Pain 7/10. Consent signed, time-out done. Fluoroscopy was used to place RF cannulas at the left L4 medial branch
and the left L5 dorsal ramus. Sensory and motor testing were appropriate. Each site received 1 mL of 2%
lidocaine and radiofrequency lesioning was then carried out at each nerve. Pain 3/10 afterwards. No
complications. Follow up in 6 weeks.
""", procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="left",
                 levels=["L5-S1"], imaging="fluoroscopy")],
        drugs=[given("lidocaine", 40)],
        pain=(7, 3), need=SPINE_NEED, dos="2025-09-09", pos="24",
        codes=[line("64635", "LT")], findings=["approach"],
        comment="Lesion technique and temperature never stated (rfa.technique -> approach).")

    # 27 --------------------------------------------------------------- therapeutic SI, no word on contrast
    add("fcj-h-si-01", "hand_prose", """
Right sacroiliac joint injection, therapeutic, hospital outpatient, 04/21/2026.

Sacroiliitis (M46.1). Right buttock and groin pain for 11 months, worse when climbing stairs and getting out of a
car, with positive thigh thrust, compression and FABER on the right. Eight weeks of PT and naproxen did not help.
A diagnostic right SI joint block in February gave 80% relief. She also has left-sided neck pain from a
whiplash injury in 2019.

Pain 7/10 before. Consent signed, time-out completed. Under fluoroscopy a 22-gauge needle was placed into the
inferior right SI joint. Kenalog 40 mg with 1 mL of 0.5% bupivacaine was injected. AP and oblique images were saved.
Pain 2/10 after, roughly 70% relief. No complications.
""", procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="right",
                 imaging="fluoroscopy", intent="therapeutic")],
        drugs=[given("triamcinolone_acetonide", 40), given("bupivacaine", 5)],
        pain=(7, 2), need=SPINE_NEED, dos="2026-04-21", pos="22",
        codes=[line("27096", "RT")], findings=["contrast"],
        comment="Contrast neither used nor declined with a reason.")

    # 28 --------------------------------------------------------------- complete bilateral diagnostic SI
    add("fcj-h-si-02", "hand_prose", """
Bilateral SI joint injections, diagnostic, office, 08/04/2026. Payer Medicare (CGS).

Sacroiliac joint dysfunction (M53.3) on both sides. Pain over both posterior superior iliac spines into the buttocks
for 9 months, worse on the left, with three or more positive provocation tests on each side. PT for 10 weeks and
celecoxib gave no relief. She can sit for only 20 minutes.

Pain 8/10 before. Consent signed. Time-out held. Under fluoroscopy a 22-gauge needle was placed in the lower third
of the left SI joint, then the right; Isovue-M 300, 0.5 mL on each side, gave an arthrogram. 2 mL of 0.5%
bupivacaine was injected into each joint. AP and oblique views were saved for both sides. Pain 1/10 afterwards,
about 90% relief. No complications. Plan: therapeutic injections if the relief is confirmed at follow-up.
""", procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="bilateral",
                 imaging="fluoroscopy", contrast=True, intent="diagnostic")],
        drugs=[given("bupivacaine", 20), given("iopamidol", 1, "ml")],
        pain=(8, 1), need=SPINE_NEED, dos="2026-08-04", pos="11", payer="medicare_cgs",
        codes=[line("27096", "50")], findings=[])

    # 29 --------------------------------------------------------------- complete pump refill with reprogramming
    add("fcj-h-pump-01", "hand_prose", """
Intrathecal pump refill and reprogramming, clinic, 05/12/2026. Payer Medicare (CGS).

Chronic pain syndrome (G89.4) with an implanted intrathecal morphine pump since 2021 for failed back surgery
syndrome. She reports good control at home, pain 4/10, and asks for a slightly higher dose at night.

Consent for the refill was signed and a time-out completed. I accessed the reservoir port through the template
with a 22-gauge Huber needle after sterile prep, withdrew 3 mL of residual drug, and refilled the reservoir with
20 mL of preservative-free morphine 25 mg/mL. I then reprogrammed the pump, raising the nightly rate by 10%. No
complications; site clean. Next refill in about 90 days. She also asked about a flu shot, given by nursing.
""", procs=[proc("pump_refill", target="intrathecal_pump")],
        drugs=[given("morphine", 500)],
        pain=(4, None), need=("diagnosis",), dos="2026-05-12", pos="11", payer="medicare_cgs",
        codes=[line("62370")], findings=[],
        comment="Refilled and reprogrammed by the physician: 62370; dose = 20 mL x 25 mg/mL.")

    # 30 --------------------------------------------------------------- complete lumbar sympathetic block
    add("fcj-h-lsb-01", "hand_prose", """
Left lumbar sympathetic block at L3, office, 07/15/2025.

Complex regional pain syndrome type I of the left lower limb (G90.522) after an ankle fracture a year ago: burning
pain, swelling, colour change and allodynia of the left foot. Gabapentin and desensitisation therapy helped only a
little. She cannot wear a shoe on the left. Prior sympathetic block in March gave 60% relief for six weeks.

Pain 8/10 before. Consent signed; time-out held. Prone; under fluoroscopy a 22-gauge needle was advanced to the
anterolateral border of the left L3 vertebral body. Omnipaque 240, 2 mL, spread along the sympathetic chain
without vascular uptake. Ropivacaine 0.5%, 10 mL, was injected in divided doses. The left foot warmed by 3 degrees.
Pain after 2/10. No complications.
""", procs=[proc("sympathetic_block", target="lumbar_sympathetic", region="lumbar", laterality="left",
                 levels=["L3"], imaging="fluoroscopy", contrast=True)],
        drugs=[given("ropivacaine", 50), given("iohexol", 2, "ml")],
        pain=(8, 2), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        dos="2025-07-15", pos="11",
        codes=[line("64520"), line("77002"), line("Q9966", units=2)], findings=[],
        comment="Sympathetic block codes do not include imaging or contrast: 77002 and Omnipaque 240 (Q9966, per mL) in the office.")
