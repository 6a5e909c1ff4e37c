"""Notes of the sealed untuned batch bj: hand-dictated prose by five imagined physicians, each with a habit
(A terse, B verbose with long histories, C past perfect and passive, D abbreviations, E numbers as words).
Gold labelled by hand before any Painpoint run; the `findings` of each `add` are the deliberate gaps and
hard cases (side/level conflicts, invalid codes, level limits)."""

from __future__ import annotations


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803 - tuples passed in
    """Queue every note; `need` lists the necessity elements the note documents to standard."""
    _terse(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
    _verbose(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
    _passive(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
    _abbrev(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
    _words(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)


def _terse(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803
    """Physician A: short sentences, few verbs, digits."""
    add("fbj-tfesi-01", "dictated_terse", """
Right L4-5 and L5-S1 transforaminal epidural steroid injection

Dx: lumbar radiculopathy, M54.16.

History: pain from the right buttock down the back of the thigh to the outer foot. Started in the spring,
5 months now. Numb lateral right foot and small toe. Right straight leg raise positive at 35 degrees. Right
ankle jerk reduced compared with the left. Tried PT. Meloxicam. Walks the dog to the end of the street and
has to turn back; stopped driving to see her daughter, 2 hours away.

MRI 12/2025: right foraminal protrusion at L5-S1 touching the exiting L5 root. Right lateral recess
narrowing at L4-5.

Pain before: 8/10.

Consent: went over what can go wrong (infection, bleeding, headache, nerve irritation, a numb leg for a few
hours) and what else she could do instead. She signed.

Pause before the first needle: right patient, right side, both levels read back by the room.

Procedure: prone, chlorhexidine, drapes. Fluoroscopy. Right L4-5 foramen first: 22 g spinal needle,
oblique view, tip under the pedicle. Omnipaque 300, 1 mL: clean outline of the nerve and epidural spread,
no vessel filling. 5 mg dexamethasone with 1 mL of 1% preservative-free lidocaine. Same at right L5-S1:
Omnipaque 300 1 mL, dexamethasone 5 mg, 1% lidocaine 1 mL. AP and lateral saved at each level.

Pain after: 3/10. Leg feels lighter. No bleeding, no new numbness; complication free. Home with husband.
Follow up 2 weeks.

Told: no driving today, keep the dressing dry tonight, call for fever, bad headache, new weakness, or any
bladder or bowel change. Leg may feel heavy for a few hours from the lidocaine. Diary for 2 weeks. If less
than half better, talk about a second look at the MRI with the surgeon.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 2, "ml"), given("dexamethasone_sodium_phosphate", 10), given("lidocaine", 20)],
        pain=(8, 3), need=minus(ESI_NEED, "conservative_care"), dos="2026-02-03",
        codes=[line("64483", "RT"), line("64484", "RT"), line("J1100", units=10)],
        findings=["conservative_care"], comment="'Tried PT. Meloxicam.' lists care without an outcome")

    add("fbj-mbb-01", "dictated_terse", """
Lumbar medial branch blocks, both sides, L4-5 and L5-S1. Diagnostic.

Dx: lumbar spondylosis without radiculopathy (M47.816).

Low back ache, central and both sides, 2 years. No leg pain. Worse standing at the stove, better sitting.
Facet loading painful both sides. Home exercise and 10 weeks of PT, no change. Naproxen upset her stomach,
stopped. Can't stand long enough to cook dinner. CT: facet hypertrophy both sides L4-5, L5-S1.

Pain today before the block: 7/10.

Consent signed after we talked about bleeding, infection, a sore back for a day and a block that may not
help. Team paused: patient, procedure, both sides, levels. All agreed.

Left side first. Fluoroscopy. 22 g needles to the left L3 and L4 medial branches at the junction of the
superior articular and transverse processes and to the left L5 dorsal ramus in the sacral ala groove.
0.5 mL of 0.5% bupivacaine at each. Then repeated on the contralateral side with the same needles and the
same volume at the right L3, L4 medial branches and L5 dorsal ramus.

No vascular spread on live fluoro. Tolerated. Without complication. Pain diary given; she will log her
pain every hour for 8 hours. Walked out with her sister.

Plan: bring the diary back. If 80% or better relief for the life of the bupivacaine, book the second
block with lidocaine. If both positive, RF on both sides. Back to home exercise. Review 2 weeks. Ibuprofen
or acetaminophen for any soreness at the needle sites, ice 20 minutes at a time.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 15)],
        pain=(7, None), need=SPINE_NEED, dos="2026-04-21", pos="24",
        codes=[line("64493", "50", "KX"), line("64494", "50", "KX")],
        findings=["post_procedure_pain_score"], comment="no pain score after the block; the diary is for later")

    add("fbj-sij-01", "dictated_terse", """
Left sacroiliac joint injection, therapeutic. Fluoroscopy. No contrast.

Dx: left sacroiliitis, M46.1.

Left buttock pain just below the dimple, 8 months. Worse rolling in bed and climbing stairs. Thigh thrust,
FABER and compression all reproduce it on the left. 6 weeks of PT with no improvement. Ibuprofen no help.
Can't sit through a church service or a film.

Exam otherwise: lumbar range full, no leg weakness, reflexes equal, straight leg raise negative. Hip
rotation full and painless. Not on blood thinners. Diabetic, well controlled; sugars to be checked at home
for 2 days.

Diagnostic left SI block in September with lidocaine: 80% relief for 3 hours.

ALLERGY: iodinated contrast. Hives and throat tightness after a CT scan. So no dye today; joint entered
under fluoroscopy by bony landmarks only.

Pain now: 7/10.

She gave consent after we talked through infection, bleeding, a flare of pain, and doing nothing. Paused
at the table: name, left side, joint. Agreed.

Prone. Prep, drape. AP view, then tilted until the inferior joint line cleared. 22 g spinal needle into the
lower third of the left joint, felt the capsule give. Kenalog 40 mg (1 mL) with 1 mL of 0.5% ropivacaine.
AP and oblique images stored.

After: 2/10, about 70% better. No complications. Up and walking.

Plan: pain diary for 2 weeks. Back to PT for core and pelvic work. Review in 6 weeks. Call for fever,
redness at the site, or new leg weakness.

Home with her daughter.
Sugars: check twice a day for 2 days, call if over 300.
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="left",
                    imaging="fluoroscopy", contrast=False, intent="therapeutic")],
        drugs=[given("triamcinolone_acetonide", 40), given("ropivacaine", 5)],
        pain=(7, 2), need=SPINE_NEED, dos="2025-11-18",
        codes=[line("27096", "LT"), line("J3301", units=4)],
        findings=[], comment="contrast withheld for a documented contrast allergy")

    add("fbj-knee-01", "dictated_terse", """
Right knee injection, ultrasound guided

Dx: primary osteoarthritis, right knee (M17.11).

Right knee pain, 3 years. Swells after walking. Stairs one at a time. Gave up her walking group. X-ray:
medial joint space narrowing, osteophytes. Not ready for a replacement.
Right knee scope 2015. Heart fine. Lives with daughter, 2 stairs to enter. Goal: walk the grocery
store without stopping. Tylenol and a knee sleeve no longer enough; topical diclofenac helps an hour.

Pain 6/10 at rest today.

Exam: no warmth, small effusion, crepitus, medial joint line tender. Range 5 to 110 degrees. Ligaments
stable. Walks with a cane in the left hand. Last injection into this knee was over a year ago. Blood
thinners: none. Diabetic: no.

Pause at the bedside: right knee, marked, confirmed with her.

Supine, knee over a bolster. Skin cleaned with chlorhexidine. Linear probe at the superolateral recess;
small effusion seen. 22 g needle in plane under direct view into the recess. Triamcinolone 40 mg with 4 mL
of 1% lidocaine. Spread seen in the suprapatellar pouch. Image kept.

After: 2/10 on the stairs in the hall. No complications. Ice tonight, limit long walks for 2 days.

Plan: quad strengthening handout. Weight loss talk again. Call if the knee turns red, hot or she gets a
fever. Review in 3 months; if this does not hold, send to the surgeon to talk about a replacement, or
consider genicular nerve blocks first. Letter to her GP.

Home with her daughter driving. She knows the sugar may run a little high for a day or two.
""",
        procs=[proc("joint_injection", target="knee", region="knee", laterality="right", imaging="ultrasound",
                    intent="therapeutic")],
        drugs=[given("triamcinolone_acetonide", 40), given("lidocaine", 40)],
        pain=(6, 2), need=("diagnosis",), dos="2026-06-09", consent=False,
        codes=[line("20611", "RT"), line("J3301", units=4)],
        findings=["consent"], comment="no consent statement anywhere")

    add("fbj-pump-01", "dictated_terse", """
Intrathecal pump refill

Dx: failed back surgery syndrome (M96.1). Pump placed 2022 for constant back and leg pain after 2 fusions,
when oral opioids stopped working and made her confused. Low reservoir alarm date next week.

Since last refill: pain steady, back and both legs. Sleeping. Walking with a stick around the house and to
the mailbox. No new weakness, no bladder change, no itch, no swelling in the legs. No signs of too much
drug: alert, pupils normal, breathing normal. No signs of too little: no withdrawal, no sweats. Pocket
site clean, no redness, no fluid.

Consent on file, confirmed today. Pause: patient, pump, drug and concentration checked against the
prescription with the nurse.

Pump interrogated. Reservoir volume 3.1 mL expected; 3.0 mL withdrawn. Template over the pump, 22 g
non-coring needle into the port. I refilled it with 20 mL of preservative-free hydromorphone 10 mg/mL.
Needle out. Bandage.

No complications. Next refill 10 weeks.

Told her and her husband the signs of overdose and of withdrawal to watch for and to call the pump line or
go to the emergency room if either shows up. Next alarm date and refill date written on her card. Pump
battery life reported as more than 3 years.

Home with husband.
Recap for the GP: refill done, pump working, pocket and catheter site healthy, no change to her other
medicines, no new complaints. She knows
to bring the pump card to any hospital visit and to tell any scanner team she has a pump.
""",
        procs=[proc("pump_refill")],
        drugs=[given("hydromorphone", 200)],
        pain=(None, None), need=("diagnosis",), dos="2026-03-26",
        codes=[line("95991")],
        findings=["approach"], comment="refilled by the author; the note never says whether the pump was reprogrammed")

    add("fbj-onb-01", "dictated_terse", """
Right greater occipital nerve block, ultrasound

Dx: occipital neuralgia, left (M54.81).

Shooting pain from the base of the skull over the top of the head on the left, 6 months. Tender over the
left greater occipital nerve; pressing there sets it off. Amitriptyline made her groggy; stopped. Missing
work 2 days a week.
No head injury. No aura. Started after a rear-end car crash. Sleep poor on bad days. Triptans do
nothing for this pain. Goal: full week at work.

Exam: no rash, no neck stiffness, normal neuro exam. Scalp over the left occiput sensitive to the brush.
Neck turns fully. MRI brain last year normal. Not pregnant. Not on blood thinners.

Pain 7/10.

Consent signed. Paused: name, nerve, side.

Seated, head forward. Linear probe at the C2 level, nerve seen on the obliquus capitis inferior. 25 g
needle in plane. 2 mL of 0.5% bupivacaine with 40 mg methylprednisolone around the nerve. Image saved to
the chart.

After: 1/10. Scalp numb on the left. No complications.

Told to expect the numb scalp for a few hours. Pain diary, headache days per week. If this helps for more
than a few weeks we can repeat it; if it helps only for hours, talk about other options next visit.
Back to work tomorrow. Review in 4 weeks.

Addendum, same day, signed: side corrected to LEFT. The title was dictated in error; the block was on the
left, as written in the body.

Plan unchanged by the addendum: diary, review 4 weeks.
""",
        procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="left",
                    imaging="ultrasound", intent="therapeutic")],
        drugs=[given("bupivacaine", 10), given("methylprednisolone_acetate", 40)],
        pain=(7, 1), need=("diagnosis",), dos="2026-08-13",
        codes=[line("64405", "LT"), line("76942"), line("J1010", units=40)],
        findings=[], comment="title says right; a signed addendum corrects the side to left, so no conflict")


def _verbose(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803
    """Physician B: long narrative histories, full sentences, every detail of the back story."""
    add("fbj-tfesi-02", "dictated_verbose", """
REPEAT LEFT L5-S1 AND S1 TRANSFORAMINAL EPIDURAL STEROID INJECTION WITHOUT CONTRAST

Diagnosis: Intervertebral disc disorder with radiculopathy, lumbosacral region (M51.17).

History: This is a retired bus driver whom I have followed for a little over a year. His trouble began
when he lifted a box of tiles while renovating the kitchen of his daughter's house, and within a day he had
a burning pain from the left buttock into the back of the calf and the sole of the foot. Over the fourteen
months since, the pain has never fully settled. He describes pins and needles along the sole and the outer
border of the left foot, and his wife has noticed that he scuffs that foot when he is tired. On examination
the left ankle reflex is absent, calf raises on the left tire after six repetitions, and the straight-leg
raise on the left reproduces the leg pain at forty degrees. He completed twelve weeks of physical therapy
with a therapist he liked, but the leg pain came back as strongly as before each time he tried to walk any
distance; gabapentin left him dizzy and unsteady and he stopped it after a fall in the garden. He can no
longer walk the length of the supermarket, and he has given up the bowling league he played in for twenty
years. The MRI from last winter shows a left paracentral and foraminal extrusion at L5-S1 that displaces
the traversing left S1 root and narrows the left L5-S1 foramen.

Response to the last injection: his first left L5-S1 and S1 transforaminal injection in November gave him
about 70% relief, which he rated in clinic and which lasted roughly five months before the leg pain
crept back to where it had been. On that basis we agreed to repeat it.

Contrast: he had an anaphylactoid reaction to iodinated contrast during a cardiac catheterisation some
years ago, so no contrast was used; needle position was confirmed with multiplanar fluoroscopy only and
the injection was given slowly with intermittent aspiration, which was negative for blood and fluid.

Consent: I explained once more what the injection could and could not do, the chance of infection,
bleeding, headache or a temporary weak leg, and the option of waiting or seeing the surgeon; he signed the
consent form. Before the prep the nurse, the radiographer and I stopped to confirm his identity, the left
side, both levels and the medicines drawn up.

Pain before the procedure: 7/10.

Procedure: Prone on the table, the lower back was prepared with chlorhexidine and draped. Under
fluoroscopy a 22 g Quincke needle was walked into the left L5-S1 foramen from an oblique angle, and a
second needle was passed through the left S1 posterior foramen. Through each needle I gave 4 mg of
dexamethasone mixed with 1 mL of 0.25% bupivacaine. AP and lateral views were saved for both needles.

Pain after: 2/10. He had no complication of any kind and walked to the car with his wife.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                    levels=["L5-S1", "S1"], imaging="fluoroscopy", contrast=False, intent="therapeutic")],
        drugs=[given("dexamethasone_sodium_phosphate", 8), given("bupivacaine", 5)],
        pain=(7, 2), need=ESI_NEED, dos="2026-05-14", pos="22",
        codes=[line("64483", "LT"), line("64484", "LT")],
        findings=[], comment="repeat after 70% relief for five months; contrast allergy documented")

    add("fbj-ilesi-01", "dictated_verbose", """
CERVICAL INTERLAMINAR EPIDURAL STEROID INJECTION AT C7-T1

Diagnosis: Cervical radiculopathy (M54.12), right C7.

History: She is a fifty-eight-year-old piano teacher who first noticed an ache between her shoulder blades
last spring while moving her studio to a new building. Over the following weeks the pain moved into the back
of the right arm and the middle finger, with a tingling that wakes her most nights; by now it has been going
on for seven months. On examination the right triceps is a little weak, the triceps reflex on the right is
diminished, and Spurling's manoeuvre to the right reproduces the arm pain. She went through ten weeks of
physical therapy with traction and posture work and felt no lasting difference, and a course of oral
prednisone helped for four days only. She has had to cancel most of her lessons because she cannot keep
her right hand on the keys for more than a few minutes. The MRI of the cervical spine shows a right
foraminal disc-osteophyte complex at C6-7 with moderate foraminal narrowing, and milder changes at C5-6.

Pain before: 6/10. She did not want sedation and none was given; she was fully awake throughout.

Consent and safety: We went over the chance of a wet tap and headache, infection, bleeding and the rare
serious risks near the spinal cord, and the alternative of carrying on with therapy alone; she signed the
consent form. Before we began, everyone in the room stopped and agreed on her name, the procedure and the
level.

Procedure: Prone with a pillow under her chest. After a chlorhexidine prep and sterile drapes the C7-T1
interspace was found on fluoroscopy. An 18 g Tuohy needle was advanced in the midline with loss of
resistance to saline, checked in the lateral and contralateral oblique views. Omnipaque 240, 2 mL, spread
in the dorsal epidural space with no vascular or intrathecal pattern. I then gave triamcinolone 40 mg
(1 mL) with 2 mL of preservative-free saline. A single image was stored to the record.

Pain after: 3/10. There was no complication. She was observed for twenty minutes and left with her son.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C7-T1"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("iohexol", 2, "ml"), given("triamcinolone_acetonide", 40)],
        pain=(6, 3), need=ESI_NEED, dos="2026-01-27",
        codes=[line("62321"), line("J3301", units=4)],
        findings=["saved_images"], comment="one stored image is fewer than the two views asked for")

    add("fbj-rfa-01", "dictated_verbose", """
BILATERAL LUMBAR RADIOFREQUENCY NEUROTOMY, L4-5 AND L5-S1 FACET JOINTS

Diagnosis: Lumbar spondylosis without myelopathy or radiculopathy (M47.816).

History: This gentleman ran a dairy farm for forty years and has had low back pain, across both sides of
the belt line and never below the knees, for the last six years. It is worst first thing in the morning and
when he bends over the feed bins, and he now stops for a rest after twenty minutes of any standing job. He
has been through two separate courses of physical therapy, the second of twelve weeks last year, and neither
changed the pain; diclofenac gave him indigestion and was stopped, and acetaminophen does nothing. He has
had to hand most of the farm work to his nephew. Two rounds of diagnostic medial branch blocks were done:
the first in April with lidocaine gave 90% relief for about two hours, and the second in May with bupivacaine
gave 85% relief for about six hours, which fits the expected duration of each anaesthetic.

Pain before: 7/10.

Consent: We talked about numbness or burning of the skin over the back for a few weeks, infection and
bleeding, and that the nerves grow back so the relief may last months rather than years; he signed the
form. The team stopped before the first cannula to confirm his identity, both sides and the levels.

Procedure: He lay prone and had local anaesthetic only. On the right, 1 mL of
2% lidocaine was placed at the skin and along the track at each of three targets. The first 18 g cannula,
10 mm active tip, was laid along the right L3 medial branch where it crosses the root of the transverse
process, sensory stimulation at 50 Hz reproduced his back pain below 0.5 V, motor testing at 2 Hz showed
multifidus twitch only, and a lesion was made at 80 degrees for 90 seconds. The cannula was then moved
and the same sequence carried out at the remaining levels, the right L4 medial branch and the right L5
dorsal ramus. The left side was then treated in the same way at L3, L4 and L5, again with 1 mL of 2%
lidocaine at each site.

Pain after: 3/10. No complication was noted. He will ring in a week and see me in six weeks.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], imaging=None, intent=None, sedation="local")],
        drugs=[given("lidocaine", 120)],
        pain=(7, 3), need=SPINE_NEED, dos="2026-07-07", pos="24",
        codes=[line("64635", "50"), line("64636", "50")],
        findings=["imaging_guidance"], comment="guidance never named (transverse process landmarks only); 80 C is thermal")

    add("fbj-scs-01", "dictated_verbose", """
PERCUTANEOUS SPINAL CORD STIMULATOR TRIAL, TWO LEADS

Diagnosis: Postlaminectomy syndrome, lumbar (M96.1).

History: He is a former warehouse supervisor who had an L4-5 decompression five years ago and an L4-S1
fusion three years ago. The back pain improved a little after the fusion, but the burning pain down both
legs into the feet has been constant ever since, so he has lived with it for about three years. He has
had physical therapy on three occasions, most recently eight weeks last autumn without benefit; duloxetine
and gabapentin both failed to touch the leg pain, and oxycodone made him constipated and foggy without
helping. Two rounds of epidural injections gave him a week of relief each. He sleeps three hours a night,
sits down after ten minutes of walking and has not been able to return to any kind of work. The surgeon has
told him that further surgery is not recommended.

Pain before: 8/10, mostly the legs.

Consent: He and his wife went through the trial, the leads, the risk of infection, lead migration,
a spinal fluid leak and headache, and the fact that the leads come out in a week whatever happens; he
signed the consent. We paused in the room to confirm the patient, the procedure and the planned lead
positions before the drapes went on.

Anaesthesia: Monitored anaesthesia care was provided by the nurse anaesthetist: propofol infusion,
120 mg in total, from 08:12 to 08:51, with him rousable for testing.

Procedure: Prone. After chlorhexidine and drapes the skin and tracks were numbed with 10 mL of 1%
lidocaine. Under fluoroscopy a 14 g Tuohy needle entered the epidural space at L1-2 from the left and a
second at L1-2 from the right. Two eight-contact percutaneous leads were steered up the dorsal epidural
space, one to the top of T8 just left of midline and one to the middle of T8 just right of midline.
Stimulation testing with him awake covered both legs and the feet. The leads were anchored to the skin and
dressed, and AP and lateral images were kept.

Pain after: 4/10 in recovery with the stimulator on. No complications. He goes home with the trial
battery and a diary and returns in seven days.
""",
        procs=[proc("scs_trial", approach="percutaneous", region="thoracic", imaging="fluoroscopy",
                    intent="therapeutic", sedation="mac")],
        drugs=[given("lidocaine", 100)],
        pain=(8, 4), need=("diagnosis",), dos="2026-09-22", pos="22",
        codes=[line("63650", units=2), line("77003", "26")],
        findings=["indication"], comment="no psychological evaluation mentioned; CRNA propofol not listed")

    add("fbj-va-01", "dictated_verbose", """
L1 KYPHOPLASTY, BIPEDICULAR, UNDER MODERATE SEDATION

Diagnosis: Age-related osteoporosis with current pathological fracture, vertebra (M80.08XA), L1.

History: She is an eighty-one-year-old retired librarian who slipped on the back step in early August and
sat down hard. Since then she has had a band of pain across the upper lumbar spine that is worst getting in
and out of bed and when she stands to make a cup of tea. She has been in a thoracolumbar brace and taking
acetaminophen and tramadol for seven weeks without any real change, and the tramadol has made her
nauseated. She now spends most of the day in a recliner, needs help to get to the bathroom at night and
has stopped going to her book club. The MRI shows an acute compression fracture of L1 with about 30% loss
of anterior height and marrow oedema on the STIR images; there is no retropulsion. The other levels are
old and healed.

Pain before: 9/10 on standing.

Consent: I went through cement leakage, infection, bleeding, rib or new vertebral fractures and the option
of carrying on with the brace; she and her son agreed and she signed the consent form. In the room we all
stopped and confirmed her name, the level, L1, and the plan before the drapes went on.

Sedation: I gave the moderate sedation myself, with the procedure nurse as the independent observer
watching her breathing, saturation and responses throughout: midazolam 2 mg and fentanyl 100 mcg in
divided doses. Sedation began at 09:02 and ended at 09:34, 32 minutes in all.

Procedure: Prone on bolsters. Biplane fluoroscopy. After a chlorhexidine prep, 10 mL of 1% lidocaine was
placed at the skin and down to the periosteum on both sides. Trocars were passed through both L1 pedicles
into the vertebral body, the balloons were inflated to restore some of the height and create cavities, and
then bone cement was placed under continuous lateral fluoroscopy until both cavities were filled, with no
leak outside the body. The trocars were withdrawn and pressure held.

Pain after: 4/10 and she could roll onto her side without help. No complications occurred. She will stay
for two hours and go home with her son.
""",
        procs=[proc("vertebral_augmentation", approach="kyphoplasty", region="lumbar", levels=["L1"],
                    imaging="fluoroscopy", intent="therapeutic", sedation="moderate")],
        drugs=[given("midazolam", 2), given("fentanyl", 0.1), given("lidocaine", 100)],
        pain=(9, 4), need=("diagnosis",), dos="2026-10-15", pos="22",
        codes=[line("22514"), line("99152"), line("99153")],
        findings=[], comment="moderate sedation by the proceduralist, observer and 32 minutes: 99152 + 99153")

    add("fbj-stellate-01", "dictated_verbose", """
LEFT STELLATE GANGLION BLOCK UNDER ULTRASOUND

Diagnosis: Complex regional pain syndrome type I of the left upper limb (G90.512).

History: This is a forty-four-year-old dental hygienist who broke her left wrist in a cycling accident last
winter. The fracture healed in a cast, but in the weeks after the cast came off she developed a burning
pain in the whole hand, swelling, a shiny and blotchy skin, and a hand that is colder than the right one.
She cannot bear the touch of a sleeve or the water from the shower on it. She has worked through desensitisation
and graded motor imagery with the hand therapist for three months, gabapentin gave only a little help and
a short prednisone burst did nothing. She has been off work since the spring, as she cannot hold the
instruments. Her thermography in clinic showed the left hand two degrees cooler than the right.

Pain before: 7/10.

Consent: I explained the hoarse voice, drooping eyelid and warm face that usually follow, the small chance
of a seizure or of bleeding in the neck, and the option of continuing therapy alone. She signed the consent
form. The nurse and I paused at the bedside and confirmed her name, the left side and the block.

Procedure: Supine with the head turned slightly right. After chlorhexidine, a linear ultrasound probe
showed the C6 transverse process, the longus colli, the carotid artery and the thyroid vessels. A 25 g
needle was advanced in plane, lateral to medial, to the fascia over the left longus colli, avoiding the
vessels. After negative aspiration, 5 mL of 0.5% ropivacaine was given in small increments with the spread
seen under the fascia. An ultrasound image showing the needle and the spread was saved.

Result: Within ten minutes she had a left Horner's syndrome, the left hand had warmed by 1.8 degrees and
the pain was 4/10. There was no complication. She will keep a diary and we will review in two weeks.
""",
        procs=[proc("sympathetic_block", target="stellate", region="cervical", laterality="left",
                    imaging="ultrasound", intent="diagnostic")],
        drugs=[given("ropivacaine", 25)],
        pain=(7, 4), need=("diagnosis",), dos="2026-03-03",
        codes=[line("64510"), line("76942")],
        findings=[])


def _passive(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803
    """Physician C: everything in the past perfect and the passive voice."""
    add("fbj-tfesi-03", "dictated_passive", """
Left L4-5 Transforaminal Epidural Steroid Injection

Diagnosis: Radiculopathy, lumbar region (M54.16), right L4-5 level.

History: Pain had been reported in the right thigh and across the front of the right shin for four months,
after a long drive. Numbness over the right medial shin had been noted and the right knee jerk had been
found reduced; the femoral stretch test had been positive on the right. Eight weeks of physical therapy had
been completed without any lessening of the leg pain, and naproxen had been stopped because of heartburn.
Standing at her job as a cashier had been limited to half an hour. On the MRI a right foraminal disc
protrusion had been seen at L4-5, narrowing the right L4-5 foramen and touching the exiting L4 root.

The pain had been rated 7/10 before the procedure.

The nature of the injection, its possible harms (bleeding, infection, nerve injury, a headache, a few
hours of leg numbness) and the choice of not proceeding had been explained, and written consent had been
given. A pause had been held by the whole team, and the patient, the level and the side had been
confirmed.

Procedure: The patient had been positioned prone and the skin had been prepared with chlorhexidine. Under
fluoroscopy, a 22 g spinal needle had been directed to the right L4-L5 foramen, below the pedicle, from
an oblique view. Isovue-M 300, 1 mL, had been injected and a right L4 root outline with epidural flow had
been seen, with no vascular pattern. Celestone 6 mg (1 mL) mixed with 1 mL of 1% lidocaine had then been
injected. AP and lateral images had been saved.

The pain had been rated 2/10 afterwards. No complication had been observed, and she had been discharged
walking.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                    levels=["L4-L5"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 1, "ml"), given("betamethasone_sodium_phosphate_acetate", 6), given("lidocaine", 10)],
        pain=(7, 2), need=ESI_NEED, dos="2026-06-24", payer="medicare_cgs",
        codes=[line("64483", "RT"), line("J0702", units=1)],
        findings=["laterality_conflict"], comment="title says left; the needle went to the right L4-L5 foramen (codes follow the body)")

    add("fbj-caudal-01", "dictated_passive", """
Caudal Epidural Steroid Injection

Diagnosis: Spinal stenosis, lumbar region, with neurogenic claudication (M48.062).

History: Aching and heaviness of both legs from the buttocks to the calves had been described for a year,
brought on by walking two blocks and eased by sitting or by leaning on a trolley. Numbness of both feet after
walking had been reported. Twelve weeks of physical therapy had been attended without any change in the
walking distance, and gabapentin had been stopped because of ankle swelling. Shopping and his daily walk
with the dog had been given up. Severe central stenosis at L3-4 and L4-5 had been shown on the MRI.

Pain had been graded 6/10 before the injection.

Consent had been obtained in writing after the possible harms (infection, bleeding, headache, raised blood
sugar) and the surgical alternative had been discussed.

Procedure: The patient had been placed prone. The sacral hiatus had been palpated and the skin had been
prepared and draped. Under fluoroscopy, a 20 g Tuohy needle had been passed through the sacrococcygeal
ligament and loss of resistance had been felt. Omnipaque 240, 5 mL, had been injected and spread up the
caudal canal to L5 had been confirmed, with no vascular uptake. Depo-Medrol 80 mg (2 mL) with 5 mL of
0.25% bupivacaine had then been given. AP and lateral views had been kept.

The pain had been graded 3/10 afterwards. No complications had been encountered, and he had been discharged
with his wife.

He had been told that his blood sugar might run high for two or three days and that it should be checked
at home. A walking diary had been handed to him, and a review had been booked for four weeks, at which a
surgical opinion would be offered if the walking distance had not improved.
""",
        procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy",
                    contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 5, "ml"), given("methylprednisolone_acetate", 80), given("bupivacaine", 12.5)],
        pain=(6, 3), need=ESI_NEED, dos="2023-11-08",
        codes=[line("62323"), line("J1040")],
        findings=["time_out"], comment="no pause or time-out described; before 2024-04-01, 80 mg is one J1040")

    add("fbj-facet-01", "dictated_passive", """
Bilateral L4-5 Intra-articular Facet Joint Injections, Therapeutic

Diagnosis: Spondylosis without myelopathy or radiculopathy, lumbar region (M47.816).

History: Low back pain on both sides, without any leg pain, had been present for three years and had been
made worse by standing and by bending backwards. A twelve-week course of physical therapy had been
completed without benefit, and meloxicam had been stopped because of a rise in blood pressure. Gardening and
standing at the workbench had been given up. Two diagnostic medial branch blocks of the L4-5 joints had been
performed earlier this year: 85% relief had been recorded after the lidocaine block and 90% after the
bupivacaine block, each for as long as the anaesthetic would be expected to last. Radiofrequency ablation
had been declined by the patient, who had asked for the joints to be injected instead.

The pain had been scored 6/10 beforehand.

The benefits, the harms (infection, bleeding, a flare of pain) and the options had been gone over, and
consent had been signed. A time-out had been held before the first needle.

Procedure: The patient had been placed prone and the skin prepared with chlorhexidine. Under fluoroscopy,
the right L4-5 facet joint had been entered with a 22 g spinal needle and intra-articular spread had been
shown with 0.3 mL of Omnipaque 300. A mixture of triamcinolone 20 mg and 0.5 mL of 0.5% bupivacaine had
been injected there. The left L4-5 joint had then been entered in the same way, also confirmed with 0.3 mL
of Omnipaque 300, and triamcinolone 20 mg with 0.5 mL of 1% lidocaine had been given on that side.

The pain had been scored 2/10 afterwards. No complications had been seen.
""",
        procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="bilateral",
                    levels=["L4-L5"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 0.6, "ml"), given("triamcinolone_acetonide", 40), given("bupivacaine", 2.5),
               given("lidocaine", 5)],
        pain=(6, 2), need=SPINE_NEED, dos="2026-02-17",
        codes=[line("64493", "50"), line("J3301", units=4)],
        findings=[], comment="different solution on each side; two prior blocks of 85% and 90%")

    add("fbj-sirfa-01", "dictated_passive", """
Right Sacroiliac Joint Radiofrequency Ablation (L5 Dorsal Ramus and S1-S3 Lateral Branches)

Diagnosis: Sacroiliitis, not elsewhere classified (M46.1), right.

History: Right buttock pain below the posterior superior iliac spine had been present for two years and had
been made worse by sitting and by climbing stairs. Two right sacroiliac joint injections had been given
last year, each of which had been followed by good but short relief. Two lateral branch blocks had then
been performed, with 80% and 85% relief for the life of the anaesthetic. Walking more than a few hundred
yards had been given up.

Pain had been rated 6/10 before the procedure.

The expected benefit, the possible harms (numbness over the buttock, infection, bleeding, a short flare)
and the alternatives had been explained, and consent had been signed. A time-out had been completed with
the nurse.

Procedure: The patient had been positioned prone and prepared. Under fluoroscopy, 1 mL of 2% lidocaine had
been placed at each of five sites. An 18 g cannula had been placed against the right L5 dorsal ramus at
the junction of the sacral ala and the S1 superior articular process, and motor stimulation at 2 Hz had
shown no leg twitch. A lesion had been made at 85 degrees for 90 seconds. The cannula had then been moved
lateral to the right S1, S2 and S3 posterior sacral foramina in turn, where two lesions had been made at
S1 and one at each of S2 and S3, over the lateral branches, at the same setting.

Pain had been rated 3/10 on leaving the room. She had been discharged home by car.
""",
        procs=[proc("si_joint_rfa", approach="lateral_branch", region="sacroiliac", laterality="right",
                    imaging="fluoroscopy")],
        drugs=[given("lidocaine", 100)],
        pain=(6, 3), need=("diagnosis",), dos="2026-05-05", pos="24", complications=None,
        codes=[line("64625", "RT")],
        findings=["complications"], comment="nothing said about complications")

    add("fbj-impar-01", "dictated_passive", """
Ganglion Impar Block

Diagnosis: Coccygodynia, sacrococcygeal disorder (M53.3).

History: Pain at the tip of the tailbone had been present since a fall onto the ice eighteen months before.
Sitting for more than ten minutes had become impossible and a cut-out cushion and ibuprofen had not helped.
Her office job had been changed to a standing desk. An X-ray had shown a forward-angled coccyx with no
fracture.

The pain had been rated 8/10 before the block.

The block and its possible harms (infection, bleeding, puncture of the rectum, a short-lived numbness) had
been explained and consent had been given. A time-out had been held before the prep.

Procedure: The patient had been placed prone with a pillow under the pelvis. The skin over the
sacrococcygeal junction had been prepared. Under lateral fluoroscopy, a 22 g spinal needle had been passed
through the sacrococcygeal disc until the tip had lain just in front of it. Omnipaque 300, 1 mL, had been
injected and the typical comma-shaped spread in front of the sacrum had been seen, with no spread into the
rectum or vessels. Then 4 mL of 0.25% bupivacaine with triamcinolone 40 mg had been injected.

The pain had been rated 2/10 after the block, and she had been able to sit on the trolley. No complication
had occurred.

She had been observed for twenty minutes and had then been discharged with her partner. A pain diary had
been given and a review had been arranged for four weeks; if the relief had been short-lived, a
radiofrequency treatment of the ganglion would be discussed.
""",
        procs=[proc("sympathetic_block", target="ganglion_impar", region="sacral", imaging="fluoroscopy",
                    contrast=True)],
        drugs=[given("iohexol", 1, "ml"), given("bupivacaine", 10), given("triamcinolone_acetonide", 40)],
        pain=(8, 2), need=("diagnosis",), dos="2026-09-09",
        codes=[line("64999"), line("77002"), line("Q9967"), line("J3301", units=4)],
        findings=[])

    add("fbj-bursa-01", "dictated_passive", """
Left Subacromial Bursa Injection Under Ultrasound

Diagnosis: Subacromial bursitis of the left shoulder.

History: Pain over the outer left shoulder had been present for five months, had been made worse by
reaching overhead and by lying on that side, and had been waking her at night. A painful arc and a positive
impingement sign had been found on examination, with full strength of the rotator cuff. Six weeks of
physical therapy had been completed with only partial benefit. Hanging washing and reaching the top shelf
had been given up. Fluid in the subacromial bursa with an intact cuff had been shown on a previous
ultrasound.

Pain had been rated 7/10 on arrival.

The injection, its harms (infection, skin thinning, a flare of pain) and the alternatives had been
explained, and consent had been obtained. A time-out had been held and the left shoulder had been marked.

Procedure: The patient had been seated with the left arm by her side. The skin had been prepared with
chlorhexidine. A linear probe had been placed over the lateral acromion and the bursa had been seen
between the deltoid and the supraspinatus tendon. A 25 g needle had been guided in plane into the bursa
and 40 mg of methylprednisolone with 3 mL of 1% lidocaine had been injected, with the bursa seen to
distend. An image had been stored.

Pain had been rated 3/10 after ten minutes, with an easier arc. No complications had been seen.

The patient had been advised that the shoulder might ache for a day or two and that the full effect would
be expected over two weeks. Icing and a return to the home exercise programme had been recommended, and a
review had been arranged for six weeks, when referral back to physical therapy would be considered.
""",
        procs=[proc("joint_injection", target="subacromial_bursa", region="shoulder", laterality="left",
                    imaging="ultrasound", intent="therapeutic")],
        drugs=[given("methylprednisolone_acetate", 40), given("lidocaine", 30)],
        pain=(7, 3), need=("diagnosis",), dos="2026-04-02", payer="commercial_generic",
        codes=[line("20611", "LT"), line("J1010", units=40)],
        findings=[], comment="commercial payer: lidocaine is never billed")


def _abbrev(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803
    """Physician D: clinic shorthand and abbreviations throughout."""
    add("fbj-tfesi-04", "dictated_abbrev", """
B/L TFESI L4/5 & L5/S1 under fluoro

Dx: lumbar DDD w/ radiculopathy, L4-5 and L5-S1 (M51.17).

HPI: 67 yo M, B/L buttock & post. thigh pain -> calves, L > R, x 9 mo. Paresthesias both feet, dorsum.
Exam: + SLR B/L at 45 deg, EHL 4/5 B/L, AJ 1+ B/L. Failed PT x 8 wk (no change in leg sx), failed
gabapentin (sedation), NSAIDs stopped 2/2 CKD. Can't stand > 15 min, stopped volunteering at food bank.
MRI L-spine: broad-based disc bulges L4-5 & L5-S1 w/ B/L foraminal stenosis, mod-severe at L5-S1.

Pre-proc NRS 7/10.

Consent: R/B/A reviewed incl. bleeding, infxn, HA, nerve injury, temp. leg numbness; pt verbalized
understanding & signed. Universal protocol pause w/ RN & rad tech: pt, procedure, sides, levels all
confirmed.

Proc: Prone. ChloraPrep x 2, sterile drape. Fluoro, ipsilat. oblique views. 22 g 3.5" Quincke to
ea. foramen: R L4/5, R L5/S1, L L4/5, L L5/S1 (subpedicular, safe triangle). At ea. site Omnipaque 240
0.5 mL -> periradicular + epidural flow, no intravascular/IT uptake on live fluoro; then 0.5 mL
Kenalog-40 (20 mg) + 1 mL 0.25% bupivacaine. AP + lat images saved at ea. level.

Post NRS 2/10. Pt tol well. No cx. D/C'd amb w/ wife, f/u 3 wk.

PMH: CKD 3, HTN, BPH. Meds: amlodipine, tamsulosin. No anticoagulants. NKDA; no contrast allergy. DM: no.
D/C instructions: no driving x 24 h, keep site dry x 24 h, call for fever, severe HA, new weakness,
bowel/bladder change. Pain diary x 2 wk. If < 50% relief at f/u, consider surgical consult.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 2, "ml"), given("triamcinolone_acetonide", 80), given("bupivacaine", 10)],
        pain=(7, 2), need=ESI_NEED, dos="2026-07-29",
        codes=[line("64483", "50"), line("64484", "50"), line("J3301", units=8)],
        findings=[], comment="per-site mixture at four sites: 80 mg triamcinolone (within the ceiling)")

    add("fbj-rfa-02", "dictated_abbrev", """
R L3, L4 MB and L5 DR RFA

Dx: lumbar spondylosis w/o radic. (M47.816), R L4-5 & L5-S1 facets.

HPI: 59 yo F, R-sided axial LBP x 4 yrs, no radiation below knee, worse w/ ext/rotation. PT x 12 wk w/o
lasting benefit; ibuprofen -> GI bleed hx, d/c'd; tramadol no help. ADLs: can't vacuum, limited to 20 min
standing. Dx MBBs: #1 (1/2026, lido) 90% relief x 2 h; #2 (2/2026, bupi) 80% relief x 6 h. Concordant.

PMH: HTN, anxiety, hx GI bleed on NSAIDs. No anticoagulants, no ASA. NKDA. No
pacemaker/ICD. Exam: + facet loading R, neg SLR, LE strength 5/5, reflexes sym.

Pre NRS 8/10.

Consent signed after R/B/A discussion. Pause done w/ team: pt, R side, targets.

Sedation: pt very anxious, vasovagal w/ prior MBB -> mod. sedation given by me: midazolam 2 mg IV +
fentanyl 50 mcg IV, start 14:02, stop 14:14.

Proc: Prone, prep/drape. Fluoro. 1% lido 2 mL skin/track at ea. of 3 sites. 18 g 10 cm RF cannulae,
10 mm active tip, parallel to R L3 MB, R L4 MB (SAP/TP junction), R L5 DR (ala groove). Sensory 50 Hz
concordant < 0.6 V; motor 2 Hz no LE fasciculations. Lesions 85 C x 90 s ea. Post-lesion 0.5 mL 0.5%
bupi ea. site.

Post NRS 3/10. No cx. Ride home w/ husband.

Education: expect post-RF soreness/burning x 1-3 wk; ice, acetaminophen. Call for fever, new weakness,
wound redness. F/u 6 wk, then 3 mo to track relief & function.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="right",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", sedation="moderate")],
        drugs=[given("midazolam", 2), given("fentanyl", 0.05), given("lidocaine", 60), given("bupivacaine", 7.5)],
        pain=(8, 3), need=SPINE_NEED, dos="2026-11-10",
        codes=[line("64635", "RT"), line("64636", "RT")],
        findings=["sedation_details"],
        comment="own moderate sedation, 12 minutes, but no independent observer: finding, and no 99152")

    add("fbj-mbb-02", "dictated_abbrev", """
L lumbar MBB: L L2, L3, L4 MB & L5 DR (L3-4, L4-5, L5-S1 facets). Dx block #1.

Dx: lumbar spondylosis w/o myelopathy/radic. (M47.816).

HPI: 71 yo F, L-sided LBP x 18 mo, axial, worse standing/twisting, no LE radiation. Failed PT x 10 wk
(no improvement), failed acetaminophen + topical diclofenac (no relief). Can't stand to cook > 10 min,
quit water aerobics. CT: L facet arthropathy L3-4 through L5-S1.

Exam: + facet loading L, tender L paraspinals L3-S1, neg SLR B/L, strength 5/5 B/L LE, reflexes sym.
PMH: osteopenia, hypothyroid. No anticoagulants. NKDA.

Pre NRS 6/10.

Consent obtained & signed; R/B/A incl. bleeding, infxn, no relief. Pause w/ RN: pt, L side, levels.

Proc: Prone, no sedation. Prep/drape. Skin wheal 1% lido 2 mL total. Fluoro. 22 g spinal needles to
L L2, L3, L4 MB (SAP/TP junction) and L L5 DR (sacral ala). 0.5 mL 0.5% bupivacaine ea. (4 sites).
No vascular uptake.

Post NRS 1/10 @ 30 min (~85% relief). Pain diary given. No cx.

Plan: pt to record pain q1h x 8 h on diary & return it. If >= 80% concordant relief, schedule confirmatory
MBB #2 w/ bupi; if positive, discuss RFA. Continue HEP. F/u 2 wk. D/C home w/ daughter.

Soreness at needle sites expected x 1-2 d; ice PRN. Call for fever or new weakness.
Goals: stand to cook dinner, return to water aerobics. Pt & daughter agree; written instructions given.
Diary reviewed w/ pt before d/c so she knows how to score it.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="left",
                    levels=["L3-L4", "L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic", sedation="none")],
        drugs=[given("lidocaine", 20), given("bupivacaine", 10)],
        pain=(6, 1), need=SPINE_NEED, dos="2026-01-13", pos="24", payer="medicare_fcso",
        codes=[line("64493", "KX", "LT"), line("64494", "KX", "LT"), line("64495", "KX", "LT")],
        findings=["level_limit"], comment="three joints in one session (L2-L4 MB + L5 DR): level limit")

    add("fbj-ilesi-02", "dictated_abbrev", """
LESI L5-S1, interlaminar, midline, fluoro

Dx: lumbar radiculopathy (M54.16), L S1.

HPI: 48 yo M, L buttock -> post. calf -> lat. foot pain x 6 mo, numbness lat. L foot. Exam: + SLR L @ 40 deg,
L AJ absent, plantarflexion 4+/5 L. PT x 10 wk w/o improvement, failed meloxicam (no relief), prednisone
taper helped x 1 wk only. MRI: L paracentral L5-S1 HNP contacting L S1 root.

PMH: HTN, GERD. Meds: lisinopril, omeprazole. No anticoagulants/antiplatelets. NKDA. No fever/infxn,
no bowel/bladder sx, no saddle anesthesia. Not diabetic.

Pre NRS 7/10.

Consent: R/B/A incl. dural puncture/HA, infxn, bleeding, nerve injury reviewed; signed. Pause w/ team:
pt, proc, level.

Proc: Prone. Prep/drape. Fluoro. 1% lido 3 mL skin. 20 g Tuohy @ L5-S1 ILS, midline, LOR to saline @
approx 6 cm. Isovue-M 300 2 mL -> epidural spread, no IT/vascular. Dexamethasone 10 mg + 3 mL PF NS.
AP + lat saved.

Post NRS 2/10. No cx. D/C stable.

Post-proc neuro check: LE strength unchanged from baseline, ambulating independently. Instructions:
no driving today, no soaking x 24 h, call for fever, severe HA, new weakness or bowel/bladder change.
F/u 2-3 wk for response; if < 50% relief consider L S1 TFESI or surgical referral.

Continue HEP (McKenzie ext.), resume PT when leg pain allows; walking program as tolerated.
Work: desk job (accountant), WFH ok x 1 wk. Avoid heavy lifting > 20 lb until f/u. Rx: none new; continue
acetaminophen PRN. Pt & wife verbalized understanding of instructions; written copy given.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L5-S1"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("lidocaine", 30), given("iopamidol", 2, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(7, 2), need=minus(ESI_NEED, "functional_impairment"), dos="2026-08-25",
        codes=[line("62323"), line("J1100", units=10)],
        findings=["functional_impairment"], comment="no effect on daily function stated")

    add("fbj-tpi-01", "dictated_abbrev", """
TPIs R upper back/neck x 3 muscles

Dx: myofascial pain R trapezius/levator/rhomboid (M79.1).

HPI: 52 yo F, R neck & upper back pain x 4 mo after new desk job, HA at end of day. Exam: taut bands w/
local twitch & referred pain into R occiput and medial scapula: R upper trapezius, R levator scapulae,
R rhomboid major. Stretching + heat, cyclobenzaprine (drowsy) w/o help. Can't get through a workday
w/o stopping.

PMH: HTN, controlled. No anticoagulants. NKDA. No fever, no recent illness. Neuro exam UE nl: strength
5/5, reflexes 2+ sym, sensation intact; no radicular sx. Cervical ROM full but painful at end rotation R.

Pre NRS 7/10.

Consent verbal + written after R/B/A (pneumothorax, bleeding, soreness). Pause: pt, R side, muscles.

Proc: Seated. Alcohol prep. 27 g 1.25" needle, pinch technique, needle angled away from chest wall.
0.25% bupivacaine 2 mL into ea. muscle: R upper trap, R levator scap, R rhomboid major (3 muscles).
Twitch elicited in ea.

Post NRS 3/10. No cx. HEP reviewed.

Plan: ergonomic review of workstation (monitor height, chair), heat + stretching 2x/day, continue HEP.
Warned re: post-injection soreness x 24-48 h. F/u 4 wk; if sx persist, consider PT referral for dry
needling/manual tx. Return precautions given (SOB, chest pain).

Pt agrees w/ plan. D/C home ambulatory, alone, driving herself; steady on her feet, neck
moving more freely than on arrival, R arm strength unchanged.
Work note: light duty x 1 d (typing breaks q 30 min). Next visit: re-exam trigger points, review
ergonomic changes, NRS & function.
""",
        procs=[proc("trigger_point")],
        drugs=[given("bupivacaine", 15)],
        pain=(7, 3), need=("diagnosis",), dos="2026-10-01",
        codes=[line("20553")],
        findings=["code_validity", "percent_relief"],
        comment="M79.1 is no longer a valid code after 2021-09-30; relief only implied by the scores")

    add("fbj-pump-02", "dictated_abbrev", """
ITDD pump refill + reprogramming

Dx: FBSS (M96.1) w/ intractable LBP & B/L LE neuropathic pain; on IT morphine since 2021 after failed
oral opioids (sedation, no relief) and failed SCS trial.

S: Pt reports breakthrough pain in late afternoons, NRS 6/10, sleeping ~5 h. No new weakness, no
bowel/bladder change, no sx of overdose.

O: A&O x 3, pupils equal, RR 14, no resp depression. Pocket site L abd c/d/i, no erythema/seroma. LE
strength 5/5 B/L, sensation unchanged. No pedal edema. Gait w/ walker, stable.
Meds: oral acetaminophen PRN only, no oral opioids. No new meds since last visit.

Consent reviewed & on file. Pause w/ RN: pt, pump, drug, conc., volume.

Proc: Pump interrogated (Medtronic programmer), reservoir expected 2.4 mL. Refill done by our RN (clinic
nurse) under my supervision: 22 g Huber needle via template into central port, 2.5 mL aspirated, then
20 mL PF morphine 25 mg/mL instilled. Needle out, bandaid.

Reprogramming: I increased the daily dose by 10% (simple continuous) for the afternoon breakthrough;
new alarm date entered.

No cx. RTC 8 wk or sooner if sx of overdose.

Pt & daughter educated re: s/sx of overdose (somnolence, slow breathing) & withdrawal (sweats, diarrhea,
agitation, itch); 24 h pump line # given. Alarm date card updated. Battery ERI not reached. Plan to
reassess breakthrough pain at next refill; consider PCA bolus feature if still uncontrolled.

Pt & daughter agree w/ plan.
Copy to PCP. Pump card re-issued w/ current conc. & daily dose. Next refill scheduled.
""",
        procs=[proc("pump_refill")],
        drugs=[given("morphine", 500)],
        pain=(6, None), need=("diagnosis",), dos="2026-06-02",
        codes=[line("62369")],
        findings=[], comment="clinical staff refilled, physician reprogrammed: 62369")


def _words(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803
    """Physician E: dictates doses, volumes, durations and scores as words (levels keep their spinal names)."""
    add("fbj-tfesi-05", "dictated_numwords", """
Repeat right L5-S1 transforaminal epidural steroid injection

Diagnosis: lumbosacral radiculopathy (M54.17), right L5.

This is her second right L5-S1 transforaminal injection. The first, in January, helped some, she says,
though she could not put a number on it and the leg pain was back within a few weeks.

She has had pain from the right hip down the side of the leg to the top of the foot for seven months, with
pins and needles in the big toe. The right extensor hallucis is weak at four out of five and the right
straight-leg raise brings on the leg pain at forty-five degrees. She went to physical therapy twice a week
for eight weeks with no improvement in the leg pain, and gabapentin made her too dizzy to drive. She has had
to stop her cleaning job because she cannot carry the vacuum or stand for more than twenty minutes. The
MRI shows a right foraminal disc protrusion at L5-S1 pressing on the exiting right L5 root.

Pain before the procedure: seven out of ten.

She gave written consent after we went over bleeding, infection, nerve injury, a headache and the choice of
waiting. We stopped as a team to agree on her name, the right side and the level.

Procedure: prone, chlorhexidine prep, drapes. Under fluoroscopy a twenty-two gauge spinal needle was placed
in the right L5-S1 foramen from an oblique view. One milliliter of Omnipaque two forty outlined the right
L5 root and the epidural space without vascular spread. Forty milligrams of triamcinolone with one
milliliter of one percent lidocaine was then injected. Anteroposterior and lateral images were saved.

Pain after the procedure: two out of ten. There was no complication. Discharged walking, with her
daughter driving.
""",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                    levels=["L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1, "ml"), given("triamcinolone_acetonide", 40), given("lidocaine", 10)],
        pain=(7, 2), need=ESI_NEED, dos="2026-04-14",
        codes=[line("64483", "RT"), line("J3301", units=4)],
        findings=["prior_procedure_response"], comment="a repeat whose first injection only 'helped some' (no quantified response)")

    add("fbj-ilesi-03", "dictated_numwords", """
Thoracic interlaminar epidural steroid injection, T10-11

Diagnosis: thoracic radiculopathy (M54.1), right T10.

He has had a burning band of pain wrapping from the right side of the mid back around to the right upper
abdomen for five months, with numbness in the same strip of skin. Light touch is reduced in the right T10
dermatome. A cardiac and abdominal workup was negative. Twelve weeks of physical therapy gave no benefit,
and pregabalin made him too sleepy to work. He can no longer sit through a full shift at his desk and has
stopped golfing. The MRI shows a right paracentral disc protrusion at T10-11 touching the right T10 root.

Pain before: six out of ten.

Consent was signed after I explained the chance of a dural puncture and headache, infection, bleeding and
the very rare injury near the cord, and the option of more therapy alone. Before the needle went in we
checked his name, the level and the procedure out loud with the nurse.

Procedure: prone, chlorhexidine prep, sterile drapes. Under fluoroscopy an eighteen gauge Tuohy needle was
advanced at the T10-11 interspace, slightly right of midline, with loss of resistance to saline. Two
milliliters of Isovue-M two hundred showed epidural spread with no vascular or intrathecal pattern. Ten
milligrams of dexamethasone with two milliliters of preservative-free saline was then injected.
Anteroposterior and lateral images were saved.

Pain after: two out of ten. No complication occurred. Discharged home with his wife.

He was asked to keep a pain diary for two weeks and to call about a severe headache, fever, new weakness
of the legs or any change in bladder or bowel control. I will see him in three weeks; if the band of pain
has not eased by at least half, a right T10-11 transforaminal approach or a surgical opinion will be
discussed.
""",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="thoracic", levels=["T10-T11"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 2, "ml"), given("dexamethasone_sodium_phosphate", 10)],
        pain=(6, 2), need=ESI_NEED, dos="2026-03-17", pos="22",
        codes=[line("62321")],
        findings=["code_validity"], comment="M54.1 is a category, not a billable code; the words give thoracic")

    add("fbj-mbb-03", "dictated_numwords", """
Right lumbar medial branch blocks, diagnostic
Levels: right L3-4 and L4-5

Diagnosis: lumbar spondylosis without radiculopathy (M47.816).

He has had right-sided low back pain for two years, without leg symptoms, worse when he leans back or
twists to look behind while reversing the car. Pressing over the right lower facets reproduces it. Ten
weeks of physical therapy made no difference and naproxen upset his stomach, so he stopped it. He can
no longer stand long enough to finish a round of golf or to mow the lawn. The CT shows right facet
arthropathy at the lower lumbar levels.

Pain before the block: six out of ten.

He consented after we discussed bleeding, infection, a day of soreness and the chance of no relief. The
nurse and I paused to agree on his name, the right side and the targets.

Procedure: prone, prep and drape. Under fluoroscopy twenty-two gauge spinal needles were placed on the
right L3 and L4 medial branches at the base of the superior articular process, and on the right L5 dorsal
ramus in the groove of the sacral ala. Half a milliliter of zero point five percent bupivacaine was given
at each of the three nerves.

Pain thirty minutes later: one out of ten, more than eighty percent better. He has a diary to fill in. No
complications.

He will record his pain every hour for the next eight hours and bring the diary to his visit in two weeks.
If the relief holds for the length of the anaesthetic, a second, confirming block will be booked, and
after that radiofrequency treatment would be discussed. He went home with his wife driving.
""",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="right",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 7.5)],
        pain=(6, 1), need=SPINE_NEED, dos="2026-05-26",
        codes=[line("64493", "KX", "RT"), line("64494", "KX", "RT")],
        findings=["laterality_conflict"],
        comment="header names L3-4 and L4-5; the nerves blocked (L3, L4 MB and L5 DR) cover L4-5 and L5-S1")

    add("fbj-rfa-03", "dictated_numwords", """
Left cervical pulsed radiofrequency, C4, C5 and C6 medial branches

Diagnosis: cervical spondylosis without myelopathy or radiculopathy (M47.812), left C4-5 and C5-6.

She has had left-sided neck pain spreading to the top of the shoulder blade for three years, without arm
symptoms, worse looking up or turning left. Two courses of physical therapy, the last one twelve weeks,
brought no lasting change, and celecoxib was stopped after it raised her blood pressure. She cannot drive
more than fifteen minutes or read in bed. Two diagnostic medial branch blocks at the same nerves gave
eighty-five percent relief with lidocaine and ninety percent with bupivacaine, each for the expected
duration. She asked for pulsed treatment rather than heat lesioning after reading about it.

Pain before: seven out of ten.

She signed the consent form after we went through a sore neck, numb skin, infection and bleeding. We
stopped with the team to confirm her name, the left side and the three nerves.

Procedure: prone, prep and drape. Under fluoroscopy two milliliters of one percent lidocaine was placed at
each of the three sites. Twenty-two gauge radiofrequency cannulas with five millimeter active tips were
placed on the left C4, C5 and C6 medial branches at the waists of the articular pillars. Sensory
stimulation reproduced her neck pain below half a volt and motor testing showed no arm twitch. Pulsed
radiofrequency was given at forty-two degrees for one hundred and twenty seconds at each nerve, and half a
milliliter of zero point two five percent bupivacaine was then injected at each.

Pain after: three out of ten. No complications. Home with her husband.
""",
        procs=[proc("facet_rfa", approach="medial_branch", region="cervical", laterality="left",
                    levels=["C4-C5", "C5-C6"], imaging="fluoroscopy")],
        drugs=[given("lidocaine", 60), given("bupivacaine", 3.75)],
        pain=(7, 3), need=SPINE_NEED, dos="2026-08-04",
        codes=[line("64999")],
        findings=["approach"], comment="pulsed RF at 42 C is not thermal destruction: 64999 and the technique finding")

    add("fbj-sij-02", "dictated_numwords", """
Right sacroiliac joint injection, therapeutic, under fluoroscopy

Diagnosis: sacroiliitis, right (M46.1).

She has had pain in the right buttock just below the dimple for six months, worse getting out of the car and
rolling over in bed. Thigh thrust, compression and Gaenslen's all reproduce it on the right. Eight weeks of
physical therapy left her no better, and ibuprofen did nothing. She cannot sit through a meal or walk
around the shops.

Her lumbar exam is otherwise unremarkable, with a negative straight-leg raise on both sides, full strength
and equal reflexes. The hip moves fully without pain. An X-ray of the pelvis shows mild sclerosis along the
lower right joint. She takes no blood thinners and has no allergies.

Pain before: eight out of ten.

She consented after I explained infection, bleeding, a flare of pain and the option of waiting. We paused
to agree on her name, the right side and the joint.

Procedure: prone, prep and drape. Under fluoroscopy a twenty-two gauge spinal needle was advanced into the
lower third of the right sacroiliac joint. Half a milliliter of Omnipaque three hundred outlined the joint
with no vascular spread. Forty milligrams of Depo-Medrol with one milliliter of half percent ropivacaine was
then injected. Two views, anteroposterior and oblique, were saved.

Pain after: three out of ten, about sixty percent better. No complications.

She will keep a pain diary for two weeks, start back with her therapist on pelvic stabilisation, and see me
in six weeks. She was told to call about any fever, redness or new leg weakness. Discharged walking with
her partner.
""",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="right",
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 0.5, "ml"), given("methylprednisolone_acetate", 40), given("ropivacaine", 5)],
        pain=(8, 3), need=SPINE_NEED, dos="2026-10-20",
        codes=[line("27096", "RT"), line("J1010", units=40)],
        findings=["diagnostic_block_relief"], comment="therapeutic SI injection with no prior diagnostic block documented")

    add("fbj-genrfa-01", "dictated_numwords", """
Left genicular nerve radiofrequency ablation

Diagnosis: primary osteoarthritis, left knee (M17.12).

He has had left knee pain for four years, worse on stairs and after standing. He has had three steroid
injections into the knee, the last of which helped for about six weeks, and twelve weeks of physical
therapy. He is not fit for a knee replacement because of his heart. He can no longer walk his dog around
the block.

Pain before: seven out of ten.

On examination there is crepitus, a small effusion and tenderness along the medial joint line; the knee
bends to one hundred degrees and is stable. X-rays show bone-on-bone narrowing of the medial compartment.
He takes no blood thinners and has no pacemaker.

He signed the consent after we went through numbness around the knee, infection, bleeding and the chance
that it does not work. We stopped with the nurse to confirm his name, the left knee and the three targets.

Procedure: supine, knee over a bolster, prep and drape. Under fluoroscopy two milliliters of two percent
lidocaine was placed at each of three sites. Eighteen gauge radiofrequency cannulas were placed at the
superomedial, superolateral and inferomedial genicular nerves, at the junctions of the shaft and the
condyles, confirmed on anteroposterior and lateral views. Motor testing showed no leg twitch. Thermal
lesions were made at eighty degrees for ninety seconds at each nerve.

Pain after: four out of ten. No complications. Home with his son.

He was told that the knee may ache for a week or two, that the full effect takes up to a month, and to
call about any fever, redness or new numbness of the leg. He will see me again in six weeks.
""",
        procs=[proc("genicular_rfa", target="knee", region="knee", laterality="left", imaging="fluoroscopy")],
        drugs=[given("lidocaine", 120)],
        pain=(7, 4), need=("diagnosis",), dos="2026-09-29",
        codes=[line("64624", "LT")],
        findings=["diagnostic_block_relief"], comment="no prior genicular nerve block is documented")
