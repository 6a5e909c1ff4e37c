"""Sealed batch `dev_fresh_do` (`fdo-*`): interpreter-mediated and patient-quoted procedure notes.

Every note is fictional (no names, record numbers or birth dates; interpreters are named by role only). The gold
of each note was labelled from its text, by the conventions of `corpora/README.md`, before any Painpoint run.
`build` is called by `make_notes.py` with the kit of `dev_fresh_d/make_notes.py`.
"""

DX = ("diagnosis",)


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    _spine(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
    _other(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
    _hand_spine(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
    _hand_other(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)


# --- first half: structured notes, spine -----------------------------------------------------------------------


def _spine(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    add("fdo-tfesi-01", "caps_headers", """
PROCEDURE: LEFT L5-S1 TRANSFORAMINAL EPIDURAL STEROID INJECTION UNDER FLUOROSCOPY

LANGUAGE: Spanish. A certified in-person Spanish medical interpreter was used for the entire encounter, including
the history, the consent discussion and the time-out.

HISTORY (through the interpreter): She describes the pain as "like an electric shock that runs down the back of
my left leg to the heel." It began about seven months ago after lifting a crate at work. She has numbness along the
outside of the left foot. In her words: "I can't pick up my grandson anymore, and I sit down halfway through making
dinner." Oswestry disability index today 48%.

CONSERVATIVE CARE: Ten weeks of physical therapy; she says "the exercises did not change anything." Naproxen upset
her stomach and she stopped it. Gabapentin for six weeks gave no real relief.

EXAM: Straight leg raise positive on the left at 40 degrees. Left ankle reflex diminished.

IMAGING: MRI lumbar spine shows a left paracentral L5-S1 disc protrusion compressing the traversing left S1 nerve
root and narrowing the left L5-S1 foramen.

DIAGNOSIS: Lumbar disc herniation with radiculopathy (M51.17).

PAIN SCORE BEFORE: 8/10 ("an eight, every day").

CONSENT: Risks, benefits and alternatives were explained in Spanish through the interpreter; she asked questions,
had them answered, and signed the Spanish-language consent form.

TIME-OUT: Performed with the interpreter present; patient, procedure, side and level confirmed.

TECHNIQUE: Prone. Sterile prep and drape. No sedation. Skin and track anesthetized with 1% lidocaine 2 mL. Under
fluoroscopic guidance a 22-gauge spinal needle was advanced to the left L5-S1 neural foramen. Omnipaque 240, 1 mL,
showed epidural spread along the left L5 nerve root without vascular uptake. Triamcinolone (Kenalog) 40 mg in 1 mL
mixed with 1 mL of 0.25% bupivacaine was injected slowly. AP and lateral images were saved.

POST-PROCEDURE: Pain 3/10. She told the interpreter the leg "feels lighter already." No complications.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                 levels=["L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("lidocaine", 20), given("iohexol", 1, "ml"), given("triamcinolone_acetonide", 40),
               given("bupivacaine", 2.5)],
        pain=(8, 3), need=ESI_NEED, codes=[line("64483", "LT"), line("J3301", units=4)], findings=[],
        dos="2026-02-17", pos="11", payer="medicare_cgs")

    add("fdo-tfesi-02", "title_headers", """
Bilateral L4-L5 and L5-S1 Transforaminal Epidural Steroid Injections

Indication
The patient, who speaks Haitian Creole, gave the history through a video medical interpreter. He says both legs
"burn from the buttocks down to the calves," and that the burning has been there "since the spring", roughly five
months. He describes pins and needles in both feet. On exam both calves are tender; straight
leg raise produces buttock-to-calf pain on each side.

Treatment So Far
Eight weeks of supervised physical therapy without improvement. Meloxicam daily for two months; he says it "takes
the edge off for an hour, then nothing." Duloxetine was stopped because of nausea.

Imaging
MRI shows severe central and bilateral foraminal stenosis at L4-L5 and moderate bilateral foraminal narrowing at
L5-S1, with contact of the exiting L4 and L5 roots on both sides.

Diagnosis
Spinal stenosis, lumbar region, with neurogenic claudication (M48.062).

Pre-procedure Pain
He rates it 7 out of 10.

Consent
Explained through the video interpreter; teach-back confirmed understanding. Written consent signed.

Time-out
Completed with the interpreter on screen.

Procedure
No sedation. Under fluoroscopy, needles were placed into the right and left L4-L5 and L5-S1 foramina (four needles).
Iohexol (Omnipaque 300) 0.5 mL at each foramen, 2 mL in all, outlined the exiting roots with no intravascular
pattern. Dexamethasone 2.5 mg was given at each foramen, 10 mg in total. Two views (AP and lateral) were stored for
every needle.

Post-procedure Pain
3 out of 10; he says "about half as bad as before."

Complications
None.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic",
                 sedation="none")],
        drugs=[given("iohexol", 2, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(7, 3), need=minus(ESI_NEED, "functional_impairment"),
        codes=[line("64483", "50"), line("64484", "50")], findings=["functional_impairment"],
        dos="2025-08-19", pos="22",
        comment="No function, activity limit or disability scale is written; only pain words.")

    add("fdo-tfesi-03", "dictated", """
Cervical transforaminal epidural steroid injection, right C6-C7.

This is a 66-year-old retired bus driver whose wife helped tell the story. Since about four months ago he has had
pain from the right side of the neck into the back of the arm and the middle finger. His wife says he "shakes his
hand out all night" and he says the arm feels "like it's asleep but it hurts." He can no longer drive more than
fifteen minutes or lift a gallon of milk with the right hand; Neck Disability Index 38%. Six weeks of physical
therapy and a course of oral prednisone did not help, and he stopped tramadol because it made him dizzy. Spurling
test reproduces the arm pain on the right; the triceps reflex is reduced on the right.

MRI cervical spine: right C6-C7 uncovertebral spurring with severe right foraminal stenosis contacting the C7 root.

Diagnosis: cervical radiculopathy (M54.12).

Pain before the procedure: 7/10.

Consent was signed after a discussion of risks including nerve injury, stroke and infection. Time-out completed.

No sedation. Supine oblique position. Under fluoroscopy a 25-gauge needle was brought to the posterior aspect of
the right C6-C7 foramen. Isovue-M 200, 0.5 mL, under live fluoroscopy confirmed epidural flow along the C7 root and
no vascular filling. Dexamethasone 10 mg in 1 mL was injected. One spot image was saved.

Afterwards he rated the pain 2/10 and said "the finger is quiet." No complications.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="cervical", laterality="right",
                 levels=["C6-C7"], imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("iopamidol", 0.5, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(7, 2), need=ESI_NEED, codes=[line("64479", "RT")], findings=["saved_images"],
        dos="2026-05-12", pos="24")

    add("fdo-ilesi-01", "caps_headers", """
PROCEDURE: LUMBAR INTERLAMINAR EPIDURAL STEROID INJECTION, L5-S1

HISTORY: The patient speaks Cantonese. A professional interpreter was offered; at her request her adult daughter
interpreted, and the daughter added her own observations. Pain across the low back and down both legs to the
calves for about a year. The daughter says her mother "stops every half block to sit on a bench" and has not gone
to the market alone since summer. The patient says the legs feel "heavy and full of ants." She completed twelve
weeks of physical therapy, which "helped for a few days each time, then came back the same." Acetaminophen and
topical diclofenac give little relief.

EXAM: Reduced pinprick over both L5 dermatomes; gait slow and stooped.

MRI: Moderate central canal stenosis at L4-L5 and L5-S1 with a broad-based disc bulge at L5-S1 contacting both S1
roots.

DIAGNOSIS: Lumbar spinal stenosis with neurogenic claudication (M48.062).

PRE-PROCEDURE PAIN: 6/10.

CONSENT: Discussed in Cantonese through the daughter; the patient signed.

TIME-OUT: Completed; the daughter confirmed the patient's name and the planned procedure.

DESCRIPTION: Prone on the fluoroscopy table. No sedation. Local 1% lidocaine 3 mL. A 20-gauge Tuohy needle was
advanced at the L5-S1 interspace using loss of resistance to saline. Omnipaque 240, 2 mL, confirmed epidural spread
without intrathecal or vascular pattern. Depo-Medrol (methylprednisolone acetate) 80 mg in 2 mL with 2 mL
preservative-free saline was injected. AP and lateral views saved.

POST-PROCEDURE PAIN: 2/10.

COMPLICATIONS: None.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L5-S1"],
                 imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("lidocaine", 30), given("iohexol", 2, "ml"), given("methylprednisolone_acetate", 80)],
        pain=(6, 2), need=ESI_NEED, codes=[line("62323"), line("J1040")], findings=[],
        dos="2023-10-17", pos="11")

    add("fdo-caudal-01", "bullets", """
Caudal epidural steroid injection

- History per patient and her husband: aching in the low back with pain "pulling like a rope" down the back of both
  thighs to the knees, for about eight months.
- Numbness on the soles of both feet when she stands in line; positive straight leg raise on both sides at 50
  degrees.
- Function: she quit her water aerobics class; husband says she "can't do the grocery run without the scooter."
  Oswestry 40%.
- Prior care: she has done physical therapy for three months and takes meloxicam.
- MRI: multilevel lumbar stenosis, worst at L4-L5, with bilateral lateral recess narrowing.
- Diagnosis: Spinal stenosis, lumbar region, with neurogenic claudication (M48.062).
- Pre-procedure pain 6/10.
- Consent: signed after discussion.
- Time-out: done.
- Technique: prone, no sedation; sacral hiatus located by palpation and fluoroscopy; 1% lidocaine 2 mL to the
  skin; 20-gauge needle into the caudal epidural space. Omnipaque 240, 5 mL, spread cranially to L5 with no vascular
  uptake. Kenalog 80 mg (2 mL of 40 mg/mL) with 5 mL of preservative-free saline injected.
- Images: AP and lateral saved.
- Post-procedure pain 2/10; "my legs feel warm and light."
- No complications.
""", procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy",
                 contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("lidocaine", 20), given("iohexol", 5, "ml"), given("triamcinolone_acetonide", 80)],
        pain=(6, 2), need=minus(ESI_NEED, "conservative_care"), codes=[line("62323"), line("J3301", units=8)],
        findings=["conservative_care"], dos="2025-03-04", pos="11",
        comment="Therapy and meloxicam are only listed, with no outcome: conservative care is a finding.")

    add("fdo-mbb-01", "inline_fields", """
Procedure: Bilateral lumbar medial branch blocks, first diagnostic block. Targets: L3 and L4 medial branches and
L5 dorsal ramus on each side (L4-L5 and L5-S1 facet joints).
Interpreter: Portuguese interpreter by telephone for history, consent and time-out.
History: Low back pain across the belt line for two years, worse getting out of a chair and twisting; no leg
symptoms. Patient: "It's like a tight belt that someone keeps pulling." She cannot stand at the ironing board longer
than ten minutes and sleeps in a recliner. Oswestry 36%.
Conservative care: Physical therapy for twelve weeks and home exercises, still painful; ibuprofen gives only an hour
or two of relief.
Exam: Pain on lumbar extension and rotation bilaterally; paraspinal tenderness over L4-S1.
Diagnosis: Lumbar spondylosis without myelopathy or radiculopathy (M47.816).
Intent: Diagnostic.
Pre-procedure pain: 6/10.
Consent: Signed after discussion through the telephone interpreter.
Time-out: Completed with the interpreter on the line.
Sedation: None.
Technique: Prone; fluoroscopic guidance. 22-gauge needles to the junction of the superior articular and transverse
processes at L4 and L5 and to the sacral ala for the L5 dorsal ramus, both sides. Omnipaque 240 0.2 mL per needle
showed no vascular spread. Bupivacaine 0.5%, 0.5 mL at each of the six nerves (3 mL in total).
Post-procedure pain: 1/10 at 30 minutes; she bent and twisted and said "it's gone, like a switch."
Complications: None. Pain diary given.
""", procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="diagnostic",
                 sedation="none")],
        drugs=[given("iohexol", 1.2, "ml"), given("bupivacaine", 15)],
        pain=(6, 1), need=SPINE_NEED, codes=[line("64493", "50", "KX"), line("64494", "50", "KX")], findings=[],
        dos="2026-01-20", pos="11")

    add("fdo-mbb-02", "odd_spacing", """
PROCEDURE :   Right  C5-C6  cervical  facet  joint  injection ,  intra-articular ,  therapeutic


HISTORY :  Right-sided neck pain for  three years ,  worse looking over the shoulder .  Through the Arabic
interpreter  she said  :  "When I reverse the car I have to turn my whole body ."   She no longer drives on the
highway and cannot hang laundry overhead .  NDI  32% .

PRIOR  CARE :   Physical therapy twice ,  most recently for eight weeks ,  without lasting relief .   NSAIDs caused
heartburn .

PRIOR  BLOCKS :   Two diagnostic right C5 and C6 medial branch blocks ;  relief  85%  after the first and  80%
after the second .   She declined radiofrequency ablation and chose a joint injection .

DIAGNOSIS :   Cervical spondylosis without myelopathy or radiculopathy  ( M47.812 ) .

PAIN  BEFORE :   7/10

CONSENT :   signed ,  Arabic interpreter present .      TIME-OUT :   done with the interpreter .

TECHNIQUE :   Prone ,  no sedation .   Under fluoroscopy ,  a 25-gauge needle entered the right C5-C6 facet joint
from a posterior approach .   0.2 mL of Omnipaque 240 outlined the joint capsule .   Triamcinolone  20 mg
( 0.5 mL )  with  0.5 mL  lidocaine 1%  was injected into the joint .

PAIN  AFTER :   2/10

COMPLICATIONS :   none
""", procs=[proc("facet_injection", approach="intra_articular", region="cervical", laterality="right",
                 levels=["C5-C6"], imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("iohexol", 0.2, "ml"), given("triamcinolone_acetonide", 20), given("lidocaine", 5)],
        pain=(7, 2), need=SPINE_NEED, codes=[line("64490", "RT")], findings=[], dos="2026-06-23", pos="24",
        comment="Two prior diagnostic blocks of 85% and 80% support the therapeutic injection; not a repeat.")

    add("fdo-rfa-01", "title_headers", """
Left L4-L5 and L5-S1 Lumbar Radiofrequency Ablation

Indication
Left low back pain for four years. The patient, who is hard of hearing, used a written notepad and her son repeated
questions for her. She wrote: "Cannot vacuum. Cannot stand in church." Oswestry 42%. Physical therapy for ten weeks
and a home program did not help; she could not tolerate naproxen (stomach pain).

Diagnostic Blocks
Two left L3, L4 medial branch and L5 dorsal ramus blocks: 90% relief for six hours after the first and 85% for five
hours after the second.

Diagnosis
Lumbar spondylosis without myelopathy or radiculopathy (M47.816).

Pain Before
7/10.

Consent
Written consent signed; son present.

Procedure
No sedation. Prone. Under fluoroscopy, 18-gauge 10 mm active-tip RF cannulas were placed parallel to the left L3 and
L4 medial branches and the left L5 dorsal ramus. Motor stimulation at 2 Hz showed no leg movement. Each site received
1 mL of 2% lidocaine before a thermal lesion at 80 degrees C for 90 seconds.

Pain After
3/10.

Complications
No complications.
""", procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="left",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="therapeutic", sedation="none")],
        drugs=[given("lidocaine", 60)], pain=(7, 3), need=SPINE_NEED,
        codes=[line("64635", "LT"), line("64636", "LT")], findings=["time_out"], dos="2026-04-07", pos="24")

    add("fdo-sij-01", "dictated", """
Right sacroiliac joint injection, diagnostic, with fluoroscopy.

History given by the patient in his own words, with his niece translating from Polish (he declined the phone
interpreter). Pain over the right buttock "right where the back pocket is" for about six months, worse rolling over
in bed and climbing stairs. He says "I can't get in and out of the truck without holding the door." Physical therapy
for six weeks did not help, and celecoxib gave him ankle swelling so it was stopped. Three of five provocative
tests are positive on the right (FABER, thigh thrust, compression).

Diagnosis: sacroiliitis, right (M46.1).

Pre-procedure pain: 7/10.

Consent was signed after the risks were explained through his niece. A time-out was performed.

With the patient prone and without sedation, the inferior right sacroiliac joint line was identified under
fluoroscopy. A 22-gauge needle entered the joint; 0.5 mL of Omnipaque 240 produced an arthrogram with no vascular
runoff. 2 mL of 2% lidocaine was injected for a diagnostic block. Two views, AP and oblique, were saved.

After 20 minutes he walked the hall and climbed the step stool. Pain 1/10, which he called "80 percent better," so
the block is positive at 80% relief.

No complications.
""", procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="right",
                 imaging="fluoroscopy", contrast=True, intent="diagnostic", sedation="none")],
        drugs=[given("iohexol", 0.5, "ml"), given("lidocaine", 40)], pain=(7, 1), need=SPINE_NEED,
        codes=[line("27096", "RT")], findings=[], dos="2025-11-18", pos="11")


# --- first half: other families -------------------------------------------------------------------------------


def _other(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    add("fdo-tpi-01", "bullets", """
Trigger point injections, right neck and shoulder girdle

- Interpreter: Mandarin interpreter, in person.
- Complaint (interpreted): "a knot under the shoulder blade that sends pain up into my head," for five months;
  worse after long shifts at the sewing machine.
- Exam: taut bands with a local twitch response in the right upper trapezius, right levator scapulae and right
  rhomboid major; pressing each reproduces her usual pain.
- Diagnosis: Myofascial pain syndrome (M79.18).
- Pain before: 7/10.
- Consent: verbal and written, through the interpreter.
- Time-out: completed.
- Injections: 27-gauge needle; 0.25% bupivacaine 2 mL into each of the three muscles named above (6 mL in all),
  after negative aspiration. No imaging.
- Pain after: 3/10. She rolled her shoulder and said "lighter."
- No complications; stretching handout given in Mandarin.
""", procs=[proc("trigger_point", region="cervical", laterality="right", imaging="none")],
        drugs=[given("bupivacaine", 15)], pain=(7, 3), need=DX, codes=[line("20553")],
        findings=["percent_relief"], dos="2026-03-03", pos="11",
        comment="Relief is only implied by the 7 -> 3 scores; no percent is stated (README: still percent_relief).")

    add("fdo-onb-01", "inline_fields", """
Procedure: Bilateral greater occipital nerve blocks, landmark technique (no imaging).
History (patient's own words, English): "It starts at the base of my skull like someone is pressing a thumb in, and
then it shoots over the top to my eyes." Both sides, daily for about a year. Tinel sign over both greater occipital
nerves reproduces the shooting pain.
Diagnosis: Occipital neuralgia (M54.81).
Pre-procedure pain: 8/10.
Time-out: Completed.
Technique: Seated, head flexed. After alcohol prep, a 25-gauge needle was placed medial to the occipital artery on
each side. Each side received 2 mL of 0.5% bupivacaine with 2 mg dexamethasone (4 mg in total).
Post-procedure pain: 2/10. "The thumb is gone."
Complications: None.
""", procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="bilateral",
                 imaging="none")],
        drugs=[given("bupivacaine", 20), given("dexamethasone_sodium_phosphate", 4)], pain=(8, 2), need=DX,
        codes=[line("64405", "50"), line("J1100", units=4)], findings=["consent"], consent=False,
        dos="2025-06-10", pos="11")

    add("fdo-genic-01", "caps_headers", """
PROCEDURE: RIGHT GENICULAR NERVE BLOCK (SUPEROMEDIAL, SUPEROLATERAL, INFEROMEDIAL) WITH FLUOROSCOPY

HISTORY: Korean-speaking patient; a certified Korean interpreter joined by video. Right knee pain for six years,
"like walking on broken glass inside the knee." He stopped his morning walks and takes the stairs one at a time.
He does not want a knee replacement yet.

DIAGNOSIS: Unilateral primary osteoarthritis, right knee (M17.11).

PAIN BEFORE: 7/10.

CONSENT: Signed after explanation through the video interpreter.

TIME-OUT: Completed.

TECHNIQUE: Supine, knee on a bolster. No sedation. Under fluoroscopy, 22-gauge needles were placed at the junctions
of the shaft and epicondyle for the superomedial and superolateral genicular nerves and at the medial tibial
shaft-condyle junction for the inferomedial nerve. At each site 1.5 mL of 0.5% bupivacaine was injected, and
methylprednisolone 40 mg in total was divided among the three sites.

PAIN AFTER: 1/10 at 15 minutes; he squatted and said "it feels like someone else's knee."

COMPLICATIONS: None.
""", procs=[proc("genicular_nerve_block", target="knee", region="knee", laterality="right", imaging="fluoroscopy",
                 sedation="none")],
        drugs=[given("bupivacaine", 22.5), given("methylprednisolone_acetate", 40)], pain=(7, 1), need=DX,
        codes=[line("64454", "RT"), line("J1010", units=40)], findings=[], dos="2025-09-09", pos="11")

    add("fdo-lsb-01", "dictated", """
Left lumbar sympathetic block.

The patient is a 44-year-old warehouse worker; the history is given through a Somali interpreter by telephone. After
a left ankle fracture fourteen months ago the left foot became "hot, shiny and angry"; he says "even the bedsheet
touching my foot is like fire." The foot is colder and redder than the right, with swelling and nail changes.
Diagnosis: complex regional pain syndrome type I of the left lower limb (G90.522).

Pain before: 9/10.

Consent was obtained through the interpreter and signed.

Prone, no sedation. Under fluoroscopy, a 22-gauge needle was advanced to the anterolateral border of the L2 vertebral
body and a second needle to the anterolateral L3 vertebral body on the left. Omnipaque 240, 3 mL in total, spread
along the sympathetic chain in front of the psoas without vascular uptake. 10 mL of 0.25% bupivacaine was injected,
5 mL through each needle. The left foot warmed by 2.5 degrees C within ten minutes.

Pain after: 4/10. Through the interpreter: "the fire went down, the foot is just warm now."
""", procs=[proc("sympathetic_block", target="lumbar_sympathetic", region="lumbar", laterality="left",
                 levels=["L2", "L3"], imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("iohexol", 3, "ml"), given("bupivacaine", 25)], pain=(9, 4), need=DX,
        codes=[line("64520"), line("77002"), line("Q9966", units=3)], findings=["complications", "time_out"],
        complications=None, dos="2026-07-14", pos="11")

    add("fdo-knee-01", "title_headers", """
Left Knee Intra-articular Corticosteroid Injection Under Ultrasound

Indication
Left knee pain for three years, worse on stairs and after gardening. Her granddaughter, who came with her,
explained that "she won't go to the park with the kids anymore." The patient describes "a grinding and a toothache
in the knee." Effusion on exam; crepitus.

Diagnosis
Unilateral primary osteoarthritis, left knee (M17.12).

Pain Score
Before the injection she rated it 6/10.

Consent
Written consent signed.

Time-out
Completed.

Procedure
Supine, knee slightly flexed. With a linear ultrasound probe the suprapatellar recess was identified and a 22-gauge
needle was advanced in plane into the joint. Triamcinolone (Kenalog) 40 mg in 1 mL and 4 mL of 1% lidocaine were
injected, with spread seen in the recess. A permanent ultrasound image showing the needle in the joint was saved.

Complications
No complications. Ice and rest for the day.
""", procs=[proc("joint_injection", target="knee", region="knee", laterality="left", imaging="ultrasound")],
        drugs=[given("triamcinolone_acetonide", 40), given("lidocaine", 40)], pain=(6, None), need=DX,
        codes=[line("20611", "LT"), line("J3301", units=4)], findings=["post_procedure_pain_score"],
        dos="2026-09-29", pos="11")

    add("fdo-pump-01", "bullets", """
Intrathecal pump refill

- History per patient and his wife: pump placed three years ago for failed back surgery pain; he says the pump
  keeps him "able to walk the dog twice a day." No new weakness, no bowel or bladder change.
- Diagnosis: Chronic pain syndrome (G89.4).
- Consent: signed for the refill.
- Time-out: done.
- Refill: I located the reservoir port with the template, accessed it with a non-coring needle under sterile
  technique, withdrew 3 mL of residual, and filled the reservoir with 20 mL of preservative-free morphine 25 mg/mL
  (500 mg).
- No complications.
""", procs=[proc("pump_refill")], drugs=[given("morphine", 500)], pain=(None, None), need=DX,
        codes=[line("95991")], findings=["approach"], dos="2026-10-13", pos="11",
        comment="The physician refilled ('I ...'); whether the pump was reprogrammed is not said (pump.reprogramming).")


# --- second half: hand-dictated, spine ------------------------------------------------------------------------


def _hand_spine(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    add("fdo-h-tfesi-01", "hand_prose", """
Repeat right L4-L5 transforaminal epidural steroid injection.

She speaks Vietnamese and we used the telephone interpreter service throughout. She came back because the pain in
the front of the right thigh and down the inside of the shin, which she calls "a hot wire from my hip to my ankle,"
has returned. She has had it for a year and a half. She says the first injection here, five months ago, "took away
more than half"; asked for a number she said 60 percent, and it lasted about four months before it crept back.
Now she cannot stand long enough to cook rice for the family and stopped her morning tai chi; Oswestry 44%. She has
done two rounds of physical therapy (eight weeks each) without benefit, and gabapentin made her too sleepy to keep
taking. Right knee reflex is reduced and the femoral stretch test is positive on the right. MRI: right foraminal
disc protrusion at L4-L5 compressing the exiting right L4 root. Diagnosis: lumbar radiculopathy (M54.16).

Today she puts the pain at 8/10. We went over risks and benefits again through the interpreter and she signed the
consent. Time-out with the interpreter on speaker.

Prone, no sedation. Lidocaine 1% 2 mL to the skin. Under fluoroscopy a 22-gauge needle was guided to the right L4-L5
foramen; Omnipaque 300 1 mL showed spread along the L4 root and into the epidural space, no vascular fill.
Dexamethasone 10 mg was injected. AP and lateral images kept.

At discharge she was at 3/10 and said "the wire is cold now." No complications.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                 levels=["L4-L5"], imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("lidocaine", 20), given("iohexol", 1, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(8, 3), need=ESI_NEED, codes=[line("64483", "RT"), line("J1100", units=10)], findings=[],
        dos="2026-08-04", pos="11",
        comment="Repeat with a documented 60% response lasting about four months (>= 50%, >= 90 days): no finding.")

    add("fdo-h-tfesi-03", "hand_prose", """
Left L3-L4, L4-L5 and L5-S1 transforaminal epidural steroid injections.

History from the patient with his son interpreting from Farsi at his request. Left leg pain for nine months: "from
the back pocket down the front and side of the leg, all the way to the big toe." Numbness over the left shin and
top of the foot. He walks with a cane now and cannot climb the two flights to his apartment without stopping;
Oswestry 52%. Twelve weeks of physical therapy did nothing, and he stopped pregabalin for swelling in his ankles.
On exam, weak left great toe extension and a positive straight leg raise on the left.

MRI shows multilevel degenerative change with left foraminal stenosis at L3-L4, L4-L5 and L5-S1, compressing the
left L3, L4 and L5 roots.

Diagnosis: lumbar radiculopathy (M54.16).

Pain before: 8/10. Consent explained through his son and signed. Time-out completed.

Prone, no sedation. Under fluoroscopy needles were placed at the left L3-L4, L4-L5 and L5-S1 foramina. Isovue-M 300,
0.5 mL at each (1.5 mL), showed radicular and epidural flow without vascular uptake. Celestone (betamethasone)
3 mg in 0.5 mL was injected at each level, 9 mg altogether. AP and lateral images were saved at each level.

Pain after: 3/10; he said "the toe came back to me." No complications.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                 levels=["L3-L4", "L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic",
                 sedation="none")],
        drugs=[given("iopamidol", 1.5, "ml"), given("betamethasone_sodium_phosphate_acetate", 9)],
        pain=(8, 3), need=ESI_NEED, codes=[line("64483", "LT"), line("64484", "LT", units=2)],
        findings=["level_limit"], dos="2025-12-02", pos="24",
        comment="Three foramina in one session: above the TFESI limit of two (level_limit); all lines are still billed.")

    add("fdo-h-ilesi-01", "hand_prose", """
Thoracic interlaminar epidural steroid injection at T10-T11.

This is her second thoracic epidural. Her husband answered most questions because she was tearful; he said the
first one, in the spring, "helped some, for a while," and she could not say how much or for how long. She has had a
band of burning pain wrapping from the middle of the back around the left side of the ribs to below the breast for
ten months; she describes it as "a belt of hot needles." She can no longer wear a bra or sit through a church
service, and stopped volunteering; Oswestry 40%. Eight weeks of physical therapy did not change it and gabapentin
caused dizziness. There is allodynia along the left T10 dermatome.

MRI thoracic spine: left paracentral disc protrusion at T10-T11 narrowing the left lateral recess and foramen.

Diagnosis: thoracic radiculopathy (M54.14).

Pain before: 7/10. Consent signed. Time-out done.

Prone, no sedation. Under fluoroscopy a 20-gauge Tuohy needle entered the T10-T11 interlaminar epidural space by
loss of resistance. Omnipaque 240, 1.5 mL, showed epidural spread. Triamcinolone 40 mg with 2 mL of saline was
injected. Lateral and AP images saved.

Pain after: 3/10. No complications.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="thoracic", levels=["T10-T11"],
                 imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("iohexol", 1.5, "ml"), given("triamcinolone_acetonide", 40)], pain=(7, 3), need=ESI_NEED,
        codes=[line("62321")], findings=["prior_procedure_response"], dos="2026-10-27", pos="24",
        comment="Stated repeat ('her second thoracic epidural') whose earlier response is 'helped some': no documented response.")

    add("fdo-h-mbb-01", "hand_shorthand", """
L L5-S1 MBB #2 (confirmatory), dx intent.

Hx via Tagalog interpreter (in person). L-sided low back pain x 18 mo, "like a bruise deep by the tailbone that
never heals." Can't sit through a movie or drive >20 min; ODI 34%. PT x 10 wk - no change. Meloxicam -> GI upset, d/c.
No leg sx. Facet loading + on the L.
MBB #1 (L L4 MB + L5 DR) 3 wk ago: 90% relief x 6 h per her diary.
Dx: lumbar spondylosis w/o myelopathy or radiculopathy (M47.816).
Pre 6/10. Consent signed via interpreter. Time-out done w/ interpreter.
No sedation. Prone, fluoro. 22g needles to L L5 SAP/TP junction (L4 MB) and sacral ala (L5 DR). Omnipaque 240 0.3 mL
ea, no vascular spread. Lidocaine 2% 0.5 mL at each nerve (1 mL total).
Post 1/10 at 30 min: "I sat in the car seat and nothing."
No complications.
""", procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="left",
                 levels=["L5-S1"], imaging="fluoroscopy", contrast=True, intent="diagnostic", sedation="none")],
        drugs=[given("iohexol", 0.6, "ml"), given("lidocaine", 20)], pain=(6, 1), need=SPINE_NEED,
        codes=[line("64493", "KX", "LT")], findings=[], dos="2026-02-24", pos="11", payer="medicare_fcso",
        comment="L4 medial branch + L5 dorsal ramus = the L5-S1 joint.")

    add("fdo-h-mbb-02", "hand_prose", """
PROCEDURE: RIGHT L4-L5 AND L5-S1 FACET JOINT INJECTIONS, DIAGNOSTIC.

History taken through an ASL interpreter. She signs that the pain sits "low on the left, like a hook pulling my back
out of line," for the past two years, and points to the left lower back. She cannot carry her laundry basket up the
stairs and has stopped her shifts at the bakery; Oswestry 38%. Physical therapy for eight weeks and a chiropractor
for six weeks did not help; ibuprofen upsets her stomach. Pain on extension-rotation to the left. No leg symptoms.

Diagnosis: lumbar spondylosis without myelopathy or radiculopathy (M47.816).

Pre-procedure pain 7/10. Consent signed with the ASL interpreter present. Time-out performed.

No sedation. Prone. Under fluoroscopy, 22-gauge needles were advanced into the left L4-L5 and left L5-S1 facet joints.
0.2 mL of Omnipaque 240 at each joint showed an intra-articular pattern. 1 mL of 2% lidocaine was injected into each
left joint.

Post-procedure pain 2/10; she signed "better" and bent forward without wincing. No complications.
""", procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="left",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="diagnostic",
                 sedation="none")],
        drugs=[given("iohexol", 0.4, "ml"), given("lidocaine", 40)], pain=(7, 2), need=SPINE_NEED,
        codes=[line("64493", "KX", "LT"), line("64494", "KX", "LT")], findings=["laterality_conflict"],
        dos="2026-05-26", pos="11",
        comment="Title says RIGHT; the history and every needle are left: codes follow the description (LT) and the "
                "side is written differently (laterality_conflict).")

    add("fdo-h-rfa-01", "hand_prose", """
Repeat right cervical radiofrequency ablation, C3-C4 and C4-C5 facet joints (C3, C4 and C5 medial branches).

History from the patient, who speaks Italian, through an in-person interpreter. Right neck pain with headaches at the
back of the head for six years. She says the last ablation, fourteen months ago, "gave me my life back": 70% better,
and it held for about nine months before the ache came back. Now she cannot turn her head to reverse the car or read
for more than half an hour; NDI 30%. Physical therapy, massage and a TENS unit earlier did not help, and she could not
tolerate amitriptyline (morning grogginess).

Diagnosis: cervical spondylosis without myelopathy or radiculopathy (M47.812).

Before: 7/10. Consent signed through the interpreter. Time-out done.

No sedation. Prone. Under fluoroscopy, RF cannulas were placed on the right C3, C4 and C5 medial branches (lateral
view checked for depth). Sensory and motor testing appropriate. 0.5 mL of 2% lidocaine at each site, then thermal
lesions at 80 degrees C for 90 seconds.

After: 2/10. No complications.
""", procs=[proc("facet_rfa", approach="medial_branch", region="cervical", laterality="right",
                 levels=["C3-C4", "C4-C5"], imaging="fluoroscopy", intent="therapeutic", sedation="none")],
        drugs=[given("lidocaine", 30)], pain=(7, 2), need=SPINE_NEED,
        codes=[line("64633", "RT"), line("64634", "RT")], findings=[], dos="2026-09-01", pos="11",
        comment="Repeat with 70% relief for about nine months (>= 50%, >= 180 days); previous RFA fourteen months ago.")

    add("fdo-h-sinb-01", "hand_prose", """
Left sacroiliac joint lateral branch block (L5 dorsal ramus and S1, S2, S3 lateral branches), diagnostic.

Her daughter interpreted from Greek. Pain over the left sacroiliac joint for two years, "sitting on a stone," worse
getting out of the car. The last intra-articular left SI injection gave good but short relief. We are testing the
lateral branches before a possible ablation.

Diagnosis: sacroiliitis (M46.1).

Pain before: 6/10. Consent signed. Time-out completed.

Prone, no sedation. Under fluoroscopy, 25-gauge needles were placed at the left L5 dorsal ramus on the sacral ala and
lateral to the left S1, S2 and S3 foramina. 0.5 mL of 0.5% bupivacaine at each of the four sites.

Pain after: 1/10; "the stone is gone." No complications.
""", procs=[proc("si_joint_nerve_block", approach="lateral_branch", region="sacroiliac", laterality="left",
                 imaging="fluoroscopy", intent="diagnostic", sedation="none")],
        drugs=[given("bupivacaine", 10)], pain=(6, 1), need=DX, codes=[line("64451", "LT")], findings=[],
        dos="2026-03-17", pos="11")

    add("fdo-h-sirfa-01", "hand_prose", """
Right sacroiliac joint radiofrequency ablation, cooled.

The patient told his story in his own words: "It's the right side of my belt, low, and when I stand up from a chair
it's like a door slamming." For three years. Two right lateral branch blocks gave 85% and 80% relief. He cannot stand
at his workbench longer than fifteen minutes.

Diagnosis: sacroiliitis (M46.1).

Pain before: 6/10. Consent signed. Time-out done.

MAC not used; no sedation. Prone. Under fluoroscopy, cooled radiofrequency probes were placed at the right L5 dorsal
ramus and lateral to the right S1, S2 and S3 foramina. Each site received 2 mL of 1% lidocaine, then a cooled RF lesion
(60 degrees C probe setting, 150 seconds).

Pain after: 3/10. No complications.
""", procs=[proc("si_joint_rfa", approach="lateral_branch", region="sacroiliac", laterality="right",
                 imaging="fluoroscopy", sedation="none")],
        drugs=[given("lidocaine", 80)], pain=(6, 3), need=DX, codes=[line("64625", "RT")], findings=[],
        dos="2026-06-16", pos="24")


# --- second half: hand-dictated, other families ---------------------------------------------------------------


def _hand_other(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    add("fdo-h-tpi-01", "hand_prose", """
Botulinum toxin trigger point injections, left neck and shoulder.

She came with her sister, who helped with English. Left-sided neck and shoulder pain for two years; she says "my
shoulder is glued to my ear." Taut bands with twitch responses and referred pain to the head in the left upper
trapezius, left levator scapulae, left splenius capitis and left rhomboid minor.

Diagnosis: myofascial pain syndrome (M79.18).

Pain before: 7/10. Consent signed. Time-out done.

A 100-unit vial of Botox (onabotulinumtoxinA) was reconstituted with 2 mL of preservative-free saline. 20 units were
injected into each of the four muscles (80 units in total); the remaining 20 units were discarded.

Right after the injections she reported 30% relief; pain 5/10. No complications.
""", procs=[proc("trigger_point", region="cervical", laterality="left", imaging="none")],
        drugs=[given("onabotulinumtoxinA", 80, "units")], pain=(7, 5), need=DX,
        codes=[line("20553"), line("J0585", units=80), line("J0585", "JW", units=20)], findings=[],
        dos="2025-05-06", pos="11")

    add("fdo-h-stellate-01", "hand_prose", """
Right stellate ganglion block under ultrasound.

History through a certified Russian interpreter in person. After a wrist fracture a year ago, her right hand has
been "burning like it's in boiling water," swollen, and sweaty, and she cannot bear a sleeve on it. Diagnosis: complex
regional pain syndrome I of the right upper limb (G90.511).

Pain before: 8/10. Consent signed through the interpreter. Time-out with the interpreter present.

MAC by the CRNA: propofol 60 mg in total, 10:12 to 10:24. Supine, head turned slightly left. With a linear probe at
C6, the longus colli was identified and a 22-gauge needle was guided in plane to the fascia over it. 5 mL of 0.5%
ropivacaine was injected in small aliquots after negative aspiration. A permanent ultrasound image of the needle at
the target was saved. Right Horner sign and a warm right hand within ten minutes.

Pain after: 3/10; she said "the water is cool now." No complications.
""", procs=[proc("sympathetic_block", target="stellate", region="cervical", laterality="right",
                 imaging="ultrasound", sedation="mac")],
        drugs=[given("ropivacaine", 25)], pain=(8, 3), need=DX, codes=[line("64510"), line("76942", "26")],
        findings=[], dos="2026-04-21", pos="22",
        comment="Propofol by the CRNA belongs to the anaesthesia claim and is not listed; agents, dose and times are written.")

    add("fdo-h-scs-01", "hand_prose", """
Percutaneous spinal cord stimulator trial, two leads.

History through an American Sign Language interpreter. Failed back surgery syndrome after an L4-S1 fusion; back and
left leg pain for five years. He signs that the leg "never stops buzzing and burning." He cannot walk past his
mailbox or sleep more than three hours. Physical therapy, a pain psychology program, gabapentin and duloxetine all
failed; he could not tolerate the duloxetine. Psychological evaluation completed last month: cleared for
stimulation, no contraindication.

Diagnosis: postlaminectomy syndrome (M96.1).

Pain before: 8/10. Consent signed with the interpreter present. Time-out done.

No sedation. Prone. Under fluoroscopy, after 1% lidocaine 10 mL to the skin and tracks, two Tuohy needles entered
the epidural space at T12-L1 by loss of resistance. Two 8-contact percutaneous leads were advanced to the top of T8
and the bottom of T9, one on each side of midline. Intraoperative testing gave paresthesia over the left leg and the
low back. Leads were sutured to the skin and dressed.

Pain after programming in recovery: 3/10; he signed "quiet." No complications.
""", procs=[proc("scs_trial", approach="percutaneous", region="thoracic", imaging="fluoroscopy", sedation="none")],
        drugs=[given("lidocaine", 100)], pain=(8, 3), need=SPINE_NEED, codes=[line("63650", units=2), line("77003")],
        findings=[], dos="2026-01-13", pos="11")

    add("fdo-h-scsimp-01", "hand_prose", """
Permanent spinal cord stimulator implant: two percutaneous leads and an implanted pulse generator.

History from the patient with her husband filling in details. Failed back surgery syndrome with right leg pain for
four years after two lumbar operations. During the seven-day trial she reported 70% relief and she walked to the
end of the block and back, which she had not done in two years; she says "I slept through the night for the first
time since the surgery." Physical therapy, medications and injections failed before the trial. Psychological
evaluation: cleared.

Diagnosis: postlaminectomy syndrome (M96.1).

Consent signed. Time-out performed.

MAC by the anesthesia team: propofol infusion 180 mg and fentanyl 50 mcg, 08:05 to 09:20. Prone. Under fluoroscopy
two percutaneous 8-contact leads were placed through a T12-L1 entry to T8-T9 and anchored through a midline
incision. A pulse generator pocket was made in the right upper buttock and the generator connected. 1% lidocaine
20 mL was infiltrated by me at the incisions.

No complications. Pain at discharge 4/10.
""", procs=[proc("scs_implant", approach="percutaneous", region="thoracic", imaging="fluoroscopy", sedation="mac")],
        drugs=[given("lidocaine", 200)], pain=(None, 4), need=SPINE_NEED,
        codes=[line("63650", units=2), line("63685"), line("77003", "26")], findings=[], dos="2026-02-10", pos="22",
        comment="Anaesthesia-team propofol and fentanyl are not listed; the local lidocaine given by the author is.")

    add("fdo-h-kypho-01", "hand_prose", """
L1 kyphoplasty, bilateral transpedicular.

She speaks only Russian; her son interpreted at her request. Sudden back pain after bending to lift a pot six weeks
ago, "like a knife in the middle of my back when I turn in bed." She is mostly in bed and needs help to the
bathroom. Six weeks of a brace and tramadol did not help; she stopped the tramadol because of constipation and
confusion. MRI: acute L1 compression fracture with marrow edema on STIR, 30% height loss, no retropulsion.

Diagnosis: age-related osteoporosis with current pathological vertebral fracture (M80.08XA).

Pain before: 9/10. Consent signed through her son. Time-out done.

Moderate sedation by me with an independent registered nurse observer monitoring throughout: midazolam 2 mg and
fentanyl 100 mcg IV; sedation start 09:10, end 09:42 (32 minutes). Prone. Under biplane fluoroscopy, 1% lidocaine
10 mL to the skin and periosteum. Bilateral transpedicular trocars into L1; balloons inflated to restore height and
cavities filled with PMMA cement under lateral fluoroscopy, no extravasation.

Pain after: 3/10. "I can turn over." No complications.
""", procs=[proc("vertebral_augmentation", approach="kyphoplasty", region="lumbar", levels=["L1"],
                 imaging="fluoroscopy", sedation="moderate")],
        drugs=[given("midazolam", 2), given("fentanyl", 100, "mcg"), given("lidocaine", 100)], pain=(9, 3),
        need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment", "imaging_findings"),
        codes=[line("22514"), line("99152"), line("99153")], findings=[], dos="2025-10-21", pos="22")

    add("fdo-h-genrfa-01", "hand_prose", """
Left genicular radiofrequency ablation (superomedial, superolateral and inferomedial genicular nerves).

The patient is a retired teacher who told the history herself: "My left knee is like an old door hinge; every step
squeaks and bites." Pain for eight years. A left genicular nerve block in August gave 80% relief for two days. She is
not a surgical candidate because of heart disease.

Diagnosis: unilateral primary osteoarthritis, left knee (M17.12).

Pain before: 7/10. Consent signed. Time-out completed.

No sedation. Supine. Under fluoroscopy, RF cannulas were placed at the three genicular targets, confirmed on AP and
lateral views. Sensory testing reproduced the knee pain; no motor response to the leg. 2 mL of 1% lidocaine at each
site, then thermal lesions at 80 degrees C for 90 seconds each.

Pain after: 3/10. No complications.
""", procs=[proc("genicular_rfa", target="knee", region="knee", laterality="left", imaging="fluoroscopy",
                 sedation="none")],
        drugs=[given("lidocaine", 60)], pain=(7, 3), need=DX, codes=[line("64624", "LT")], findings=[],
        dos="2026-11-03", pos="11", payer="medicare_cgs")

    add("fdo-h-pnb-01", "hand_prose", """
Right suprascapular nerve block under ultrasound.

History through a Cantonese interpreter by video. Right shoulder pain for three years, "like a toothache in the
shoulder that wakes me every time I roll over." She cannot comb her hair or reach the top shelf. Not a candidate for
shoulder replacement.

Diagnosis: primary osteoarthritis, right shoulder (M19.011).

Pain before: 8/10. Consent signed through the interpreter. Time-out with the interpreter present.

Seated. With a linear probe in the suprascapular fossa, a 22-gauge needle was advanced in plane to the floor of the
notch beneath the transverse ligament. 5 mL of 0.5% bupivacaine with 40 mg triamcinolone was injected with spread
around the nerve. A permanent ultrasound image was saved to the record.

Pain after: 2/10; she lifted her arm to shoulder height and said "it listens to me again." No complications.
""", procs=[proc("peripheral_nerve_block", target="suprascapular", region="shoulder", laterality="right",
                 imaging="ultrasound")],
        drugs=[given("bupivacaine", 25), given("triamcinolone_acetonide", 40)], pain=(8, 2), need=DX,
        codes=[line("64418", "RT"), line("76942"), line("J3301", units=4)], findings=[], dos="2026-07-28", pos="11")
