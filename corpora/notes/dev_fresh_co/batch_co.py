"""Sealed precision batch `dev_fresh_co` (`fco-*`): 30 everyday procedure notes from a small seeded generator.

Each spec below is one procedure as drawn by hand (family, side, levels, drugs, gaps); the generator renders it in
one of seven styles from phrasing pools written fresh for this batch (at least twelve paraphrases per documentation
element, plain EMR sentences). The gold is labelled from the spec, never from a Painpoint run: the code lines and
finding elements come from the gold rules of `corpora/tools/goldkit.py` (`code_lines`, `finding_elements`), which
the kit in `dev_fresh_d/make_notes.py` puts on the path.
"""

from __future__ import annotations

import random

import goldkit  # noqa: E402  (on the path through the kit of dev_fresh_d/make_notes.py)

SEED = 2811

WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine", 10: "ten",
         11: "eleven", 12: "twelve", 14: "fourteen", 16: "sixteen", 18: "eighteen", 20: "twenty"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
          "December"]

# ---------------------------------------------------------------------------------------------- phrasing pools
DURATION = [
    "Symptoms began {dur} ago.",
    "Pain for {dur}.",
    "She has had this pain for {dur}.",
    "Ongoing for {dur}.",
    "Duration of symptoms: {dur}.",
    "Reports {dur} of symptoms.",
    "Pain has been present for {dur}.",
    "Symptoms x {dur}.",
    "Onset {dur} ago, gradually worse since.",
    "Chronic pain, present for {dur}.",
    "Has been dealing with this for {dur} now.",
    "The pain started {dur} ago without an injury.",
    "Pain duration is {dur}.",
]
CARE = [
    "Completed {wk} of physical therapy without meaningful relief.",
    "Physical therapy for {wk} and daily NSAIDs did not help.",
    "Failed conservative management including {wk} of PT, naproxen and home exercises.",
    "Despite {wk} of formal physical therapy the pain persists.",
    "Has tried PT x {wk} and meloxicam with no lasting improvement.",
    "Conservative care: physical therapy for {wk}, gabapentin, activity modification - all without adequate relief.",
    "{Wk} of supervised therapy and a home exercise program gave no significant benefit.",
    "Ibuprofen and {wk} of PT have not controlled the pain.",
    "Pain has not improved with {wk} of physical therapy and anti-inflammatories.",
    "Chiropractic care for {wk} and NSAIDs failed to relieve the pain.",
    "Went through {wk} of physical therapy; it did not help.",
    "Medications (NSAIDs, gabapentin) and {wk} of PT have been ineffective.",
    "Remains symptomatic after {wk} of physical therapy and a course of oral steroids.",
]
FUNCTION = [
    "The pain limits standing to about ten minutes.",
    "He can no longer work a full shift because of the pain.",
    "Pain wakes him at night and limits sitting to twenty minutes.",
    "She has trouble with housework and grocery shopping because of the pain.",
    "Unable to do yard work or lift the grandchildren due to pain.",
    "Pain interferes with sleep and daily activities.",
    "Baseline ODI is {odi}%.",
    "Difficulty with bending, lifting and getting dressed.",
    "Had to stop golfing and has cut back on chores.",
    "Pain limits driving to fifteen minutes at a time.",
    "Struggling with activities of daily living, including showering and dressing.",
    "Has missed several days of work because of the pain.",
    "Function is limited: cannot sit through a meal or a car ride without stopping.",
]
LEG = [
    "Pain radiates down the {leg} to the foot.",
    "Shooting pain into the {calf} with numbness in the foot.",
    "Positive straight leg raise on the {sidew}.",
    "Burning pain from the buttock down the back of the {thigh}.",
    "Tingling in the {foot} and pain along the lateral leg.",
    "Decreased sensation in a dermatomal pattern in the {leg}.",
    "Radicular pain in the {lle}.",
    "Sciatica down the {leg}.",
    "Leg pain is worse than back pain, going down the {leg} to the ankle.",
    "Diminished ankle reflex with pain shooting into the {calf}.",
    "Numbness and pain radiating into the {shin}.",
    "Pain travels from the low back into the buttock, posterior thigh and calf on the {sidew}.",
]
ARM = [
    "Pain radiates into the {arm} down to the fingers.",
    "Numbness and tingling in the {hand}.",
    "Positive Spurling test on the {sidew}.",
    "Shooting pain from the neck into the {arm}.",
    "Weakness of the {triceps} with pain down the arm.",
    "Radicular pain in the {ue}.",
    "Burning pain along the forearm into the thumb on the {sidew}.",
    "Pain runs from the shoulder blade down the {arm}.",
    "Decreased sensation in the {hand} in a dermatomal pattern.",
    "Arm pain is worse than neck pain, radiating down the {arm}.",
    "Paresthesias into the {hand} with neck movement.",
    "Electric pain down the {arm} with reduced biceps reflex.",
]
IMAGING = [
    "MRI of the {reg} spine shows a disc protrusion at {lv} with foraminal narrowing.",
    "MRI: {lv} disc herniation contacting the nerve root.",
    "Recent MRI demonstrates {lv} foraminal stenosis.",
    "MRI from {year} with moderate stenosis at {lv}.",
    "MRI reviewed today: broad-based bulge at {lv} narrowing the foramen.",
    "CT myelogram showed foraminal narrowing at {lv}.",
    "{lv} disc extrusion on MRI.",
    "MRI findings: degenerative disc disease with foraminal stenosis at {lv}.",
    "The MRI shows a herniated disc at {lv} abutting the nerve root.",
    "MRI done last month: central and foraminal stenosis at {lv}.",
    "I reviewed the MRI, which shows a {lv} protrusion compressing the nerve root.",
    "MRI is notable for {lv} facet hypertrophy and foraminal narrowing.",
]
PRIOR = [
    "The previous injection gave {p}% relief for {m} months.",
    "Last injection helped about {p}% and lasted {m} months.",
    "Had {p}% pain relief for {m} months after the prior TFESI.",
    "Prior ESI: {p}% improvement lasting {m} months.",
    "She got {p} percent relief that lasted {m} months from the last epidural.",
    "Response to the last injection: {p}% relief x {m} months.",
    "The last TFESI reduced her pain by {p}% for {m} months.",
    "Reports {p}% relief for {m} months after the prior injection.",
    "Previous epidural provided {p}% relief, which held for {m} months.",
    "{p}% improvement in pain for {m} months following the previous injection.",
    "The first injection worked well: {p}% relief for {m} months.",
    "Good response to the prior epidural with {p}% relief over {m} months.",
]
DIAG_BLOCKS = [
    "Two diagnostic medial branch blocks gave {a}% and {b}% relief.",
    "Diagnostic MBB #1: {a}% relief; MBB #2: {b}% relief.",
    "She had {a}% relief after the first medial branch block and {b}% after the second.",
    "Dual diagnostic blocks were positive at {a}% and {b}% relief.",
    "Relief with the diagnostic medial branch blocks was {a}% and {b}%.",
    "The two comparative medial branch blocks produced {a}% and {b}% pain relief.",
    "First MBB {a}% relief, second MBB {b}% relief.",
    "Positive diagnostic blocks x 2 ({a}% and {b}% relief).",
    "Had {a}% then {b}% relief with two sets of diagnostic medial branch blocks.",
    "Prior diagnostic blocks: {a}% relief and {b}% relief, both short-acting.",
    "Two confirmatory medial branch blocks each gave good relief, {a}% and {b}%.",
    "Medial branch blocks on two occasions relieved {a}% and {b}% of the pain.",
]
CONSENT = [
    "Informed consent was obtained after discussing risks, benefits and alternatives.",
    "Risks including bleeding, infection and nerve injury were reviewed and the patient signed consent.",
    "Written consent on file.",
    "Consent obtained.",
    "The patient gave written informed consent.",
    "Procedure, risks and alternatives explained; patient agreed and consent was signed.",
    "Signed consent was confirmed before starting.",
    "Verbal and written consent obtained.",
    "After a discussion of risks and benefits, informed consent was signed.",
    "Consent form signed and witnessed.",
    "All questions answered; informed consent obtained.",
    "Patient consented to the procedure after the risks were discussed.",
]
TIMEOUT = [
    "A time-out was performed confirming patient, procedure, side and site.",
    "Time out completed.",
    "Universal protocol followed with a time-out before the procedure.",
    "Pre-procedure time-out done with the team.",
    "Timeout performed and site marked.",
    "We paused for a time out to confirm the correct side and level.",
    "Time-out: patient identity, procedure and laterality verified.",
    "A final time-out was called prior to needle placement.",
    "Time out done per protocol.",
    "Time out held; all team members agreed.",
    "Site verified during the time-out.",
    "Team time-out completed before prepping.",
]
SEDATION_NONE = [
    "No sedation was used.",
    "Sedation: none.",
    "No sedation given.",
    "The patient declined sedation.",
    "No IV sedation.",
    "Done awake without sedation.",
    "No sedatives were given.",
    "Sedation was not required.",
    "Patient remained awake; no sedation.",
    "Performed without sedation.",
    "No conscious sedation given.",
    "Sedation - none.",
]
PRE = [
    "Pre-procedure pain: {n}/10.",
    "Pain score before the procedure was {n}/10.",
    "Rates pain {n} out of 10 today.",
    "Pain {n}/10 on arrival.",
    "Preprocedure NRS {n}/10.",
    "VAS before the injection: {n}/10.",
    "Baseline pain today {n}/10.",
    "She reports {n}/10 pain prior to the injection.",
    "Pain before: {n}/10.",
    "Pain level at check-in was {n}/10.",
    "Pre-op pain {n}/10.",
    "Current pain {n}/10 before starting.",
]
POST = [
    "Post-procedure pain: {n}/10.",
    "Pain after the injection was {n}/10.",
    "In recovery, pain was {n}/10.",
    "Discharge pain score {n}/10.",
    "Post NRS {n}/10.",
    "Pain improved to {n}/10 afterwards.",
    "Pain after: {n}/10.",
    "Rated pain {n} out of 10 after the procedure.",
    "Post-op pain {n}/10.",
    "Pain was {n}/10 fifteen minutes after the injection.",
    "Pain down to {n}/10 at discharge.",
    "Pain score after the procedure {n}/10.",
]
RELIEF = [
    "She reported {p}% relief before discharge.",
    "{p} percent improvement in pain in recovery.",
    "Relief after the injection: {p}%.",
    "Reports {p}% pain relief.",
    "About {p}% better in recovery.",
    "Percent relief {p}%.",
    "{p}% reduction in pain after the procedure.",
    "He estimates {p}% relief at discharge.",
    "Immediate relief of {p}%.",
    "Patient reported {p}% relief 30 minutes after the injection.",
    "Pain relief post-procedure: {p}%.",
    "{p}% relief of her usual pain.",
]
COMPLICATIONS = [
    "No complications.",
    "There were no complications.",
    "Complications: none.",
    "The patient tolerated the procedure well without complications.",
    "No immediate complications were noted.",
    "No complications; discharged home in stable condition.",
    "Tolerated well, no complications.",
    "Complications - none apparent.",
    "There were no complications and vital signs stayed stable.",
    "Completed without complication.",
    "No cx.",
    "No complications occurred.",
]
SAVED = [
    "AP and lateral images were saved.",
    "Images saved in two views.",
    "Representative AP and lateral fluoroscopic images were stored.",
    "Two views saved to PACS.",
    "Permanent images (AP and lateral) were recorded.",
    "AP and oblique images were saved to the record.",
    "Saved fluoro images: AP, lateral.",
    "Final needle position documented with AP and lateral images.",
    "We saved AP and lateral spot images.",
    "Two fluoroscopic images (AP and lateral) were archived.",
    "AP and lateral views stored in the chart.",
    "Images were saved in AP and contralateral oblique views.",
]
CONTRAST = [
    "{ml} mL of {brand} showed {spread} with no vascular uptake.",
    "Contrast ({brand}, {ml} mL) confirmed {spread} without intravascular flow.",
    "Injection of {ml} mL {brand} demonstrated {spread}; no vascular runoff.",
    "{brand} {ml} mL was injected and showed {spread}, no vascular pattern.",
    "Under live fluoroscopy {ml} mL of {brand} outlined {spread}, negative for vascular uptake.",
    "Contrast: {brand}, {ml} mL, {spread}, no intravascular spread.",
    "We injected {ml} mL of {brand} and saw {spread} without vascular filling.",
    "{ml} mL {brand} gave {spread}; no venous or arterial uptake seen.",
    "Using {brand} ({ml} mL), {spread} was confirmed and vascular uptake excluded.",
    "A {ml} mL contrast injection ({brand}) confirmed {spread}, no vascular flow.",
    "Contrast spread was appropriate: {ml} mL of {brand}, {spread}, nothing intravascular.",
    "{brand} ({ml} mL) confirmed {spread}; digital subtraction not needed, no vascular uptake.",
]
GUIDE = [
    "under fluoroscopic guidance", "using fluoroscopy", "under live fluoroscopy", "with fluoroscopic guidance",
    "under C-arm fluoroscopy", "using AP and oblique fluoroscopic views", "under intermittent fluoroscopy",
    "with fluoroscopic imaging", "using biplanar fluoroscopy", "under fluoro guidance",
    "under x-ray (fluoroscopic) guidance", "under image guidance with fluoroscopy",
]
PREP = [
    "The patient was placed prone and the skin was prepped with chlorhexidine and draped sterilely.",
    "Prone positioning, sterile prep and drape.",
    "Area prepped with ChloraPrep and draped in the usual sterile fashion.",
    "Positioned prone; chlorhexidine prep; sterile drapes applied.",
]
DISPO = [
    "Discharged home with a responsible adult.",
    "Follow up in clinic in two to three weeks.",
    "Discharge instructions reviewed; follow up in 2 weeks.",
    "Observed for 20 minutes and discharged home.",
]

# ---------------------------------------------------------------------------------------------- the specs
# dx: the diagnosis line and the coder's reading (goldkit `dx`); hx: which history elements the note carries.
L = "lumbar"
C = "cervical"
ESI_HX = ("dur", "rad", "care", "func", "img")
SPINE_HX = ("dur", "care", "func")
SPECS: list[dict] = [
    dict(id="fco-tfesi-01", fam="transforaminal_epidural", region=L, side="left", levels=["L5-S1"], pos="11",
         dos="2025-02-11", dx=("Lumbosacral radiculopathy (M54.17)", "M54.17"), hx=ESI_HX, limb="leg",
         drugs=[("dexamethasone_sodium_phosphate", 10, "mg"), ("lidocaine", 20, "mg"), ("iohexol", 1.5, "ml")],
         meds="Injected dexamethasone 10 mg (1 mL) with 1 mL of 2% lidocaine.", contrast=("Omnipaque 240", "1.5"),
         pain=(7, 2)),
    dict(id="fco-tfesi-02", fam="transforaminal_epidural", region=L, side="right", levels=["L4-L5", "L5-S1"], pos="22",
         dos="2024-09-03", dx=("Lumbar radiculopathy (M54.16)", "M54.16"), hx=ESI_HX, limb="leg", omit="func",
         drugs=[("triamcinolone_acetonide", 80, "mg"), ("bupivacaine", 10, "mg"), ("iopamidol", 2, "ml")],
         meds="At each level 1 mL of Kenalog 40 mg/mL and 2 mL of 0.25% bupivacaine were injected.",
         contrast=("Isovue-M 200", "2"), pain=(8, 3)),
    dict(id="fco-tfesi-03", fam="transforaminal_epidural", region=C, side="left", levels=["C6-C7"], pos="24",
         dos="2026-04-22", dx=("Cervical radiculopathy (M54.12)", "M54.12"), hx=ESI_HX, limb="arm",
         drugs=[("dexamethasone_sodium_phosphate", 4, "mg"), ("iohexol", 1, "ml")],
         meds="Dexamethasone 4 mg in 1 mL preservative-free saline was injected slowly.",
         contrast=("Omnipaque 240", "1"), pain=(6, 2)),
    dict(id="fco-tfesi-04", fam="transforaminal_epidural", region=L, side="bilateral", levels=["L5-S1"], pos="11",
         dos="2026-06-18", dx=("Lumbosacral radiculopathy (M54.17)", "M54.17"), hx=ESI_HX, limb="leg",
         drugs=[("betamethasone_sodium_phosphate_acetate", 12, "mg"), ("ropivacaine", 8, "mg"), ("iohexol", 2, "ml")],
         meds="On each side 1 mL of Celestone 6 mg/mL and 2 mL of 0.2% ropivacaine were injected.",
         contrast=("Omnipaque 300", "2"), pain=(8, 4)),
    dict(id="fco-ilesi-01", fam="interlaminar_epidural", region=L, side=None, levels=["L5-S1"], pos="11",
         dos="2023-10-05", dx=("Postlaminectomy syndrome with bilateral leg pain (M96.1)", "M96.1"), hx=ESI_HX,
         limb="legs", drugs=[("methylprednisolone_acetate", 80, "mg"), ("iohexol", 3, "ml")],
         meds="Depo-Medrol 80 mg mixed with 4 mL preservative-free normal saline was injected.",
         contrast=("Omnipaque 240", "3"), pain=(7, 3)),
    dict(id="fco-ilesi-02", fam="interlaminar_epidural", region=C, side=None, levels=["C7-T1"], pos="22",
         dos="2025-07-30", dx=("Cervical radiculopathy (M54.12)", "M54.12"), hx=ESI_HX, limb="arm", omit="care",
         drugs=[("triamcinolone_acetonide", 40, "mg"), ("iopamidol", 1, "ml")],
         meds="Triamcinolone 40 mg diluted with 2 mL of saline was injected.",
         contrast=("Isovue-M 300", "1"), pain=(6, 2)),
    dict(id="fco-caudal-01", fam="interlaminar_epidural", region="sacral", side=None, levels=[], pos="11",
         dos="2026-09-09", dx=("Spinal stenosis, lumbar region with neurogenic claudication (M48.062)", "M48.062"),
         hx=ESI_HX, limb="legs", img_lv="L4-L5",
         drugs=[("dexamethasone_sodium_phosphate", 10, "mg"), ("iohexol", 4, "ml")],
         meds="Dexamethasone 10 mg with 8 mL of preservative-free saline was injected.",
         contrast=("Omnipaque 240", "4"), pain=(7, 3)),
    dict(id="fco-mbb-01", fam="facet_injection", region=L, side="bilateral", levels=["L4-L5", "L5-S1"], pos="24",
         dos="2025-11-13", dx=("Lumbar spondylosis without myelopathy or radiculopathy (M47.816)", "M47.816"),
         hx=SPINE_HX, approach="medial_branch", intent="diagnostic",
         nerves="L3 and L4 medial branches and the L5 dorsal ramus",
         drugs=[("bupivacaine", 15, "mg")],
         meds="0.5 mL of 0.5% bupivacaine was placed at each of the six targets.", pain=(7, 1)),
    dict(id="fco-mbb-02", fam="facet_injection", region=C, side="right", levels=["C3-C4", "C4-C5"], pos="11",
         dos="2026-02-26", dx=("Cervical spondylosis without myelopathy or radiculopathy (M47.812)", "M47.812"),
         hx=SPINE_HX, approach="medial_branch", intent="diagnostic", omit="timeout",
         nerves="C3, C4 and C5 medial branches (C3-C4 and C4-C5 facet joints)",
         drugs=[("lidocaine", 30, "mg")],
         meds="Each medial branch received 0.5 mL of 2% lidocaine (1.5 mL in total).", pain=(6, 1)),
    dict(id="fco-facet-01", fam="facet_injection", region=L, side="left", levels=["L4-L5"], pos="11",
         dos="2026-01-20", dx=("Lumbar facet arthropathy (M47.816)", "M47.816"), hx=SPINE_HX,
         approach="intra_articular", intent="diagnostic",
         drugs=[("triamcinolone_acetonide", 20, "mg"), ("bupivacaine", 2.5, "mg")],
         meds="Injected 0.5 mL Kenalog-40 (20 mg) mixed with 0.5 mL of 0.5% bupivacaine into the joint.",
         pain=(7, 2)),
    dict(id="fco-rfa-01", fam="facet_rfa", region=L, side="right", levels=["L4-L5", "L5-S1"], pos="22",
         dos="2025-05-15", dx=("Lumbosacral spondylosis without radiculopathy (M47.817)", "M47.817"), hx=SPINE_HX,
         approach="medial_branch", nerves="L3 and L4 medial branches and the L5 dorsal ramus", temp=80,
         blocks=(90, 85), sedation="moderate",
         sed_text=("Moderate sedation was given by me: midazolam 2 mg and fentanyl 50 mcg IV. Start 09:12, stop 09:40 "
                   "(28 minutes). An RN monitored the patient as independent observer throughout. Sedation was needed "
                   "because the patient could not lie still prone for the lesioning due to anxiety."),
         sed_detail=dict(agents=True, doses=True, times=True, observer=True, minutes=28, justification=True),
         drugs=[("lidocaine", 60, "mg"), ("midazolam", 2, "mg"), ("fentanyl", 0.05, "mg")],
         meds="Before each lesion 1 mL of 2% lidocaine was injected (3 mL in total).", pain=(6, 3)),
    dict(id="fco-si-01", fam="si_joint_injection", side="left", pos="11", dos="2024-11-07",
         dx=("Sacroiliitis, not elsewhere classified (M46.1)", "M46.1"), hx=SPINE_HX, intent="diagnostic", relief=85,
         drugs=[("triamcinolone_acetonide", 40, "mg"), ("bupivacaine", 5, "mg"), ("iohexol", 0.5, "ml")],
         meds="1 mL of Kenalog 40 mg/mL and 1 mL of 0.5% bupivacaine were injected into the joint.",
         contrast=("Omnipaque 240", "0.5"), pain=(7, 1)),
    dict(id="fco-si-02", fam="si_joint_injection", side="right", pos="24", dos="2025-08-19",
         dx=("Sacroiliitis (M46.1)", "M46.1"), hx=SPINE_HX, intent="diagnostic", relief=80, omit="post",
         drugs=[("bupivacaine", 10, "mg"), ("iopamidol", 0.5, "ml")],
         meds="2 mL of 0.5% bupivacaine was injected into the joint.",
         contrast=("Isovue-M 200", "0.5"), pain=(8, None)),
    dict(id="fco-gon-01", fam="occipital_nerve_block", region="occipital", side="bilateral", pos="11",
         dos="2026-03-05", dx=("Occipital neuralgia (M54.81)", "M54.81"), target="greater_occipital",
         imaging="none", drugs=[("bupivacaine", 20, "mg"), ("triamcinolone_acetonide", 20, "mg")],
         meds="On each side 2 mL of 0.5% bupivacaine with 10 mg triamcinolone was injected.", pain=(6, 1)),
    dict(id="fco-tpi-01", fam="trigger_point", pos="11", dos="2025-10-02",
         dx=("Myofascial pain syndrome (M79.18)", "M79.18"), muscles=3, relief=75, imaging="none",
         drugs=[("lidocaine", 60, "mg")],
         meds="2 mL of 1% lidocaine was injected into each trigger point (6 mL total).", pain=(6, 2)),
    # the second half: ids fco-h-*
    dict(id="fco-h-tfesi-01", fam="transforaminal_epidural", region=L, side="left", levels=["L4-L5"], pos="11",
         dos="2025-11-04", dx=("Lumbar disc herniation with radiculopathy (M51.16)", "M51.16"), hx=ESI_HX + ("prior",),
         limb="leg", repeat=True, prior=(70, 4),
         drugs=[("triamcinolone_acetonide", 40, "mg"), ("lidocaine", 20, "mg"), ("iohexol", 1, "ml")],
         meds="1 mL of triamcinolone 40 mg/mL was injected after 2 mL of 1% lidocaine to the skin.",
         contrast=("Omnipaque 300", "1"), pain=(8, 3)),
    dict(id="fco-h-tfesi-02", fam="transforaminal_epidural", region=L, side="right", levels=["L5-S1", "S1"], pos="11",
         dos="2026-08-27", dx=("Lumbosacral radiculopathy (M54.17)", "M54.17"), hx=ESI_HX, limb="leg",
         sedation="moderate",
         sed_text=("I administered moderate sedation with midazolam 1 mg and fentanyl 25 mcg IV; start 10:02, end "
                   "10:20, 18 minutes total, with the RN present as independent observer. Sedation was indicated for "
                   "severe procedural anxiety."),
         sed_detail=dict(agents=True, doses=True, times=True, observer=True, minutes=18, justification=True),
         drugs=[("dexamethasone_sodium_phosphate", 10, "mg"), ("midazolam", 1, "mg"), ("fentanyl", 0.025, "mg"),
                ("iohexol", 2, "ml")],
         meds="Dexamethasone 5 mg (0.5 mL) was given at each foramen.", contrast=("Omnipaque 240", "2"),
         pain=(9, 4)),
    dict(id="fco-h-tfesi-03", fam="transforaminal_epidural", region=C, side="right", levels=["C5-C6"], pos="22",
         dos="2025-05-28", dx=("Cervical radiculopathy (M54.12)", "M54.12"), hx=ESI_HX, limb="arm", omit="saved",
         drugs=[("dexamethasone_sodium_phosphate", 4, "mg"), ("iopamidol", 1, "ml")],
         meds="Then dexamethasone 4 mg was injected.", contrast=("Isovue-M 200", "1"), pain=(7, 3)),
    dict(id="fco-h-ilesi-01", fam="interlaminar_epidural", region=L, side=None, levels=["L4-L5"], pos="24",
         dos="2026-10-14", dx=("Lumbar radiculopathy (M54.16)", "M54.16"), hx=ESI_HX, limb="legs",
         drugs=[("triamcinolone_acetonide", 80, "mg"), ("iohexol", 2, "ml")],
         meds="80 mg of Kenalog with 3 mL of normal saline was injected into the epidural space.",
         contrast=("Omnipaque 240", "2"), pain=(8, 4)),
    dict(id="fco-h-ilesi-02", fam="interlaminar_epidural", region=L, side=None, levels=["L3-L4"], pos="11",
         dos="2024-02-15", dx=("Lumbar disc herniation with radiculopathy (M51.16)", "M51.16"), hx=ESI_HX, limb="leg",
         side_text="left",
         drugs=[("methylprednisolone_acetate", 40, "mg"), ("iopamidol", 2, "ml")],
         meds="Methylprednisolone 40 mg (1 mL) with 2 mL saline was injected.", contrast=("Isovue-M 300", "2"),
         pain=(6, 2)),
    dict(id="fco-h-mbb-01", fam="facet_injection", region=L, side="left", levels=["L3-L4", "L4-L5"], pos="11",
         dos="2026-07-08", dx=("Lumbar facet arthropathy (M47.816)", "M47.816"), hx=SPINE_HX,
         approach="medial_branch", intent="diagnostic", nerves="L2, L3 and L4 medial branches", first_block=90,
         drugs=[("bupivacaine", 7.5, "mg")],
         meds="0.5 mL of 0.5% bupivacaine at each medial branch.", pain=(7, 1)),
    dict(id="fco-h-facet-01", fam="facet_injection", region=L, side="right", levels=["L5-S1"], pos="22",
         dos="2025-03-12", dx=("Lumbosacral spondylosis without radiculopathy (M47.817)", "M47.817"), hx=SPINE_HX,
         approach="intra_articular", intent="diagnostic",
         drugs=[("methylprednisolone_acetate", 40, "mg"), ("lidocaine", 10, "mg")],
         meds="Methylprednisolone 40 mg with 0.5 mL of 2% lidocaine was injected into the joint.", pain=(8, 2)),
    dict(id="fco-h-rfa-01", fam="facet_rfa", region=C, side="left", levels=["C5-C6", "C6-C7"], pos="24",
         dos="2026-05-06", dx=("Cervical spondylosis without myelopathy or radiculopathy (M47.812)", "M47.812"),
         hx=SPINE_HX, approach="medial_branch", nerves="C5, C6 and C7 medial branches (C5-C6 and C6-C7 facet joints)",
         temp=85, blocks=(80, 90), omit="consent",
         drugs=[("lidocaine", 30, "mg")],
         meds="0.5 mL of 2% lidocaine was given at each level before lesioning.", pain=(6, 2)),
    dict(id="fco-h-rfa-02", fam="facet_rfa", region=L, side="bilateral", levels=["L4-L5", "L5-S1"], pos="11",
         dos="2026-11-03", dx=("Lumbar spondylosis without myelopathy or radiculopathy (M47.816)", "M47.816"),
         hx=SPINE_HX, approach="medial_branch", nerves="L3 and L4 medial branches and the L5 dorsal ramus", temp=80,
         blocks=(85, 80),
         drugs=[("lidocaine", 120, "mg")],
         meds="1 mL of 2% lidocaine was injected at each of the six lesion sites.", pain=(7, 3)),
    dict(id="fco-h-si-01", fam="si_joint_injection", side="bilateral", pos="22", dos="2026-03-31",
         dx=("Sacroiliitis (M46.1)", "M46.1"), hx=SPINE_HX, intent="diagnostic", relief=80,
         drugs=[("bupivacaine", 10, "mg"), ("triamcinolone_acetonide", 40, "mg"), ("iohexol", 1, "ml")],
         meds="On each side 2 mL of 0.25% bupivacaine and 20 mg of Kenalog were injected.",
         contrast=("Omnipaque 300", "1"), pain=(8, 2)),
    dict(id="fco-h-knee-01", fam="joint_injection", region="knee", target="knee", side="right", pos="11",
         dos="2025-12-09", dx=("Unilateral primary osteoarthritis, right knee (M17.11)", "M17.11"), imaging="ultrasound",
         drugs=[("triamcinolone_acetonide", 40, "mg"), ("lidocaine", 40, "mg")],
         meds="Kenalog 40 mg with 4 mL of 1% lidocaine was injected into the joint.", pain=(7, 2)),
    dict(id="fco-h-hip-01", fam="joint_injection", region="hip", target="hip", side="left", pos="22",
         dos="2026-02-10", dx=("Unilateral primary osteoarthritis, left hip (M16.12)", "M16.12"), imaging="fluoroscopy",
         drugs=[("iohexol", 1, "ml"), ("triamcinolone_acetonide", 40, "mg"), ("ropivacaine", 20, "mg")],
         meds="Then 1 mL of triamcinolone 40 mg/mL and 4 mL of 0.5% ropivacaine were injected.",
         contrast=("Omnipaque 300", "1"), pain=(7, 2)),
    dict(id="fco-h-gen-01", fam="genicular_nerve_block", region="knee", target="knee", side="right", pos="24",
         dos="2025-09-24", dx=("Primary osteoarthritis of the right knee (M17.11)", "M17.11"), imaging="fluoroscopy",
         drugs=[("bupivacaine", 15, "mg")],
         meds="1 mL of 0.5% bupivacaine at each of the three genicular nerves.", pain=(8, 2)),
    dict(id="fco-h-stellate-01", fam="sympathetic_block", region=C, target="stellate", side="right", pos="11",
         dos="2026-06-02", dx=("Complex regional pain syndrome I of right upper limb (G90.511)", "G90.511"),
         imaging="fluoroscopy",
         drugs=[("iohexol", 1, "ml"), ("bupivacaine", 25, "mg")],
         meds="10 mL of 0.25% bupivacaine was injected in divided doses after negative aspiration.",
         contrast=("Omnipaque 240", "1"), pain=(7, 3)),
    dict(id="fco-h-gon-01", fam="occipital_nerve_block", region="occipital", target="greater_occipital", side="right",
         pos="11", dos="2026-09-30", dx=("Occipital neuralgia (M54.81)", "M54.81"), imaging="ultrasound",
         drugs=[("bupivacaine", 7.5, "mg"), ("dexamethasone_sodium_phosphate", 4, "mg")],
         meds="3 mL of 0.25% bupivacaine with dexamethasone 4 mg was injected around the nerve.", pain=(7, 2)),
]
STRENGTH = {"Omnipaque 240": 240, "Omnipaque 300": 300, "Isovue-M 200": 200, "Isovue-M 300": 300}
STYLES = ["caps", "title", "dictated", "bullets", "inline", "odd", "boiler"]
NEED_OTHER = ("diagnosis",)


# ---------------------------------------------------------------------------------------------- rendering helpers
def _num(rng: random.Random, n: int) -> str:
    """A number in words or digits, as a busy attending types it."""
    return WORDS[n] if n in WORDS and rng.random() < 0.5 else str(n)


def _date(rng: random.Random, iso: str) -> str:
    y, m, d = (int(x) for x in iso.split("-"))
    return rng.choice([iso, f"{m:02d}/{d:02d}/{y}", f"{MONTHS[m - 1][:3]} {d}, {y}", f"{d} {MONTHS[m - 1]} {y}",
                       f"{m}/{d}/{y % 100:02d}"])


def _level(rng: random.Random, lv: str) -> str:
    """A level as written: L4-L5, L4-5 or L4/5 (L5-S1 or L5/S1)."""
    if "-" not in lv:
        return lv
    a, b = lv.split("-")
    if a[0] == b[0]:
        return rng.choice([lv, f"{a}-{b[1:]}", f"{a}/{b[1:]}"])
    return rng.choice([lv, f"{a}/{b}"])


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _side_words(side: str | None, limb: str) -> dict:
    """Fill-ins for the radicular pools: one leg/arm, both, or no side."""
    if side in ("left", "right"):
        s = side
        return dict(leg=f"{s} leg", calf=f"{s} calf", sidew=f"{s} side", thigh=f"{s} thigh", foot=f"{s} foot",
                    lle=f"{s} lower extremity", shin=f"{s} shin", arm=f"{s} arm", hand=f"{s} hand",
                    triceps=f"{s} triceps", ue=f"{s} upper extremity")
    return dict(leg="legs", calf="calves", sidew="right and left", thigh="thighs", foot="feet",
                lle="bilateral lower extremities", shin="shins", arm="arms", hand="hands", triceps="triceps",
                ue="upper extremities")


def _pick(rng: random.Random, pool: list[str], used: dict, key: str) -> str:
    """A paraphrase not yet used in this batch while the pool lasts (spreads the wordings)."""
    left = [p for p in pool if p not in used.setdefault(key, set())] or pool
    choice = rng.choice(left)
    used[key].add(choice)
    if len(used[key]) >= len(pool):
        used[key] = set()
    return choice


# ---------------------------------------------------------------------------------------------- one note
FAMILY_TITLE = {
    "transforaminal_epidural": "transforaminal epidural steroid injection",
    "interlaminar_epidural": "interlaminar epidural steroid injection",
    "facet_injection": "facet injection",
    "facet_rfa": "radiofrequency ablation of the medial branches",
    "si_joint_injection": "sacroiliac joint injection",
    "occipital_nerve_block": "greater occipital nerve block",
    "trigger_point": "trigger point injections",
    "joint_injection": "joint injection",
    "genicular_nerve_block": "genicular nerve block",
    "sympathetic_block": "stellate ganglion block",
}


def _title(s: dict, rng: random.Random, lvs: list[str]) -> str:
    fam, side = s["fam"], s.get("side")
    sw = {"left": "Left", "right": "Right", "bilateral": "Bilateral", None: ""}[side]
    if fam == "transforaminal_epidural":
        return f"{sw} {_join(lvs)} transforaminal epidural steroid injection"
    if fam == "interlaminar_epidural" and s["region"] == "sacral":
        return "Caudal epidural steroid injection"
    if fam == "interlaminar_epidural":
        return f"{_join(lvs)} interlaminar epidural steroid injection"
    if fam == "facet_injection" and s["approach"] == "medial_branch":
        return f"{sw} {_join(lvs)} diagnostic medial branch blocks"
    if fam == "facet_injection":
        return f"{sw} {_join(lvs)} diagnostic intra-articular facet joint injection"
    if fam == "facet_rfa":
        return f"{sw} {_join(lvs)} radiofrequency ablation (medial branch neurotomy)"
    if fam == "si_joint_injection":
        return f"{sw} diagnostic sacroiliac joint injection under fluoroscopy"
    if fam == "occipital_nerve_block":
        return f"{sw} greater occipital nerve block"
    if fam == "trigger_point":
        return "Trigger point injections, three muscles"
    if fam == "joint_injection":
        return f"{sw} {s['target']} joint injection"
    if fam == "genicular_nerve_block":
        return f"{sw} genicular nerve block (superomedial, superolateral, inferomedial)"
    return f"{sw} stellate ganglion block"


def _technique(s: dict, rng: random.Random, lvs: list[str], used: dict) -> list[str]:
    fam, side = s["fam"], s.get("side")
    g = _pick(rng, GUIDE, used, "guide")
    sd = "bilateral" if side == "bilateral" else side
    out = [_pick(rng, PREP, used, "prep")] if fam not in ("trigger_point", "occipital_nerve_block") else []
    if fam == "transforaminal_epidural":
        fo = "foramen" if len(lvs) == 1 else "foramina"
        sides = "the left and right" if side == "bilateral" else f"the {side}"
        out.append(f"A 22-gauge spinal needle was advanced {g} to {sides} {_join(lvs)} {fo} using a transforaminal "
                   f"approach.")
    elif fam == "interlaminar_epidural" and s["region"] == "sacral":
        out.append(f"The sacral hiatus was identified {g} and a 20-gauge needle was placed into the caudal epidural "
                   f"space.")
    elif fam == "interlaminar_epidural":
        out.append(f"A 20-gauge Tuohy needle was advanced {g} at {lvs[0]} using loss of resistance to saline and "
                   f"entered the interlaminar epidural space.")
    elif fam == "facet_injection" and s["approach"] == "medial_branch":
        where = "on both sides" if side == "bilateral" else f"on the {side}"
        out.append(f"{g[0].upper() + g[1:]}, 25-gauge needles were placed at the {s['nerves']} {where} for "
                   f"diagnostic medial branch blocks.")
    elif fam == "facet_injection":
        out.append(f"A 22-gauge needle was placed {g} into the {side} {lvs[0]} facet joint for a diagnostic "
                   f"intra-articular injection.")
    elif fam == "facet_rfa":
        where = "on both sides" if side == "bilateral" else f"on the {side}"
        out.append(f"RF cannulas were positioned {g} along the {s['nerves']} {where}. Sensory and motor testing "
                   f"were appropriate. Thermal lesions were made at {s['temp']} degrees C for 90 seconds at each site.")
    elif fam == "si_joint_injection":
        where = "each sacroiliac joint" if side == "bilateral" else f"the {side} sacroiliac joint"
        out.append(f"A 22-gauge spinal needle was advanced {g} into the inferior aspect of {where}.")
    elif fam == "occipital_nerve_block" and s["imaging"] == "ultrasound":
        out.append(f"Under ultrasound guidance the {side} greater occipital nerve was identified and a 25-gauge needle "
                   f"was advanced in plane. An ultrasound image was saved to the chart.")
    elif fam == "occipital_nerve_block":
        out.append("Landmark technique without imaging: the greater occipital nerve was blocked medial to the "
                   "occipital artery on both sides with a 25-gauge needle.")
    elif fam == "trigger_point":
        out.append("Trigger points were identified by palpation in three muscles: the upper trapezius, levator "
                   "scapulae and rhomboid major. A 27-gauge needle was used without imaging.")
    elif fam == "joint_injection" and s["imaging"] == "ultrasound":
        out.append(f"Under ultrasound guidance a 22-gauge needle was advanced into the {side} knee joint "
                   f"(suprapatellar recess). A permanent ultrasound image was recorded.")
    elif fam == "joint_injection":
        out.append(f"A 22-gauge spinal needle was advanced {g} into the {side} hip joint at the femoral head-neck "
                   f"junction.")
    elif fam == "genicular_nerve_block":
        out.append(f"Needles were placed {g} at the superomedial, superolateral and inferomedial genicular nerves of "
                   f"the {side} knee.")
    else:
        out.append(f"A 25-gauge needle was advanced {g} to the {side} C6 anterior tubercle for a stellate ganglion "
                   f"block.")
    if s.get("contrast"):
        brand, ml = s["contrast"]
        spread = {"transforaminal_epidural": "epidural and perineural spread",
                  "interlaminar_epidural": "epidural spread", "si_joint_injection": "an arthrogram of the joint",
                  "joint_injection": "intra-articular flow", "sympathetic_block": "spread along the prevertebral "
                  "fascia"}[fam]
        out.append(_pick(rng, CONTRAST, used, "contrast").format(ml=ml, brand=brand, spread=spread))
    out.append(s["meds"])
    return out


def _history(s: dict, rng: random.Random, used: dict, lvs: list[str]) -> list[str]:
    hx = [h for h in s.get("hx", ()) if h != s.get("omit")]
    out: list[str] = []
    side = s.get("side_text", s.get("side"))
    if "dur" in hx:
        n = rng.choice([4, 5, 6, 7, 8, 9, 10, 12, 14, 18])
        dur = rng.choice([f"{_num(rng, n)} months", f"{_num(rng, n)} months", "over a year", f"{n * 4 + 2} weeks"])
        out.append(_pick(rng, DURATION, used, "dur").format(dur=dur))
    if "rad" in hx:
        pool = ARM if s["limb"] == "arm" else LEG
        out.append(_pick(rng, pool, used, "rad" + s["limb"][:3]).format(**_side_words(
            None if s["limb"] == "legs" else side, s["limb"])))
    if "care" in hx:
        w = rng.choice([6, 8, 10, 12, 16])
        wk = rng.choice([f"{_num(rng, w)} weeks", f"{w} weeks", f"{_num(rng, w // 4 + 1)} months"])
        text = _pick(rng, CARE, used, "care")
        out.append(text.format(wk=wk, Wk=wk[0].upper() + wk[1:]))
    if "func" in hx:
        out.append(_pick(rng, FUNCTION, used, "func").format(odi=rng.choice([38, 42, 46, 52])))
    if "img" in hx:
        lv = s.get("img_lv") or (lvs[0] if "-" in lvs[0] else s["levels"][0])
        reg = {"lumbar": "lumbar", "cervical": "cervical", "sacral": "lumbar"}[s["region"]]
        out.append(_pick(rng, IMAGING, used, "img").format(lv=lv, reg=reg, year=int(s["dos"][:4]) - 1))
    if "prior" in hx:
        p, m = s["prior"]
        out.append(_pick(rng, PRIOR, used, "prior").format(p=p, m=_num(rng, m)))
    if s.get("blocks"):
        a, b = s["blocks"]
        out.append(_pick(rng, DIAG_BLOCKS, used, "blocks").format(a=a, b=b))
    if s.get("first_block"):
        out.append(f"The first diagnostic medial branch block at these levels gave {s['first_block']}% relief for six "
                   f"hours; today is the confirmatory second block.")
    if s["fam"] not in goldkit.ESI | goldkit.FACET | {"si_joint_injection"}:
        out.append({
            "occipital_nerve_block": "Occipital headaches with tenderness over the greater occipital nerve.",
            "trigger_point": "Neck and upper back pain with palpable taut bands and referred pain.",
            "joint_injection": f"Painful {side} {s.get('target')} osteoarthritis, here for a steroid injection.",
            "genicular_nerve_block": f"Chronic {side} knee pain from osteoarthritis; not a surgical candidate.",
            "sympathetic_block": f"Burning pain, swelling and color change of the {side} hand.",
        }[s["fam"]])
    return out


def _sections(s: dict, rng: random.Random, used: dict) -> list[tuple[str, list[str]]]:
    lvs = [_level(rng, lv) for lv in s.get("levels", [])]
    om = s.get("omit")
    secs: list[tuple[str, list[str]]] = [
        ("procedure", [_title(s, rng, lvs).strip()]),
        ("date", [_date(rng, s["dos"])]),
        ("diagnosis", [s["dx"][0]]),
        ("history", _history(s, rng, used, lvs)),
    ]
    if om != "consent":
        secs.append(("consent", [_pick(rng, CONSENT, used, "consent")]))
    if om != "timeout":
        secs.append(("timeout", [_pick(rng, TIMEOUT, used, "timeout")]))
    secs.append(("sedation", [s["sed_text"]] if s.get("sed_text") else [_pick(rng, SEDATION_NONE, used, "sed")]))
    secs.append(("technique", _technique(s, rng, lvs, used)))
    if s["fam"] in goldkit.ESI | {"si_joint_injection"} and om != "saved":
        secs.append(("images", [_pick(rng, SAVED, used, "saved")]))
    pre, post = s["pain"]
    res = [_pick(rng, PRE, used, "pre").format(n=pre)]
    if post is not None:
        res.append(_pick(rng, POST, used, "post").format(n=post))
    if s.get("relief"):
        res.append(_pick(rng, RELIEF, used, "relief").format(p=s["relief"]))
    secs.append(("result", res))
    secs.append(("complications", [_pick(rng, COMPLICATIONS, used, "cx")]))
    secs.append(("plan", [_pick(rng, DISPO, used, "dispo")]))
    return secs


LABELS = {"procedure": "Procedure", "date": "Date of service", "diagnosis": "Diagnosis", "history": "Indication",
          "consent": "Consent", "timeout": "Time-out", "sedation": "Sedation", "technique": "Description",
          "images": "Images", "result": "Pain scores", "complications": "Complications", "plan": "Disposition"}
SHORT = {"procedure": "Proc", "date": "DOS", "diagnosis": "Dx", "history": "Hx", "consent": "Consent",
         "timeout": "Time out", "sedation": "Sedation", "technique": "Technique", "images": "Images",
         "result": "Pain", "complications": "Complications", "plan": "Plan"}
ATTEST = ("Attestation: I personally performed the procedure described above and was present for its entirety. "
          "This note was created with voice recognition software; minor transcription errors may occur.")


def _pronouns(text: str, female: bool) -> str:
    """One patient per note: the pools' he/she wordings follow the note's patient."""
    import re
    swaps = ({"He": "She", "he": "she", "him": "her", "his": "her"} if female
             else {"She": "He", "she": "he", "her": "his"})
    return re.sub(r"\b(" + "|".join(swaps) + r")\b", lambda m: swaps[m.group(1)], text)


def render(style: str, secs: list[tuple[str, list[str]]]) -> str:
    """One of the seven layouts."""
    if style == "caps":
        return "\n".join(f"{LABELS[k].upper()}: {' '.join(v)}" for k, v in secs if v)
    if style == "title":
        return "\n\n".join(f"{LABELS[k].title()}:\n{' '.join(v)}" for k, v in secs if v)
    if style == "dictated":
        d = dict(secs)
        head = f"{d['procedure'][0]}, performed {d['date'][0]}. Diagnosis: {d['diagnosis'][0]}."
        body = [s for k, v in secs if k not in ("procedure", "date", "diagnosis") for s in v]
        return head + "\n\n" + " ".join(body)
    if style == "bullets":
        return "\n".join(f"{LABELS[k]}:\n" + "\n".join(f"- {s}" for s in v) for k, v in secs if v)
    if style == "inline":
        lines, cur = [], []
        for k, v in secs:
            if not v:
                continue
            cur.append(f"{SHORT[k]}: {' '.join(v)}")
            if k in ("date", "history", "sedation", "technique", "result", "plan"):
                lines.append("  ".join(cur))
                cur = []
        lines += ["  ".join(cur)] if cur else []
        return "\n".join(lines)
    if style == "odd":
        out = []
        for i, (k, v) in enumerate(secs):
            if v:
                sep = ["  :  ", ":\t", " :", ":   "][i % 4]
                out.append(f"{LABELS[k].upper()}{sep}{'   '.join(v)}" + ("\n" if i % 3 == 2 else ""))
        return "\n".join(out)
    return render("title", secs) + "\n\n" + ATTEST


# ---------------------------------------------------------------------------------------------- gold
def _gold_spec(s: dict) -> dict:
    """The goldkit spec of one note: the gold rules compute its code lines and finding elements."""
    fam = s["fam"]
    region = s.get("region") or ("sacroiliac" if fam == "si_joint_injection" else None)
    p = {"family": fam, "laterality": s.get("side"), "levels": list(s.get("levels", [])), "region": region,
         "imaging": s.get("imaging", "fluoroscopy"), "contrast": True if s.get("contrast") else None,
         "approach": s.get("approach"), "intent": s.get("intent"), "target": s.get("target"),
         "sedation": s.get("sedation", "none"), "saved_images": s.get("omit") != "saved",
         "sedation_detail": s.get("sed_detail")}
    if fam == "transforaminal_epidural":
        p["approach"] = "transforaminal"
    if fam == "interlaminar_epidural":
        p["approach"] = "caudal" if region == "sacral" else "interlaminar"
    if fam == "si_joint_injection":
        p["approach"] = "intra_articular"
    if fam == "joint_injection":
        p["saved_images"] = s.get("imaging") == "ultrasound"
    if fam == "occipital_nerve_block":
        p["nerves"] = ["greater_occipital"]
        p["saved_images"] = s.get("imaging") == "ultrasound"
    if fam == "trigger_point":
        p["muscles"] = s["muscles"]
    if s.get("blocks"):
        p["diag_relief"] = list(s["blocks"])
    if s.get("first_block"):
        p["diag_relief"] = [s["first_block"]]
    if s.get("prior"):
        p["repeat"] = True
        p["prior_response"] = (s["prior"][0], s["prior"][1] * 30)
    drugs = []
    for g, dose, unit in s["drugs"]:
        d = {"generic": g, "dose": dose, "dose_unit": unit}
        if g in goldkit.CONTRAST:
            d["strength"] = STRENGTH[s["contrast"][0]]
        drugs.append(d)
    absent = {"func": ["functional_impairment"], "care": ["conservative_care"], "timeout": ["time_out"],
              "post": ["post_procedure_pain_score"], "consent": ["consent"], "saved": []}.get(s.get("omit"), [])
    hx = set(s.get("hx", ())) - {s.get("omit")}
    esi = fam in goldkit.ESI
    necessity = {"diagnosis": True, "symptom_duration": "dur" in hx, "conservative_care": "care" in hx,
                 "functional_impairment": "func" in hx, "imaging_findings": "img" in hx,
                 "radicular_findings": esi and "rad" in hx}
    return {"procedures": [p], "drugs": drugs, "date_of_service": s["dos"], "place_of_service": s["pos"],
            "absent": absent, "dx": {"code": s["dx"][1]}, "necessity": necessity,
            "relief": s.get("relief")}


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803 (the kit's names)
    rng = random.Random(SEED)
    used: dict = {}
    order = STYLES * 5
    rng.shuffle(order)
    for i, s in enumerate(SPECS):
        style = order[i]
        text = _pronouns(render(style, _sections(s, rng, used)), rng.random() < 0.5)
        spec = _gold_spec(s)
        gp = spec["procedures"][0]
        procs = [proc(s["fam"], **{k: gp[k] for k in ("approach", "target", "region", "laterality", "levels",
                                                        "imaging", "contrast", "intent", "sedation")})]
        drugs = [given(d["generic"], d["dose"], d["dose_unit"]) for d in goldkit.aggregate_drugs(spec["drugs"])]
        codes = [line(c["code"], *c["modifiers"], units=c["units"]) for c in goldkit.code_lines(spec)]
        need = tuple(k for k, v in spec["necessity"].items() if v)
        add(s["id"], style, text, procs=procs, drugs=drugs, pain=s["pain"], need=need, codes=codes,
            findings=goldkit.finding_elements(spec), dos=s["dos"], pos=s["pos"],
            consent=s.get("omit") != "consent",
            comment=f"omits {s['omit']}" if s.get("omit") else None)
