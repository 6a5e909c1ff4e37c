"""First batch (22 notes, `fg-*`): pain scores, relief, prior responses, diagnostic blocks, consent,
complications, time-out, sedation, saved images and session history in wordings of my own. Gold labelled from
my own reading before Painpoint read any of them; about a third leave out an element on purpose."""

from make_notes import ESI_NEED, SPINE_NEED


def build(add, proc, line, given) -> None:
    add("fg-tfesi-01", "operative_report", """
PREOPERATIVE DIAGNOSIS: Right L5 radiculopathy (M54.16).
POSTOPERATIVE DIAGNOSIS: Same.
PROCEDURE PERFORMED: Right L5-S1 transforaminal epidural steroid injection under fluoroscopic guidance.
ANESTHESIA: Local only.
INDICATIONS: This woman returns with shooting pain from the right buttock to the lateral ankle for the last 7
months, with numbness over the dorsum of the right foot and a diminished right ankle jerk. MRI from December shows
a right L5-S1 foraminal disc protrusion contacting the exiting L5 root. She has done 10 weeks of physical therapy and
a gabapentin trial without lasting benefit and can no longer work a full shift at the bakery. Her first injection
at this level in August gave about 75% relief lasting roughly four months before the leg pain crept back. NRS 7
before, 2 after.
DESCRIPTION OF PROCEDURE: Risks, benefits and alternatives were discussed and she wishes to proceed; written consent
is on the chart. A time-out confirmed the patient, side and level. Prone on the table, the skin was prepped and
draped. 2 mL of 1% lidocaine raised a skin wheal. A 22 gauge spinal needle was advanced under fluoroscopy to the
right L5-S1 foramen. Omnipaque 240, 1 mL, outlined the L5 root and the epidural space without vascular runoff.
Dexamethasone 10 mg was then injected slowly. AP and lateral images saved to PACS.
EBL minimal, no complications. She walked to recovery in good condition.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                    levels=["L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="local")],
        drugs=[given("lidocaine", 20), given("iohexol", 1, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(7, 2), need=ESI_NEED, codes=[line("64483", "RT"), line("J1100", units=10)], findings=[],
        comment="repeat with 75% for about four months (>= 50% for >= 3 months): no prior-response finding")

    add("fg-tfesi-02", "dictated", """
Bilateral L4-5 transforaminal epidural steroid injection period new paragraph

History colon this gentleman has had pain in the low back radiating down both thighs to the shins for about five
months comma with tingling in both shins and a positive straight leg raise on each side period MRI shows severe
bilateral foraminal stenosis at L4-5 period He completed 8 weeks of physical therapy and still cannot stand long
enough to cook dinner period Today his pain is an eight period He has had no prior spinal injections period

Procedure colon informed consent obtained and on chart period Time out period No sedation was given period Prone
comma fluoroscopy period A 22 gauge needle was placed at the left L4-5 foramen and then the right L4-5 foramen
period Omnipaque 240 half a milliliter at each side showed epidural flow period Kenalog 40 mg was injected on each
side period Spot films retained period

The patient tolerated well without incident period His pain went from an eight to a three by the time he left
period
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                    levels=["L4-L5"], imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("iohexol", 1, "ml"), given("triamcinolone_acetonide", 80)],
        pain=(8, 3), need=("symptom_duration", "functional_impairment", "imaging_findings", "radicular_findings"),
        codes=[line("64483", "50"), line("J3301", units=8)],
        findings=["conservative_care", "diagnosis", "saved_images"],
        comment="'Spot films retained' states no two views; 'tolerated well without incident' documents no complication;"
                " no diagnosis line (stenosis only as an MRI finding); PT 'completed' with no stated outcome is no failed"
                " care (lead's convention) - both gold corrections after the first run")

    add("fg-ilesi-01", "smarttext", """
Procedure: Lumbar interlaminar epidural steroid injection
Level: L5-S1   Approach: left paramedian
Diagnosis: Lumbar spinal stenosis with neurogenic claudication (M48.062)
Indication: Bilateral buttock and posterior thigh pain with walking for 1 year, worse on the left, with numbness in
both calves after two blocks; MRI: moderate central stenosis at L4-5 and L5-S1. Failed 12 weeks of home exercise
and PT. Cannot walk more than one block.
Prior epidural: 6/2025, 60% relief x 5 months
Pain (VAS): pre 6 / post 1
Consent: verbal and written
Universal protocol: completed
Sedation: midazolam 2 mg IV and fentanyl 50 mcg IV by the proceduralist for severe procedural anxiety; RN observer
present throughout; start 09:02, stop 09:19
Technique: Prone, fluoroscopy. 3 mL of 1% lidocaine to the skin. 18 g Tuohy needle via a left paramedian approach,
loss of resistance to saline at L5-S1. Omnipaque 240 2 mL showed epidural spread without intravascular uptake.
Depo-Medrol 80 mg with 3 mL preservative-free saline injected.
Images: AP/lateral saved
Complications: none apparent
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L5-S1"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="moderate")],
        drugs=[given("midazolam", 2), given("fentanyl", 0.05), given("lidocaine", 30), given("iohexol", 2, "ml"),
               given("methylprednisolone_acetate", 80)],
        pain=(6, 1), need=ESI_NEED, codes=[line("62323"), line("99152"), line("J1010", units=80)], findings=[],
        comment="17 minutes of moderate sedation with an observer: 99152; prior 60% for 5 months")

    add("fg-ilesi-02", "shorthand", """
C7-T1 ILESI, midline, fluoro
Dx M54.12 cervical radiculopathy, L C6-7 disc herniation
L arm pain to 3rd/4th fingers x 4 mo, L triceps 4/5, paresthesias L hand; MRI L C6-7 paracentral HNP. PT 8 wk +
medrol dose pack, no help. Can't sleep >2 h, can't lift at work. Avg pain last month 5/10, worst 9/10.
TO done. Prone. 20 g Tuohy C7-T1 midline, LOR saline. Isovue 1 mL epidural pattern lateral view. Dex 10 mg + 2 mL
NS. 1 image saved.
Pain scores: 7 -> 2
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C7-T1"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 1, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(7, 2), need=ESI_NEED, pos="22", codes=[line("62321")], consent=False, complications=None,
        findings=["complications", "consent", "saved_images"],
        comment="average and worst scores are history, not the pre score; one image is below two views")

    add("fg-mbb-01", "clinic", """
Left L4-5 and L5-S1 medial branch blocks, second diagnostic set
Dx: lumbar spondylosis without myelopathy M47.816
Axial left low back pain for 2 years, worse with twisting and getting out of the car; PT for 3 months and
meloxicam did not help; she gave up gardening. Block #1 on 2/3 with lidocaine: near complete relief x 6 hrs,
about 90% by her diary.
She understands the risks and benefits and wants to go ahead; signed consent. Time-out with the whole team.
No sedation. Fluoroscopy. 25 g needles to the left L3 and L4 medial branches and the left L5 dorsal ramus;
0.5 mL 0.5% bupivacaine at each.
Pre 6/10. 0/10 after, on extension and twisting. Diary sheet given.
No complications.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="left",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic", sedation="none")],
        drugs=[given("bupivacaine", 7.5)],
        pain=(6, 0), need=SPINE_NEED, codes=[line("64493", "KX", "LT"), line("64494", "KX", "LT")], findings=[],
        comment="the first block gave about 90%: the confirmatory block is supported")

    add("fg-rfa-01", "operative_report", """
PREOPERATIVE DIAGNOSIS: Lumbar facet arthropathy, right, M47.816.
PROCEDURE PERFORMED: Right L3-4, L4-5 and L5-S1 radiofrequency neurotomy (L2, L3 and L4 medial branches and L5
dorsal ramus).
INDICATIONS: Right-sided axial low back pain for 3 years, worse with standing and extension, not improved with
more than 3 months of therapy and NSAIDs; she cannot stand at the sink long enough to wash dishes. She had two
diagnostic medial branch blocks at these nerves, the first with about 85% and the second with roughly 80% relief.
Pain 7/10 pre.
SEDATION: Midazolam 2 mg and fentanyl 100 mcg IV were given by me with an independent RN observer monitoring;
sedation started 10:10 and ended 10:38. Sedation was needed because she cannot lie prone for the length of the
procedure without it.
DESCRIPTION OF PROCEDURE: Consent was signed after a discussion of risks and benefits. Time-out performed. Prone,
fluoroscopy. 18 gauge RF cannulae were placed along each of the four nerves; sensory and motor testing were
appropriate. 1 mL 1% lidocaine per nerve, then lesioning at 80 C for 90 seconds at each.
Post 3/10. No complications.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="right",
                    levels=["L3-L4", "L4-L5", "L5-S1"], imaging="fluoroscopy", sedation="moderate")],
        drugs=[given("midazolam", 2), given("fentanyl", 0.1), given("lidocaine", 40)],
        pain=(7, 3), need=SPINE_NEED,
        codes=[line("64635", "RT"), line("64636", "RT", units=2), line("99152"), line("99153")], findings=[],
        comment="28 minutes of moderate sedation by the proceduralist with an observer: 99152 + 99153 x1")

    add("fg-rfa-02", "dictated", """
Repeat bilateral lumbar facet radiofrequency ablation at L4-5 and L5-S1.

He has chronic axial low back pain of many years, now 6 years, worse standing, with failed physical therapy for 12
weeks and NSAIDs; he cannot mow the lawn. His last ablation at these joints was about a year ago and gave relief of
about two-thirds that lasted 8 months before the pain returned. Pain at check-in 6/10. Diagnosis: lumbar
spondylosis M47.816.

Informed consent was reviewed and signed. Prone, fluoroscopy. On each side 18 gauge cannulae to the L3 and L4
medial branches and the L5 dorsal ramus; after motor testing, 1 mL 2% lidocaine at each and lesions at 85 degrees
for 90 seconds. Both sides done the same way. He left in stable condition, no complications.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy")],
        drugs=[given("lidocaine", 120)],
        pain=(6, None), need=SPINE_NEED, codes=[line("64635", "50"), line("64636", "50")],
        findings=["post_procedure_pain_score", "time_out"],
        comment="two-thirds relief for 8 months (>= 50% for >= 6 months); no post score; no time-out")

    add("fg-si-01", "bulleted", """
LEFT SACROILIAC JOINT INJECTION (therapeutic)
- Dx: sacroiliac joint dysfunction, left, M53.3
- Hx: left buttock pain below the belt line for 10 months, worse rising from a chair; 3 positive provocation tests
  (FABER, thigh thrust, compression). PT 8 weeks and NSAIDs without benefit. Cannot sit through a movie.
- Diagnostic left SI block 10/2025: 80% relief for 6 hours
- Consent: written, risks/benefits/alternatives discussed
- Time-out: yes
- Technique: prone, fluoroscopy; 22 g needle into the inferior left SI joint; Omnipaque 240 0.5 mL with an
  arthrogram; Kenalog 40 mg + 1 mL 0.5% bupivacaine
- AP and oblique images archived
- Pain:
    | NRS | pre | post |
    | now | 7   | 2    |
- ~75% better at discharge
- EBL minimal, no complications
""",
        procs=[proc("si_joint_injection", target="si_joint", region="sacroiliac", laterality="left",
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 0.5, "ml"), given("triamcinolone_acetonide", 40), given("bupivacaine", 5)],
        pain=(7, 2), need=SPINE_NEED, codes=[line("27096", "LT"), line("J3301", units=4)], findings=[])

    add("fg-si-02", "clinic", """
Right SI joint block - diagnostic
Dx: right sacroiliac joint pain M53.3
Right buttock/groin pain for 6 months, positive Gaenslen and thigh thrust, failed PT x 6 weeks and naproxen; trouble
getting in and out of the car. Pain today 6/10.
Time-out done. Prone, fluoroscopy, 22 g spinal needle into the right SI joint, contrast 0.5 mL Omnipaque 240 with
intra-articular spread, then 2 mL 0.5% bupivacaine. Images saved.
Pain 3/10 at 30 minutes: about 50% relief. No complications.
""",
        procs=[proc("si_joint_injection", target="si_joint", region="sacroiliac", laterality="right",
                    imaging="fluoroscopy", contrast=True, intent="diagnostic")],
        drugs=[given("iohexol", 0.5, "ml"), given("bupivacaine", 10)],
        pain=(6, 3), need=SPINE_NEED, pos="22", codes=[line("27096", "RT")], consent=False,
        findings=["consent", "percent_relief", "saved_images"],
        comment="50% after a diagnostic block is below the 75% that makes it positive; no consent; 'Images saved.'")

    add("fg-tpi-01", "clinic", """
Trigger point injections x3, right neck/upper back
Dx: myofascial pain syndrome M79.18
Right neck and shoulder-blade pain for 8 months after a desk job change; taut bands with referred pain in the right
upper trapezius, right levator scapulae and right rhomboid major. PT 6 weeks, cyclobenzaprine and heat without
lasting help; she cannot turn her head to drive. This is her third set of trigger point injections this year.
Verbal consent after discussing bleeding, infection and pneumothorax. Time-out.
27 g needle, 1 mL 1% lidocaine into each of the three trigger points with a twitch response.
Pain went from 6/10 to 1/10, roughly 80% better. Tolerated well, no complications.
""",
        procs=[proc("trigger_point", region="cervical")],
        drugs=[given("lidocaine", 30)],
        pain=(6, 1), need=SPINE_NEED, codes=[line("20553")], findings=[],
        comment="third session in 12 months counting today: within the TPI limit of 3")

    add("fg-tpi-02", "shorthand", """
TPI - bilat lumbar paraspinals (2 muscles)
Dx M79.18 myofascial pain
LBP w/ palpable taut bands + referred pain both paraspinals x 5 mo; PT 6 wk, NSAIDs failed; can't bend to load
dishwasher. Fourth round of trigger point injections in the last 12 months.
verbal consent. 25 g, 2 mL 1% lido to each side.
Pain 5/10 pre and 2/10 post. No adverse events.
""",
        procs=[proc("trigger_point", region="lumbar")],
        drugs=[given("lidocaine", 40)],
        pain=(5, 2), need=SPINE_NEED, codes=[line("20552")],
        findings=["frequency", "percent_relief", "time_out"],
        comment="fourth session in 12 months (limit 3); relief only implied by scores; no time-out")

    add("fg-knee-01", "operative_report", """
PROCEDURE: Left knee intra-articular corticosteroid injection with ultrasound guidance.
DIAGNOSIS: Primary osteoarthritis, left knee (M17.12).
INDICATIONS: Left knee pain for 3 years, worse on stairs; failed PT and topical diclofenac; she stops halfway
through her grocery shopping. Her last injection 4 months ago helped about 70% for 3 months. VAS 8 -> 3.
DESCRIPTION: The risks, benefits and alternatives were reviewed and she elected to proceed; consent signed.
Time-out. Supine, knee flexed 20 degrees. Under ultrasound the suprapatellar recess was identified and a 22 gauge
needle placed in-plane; 40 mg triamcinolone with 4 mL 1% lidocaine injected with fluid seen distending the recess.
Ultrasound image saved to PACS.
COMPLICATIONS: None.
""",
        procs=[proc("joint_injection", target="knee", region="knee", laterality="left", imaging="ultrasound")],
        drugs=[given("triamcinolone_acetonide", 40), given("lidocaine", 40)],
        pain=(8, 3), need=SPINE_NEED, codes=[line("20611", "LT"), line("J3301", units=4)], findings=[])

    add("fg-hip-01", "dictated", """
Right hip intra-articular injection under fluoroscopy.

She has right groin pain for 2 years from hip osteoarthritis, M16.11, worse getting up from low chairs, failed
physical therapy and meloxicam, and she can no longer walk her dog. Pain 7/10 before.

We discussed the procedure and she consented in writing. Time-out was performed. Supine, fluoroscopy. A 22 gauge
spinal needle was advanced to the right femoral head-neck junction; 1 mL Omnipaque 240 confirmed intra-articular
flow, then 40 mg Depo-Medrol with 4 mL 0.25% bupivacaine was injected. Tolerated well. Discharged home with her
husband.
""",
        procs=[proc("joint_injection", target="hip", region="hip", laterality="right", imaging="fluoroscopy",
                    contrast=True)],
        drugs=[given("iohexol", 1, "ml"), given("methylprednisolone_acetate", 40), given("bupivacaine", 10)],
        pain=(7, None), need=SPINE_NEED, pos="22", codes=[line("20610", "RT"), line("77002", "26")],
        complications=None, findings=["complications", "post_procedure_pain_score"],
        comment="'Tolerated well' alone says nothing about complications; no post score")

    add("fg-gnb-01", "smarttext", """
Procedure: Right genicular nerve block (superomedial, superolateral, inferomedial), diagnostic
Guidance: fluoroscopy
Diagnosis: Right knee osteoarthritis, M17.11
Indication: Right knee pain for 4 years after a failed 12 weeks of PT, NSAIDs and two steroid injections; cannot
kneel or walk more than 10 minutes. Candidate for RFA if positive.
Pre-procedure pain: 7
Consent: obtained   Time-out: done   Sedation: local only
Technique: 22 g needles to the three genicular nerves at the junctions of shaft and condyle; 1.5 mL 0.5%
bupivacaine at each.
Result: 0/10 after, able to climb the clinic stairs without pain.
Complications: none
""",
        procs=[proc("genicular_nerve_block", target="knee", region="knee", laterality="right",
                    imaging="fluoroscopy", intent="diagnostic", sedation="local")],
        drugs=[given("bupivacaine", 22.5)],
        pain=(7, 0), need=SPINE_NEED, codes=[line("64454", "RT")], findings=[])

    add("fg-grfa-01", "clinic", """
Left genicular radiofrequency ablation (SM, SL, IM)
Dx: primary OA left knee M17.12; not a surgical candidate.
Left knee pain for 5 years, failed PT, NSAIDs, steroid and gel injections; can't stand to cook. Diagnostic
genicular block last month: 85% relief for 8 hours.
Vitals: BP 132/78, HR 70, SpO2 98%, pain 8/10.
Consent signed. Time-out. Fluoroscopy. 18 g cannulae to the superomedial, superolateral and inferomedial genicular
nerves; 2 mL 1% lidocaine at each; lesions at 80 C for 90 seconds.
Pain at discharge 4/10. No complications.
""",
        procs=[proc("genicular_rfa", target="knee", region="knee", laterality="left", imaging="fluoroscopy")],
        drugs=[given("lidocaine", 60)],
        pain=(8, 4), need=SPINE_NEED, codes=[line("64624", "LT")], findings=[],
        comment="the pain score in the vitals line is the day's pre score; SpO2 98% is no relief")

    add("fg-lsb-01", "operative_report", """
PROCEDURE: Left L3 lumbar sympathetic block under fluoroscopy.
DIAGNOSIS: Complex regional pain syndrome type I, left lower limb (G90.522).
INDICATION: Burning left foot pain with allodynia, colour change and swelling for 9 months after an ankle fracture;
desensitisation therapy and gabapentin have not helped; she cannot wear a shoe. Her first block in January gave
60% relief for 10 days.
CONSENT: Verbal and written consent obtained.
SEDATION: Midazolam 1 mg IV given by the RN under my direction.
DESCRIPTION: Time-out. Prone, fluoroscopy. A 22 gauge needle was advanced to the anterolateral L3 vertebral body on
the left; 2 mL Omnipaque 240 showed a linear paravertebral spread; 10 mL 0.25% bupivacaine was injected in
aliquots. Skin temperature of the left foot rose from 29 to 34 C.
Pain scores: 7 -> 2
COMPLICATIONS: None.
""",
        procs=[proc("sympathetic_block", target="lumbar_sympathetic", region="lumbar", laterality="left",
                    levels=["L3"], imaging="fluoroscopy", contrast=True, sedation="moderate")],
        drugs=[given("midazolam", 1), given("iohexol", 2, "ml"), given("bupivacaine", 25)],
        pain=(7, 2), need=SPINE_NEED, pos="22", codes=[line("64520"), line("77002", "26")],
        findings=["sedation_details"],
        comment="sedation without start/stop times: details finding, no sedation code")

    add("fg-stellate-01", "clinic", """
Right stellate ganglion block, ultrasound-guided
Dx: CRPS type I right upper limb G90.511
Right hand burning pain and swelling for 6 months after a wrist fracture; OT desensitisation 8 weeks, gabapentin;
cannot button a shirt. Average pain over the last week 6/10. Today's pain: 5/10.
Risks including hoarseness and Horner's explained; she agreed, consent form signed. Time-out.
Supine, neck extended. Under ultrasound a 25 g needle was placed anterior to the C6 transverse process in-plane,
avoiding the vertebral artery; 5 mL 0.5% ropivacaine injected. Ultrasound image saved.
Horner's syndrome noted at 10 minutes; 20 minutes later 2/10. No hoarseness, no complications.
""",
        procs=[proc("sympathetic_block", target="stellate", region="cervical", laterality="right",
                    imaging="ultrasound")],
        drugs=[given("ropivacaine", 25)],
        pain=(5, 2), need=("diagnosis", "symptom_duration", "functional_impairment"), codes=[line("64510"),
                                                                                          line("76942")],
        findings=[],
        comment="the week's average is history; 'Today's pain' is the pre score")

    add("fg-scs-01", "operative_report", """
PROCEDURE: Percutaneous spinal cord stimulator trial, two 8-contact leads.
DIAGNOSIS: Failed back surgery syndrome with bilateral leg pain, M96.1.
INDICATIONS: Back and bilateral leg pain for 4 years after an L4-S1 fusion; PT, medications and epidurals have
failed; behavioural health evaluation in January found no contraindication. Pain 8/10 pre-procedure.
ANESTHESIA: Local, 10 mL 1% lidocaine.
DESCRIPTION: Consent obtained after discussion. Prone, fluoroscopy. Two 14 gauge Tuohy needles entered the epidural
space at L1-2 and the leads were advanced to the top of T8 and the middle of T8 under live fluoroscopy. Paresthesia
mapping covered both legs. Leads anchored to the skin and dressed.
No complications. She will trial for 7 days.
""",
        procs=[proc("scs_trial", approach="percutaneous", region="thoracic", imaging="fluoroscopy", intent="therapeutic", sedation="local")],
        drugs=[given("lidocaine", 100)],
        pain=(8, None), need=SPINE_NEED[:3], codes=[line("63650", units=2), line("77003")],
        findings=["post_procedure_pain_score", "time_out"])

    add("fg-pump-01", "clinic", """
Intrathecal baclofen pump refill and reprogramming
Indication: multiple sclerosis with lower-limb spasticity (G35), stable on ITB, due for refill.
Verbal consent. Time-out.
Pump interrogated; 2.1 mL residual withdrawn. Refilled by me with 20 mL baclofen 2000 mcg/mL. Daily dose increased
by 5% for evening spasms; pump reprogrammed and alarm date reset.
No untoward events.
""",
        procs=[proc("pump_refill")],
        drugs=[given("baclofen", 40)],
        pain=(None, None), need=("diagnosis",), codes=[line("62370")], findings=[])

    add("fg-pump-02", "shorthand", """
IT morphine pump refill
Indication: chronic low back pain w/ failed back surgery syndrome M96.1 on intrathecal morphine
Refilled by RN: 1.8 mL returned, 20 mL morphine 25 mg/mL placed. No changes to the program. Next refill in 8 weeks.
Time-out.
""",
        procs=[proc("pump_refill")],
        drugs=[given("morphine", 500)],
        pain=(None, None), need=("diagnosis",), codes=[line("95990")], consent=False, complications=None,
        findings=["complications", "consent"])

    add("fg-kypho-01", "operative_report", """
PREOPERATIVE DIAGNOSIS: Osteoporotic compression fracture of L1, M80.08XA.
PROCEDURE: L1 balloon kyphoplasty, bipedicular.
INDICATIONS: Pain for 7 weeks after lifting a laundry basket; MRI shows an acute L1 fracture with marrow edema and
20% height loss. Bracing and analgesics for 6 weeks have not helped and she cannot get out of bed without help.
Pre 9/10.
SEDATION: Versed 2 mg and fentanyl 100 mcg IV by me; independent RN monitoring throughout; sedation 13:05 to
13:31 (26 minutes).
DESCRIPTION: Written consent. Time-out. Prone, biplane fluoroscopy. 10 mL 1% lidocaine to the skin and periosteum.
Bipedicular 11 gauge cannulas into L1, balloons inflated, 4 mL of cement in total with good fill.
No cement extravasation. No complications. Post 4/10.
""",
        procs=[proc("vertebral_augmentation", approach="kyphoplasty", region="lumbar", levels=["L1"],
                    imaging="fluoroscopy", sedation="moderate")],
        drugs=[given("midazolam", 2), given("fentanyl", 0.1), given("lidocaine", 100)],
        pain=(9, 4), need=ESI_NEED[:5], pos="22", codes=[line("22514"), line("99152"), line("99153")], findings=[])

    add("fg-caudal-01", "dictated", """
Caudal epidural steroid injection.

She is back for her second epidural. The first one, a caudal in November, did not respond at all. She has had pain
in the low back and both legs to the calves for 14 months with numbness in both feet; MRI shows multilevel lumbar
stenosis worst at L4-5 (M48.062). She failed 3 months of physical therapy and cannot walk through the grocery
store. This is her second lumbar epidural in twelve months.

Consent was signed. Time-out was done. Prone, fluoroscopy. A 20 gauge Tuohy needle entered the sacral hiatus;
Omnipaque 240 3 mL spread up to L5 without vascular uptake. 80 mg Kenalog with 5 mL preservative-free saline was
injected. AP and lateral views were saved. Pain was six out of ten before and four out of ten afterward.
No complications.
""",
        procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy",
                    contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 3, "ml"), given("triamcinolone_acetonide", 80)],
        pain=(6, 4), need=ESI_NEED, codes=[line("62323"), line("J3301", units=8)],
        findings=["prior_procedure_response"],
        comment="a repeat after a first epidural that 'did not respond': prior response below 50%")

    add("fg-tfesi-03", "smarttext", """
Procedure: Left L4 and L5 transforaminal epidural steroid injections
Diagnosis: Lumbar radiculopathy, left (M54.16)
History: Left anterior shin and medial foot pain for 5 months with L4 and L5 dermatomal numbness and a weak left
tibialis anterior (4+/5). MRI 1/2026: left L4-5 and L5-S1 foraminal narrowing by disc bulges. Completed 8 weeks of
PT, gabapentin and a medrol dose pack; unable to stand for a full church service. Prior left L4 and L5 TFESI in
December: ~75% better for 3 days, then the pain was back.
Pre-procedure pain: 8/10 NRS
Time-out: completed with the nurse and the radiology technologist
Sedation: none
Technique: Prone. Fluoroscopy. 1% lidocaine 2 mL at each skin site. 22 g needles to the left L4-5 and L5-S1 foramina;
Omnipaque 240 0.5 mL at each with epidural and perineural flow; dexamethasone 5 mg at each level.
AP and lateral images saved.
15 minutes after: 3/10, 60% relief
Complications: none apparent
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic",
                    sedation="none")],
        drugs=[given("lidocaine", 40), given("iohexol", 1, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(8, 3), need=tuple(k for k in ESI_NEED if k != "conservative_care"),
        codes=[line("64483", "LT"), line("64484", "LT"), line("J1100", units=10)],
        consent=False, findings=["conservative_care", "consent", "prior_procedure_response"],
        comment="repeat after 75% for 3 days (below 3 months); no consent; care 'Completed' with no stated outcome"
                " (lead's convention, gold corrected after the first run)")
