"""Sealed final-check batch `dev_fresh_ca` (`fca-*`): 15 generated + 15 hand-dictated fictional notes.

Written for the session's final sealed check without reading the corpus' notes or the reader's rules. The
generated half comes from a small seeded generator (`SEED`): each spec below says what the procedure was and which
documentation elements the writer deliberately leaves out (`omit`); it is rendered in one of seven styles from
phrasing pools written fresh for this batch (at least six paraphrases per element). The hand half is free
dictation carrying the hard cases. Gold was labelled from the spec / the text by the rules of `corpora/README.md`
before anyone ran Painpoint on these notes. No names, record numbers or birth dates: every note is invented.
"""

from __future__ import annotations

import random

SEED = 20261127

# --------------------------------------------------------------------------------------------------------------
# phrasing pools (own wordings; {Pr}/{pr} subject pronoun, {obj} object, {pos} possessive)
# --------------------------------------------------------------------------------------------------------------

DURATION = [
    "Symptoms began about {m} months ago and have not settled.",
    "{Pr} has lived with this pain for roughly {m} months.",
    "Onset was gradual, {m} months ago, with no injury.",
    "Duration of pain: {m} months.",
    "The pain has now gone on for {w} weeks.",
    "This episode dates back {m} months.",
    "{Pr} reports {m} months of steady symptoms.",
]
CARE = [
    "{Pr} completed {cw} weeks of formal physical therapy and took scheduled naproxen, without meaningful relief.",
    "Conservative treatment has failed: {cw} weeks of PT, a home exercise program and meloxicam.",
    "Despite {cw} weeks of supervised therapy and anti-inflammatories, the pain persists.",
    "A {cw}-week course of physical therapy plus ibuprofen gave no lasting benefit.",
    "Noninvasive care over the past {cw} weeks (therapy, NSAIDs, activity modification) has not controlled the pain.",
    "Gabapentin made {obj} too drowsy and was stopped, and {cw} weeks of PT did not help either.",
    "{Pr} did {cw} weeks of core strengthening with a therapist and daily diclofenac; the pain is no better.",
]
FUNCTION_LOW = [
    "{Pr} can no longer walk more than a block or stand long enough to cook a meal.",
    "The pain wakes {obj} at night and keeps {obj} from working full shifts; Oswestry today is {odi}%.",
    "Sitting is limited to about twenty minutes and driving any distance is hard.",
    "{Pr} has given up golf and needs help with the laundry and the grocery shopping.",
    "Bending, lifting and prolonged standing all provoke the pain, and {pr} now avoids housework (ODI {odi}%).",
    "{Pr} has trouble getting dressed and climbing stairs because of the pain.",
]
FUNCTION_NECK = [
    "Turning the head to check traffic and reaching overhead are limited; NDI {ndi}%.",
    "{Pr} cannot work at a computer for more than half an hour and sleeps poorly.",
    "The pain keeps {obj} from lifting a grandchild or carrying groceries.",
    "Neck Disability Index {ndi}%, with trouble reading, driving and sleeping.",
    "{Pr} has stopped swimming and struggles to finish a work day at the desk.",
    "Daily tasks such as washing hair and hanging laundry are now difficult.",
]
RADIC_LEG = [
    "Pain radiates from the low back into the {side} buttock, posterior thigh and calf, with numbness over the top of the foot.",
    "{Pr} describes shooting pain down the {side} leg to the ankle, and straight-leg raise on the {side} reproduces it at 40 degrees.",
    "There is {side}-sided radicular leg pain below the knee with mild weakness of great-toe extension.",
    "Burning pain travels down the {side} lower extremity past the knee and is worse with sitting and coughing.",
    "Exam shows reduced sensation over the {side} lateral calf and a positive slump test on the {side}.",
    "Electric pain runs from the buttock into the {side} foot, and dural tension signs are positive on the {side}.",
]
RADIC_BOTH = [
    "Pain radiates into both legs, with tingling in both feet.",
    "Both lower extremities have radiating pain down the backs of the thighs, and straight-leg raise is positive bilaterally.",
    "{Pr} reports aching and heaviness in both legs after about five minutes of walking, eased by sitting or leaning forward.",
    "Standing and walking bring on numbness and cramping in both calves, relieved by flexion.",
    "Radiating pain into both buttocks and thighs, with ankle reflexes reduced on both sides.",
    "Pain goes into both legs below the knees, with pins and needles in the soles.",
]
RADIC_ARM = [
    "Pain travels from the neck into the {side} shoulder, lateral forearm and thumb, with paresthesias in the first two fingers.",
    "{Pr} has {side} arm radicular pain, and Spurling's maneuver to the {side} reproduces it.",
    "Shooting pain down the {side} arm comes with triceps weakness (4/5) and a diminished {side} triceps reflex.",
    "Numbness radiates down the {side} arm into the middle finger.",
    "Burning pain runs from the {side} side of the neck down the arm and is worse when looking up.",
    "Exam: decreased pinprick along the {side} forearm and a positive upper limb tension test on the {side}.",
]
IMAGING = [
    "MRI of the {region} spine shows a {side} disc protrusion at {lvl} contacting the nerve root.",
    "A recent MRI shows foraminal narrowing at {lvl} with compression of the {side} exiting root.",
    "{Region} MRI: disc extrusion at {lvl} displacing the {side} root, concordant with the exam.",
    "Per the MRI report there is moderate {side} foraminal stenosis at {lvl} from a disc-osteophyte complex.",
    "Imaging is concordant: annular tear and protrusion at {lvl} with {side} nerve root impingement on MRI.",
    "The {region} MRI demonstrates {side} lateral recess narrowing at {lvl} that matches the symptoms.",
]
IMAGING_CENTRAL = [
    "MRI of the lumbar spine shows severe central canal stenosis at {lvl} from facet hypertrophy and a thick ligamentum flavum.",
    "Lumbar MRI: multilevel degenerative change with moderate to severe stenosis at {lvl}.",
    "MRI demonstrates a broad-based disc bulge at {lvl} narrowing the canal and both lateral recesses.",
    "Imaging shows central and bilateral foraminal stenosis at {lvl}, concordant with the leg symptoms.",
    "The lumbar MRI shows postsurgical change with epidural scarring and recurrent stenosis at {lvl}.",
    "Per the MRI report there is a central protrusion at {lvl} compressing the thecal sac.",
]
PRE = [
    "Pre-procedure pain: {pre}/10.",
    "Pain before the injection was rated {pre} out of 10.",
    "NRS {pre}/10 on arrival.",
    "{Pr} rated the pain {pre}/10 in the holding area.",
    "Pain score today before starting: {pre}/10 (numeric scale).",
    "Pre-op holding area pain score {pre}/10.",
]
POST = [
    "Post-procedure pain: {post}/10.",
    "After the injection the pain was {post} out of 10.",
    "At discharge {pr} rated the pain {post}/10.",
    "Repeat NRS in recovery was {post}/10.",
    "Pain twenty minutes after the procedure: {post}/10.",
    "Post-injection pain score {post}/10 on the same scale.",
]
PERCENT = [
    "That is roughly {pct}% relief.",
    "{Pr} reported about {pct}% improvement of the usual pain.",
    "Estimated relief: {pct}%.",
    "Relief of the index pain was {pct} percent.",
    "The reduction in pain was {pct}%.",
    "About {pct}% relief was reported on provocative movement.",
]
CONSENT = [
    "Risks, benefits and alternatives were reviewed and written consent was signed.",
    "Informed consent was obtained after a discussion of bleeding, infection, nerve injury and headache.",
    "The patient gave written informed consent.",
    "Consent obtained, signed and placed in the chart.",
    "We went over the procedure, its risks and the other options; {pr} agreed and signed the consent form.",
    "Procedural consent was confirmed at the bedside after all questions were answered.",
]
TIMEOUT = [
    "A time-out was held confirming patient identity, procedure, side and level.",
    "Universal protocol time-out was completed before the skin prep.",
    "Pause for the cause performed with the whole team; all agreed.",
    "Time out done; site marked and verified.",
    "Before starting, the team performed a verification time-out.",
    "Pre-procedure time-out confirmed the correct site and side.",
]
COMPLICATIONS = [
    "There were no complications.",
    "No complications occurred.",
    "Complications: none.",
    "The procedure was tolerated well without complication.",
    "No immediate complications were noted.",
    "{Pr} tolerated it well; no complications.",
]
SAVED = [
    "AP and lateral images were saved to the record.",
    "Final needle position and contrast spread were documented on saved AP and lateral views.",
    "Two fluoroscopic views were archived.",
    "Representative images (AP and oblique) are stored in PACS.",
    "Permanent images in two planes were captured.",
    "Saved images: AP, lateral.",
]
CONTRAST = [
    "{ml} mL of {cname} showed the expected spread without vascular uptake.",
    "Contrast ({cname}, {ml} mL) outlined the target with no vascular pattern on live imaging.",
    "Injection of {ml} mL {cname} confirmed appropriate flow with no intravascular runoff.",
    "{cname} {ml} mL was injected under live fluoroscopy; spread was satisfactory.",
    "After negative aspiration, {ml} mL of {cname} demonstrated the expected pattern.",
    "A contrast study with {cname} ({ml} mL) confirmed placement.",
]
FLUORO = [
    "under fluoroscopic guidance",
    "using fluoroscopy",
    "with C-arm guidance",
    "under live fluoroscopy",
    "with intermittent fluoroscopic imaging",
    "under image intensifier guidance",
]
NO_SEDATION = [
    "No sedation was used.",
    "The procedure was done without sedation.",
    "Sedation: none.",
    "Performed awake, no IV sedation.",
    "No anxiolytics or sedatives were given.",
    "{Pr} declined sedation and none was given.",
]
PREP = [
    "{Pr} was placed {position} and the skin was prepped with chlorhexidine and draped sterilely.",
    "Positioned {position}; sterile prep and drape.",
    "After {position} positioning, the area was cleaned with ChloraPrep and draped.",
    "The patient lay {position}, and a sterile field was set up in the usual way.",
    "Standard sterile preparation was done with {obj} {position}.",
    "{Pr} was positioned {position} on the table and prepped and draped in sterile fashion.",
]
DISPO = [
    "Discharged home in stable condition with a driver.",
    "{Pr} left the unit ambulatory with written instructions.",
    "Follow-up in clinic in two weeks.",
    "Return visit in 2-3 weeks to review the response.",
    "Vitals stable at discharge; will call with a pain diary.",
    "Home with precautions reviewed; follow up as scheduled.",
]
DX_BLOCK2 = [
    "Two diagnostic medial branch blocks ({d1} and {d2}) gave {p1}% and {p2}% relief.",
    "Dual comparative blocks were positive: {p1}% relief with lidocaine on {d1} and {p2}% with bupivacaine on {d2}.",
    "{Pr} had {p1}% relief after the first diagnostic block ({d1}) and {p2}% after the second ({d2}).",
    "Both diagnostic medial branch blocks were concordant, with {p1}% and {p2}% reduction of the index pain ({d1}, {d2}).",
    "Prior diagnostic blocks: #1 on {d1}, {p1}% relief; #2 on {d2}, {p2}% relief, each lasting as long as the anesthetic.",
    "The first and second medial branch blocks ({d1}, {d2}) relieved {p1}% and {p2}% of the axial pain.",
]
DX_BLOCK1 = [
    "The first diagnostic block on {d1} gave {p1}% relief for about three hours.",
    "After the initial medial branch block ({d1}) {pr} reported {p1}% relief lasting the life of the lidocaine.",
    "First block ({d1}): {p1}% relief of the index pain.",
    "The index diagnostic block on {d1} relieved {p1}% of the pain for several hours.",
    "{Pr} had {p1}% relief from the first diagnostic injection on {d1}.",
    "Diagnostic block #1 ({d1}) was positive at {p1}%.",
]
SI_BLOCK = [
    "A diagnostic {side} SI joint injection on {d1} gave {p1}% relief.",
    "The prior diagnostic SI block ({d1}) was positive at {p1}%.",
    "{Pr} reported {p1}% relief for the duration of the anesthetic after the diagnostic injection on {d1}.",
    "Diagnostic intra-articular block on {d1}: {p1}% relief of the buttock pain.",
    "The {d1} diagnostic SI injection relieved {p1}% of the index pain.",
    "After the diagnostic block on {d1} the pain fell by {p1}%.",
]
PRIOR_RFA = [
    "The previous ablation in {when} gave about {ppct}% relief that lasted {dur} months.",
    "After the last RF procedure ({when}) {pr} had {ppct}% improvement for roughly {dur} months.",
    "Prior radiofrequency ablation ({when}) provided {ppct}% pain reduction for {dur} months before the pain returned.",
    "{Pr} did well after the {when} neurotomy: {ppct}% relief lasting {dur} months.",
    "The {when} RFA relieved {ppct}% of the pain for {dur} months.",
    "Response to the last ablation ({when}): {ppct}% relief, {dur} months.",
]
SI_EXAM = [
    "Pain sits below L5 over the {side} sacral sulcus; thigh thrust, compression and FABER are positive on the {side}.",
    "Three of five provocative tests (distraction, thigh thrust, Gaenslen) reproduce the {side} buttock pain.",
    "Tender over the {side} PSIS with positive FABER, compression and thigh thrust.",
    "Exam localizes the pain to the {side} SI joint: Fortin finger sign, positive thigh thrust and sacral thrust.",
    "Pain below the belt line on the {side}, with positive Gaenslen, FABER and distraction tests.",
    "{side_cap} SI provocation (thigh thrust, compression, FABER) reproduces the usual pain.",
]
SI_EXAM_BOTH = [
    "Pain sits below L5 over both sacral sulci; thigh thrust, compression and FABER are positive on each side.",
    "Three of five provocative tests reproduce the buttock pain on both sides.",
    "Tender over both PSIS regions with positive FABER, compression and thigh thrust bilaterally.",
    "Both SI joints are provocative: Fortin finger sign, thigh thrust and sacral thrust positive on each side.",
    "Pain below the belt line on both sides, with positive Gaenslen, FABER and distraction tests.",
    "Bilateral SI provocation (thigh thrust, compression, FABER) reproduces the usual pain.",
]
AXIAL_LOW = [
    "Predominantly axial low back pain, worse with extension and rotation, without radicular features.",
    "The pain is axial and paraspinal, aggravated by standing and twisting, and does not travel below the knee.",
    "Axial lumbar pain with facet loading signs; neurologic exam is normal.",
    "Low back pain centred over the facets, worse arching backward; no leg symptoms.",
    "Localized paraspinal pain, pain on extension-rotation, straight-leg raise negative.",
    "Mechanical low back pain, no radiating leg pain, tender over the facet columns.",
]
AXIAL_NECK = [
    "Axial neck pain radiating to the shoulder blade but not into the arm, worse with rotation.",
    "Neck pain with posterior shoulder referral, tender over the facet column, neurologic exam normal.",
    "The pain is cervical and axial, aggravated by extension; no arm symptoms.",
    "Posterior neck pain with painful rotation and facet tenderness; strength and reflexes intact.",
    "Cervical axial pain, worse looking up, with no radicular findings.",
    "Neck and upper trapezius pain from the facets, no paresthesias.",
]
ATTEST = [
    "I personally performed the procedure and was present for all key portions; this note was created with templated text and reviewed by me.",
    "Attestation: I performed this procedure myself, reviewed the images and agree with the documentation above.",
    "Physician attestation: procedure performed by the undersigned; the patient was seen and examined on the day of service.",
    "I was present for the entire procedure and reviewed the fluoroscopic images; electronically signed.",
    "This note was generated from an EHR template and edited by me; I performed the procedure in its entirety.",
    "Attending statement: I personally performed the injection described above and supervised recovery.",
]
PRONOUNS = {"f": dict(Pr="She", pr="she", obj="her", pos="her"), "m": dict(Pr="He", pr="he", obj="him", pos="his")}

# --------------------------------------------------------------------------------------------------------------
# generated specs: what each note documents; `omit` = elements the writer leaves out; gold labelled from the spec
# --------------------------------------------------------------------------------------------------------------

SPECS: list[dict] = [
    dict(
        id="fca-tfesi-01", style="caps_headers", dos="2025-02-11", pos="11", sex="f",
        title="Left L4-5 and L5-S1 transforaminal epidural steroid injection",
        dx="Lumbar disc herniation with left L5 radiculopathy (M51.16)",
        kind="esi_leg", side="left", region="lumbar", img_lvl="L4-5", m=7, cw=8, odi=44,
        technique=("A 22-gauge spinal needle was advanced {fluoro} to the left L4-5 foramen and then to the left L5-S1 "
                   "foramen, subpedicular position confirmed on AP and lateral views. {contrast} At each level 0.5 mL of "
                   "dexamethasone 10 mg/mL (5 mg) mixed with 1 mL of 1% lidocaine was injected, for 10 mg of dexamethasone "
                   "in total."),
        contrast=("Omnipaque 240", 2), position="prone",
        procs=[dict(family="transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
        drugs=[("dexamethasone_sodium_phosphate", 10, "mg"), ("lidocaine", 20, "mg"), ("iohexol", 2, "ml")],
        pain=(7, 3), codes=[("64483", ("LT",), 1), ("64484", ("LT",), 1), ("J1100", (), 10)],
        omit=[], findings=[], need="esi",
    ),
    dict(
        id="fca-tfesi-02", style="title_headers", dos="2024-08-20", pos="22", sex="m",
        title="Right C6-7 transforaminal epidural steroid injection (right C7 nerve root)",
        dx="Cervical radiculopathy (M54.12)",
        kind="esi_arm", side="right", region="cervical", img_lvl="C6-7", m=5, cw=6, ndi=38,
        technique=("With the head turned slightly away, a 25-gauge needle was guided {fluoro} in an oblique view to the "
                   "posterior aspect of the right C6-7 foramen, staying behind the vertebral artery course. {contrast} "
                   "Then 1 mL of dexamethasone 10 mg/mL (10 mg) with 0.5 mL of 1% lidocaine was injected slowly."),
        contrast=("Isovue-M 300", 1), position="supine",
        saved_text="Images were stored.",
        procs=[dict(family="transforaminal_epidural", approach="transforaminal", region="cervical", laterality="right",
                    levels=["C6-C7"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[("dexamethasone_sodium_phosphate", 10, "mg"), ("lidocaine", 5, "mg"), ("iopamidol", 1, "ml")],
        pain=(6, 2), codes=[("64479", ("RT",), 1)],
        omit=["saved_images"], findings=["saved_images"], need="esi",
    ),
    dict(
        id="fca-tfesi-03", style="dictated", dos="2023-10-05", pos="11", sex="m",
        title="Bilateral L5-S1 transforaminal epidural steroid injection under moderate sedation",
        dx="Lumbosacral radiculopathy (M54.17), bilateral",
        kind="esi_both", side="bilateral", region="lumbar", img_lvl="L5-S1", m=9, cw=10, odi=48,
        technique=("Needles were placed {fluoro} into the right and then the left L5-S1 foramina to reach both L5 roots. "
                   "{contrast} Depo-Medrol 40 mg (1 mL of 40 mg/mL) with 1 mL of 0.25% bupivacaine was given on each "
                   "side, 80 mg of methylprednisolone in all."),
        sedation=("Moderate sedation was given by me: midazolam 2 mg and fentanyl 50 mcg IV. Sedation start 08:14, end "
                  "08:32 (18 minutes intraservice). An independent trained observer, the procedure RN, monitored "
                  "him throughout. Sedation was needed because of severe procedural anxiety that oral anxiolysis had "
                  "not controlled at a prior attempt."),
        contrast=("Omnipaque 240", 3), position="prone",
        procs=[dict(family="transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                    levels=["L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="moderate")],
        drugs=[("methylprednisolone_acetate", 80, "mg"), ("bupivacaine", 5, "mg"), ("iohexol", 3, "ml"),
               ("midazolam", 2, "mg"), ("fentanyl", 0.05, "mg")],
        pain=(8, 3), codes=[("64483", ("50",), 1), ("99152", (), 1), ("J1040", (), 1)],
        omit=[], findings=[], need="esi",
    ),
    dict(
        id="fca-tfesi-04", style="bullets", dos="2026-05-14", pos="24", sex="f",
        title="Right L3-4, L4-5 and L5-S1 transforaminal epidural steroid injections",
        dx="Lumbar radiculopathy (M54.16)",
        kind="esi_leg", side="right", region="lumbar", img_lvl="L4-5", m=6, cw=12, odi=40,
        technique=("Three needles were placed {fluoro} at the right L3-4, L4-5 and L5-S1 foramina (right L3, L4 and L5 "
                   "roots). {contrast} Triamcinolone 20 mg (0.5 mL of Kenalog-40) with 1 mL of 0.2% ropivacaine was "
                   "injected at each foramen: triamcinolone 60 mg and ropivacaine 6 mg in total."),
        contrast=("Isovue-M 200", 3), position="prone",
        procs=[dict(family="transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                    levels=["L3-L4", "L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[("triamcinolone_acetonide", 60, "mg"), ("ropivacaine", 6, "mg"), ("iopamidol", 3, "ml")],
        pain=(7, 4), codes=[("64483", ("RT",), 1), ("64484", ("RT",), 2)],
        omit=[], findings=["level_limit"], need="esi",
    ),
    dict(
        id="fca-ilesi-01", style="inline_fields", dos="2023-09-12", pos="11", sex="f",
        title="L5-S1 interlaminar epidural steroid injection",
        dx="Lumbar spinal stenosis with neurogenic claudication (M48.062)",
        kind="esi_both", side="bilateral", region="lumbar", img_lvl="L4-5", m=11, cw=8, odi=46,
        technique=("A 20-gauge Tuohy needle was advanced {fluoro} at the L5-S1 interspace in the midline using loss of "
                   "resistance to saline, with the depth checked on a lateral view. {contrast} Depo-Medrol 40 mg (1 mL of "
                   "40 mg/mL) diluted with 4 mL of preservative-free saline and 2 mL of 0.25% bupivacaine was injected."),
        contrast=("Omnipaque 300", 2), position="prone",
        procs=[dict(family="interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L5-S1"],
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[("methylprednisolone_acetate", 40, "mg"), ("bupivacaine", 5, "mg"), ("iohexol", 2, "ml")],
        pain=(6, 2), codes=[("62323", (), 1), ("J1030", (), 1)],
        omit=["imaging_findings"], findings=["imaging_findings"], need="esi-imaging_findings",
    ),
    dict(
        id="fca-caudal-01", style="odd_spacing", dos="2025-11-03", pos="22", sex="m",
        title="Caudal epidural steroid injection",
        dx="Post-laminectomy syndrome (M96.1) with bilateral leg pain",
        kind="esi_both", side="bilateral", region="lumbar", img_lvl="L4-5", central=True, m=14, cw=10, odi=52,
        technique=("The sacral hiatus was identified {fluoro} and a 20-gauge Tuohy needle was passed through the "
                   "sacrococcygeal ligament into the caudal canal. {contrast} A mixture of 2 mL Kenalog-40 (triamcinolone "
                   "80 mg), 2 mL of 1% lidocaine and 6 mL of normal saline was injected."),
        contrast=("Isovue-M 200", 4), position="prone",
        procs=[dict(family="interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy",
                    contrast=True, intent="therapeutic")],
        drugs=[("triamcinolone_acetonide", 80, "mg"), ("lidocaine", 20, "mg"), ("iopamidol", 4, "ml")],
        pain=(7, 5), codes=[("62323", (), 1)],
        omit=["symptom_duration"], findings=["symptom_duration"], need="esi-symptom_duration",
    ),
    dict(
        id="fca-mbb-01", style="attestation", dos="2024-06-18", pos="11", sex="f",
        title="Bilateral L4-5 and L5-S1 diagnostic medial branch blocks",
        dx="Lumbar spondylosis without myelopathy or radiculopathy (M47.816)",
        kind="facet_low", side="bilateral", m=10, cw=12, odi=36,
        technique=("This is the first diagnostic block. {fluoro_cap}, 22-gauge needles were placed on each side at the "
                   "L3 and L4 medial branches and the L5 dorsal ramus, the nerves to the L4-5 and L5-S1 facet joints. "
                   "At each of the six targets 0.5 mL of 0.5% bupivacaine was injected (3 mL in total)."),
        position="prone",
        procs=[dict(family="facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic", sedation="none")],
        drugs=[("bupivacaine", 15, "mg")],
        pain=(6, 1), pct=85, codes=[("64493", ("50", "KX"), 1), ("64494", ("50", "KX"), 1)],
        omit=[], findings=[], need="spine",
    ),
    dict(
        id="fca-mbb-02", style="caps_headers+truncated", dos="2025-09-09", pos="24", sex="m",
        title="Right C5-6 and C6-7 confirmatory medial branch blocks",
        dx="Cervical spondylosis without myelopathy or radiculopathy (M47.812)",
        kind="facet_neck", side="right", m=8, cw=10, ndi=34, d1="2025-08-12", p1=85,
        technique=("Second (confirmatory) diagnostic block. In the prone position, 25-gauge needles were guided {fluoro} "
                   "to the waists of the right C5, C6 and C7 articular pillars (medial branches supplying the C5-6 and "
                   "C6-7 facet joints). Bupivacaine 0.5%, 0.5 mL, was injected at each of the three nerves."),
        position="prone",
        procs=[dict(family="facet_injection", approach="medial_branch", region="cervical", laterality="right",
                    levels=["C5-C6", "C6-C7"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[("bupivacaine", 7.5, "mg")],
        pain=(7, None), codes=[("64490", ("KX", "RT"), 1), ("64491", ("KX", "RT"), 1)],
        omit=["post_procedure_pain_score"], findings=["post_procedure_pain_score"], need="spine", truncate=True,
    ),
    dict(
        id="fca-facet-01", style="title_headers", dos="2026-01-27", pos="11", sex="f", payer="medicare_fcso",
        title="Left L4-5 intra-articular facet joint injection, therapeutic",
        dx="Facet arthropathy, lumbar (M47.816)",
        kind="facet_low", side="left", m=16, cw=12, odi=34, d1="2025-09-30", d2="2025-10-21", p1=90, p2=80,
        extra=("Radiofrequency ablation was discussed; she has a cardiac pacemaker-defibrillator and chose an "
               "intra-articular steroid injection instead."),
        technique=("A 22-gauge needle was advanced {fluoro} into the inferior recess of the left L4-5 facet joint. "
                   "{contrast} Then 0.5 mL of Kenalog-40 (20 mg triamcinolone) mixed with 0.5 mL of 0.5% bupivacaine was "
                   "instilled into the joint."),
        contrast=("Omnipaque 240", 0.3), position="prone",
        procs=[dict(family="facet_injection", approach="intra_articular", region="lumbar", laterality="left",
                    levels=["L4-L5"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[("triamcinolone_acetonide", 20, "mg"), ("bupivacaine", 2.5, "mg"), ("iohexol", 0.3, "ml")],
        pain=(6, 2), codes=[("64493", ("LT",), 1), ("J3301", (), 2)],
        omit=[], findings=[], need="spine",
    ),
    dict(
        id="fca-rfa-01", style="dictated", dos="2024-12-03", pos="24", sex="m",
        title="Right L3-4 and L4-5 radiofrequency ablation of the medial branches",
        dx="Lumbar spondylosis without myelopathy or radiculopathy (M47.816)",
        kind="facet_low", side="right", m=20, cw=16, odi=42, d1="2024-09-10", d2="2024-10-01", p1=90, p2=85,
        technique=("RF cannulas (18-gauge, 10 mm active tip) were placed {fluoro} along the right L2, L3 and L4 medial "
                   "branches, which supply the L3-4 and L4-5 facet joints. Sensory stimulation at 50 Hz was concordant "
                   "below 0.5 V and 2 Hz motor testing to 2 V showed no leg contraction. After 1 mL of 2% lidocaine at "
                   "each nerve (3 mL in total), thermal lesions were made at 80 degrees C for 90 seconds at each site."),
        position="prone",
        procs=[dict(family="facet_rfa", approach="medial_branch", region="lumbar", laterality="right",
                    levels=["L3-L4", "L4-L5"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[("lidocaine", 60, "mg")],
        pain=(7, 3), codes=[("64635", ("RT",), 1), ("64636", ("RT",), 1)],
        omit=["consent"], findings=["consent"], need="spine", consent=False,
    ),
    dict(
        id="fca-rfa-02", style="bullets", dos="2026-03-24", pos="11", sex="f",
        title="Repeat bilateral L4-5 and L5-S1 medial branch radiofrequency neurotomy",
        dx="Lumbosacral spondylosis without myelopathy or radiculopathy (M47.817)",
        kind="facet_low", side="bilateral", m=30, cw=12, odi=38, when="April 2025", ppct=70, dur=10,
        technique=("{fluoro_cap}, 18-gauge RF cannulas were placed on both sides along the L3 and L4 medial branches and "
                   "the L5 dorsal ramus. Sensory testing was concordant and motor testing negative at every site. "
                   "Each site received 1 mL of 0.5% bupivacaine (6 mL in total), and lesions were then made at 85 "
                   "degrees C for 90 seconds."),
        position="prone",
        procs=[dict(family="facet_rfa", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="therapeutic")],
        drugs=[("bupivacaine", 30, "mg")],
        pain=(6, 3), codes=[("64635", ("50",), 1), ("64636", ("50",), 1)],
        omit=[], findings=[], need="spine",
    ),
    dict(
        id="fca-si-01", style="inline_fields", dos="2025-04-08", pos="11", sex="m",
        title="Left sacroiliac joint injection, diagnostic",
        dx="Sacroiliitis, left (M46.1)",
        kind="si", side="left", m=6, cw=8,
        technique=("A 22-gauge spinal needle was directed {fluoro} into the inferior third of the left sacroiliac joint. "
                   "{contrast} Bupivacaine 0.5%, 2 mL, was injected into the joint."),
        contrast=("Isovue-M 200", 0.5), position="prone",
        procs=[dict(family="si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="left",
                    imaging="fluoroscopy", contrast=True, intent="diagnostic", sedation="none")],
        drugs=[("bupivacaine", 10, "mg"), ("iopamidol", 0.5, "ml")],
        pain=(7, 1), pct=85, codes=[("27096", ("LT",), 1)],
        omit=[], findings=[], need="si",
    ),
    dict(
        id="fca-si-02", style="attestation", dos="2026-07-15", pos="22", sex="f",
        title="Bilateral sacroiliac joint injections, therapeutic",
        dx="Sacroiliitis (M46.1), bilateral",
        kind="si", side="bilateral", m=9, cw=10, d1="2026-05-19", p1=80,
        technique=("Under fluoroscopy a 22-gauge needle was placed into the lower pole of the right and then the left "
                   "sacroiliac joint. {contrast} Each joint received 1 mL of Kenalog-40 (40 mg triamcinolone) with 1 mL "
                   "of 1% lidocaine, 80 mg of triamcinolone in total."),
        contrast=("Omnipaque 240", 1), position="prone",
        procs=[dict(family="si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="bilateral",
                    imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[("triamcinolone_acetonide", 80, "mg"), ("lidocaine", 20, "mg"), ("iohexol", 1, "ml")],
        pain=(7, 2), pct=70, codes=[("27096", ("50",), 1)],
        omit=[], findings=[], need="si",
    ),
    dict(
        id="fca-lsb-01", style="odd_spacing", dos="2025-05-20", pos="11", sex="f",
        title="Left lumbar sympathetic block at L3",
        dx="Complex regional pain syndrome type I of the left lower limb (G90.522)",
        kind="crps", side="left", m=7,
        technique=("A 22-gauge 5-inch needle was advanced {fluoro} from the left to the anterolateral border of the L3 "
                   "vertebral body. {contrast} Ropivacaine 0.2%, 10 mL, was injected in divided doses. Skin temperature "
                   "of the left foot rose from 29 to 33 degrees C."),
        contrast=("Omnipaque 240", 3), position="prone",
        procs=[dict(family="sympathetic_block", target="lumbar_sympathetic", region="lumbar", laterality="left",
                    levels=["L3"], imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[("ropivacaine", 20, "mg"), ("iohexol", 3, "ml")],
        pain=(8, 4), codes=[("64520", (), 1), ("77002", (), 1), ("Q9966", (), 3)],
        omit=[], findings=[], need="other",
    ),
    dict(
        id="fca-gon-01", style="title_headers", dos="2024-02-27", pos="11", sex="m",
        title="Bilateral greater occipital nerve blocks",
        dx="see prior notes",
        kind="gon", side="bilateral", m=5,
        technique=("Using palpation of the occipital artery and no imaging, a 25-gauge needle was inserted medial to the "
                   "artery at the superior nuchal line on each side. After negative aspiration, 2 mL of 0.5% bupivacaine "
                   "with 10 mg triamcinolone (0.25 mL of Kenalog-40) was injected on each side."),
        position="seated",
        procs=[dict(family="occipital_nerve_block", target="greater_occipital", region="occipital",
                    laterality="bilateral", imaging="none")],
        drugs=[("bupivacaine", 20, "mg"), ("triamcinolone_acetonide", 20, "mg")],
        pain=(7, 2), codes=[("64405", ("50",), 1), ("J3301", (), 2)],
        omit=["diagnosis"], findings=["diagnosis"], need="gon",
    ),
]

# necessity flags per kind of note (what the generated text documents to each requirement's standard)
NEED = {
    "esi": ("diagnosis", "symptom_duration", "conservative_care", "functional_impairment", "imaging_findings",
            "radicular_findings"),
    "spine": ("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
    "si": ("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
    "other": ("diagnosis", "symptom_duration", "conservative_care"),
    "gon": ("symptom_duration", "conservative_care"),
}


def _need(tag: str) -> tuple:
    base, _, gone = tag.partition("-")
    return tuple(k for k in NEED[base] if k != gone)


# --------------------------------------------------------------------------------------------------------------
# rendering
# --------------------------------------------------------------------------------------------------------------


class _Writer:
    """Draws phrasings for one note from the pools (seeded, so every rebuild is identical)."""

    def __init__(self, rng: random.Random, spec: dict):
        self.rng, self.spec = rng, spec
        side = spec.get("side", "")
        self.slots = dict(PRONOUNS[spec["sex"]], side=side, side_cap=side.capitalize(), m=spec.get("m"),
                          w=(spec.get("m") or 0) * 4 + 2, cw=spec.get("cw"), odi=spec.get("odi"), ndi=spec.get("ndi"),
                          pre=spec["pain"][0], post=spec["pain"][1], pct=spec.get("pct"), ppct=spec.get("ppct"), d1=spec.get("d1"),
                          d2=spec.get("d2"), p1=spec.get("p1"), p2=spec.get("p2"), when=spec.get("when"),
                          dur=spec.get("dur"), position=spec.get("position", "prone"),
                          region=spec.get("region", ""), Region=spec.get("region", "").capitalize(),
                          lvl=spec.get("img_lvl"))

    def say(self, pool: list[str], **extra) -> str:
        return self.rng.choice(pool).format(**{**self.slots, **extra})

    def fluoro(self) -> str:
        return self.rng.choice(FLUORO)


def _history(w: _Writer, s: dict) -> list[str]:
    """The indication sentences: symptoms, duration, care, function, imaging, prior blocks."""
    kind, omit = s["kind"], s["omit"]
    out: list[str] = []
    if kind == "esi_leg":
        out.append(w.say(RADIC_LEG))
    elif kind == "esi_both":
        out.append(w.say(RADIC_BOTH))
    elif kind == "esi_arm":
        out.append(w.say(RADIC_ARM))
    elif kind == "facet_low":
        out.append(w.say(AXIAL_LOW))
    elif kind == "facet_neck":
        out.append(w.say(AXIAL_NECK))
    elif kind == "si":
        out.append(w.say(SI_EXAM_BOTH if s["side"] == "bilateral" else SI_EXAM))
    elif kind == "crps":
        out.append("Burning pain, allodynia, swelling and color change of the left foot and ankle after an ankle "
                   "fracture; the foot is cooler than the right.")
    elif kind == "gon":
        out.append("Headaches start in the upper neck on both sides and shoot over the back of the scalp, with "
                   "tenderness over both greater occipital nerves that reproduces the pain.")
    if "symptom_duration" not in omit:
        out.append(w.say(DURATION))
    if kind == "crps":
        out.append("Gabapentin and six weeks of desensitization therapy have not improved it.")
    elif kind == "gon":
        out.append("Amitriptyline and two months of neck physical therapy gave no relief.")
    elif "conservative_care" not in omit:
        out.append(w.say(CARE))
    if kind in ("esi_leg", "esi_both", "facet_low", "si"):
        out.append(w.say(FUNCTION_LOW))
    elif kind in ("esi_arm", "facet_neck"):
        out.append(w.say(FUNCTION_NECK))
    if kind.startswith("esi") and "imaging_findings" not in omit:
        pool = IMAGING_CENTRAL if s.get("central") or kind == "esi_both" else IMAGING
        out.append(w.say(pool))
    if s.get("p2"):
        out.append(w.say(DX_BLOCK2))
    elif s.get("p1") and kind == "si":
        out.append(w.say(SI_BLOCK))
    elif s.get("p1"):
        out.append(w.say(DX_BLOCK1))
    if s.get("when"):
        out.append(w.say(PRIOR_RFA))
    if s.get("extra"):
        out.append(s["extra"])
    return out


def _parts(w: _Writer, s: dict) -> dict[str, str]:
    """Each documented element as text, keyed by section."""
    omit = s["omit"]
    fl = w.fluoro()
    tech = s["technique"]
    contrast = ""
    if s.get("contrast"):
        cname, ml = s["contrast"]
        contrast = w.say(CONTRAST, cname=cname, ml=f"{ml:g}")
    tech = tech.format(fluoro=fl, fluoro_cap=fl[0].upper() + fl[1:], contrast=contrast).replace("  ", " ")
    post = []
    if s["pain"][1] is not None and "post_procedure_pain_score" not in omit:
        post.append(w.say(POST))
        if s.get("pct"):
            post.append(w.say(PERCENT))
    saved = ""
    if s["kind"].startswith("esi") or s["kind"] == "si":
        saved = s.get("saved_text") or w.say(SAVED)
    return {
        "title": s["title"],
        "dx": "Pain, see prior notes." if "diagnosis" in omit else s["dx"],
        "history": " ".join(_history(w, s)),
        "pre": w.say(PRE),
        "consent": "" if "consent" in omit else w.say(CONSENT),
        "timeout": w.say(TIMEOUT),
        "sedation": s.get("sedation") or (w.say(NO_SEDATION) if s["procs"][0].get("sedation") == "none" else ""),
        "prep": w.say(PREP),
        "technique": tech,
        "saved": saved,
        "complications": w.say(COMPLICATIONS),
        "post": " ".join(post),
        "dispo": w.say(DISPO),
    }


def _fmt_date(iso: str, rng: random.Random) -> str:
    y, m, d = iso.split("-")
    return rng.choice([f"{m}/{d}/{y}", iso, f"{int(m)}/{int(d)}/{y}"])


def _render(style: str, p: dict[str, str], s: dict, rng: random.Random) -> str:
    """Lay the parts out in one of the seven styles."""
    dos = _fmt_date(s["dos"], rng)
    body = [x for x in (p["sedation"], p["prep"], p["technique"], p["saved"]) if x]
    if style.startswith("caps_headers"):
        blocks = [f"PROCEDURE: {p['title']}", f"DATE OF SERVICE: {dos}", f"DIAGNOSIS: {p['dx']}",
                  f"INDICATIONS: {p['history']}", f"PRE-PROCEDURE: {p['pre']} {p['consent']} {p['timeout']}".strip(),
                  "DESCRIPTION OF PROCEDURE: " + " ".join(body), f"COMPLICATIONS: {p['complications']}",
                  f"POST-PROCEDURE: {p['post']} {p['dispo']}".strip()]
        return "\n\n".join(blocks)
    if style == "title_headers":
        blocks = [f"Procedure: {p['title']}", f"Date: {dos}", f"Diagnosis: {p['dx']}", f"History: {p['history']}",
                  f"Pre-procedure: {p['pre']}", f"Consent: {p['consent']}" if p["consent"] else "",
                  f"Time-out: {p['timeout']}", "Technique: " + " ".join(body),
                  f"Complications: {p['complications']}", f"Post-procedure: {p['post']} {p['dispo']}".strip()]
        return "\n\n".join(b for b in blocks if b)
    if style == "dictated":
        paras = [f"{p['title']}, performed {dos}. Diagnosis: {p['dx']}.".replace("..", "."),
                 f"{p['history']} {p['pre']}",
                 " ".join(x for x in (p["consent"], p["timeout"]) if x),
                 " ".join(body),
                 " ".join(x for x in (p["complications"], p["post"], p["dispo"]) if x)]
        return "\n\n".join(x for x in paras if x)
    if style == "bullets":
        hist = [f"- {x}" for x in _sentences(p["history"])]
        proc = [f"- {x}" for x in _sentences(" ".join(body))]
        lines = [p["title"], f"DOS {dos}", "", "Diagnosis:", f"- {p['dx']}", "", "Indication:", *hist, "",
                 "Pre-procedure:", f"- {p['pre']}"]
        lines += [f"- {p['consent']}"] if p["consent"] else []
        lines += [f"- {p['timeout']}", "", "Procedure:", *proc, "", "Outcome:", f"- {p['complications']}"]
        lines += [f"- {x}" for x in _sentences(p["post"])] + [f"- {p['dispo']}"]
        return "\n".join(lines)
    if style == "inline_fields":
        fields = [("Procedure", p["title"]), ("DOS", dos), ("Dx", p["dx"]), ("Hx", p["history"]),
                  ("Pre-op pain", p["pre"]), ("Consent", p["consent"]), ("Time-out", p["timeout"]),
                  ("Technique", " ".join(body)), ("Complications", p["complications"]),
                  ("Post", f"{p['post']} {p['dispo']}".strip())]
        return "\n".join(f"{k}: {v}" for k, v in fields if v)
    if style == "odd_spacing":
        blocks = [f"  {p['title'].upper()}  ", f"dos:   {dos}", f"Dx :  {p['dx']}", "",
                  f"indication :\n    {p['history']}", "", f"   {p['pre']}   {p['consent']}", f"{p['timeout']}", "",
                  "procedure  note :", "   " + "\n   ".join(_sentences(" ".join(body))), "",
                  f"complications :  {p['complications']}", f"   {p['post']}", f"{p['dispo']}   "]
        return "\n".join(blocks)
    if style == "attestation":
        blocks = [f"Procedure Note - {p['title']}", f"Service date: {dos}", f"Preoperative diagnosis: {p['dx']}",
                  f"Indications: {p['history']}",
                  " ".join(x for x in (p["pre"], p["consent"], p["timeout"]) if x),
                  "Procedure details: " + " ".join(body),
                  " ".join(x for x in (p["complications"], p["post"], p["dispo"]) if x),
                  rng.choice(ATTEST)]
        return "\n\n".join(blocks)
    raise ValueError(style)


def _sentences(text: str) -> list[str]:
    out, cur = [], ""
    for tok in text.split(" "):
        cur = f"{cur} {tok}".strip()
        if tok.endswith(".") and not tok[:-1].replace(".", "").isdigit() and len(tok) > 2:
            out.append(cur)
            cur = ""
    if cur:
        out.append(cur)
    return out


def _truncate(text: str) -> str:
    """Cut the note mid-sentence inside its post-procedure assessment (as an EHR export cut off)."""
    head, _, _ = text.rpartition("POST-PROCEDURE:")
    return head + "POST-PROCEDURE: Pain on reassessment at thirty minutes was"


def build_generated(add, proc, line, given) -> None:
    rng = random.Random(SEED)
    for s in SPECS:
        w = _Writer(rng, s)
        text = _render(s["style"], _parts(w, s), s, rng)
        if s.get("truncate"):
            text = _truncate(text)
        procs = [proc(p["family"], **{k: v for k, v in p.items() if k != "family"}) for p in s["procs"]]
        drugs = [given(g, d, u) for g, d, u in s["drugs"]]
        codes = [line(c, *m, units=u) for c, m, u in s["codes"]]
        add(s["id"], s["style"], text, procs=procs, drugs=drugs, pain=s["pain"], need=_need(s["need"]), codes=codes,
            findings=s["findings"], dos=s["dos"], pos=s["pos"], consent=s.get("consent", True),
            payer=s.get("payer", "medicare"))
        add.__globals__["NOTES"][-1]["origin"] = "generated"


# --------------------------------------------------------------------------------------------------------------
# hand-dictated half: spine (hard cases of levels, sides, repeats, contrast allergy, pulsed RF, CRNA, shorthand)
# --------------------------------------------------------------------------------------------------------------


def _hand_spine(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:
    add("fca-h-mbb-01", "hand_prose", """
Bilateral lumbar medial branch blocks, diagnostic #1

This 67-year-old woman returns for the first of two planned diagnostic blocks for axial low back pain she has had for about eight months. The pain sits across the belt line, is worse when she stands at the sink or leans back, and does not go into the legs; straight-leg raise is negative. Ten weeks of physical therapy and daily naproxen have not changed it. She can stand for roughly fifteen minutes before she has to sit, and her Oswestry score is 38%. Diagnosis: lumbar spondylosis without myelopathy or radiculopathy (M47.816).

Pain today before the block is 7/10. After we reviewed the risks and the plan for a pain diary she signed the consent. A time-out was completed.

Prone, prepped and draped. Under fluoroscopy a 22-gauge needle was walked onto the junction of the superior articular process and transverse process of L4, then of L5, on the right for the right L3 and L4 medial branches, and a third needle onto the sacral ala for the right L5 dorsal ramus. Each target received 0.5 mL of 0.5% bupivacaine after negative aspiration. The same three nerves were then blocked on her left side in identical fashion, with the same volume at each. Total 0.5% bupivacaine 3 mL.

No complications. At 30 minutes her pain was 2/10 with extension and rotation, and she went home with the diary.
""", procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic")],
        drugs=[given("bupivacaine", 15)], pain=(7, 2), need=SPINE_NEED,
        codes=[line("64493", "50", "KX"), line("64494", "50", "KX")], findings=[], dos="2025-10-14",
        comment="Nerves only (right L3, L4 MB + L5 dorsal ramus, then the same on the left): joints L4-L5 and L5-S1, "
                "bilateral; first diagnostic block, so KX and no prior-block relief is asked.")

    add("fca-h-facet-01", "hand_prose", """
PROCEDURE: Right lumbar facet joint injections, intra-articular (therapeutic)
LEVELS: L3-4, L4-5
SIDE: Right
DIAGNOSIS: Lumbar facet arthropathy (M47.816)
ANESTHESIA: Local

She is 72 and has had right-sided axial low back pain for more than two years. It is worse with standing and extension and does not travel into the leg. Eight weeks of physical therapy last spring, a home exercise program, acetaminophen and topical diclofenac have given no lasting relief. She can no longer walk the dog past the end of the street. Two diagnostic medial branch blocks in November and December 2025 gave 90% and 85% relief. She declined radiofrequency ablation after a relative had a poor result, so therapeutic intra-articular injections were chosen instead.

Pre-procedure pain 6/10. Consent signed. Time-out performed.

Description: Prone. With the C-arm rotated to open the joints under fluoroscopy, one 22-gauge needle was placed into the right L4-5 facet joint and a second into the right L5-S1 facet joint, and 0.2 mL of Omnipaque 240 gave an arthrogram in each. The L4-5 joint received 0.5 mL of Kenalog-40 (triamcinolone 20 mg) with 0.5 mL of 0.5% bupivacaine. At L5-S1 the contrast leaked from the capsule toward the epidural space, so a non-particulate mixture was used there instead: dexamethasone 4 mg (1 mL of 4 mg/mL) with 0.5 mL of 2% lidocaine.

No complications. Pain 2/10 twenty minutes later.
""", procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="right",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic",
                 sedation="local")],
        drugs=[given("triamcinolone_acetonide", 20), given("bupivacaine", 2.5),
               given("dexamethasone_sodium_phosphate", 4), given("lidocaine", 10), given("iohexol", 0.4, "ml")],
        pain=(6, 2), need=SPINE_NEED,
        codes=[line("64493", "RT"), line("64494", "RT"), line("J3301", units=2), line("J1100", units=4)],
        findings=["laterality_conflict"], dos="2026-02-10",
        comment="Header levels L3-4, L4-5; the needles went into L4-5 and L5-S1: levels and codes follow the "
                "description and the difference is a laterality_conflict. A different solution in each joint "
                "(triamcinolone 20 mg + bupivacaine 2.5 mg; dexamethasone 4 mg + lidocaine 10 mg).")

    add("fca-h-ilesi-01", "hand_prose", """
Lumbar interlaminar epidural steroid injection, L4-L5, without contrast

He is a 58-year-old man with left leg pain for four months that runs from the buttock down the back of the thigh into the calf. Straight-leg raise is positive at 45 degrees on the left and the left ankle reflex is reduced. MRI from September shows a left paracentral L4-5 disc extrusion compressing the traversing left L5 root. Six weeks of physical therapy and naproxen did not relieve the leg pain. He cannot sit through a work meeting or walk more than ten minutes. Diagnosis: lumbar disc herniation with radiculopathy (M51.16).

He had an anaphylactic reaction to iodinated contrast during a CT in 2019 (contrast allergy on his list), so no contrast was used today; we discussed this beforehand.

Pain 8/10 before the procedure. Informed consent was signed and a time-out done.

Prone. Under fluoroscopy the L4-5 interlaminar space was squared off and the skin and track were anesthetized with 2 mL of 1% lidocaine. A 20-gauge Tuohy needle was advanced to the ligamentum flavum and the epidural space was entered with loss of resistance to preservative-free saline on the first pass, depth confirmed on the lateral view. No blood or CSF. Triamcinolone 80 mg (2 mL Kenalog-40) with 3 mL of preservative-free saline was injected. AP and lateral images were saved.

No complications. Pain 4/10 on leaving.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L4-L5"],
                 imaging="fluoroscopy", contrast=False, intent="therapeutic")],
        drugs=[given("lidocaine", 20), given("triamcinolone_acetonide", 80)], pain=(8, 4), need=ESI_NEED,
        codes=[line("62323")], findings=[], dos="2024-11-19", pos="22",
        comment="No contrast with a documented contraindication (anaphylaxis, contrast allergy): no contrast finding.")

    add("fca-h-ilesi-02", "hand_prose", """
Cervical epidural steroid injection, C6-7 interlaminar (repeat)

Second cervical epidural for this 61-year-old woman with left arm pain. The pain began about four months ago and radiates from the neck over the shoulder to the thumb, with numbness of the thumb and index finger and a reduced left biceps reflex; Spurling's test is positive on the left. Cervical MRI shows a left C5-6 disc-osteophyte complex narrowing the foramen. Six weeks of physical therapy and meloxicam did not change it. She wakes every night from the arm pain and has cut back her hours as a hairdresser; NDI 40%. Her first epidural was in April. She says it helped some, though she could not say how much or for how long.

Diagnosis: Cervical radiculopathy (M54.12).

Pain today 6/10. Consent reviewed and signed; time-out completed.

Prone with the neck flexed on a pillow. Under fluoroscopy, with a contralateral oblique view to judge depth, a 20-gauge Tuohy needle entered the epidural space at C6-7 just left of midline by loss of resistance. 1.5 mL of Omnipaque 240 showed epidural spread without vascular uptake. Decadron 10 mg (1 mL of 10 mg/mL) in 2 mL of preservative-free saline was injected. AP and contralateral oblique views were saved.

Complications: none. Post-procedure pain 3/10.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C6-C7"],
                 imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1.5, "ml"), given("dexamethasone_sodium_phosphate", 10)], pain=(6, 3), need=ESI_NEED,
        codes=[line("62321"), line("J1100", units=10)], findings=["prior_procedure_response"], dos="2025-07-29",
        comment="A repeat ('second cervical epidural') whose earlier response is only 'helped some': no documented "
                "50% / 3-month response.")

    add("fca-h-caudal-01", "hand_bullets", """
CAUDAL EPIDURAL STEROID INJECTION

- Indication: 74-year-old man, pain in both buttocks and legs after walking 5 minutes, relieved by sitting, for about a year
- MRI: severe central stenosis at L3-4 and L4-5, grade 1 spondylolisthesis L4-5
- Tried and failed: PT x 8 weeks, gabapentin (no benefit); now uses a walker
- Function: cannot walk through the grocery store; gave up singing in the church choir because he cannot stand
- Dx: Lumbar spinal stenosis with neurogenic claudication (M48.062)
- Pre-procedure pain 7/10
- Consent signed, time-out done
- Sedation: moderate, midazolam 2 mg IV given by me for claustrophobia on the prone table; start 10:02, stop 10:15
- Monitors: continuous pulse oximetry, ECG, NIBP
- Prone; sacral hiatus located on the lateral fluoroscopic view; 22-gauge spinal needle into the caudal canal
- Omnipaque 180, 5 mL: epidural filling up to L4, no intravascular spread
- Injected Depo-Medrol 80 mg (2 mL) with 5 mL of 1% lidocaine
- Images saved: lateral and AP
- No complications
- Post 3/10; discharged, wife driving
""", procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy", contrast=True,
                 intent="therapeutic", sedation="moderate")],
        drugs=[given("midazolam", 2), given("iohexol", 5, "ml"), given("methylprednisolone_acetate", 80),
               given("lidocaine", 50)],
        pain=(7, 3), need=ESI_NEED, codes=[line("62323")], findings=["sedation_details"], dos="2024-04-16", pos="24",
        comment="Moderate sedation by the proceduralist with agent, dose, times and reason, but no independent "
                "observer: sedation_details, and no 99152.")

    add("fca-h-tfesi-01", "hand_prose", """
Procedure: LEFT L4-5 TRANSFORAMINAL EPIDURAL STEROID INJECTION
Date of service: 09/22/2026
Diagnosis: Right L4 radiculopathy (M54.16)

He is 66 and has had right anterior thigh and medial shin pain for three months since lifting bags of mulch. On exam the right quadriceps is 4+/5, the right patellar reflex is absent, sensation is reduced over the right medial leg, and the femoral stretch test is positive on the right. MRI shows a right foraminal disc protrusion at L4-5 compressing the exiting right L4 root. Five weeks of physical therapy and celecoxib have not helped; he cannot climb stairs without the rail or stand at his workbench.

Pain 7/10 before. Consent: risks and benefits discussed, form signed. Time-out performed.

Prone. With the C-arm obliqued toward the right, a 22-gauge needle was advanced to the right L4-5 foramen in the safe triangle beneath the right L4 pedicle. 1 mL of Isovue-M 300 outlined the right L4 root and the epidural space with no vascular flow. Injected 1 mL Kenalog-40 (triamcinolone 40 mg) with 1 mL of 1% lidocaine. AP and lateral images were saved.

No complications. Post 2/10, thigh pain improved.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                 levels=["L4-L5"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iopamidol", 1, "ml"), given("triamcinolone_acetonide", 40), given("lidocaine", 10)],
        pain=(7, 2), need=ESI_NEED, codes=[line("64483", "RT"), line("J3301", units=4)],
        findings=["laterality_conflict"], dos="2026-09-22",
        comment="Title says LEFT; diagnosis, exam and every needle sentence say right: codes follow the description "
                "(RT) and the difference is a laterality_conflict.")

    add("fca-h-tfesi-02", "hand_prose", """
Repeat left L5-S1 transforaminal epidural steroid injection

Diagnoses:
1. Lumbar radiculopathy, left L5 (M54.16)
2. Lumbar degenerative disc disease (M51.36)

She returns for a repeat injection. The left L5-S1 transforaminal injection on 9/10/2024 gave her about 70% relief of the left leg pain that lasted roughly five months, and she was back to walking two miles. The leg pain has now returned in its old pattern: buttock, lateral thigh and calf to the top of the foot, with numbness over the dorsum of the foot, straight-leg raise positive on the left at 50 degrees and weak left great-toe extension. Symptoms go back about eleven months in all. MRI from 2024 shows a left foraminal protrusion at L5-S1 contacting the exiting L5 root, with moderate disc degeneration. She has kept up her home exercise program and taken naproxen for the past eight weeks without relief. She again cannot walk more than a block and has stopped working in her garden; Oswestry 36%.

Pain 6/10 before starting. Written consent obtained; time-out held.

Prone. Under fluoroscopy a 22-gauge needle was advanced to the left L5-S1 foramen (left L5 nerve root). 1 mL of Omnipaque 240 showed perineural and epidural flow with no vascular pattern. Injected dexamethasone 10 mg (1 mL of 10 mg/mL) with 1 mL of 0.25% bupivacaine. AP and lateral views saved.

No complications. Pain afterwards 1/10.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                 levels=["L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 1, "ml"), given("dexamethasone_sodium_phosphate", 10), given("bupivacaine", 2.5)],
        pain=(6, 1), need=ESI_NEED, codes=[line("64483", "LT")], findings=["code_validity"], dos="2025-03-04",
        pos="22",
        comment="Repeat with a documented response (70% for about five months): no prior_procedure_response. M51.36 "
                "ended 2024-09-30, so it is not valid on 2025-03-04 (code_validity); M54.16 supports the ESI.")

    add("fca-h-tfesi-03", "hand_shorthand", """
B/L L5 + S1 TFESI

Dx: B/L S1 radiculopathy (M54.17)
HPI: 55F, LBP + B/L posterior leg pain to heels x 5 mo, numb lat feet, dec ankle jerks B/L, SLR + B/L. PT x 8 wk, no help. Gabapentin -> dizzy, stopped.
MRI 6/2024: L5-S1 central + B/L paracentral protrusion contacting both S1 roots; mild B/L L5-S1 foraminal narrowing.
Pre 8/10. Consent signed. Time-out done.
Proc: prone, prep/drape. Fluoro. 22g needles to B/L L5-S1 foramina (L5 roots) and B/L S1 foramina via dorsal S1 foramen. Omnipaque 240 1 mL each site (4 mL) - good perineural spread, no vasc. Each site: Kenalog 10 mg (0.25 mL of 40 mg/mL) + 0.5 mL 1% lido. Total Kenalog 40 mg.
AP + lat saved.
No cx. Post 3/10. F/u 3 wk.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                 levels=["L5-S1", "S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 4, "ml"), given("triamcinolone_acetonide", 40), given("lidocaine", 20)],
        pain=(8, 3), need=minus(ESI_NEED, "functional_impairment"),
        codes=[line("64483", "50"), line("64484", "50"), line("J3301", units=4)],
        findings=["functional_impairment"], dos="2024-09-05",
        comment="Shorthand: L5 roots = L5-S1 foramina, S1 foramina = S1; two foramina each side, bilateral (50 on "
                "primary and add-on). No functional limitation or disability scale is written.")

    add("fca-h-rfa-01", "hand_prose", """
Left cervical medial branch pulsed radiofrequency, C5, C6 and C7

Indication: 63-year-old woman with left-sided axial neck pain for three years, worse with rotation and extension and referring to the left shoulder blade; no arm symptoms and a normal neurologic exam. Physical therapy twice (most recently 8 weeks last summer), NSAIDs and a TENS unit have not controlled it. She has stopped driving on the highway because she cannot check her blind spot, and she sleeps three to four hours a night; NDI 44%. Diagnostic left C5, C6 and C7 medial branch blocks on 10/8/2024 and 11/5/2024 gave 90% and 85% relief of the neck pain. After we discussed thermal versus pulsed treatment she chose pulsed radiofrequency, worried about numbness and weakness after a heat lesion.

Diagnosis: Cervical spondylosis without myelopathy or radiculopathy (M47.812).

Pre-procedure pain 6/10. Consent signed after discussion; time-out completed.

Anesthesia: monitored anesthesia care by the CRNA, midazolam 2 mg and fentanyl 50 mcg IV, 07:41 to 08:09. MAC was needed because of severe claustrophobia and panic in the prone position, documented at both of her earlier blocks.

Technique: Prone, neck slightly flexed. Under fluoroscopy in the lateral view, 22-gauge RF cannulas with 5 mm active tips were placed at the centroids of the left C5 and C6 articular pillars and on the left C7 articular pillar. Sensory stimulation reproduced the neck pain below 0.6 V; motor stimulation at 2 Hz up to 1.5 V produced no arm contraction. After 1 mL of 1% lidocaine through each cannula, pulsed radiofrequency was delivered at 42 degrees C, two 120-second cycles at each nerve.

No complications. Post-procedure pain 4/10.
""", procs=[proc("facet_rfa", approach="medial_branch", region="cervical", laterality="left",
                 levels=["C5-C6", "C6-C7"], imaging="fluoroscopy", intent="therapeutic", sedation="mac")],
        drugs=[given("lidocaine", 30)], pain=(6, 4), need=SPINE_NEED, codes=[line("64999")], findings=["approach"],
        dos="2025-01-21", pos="24",
        comment="Pulsed RF destroys no nerve: 64999, and rfa.technique (only thermal is covered) is the approach "
                "element. C5, C6, C7 medial branches = C5-C6 and C6-C7 joints. MAC by the CRNA with agents, doses, "
                "times and reason: its drugs are not listed and no sedation finding.")


def _hand_other(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:
    add("fca-h-si-01", "hand_prose", """
Procedure: Right sacroiliac joint injection, therapeutic, fluoroscopically guided
Diagnosis: Right sacroiliitis (M46.1)
Place: office procedure suite

Seventy-year-old man with right buttock pain below the belt line for about seven months, worse getting up from a chair and climbing into his truck. Four of five provocation tests are positive on the right (thigh thrust, compression, FABER, Gaenslen). Six weeks of pelvic stabilization physical therapy and ibuprofen brought no lasting improvement. He cannot stand at his workbench for more than fifteen minutes. A diagnostic right SI joint injection on 3/17/2026 gave 80% relief for six hours.

Pre-procedure pain 6/10. Consent discussed and signed. Time-out done.

Prone. Using fluoroscopy with caudal tilt to separate the joint lines, a 22-gauge spinal needle entered the inferior right SI joint. 0.5 mL of Omnipaque 300 confirmed an intra-articular arthrogram. Injected Depo-Medrol 40 mg (1 mL of 40 mg/mL) and 1 mL of 2% lidocaine. AP and oblique images were saved.

No complications. Post 1/10, roughly 80% improvement.
""", procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="right",
                 imaging="fluoroscopy", contrast=True, intent="therapeutic")],
        drugs=[given("iohexol", 0.5, "ml"), given("methylprednisolone_acetate", 40), given("lidocaine", 20)],
        pain=(6, 1), need=SPINE_NEED, codes=[line("27096", "RT"), line("J1010", units=40)], findings=[],
        dos="2026-06-09", payer="medicare_cgs")

    add("fca-h-tpi-01", "hand_prose", """
Trigger point injections with onabotulinumtoxinA, right neck and shoulder girdle

52-year-old woman with right-sided neck and upper back myofascial pain for two years. Eight weeks of physical therapy and nightly tizanidine gave little benefit, and earlier trigger point injections (2023) helped only for a week or two. She can work only half days at her computer and has stopped lifting her grandson. On exam today there are taut bands with local twitch responses and referred pain in the right upper trapezius, levator scapulae, splenius capitis and rhomboid major.

Diagnosis: Myofascial pain syndrome, neck and upper back (M79.12).

Pain before 7/10. Consent signed; time-out held.

A 100-unit single-use vial of Botox was reconstituted with 2 mL of preservative-free saline (5 units per 0.1 mL). With a 27-gauge needle the following were injected: right upper trapezius 25 units, right levator scapulae 15 units, right splenius capitis 15 units, right rhomboid major 15 units, for 70 units in all. The remaining 30 units in the vial were wasted and discarded, witnessed by nursing.

No complications. Pain afterwards 5/10; she knows the toxin takes one to two weeks to work. Follow-up in four weeks.
""", procs=[proc("trigger_point", region="cervical")],
        drugs=[given("onabotulinumtoxinA", 70, "units")], pain=(7, 5),
        need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        codes=[line("20553"), line("J0585", units=70), line("J0585", "JW", units=30)], findings=["percent_relief"],
        dos="2025-08-12",
        comment="Four muscles: 20553. Single-use 100-unit vial, 70 units given and 30 discarded: J0585 x70 and a "
                "JW line x30 (no JZ). Percent relief only implied by 7 -> 5: percent_relief.")

    add("fca-h-impar-01", "hand_prose", """
Ganglion impar block under fluoroscopy

This 48-year-old woman has had coccygeal pain since a fall on the ice eight months ago, worse sitting and on rising from a chair. A coccyx cushion, NSAIDs and ten weeks of pelvic floor therapy have not helped. She can sit for only fifteen minutes at a time. Diagnosis: coccydynia.

Pain today 8/10. Informed consent signed. Time-out performed.

Prone with a pillow under the hips. Using the lateral fluoroscopic view, a 22-gauge spinal needle was passed through the sacrococcygeal junction until the tip lay just anterior to it. 1 mL of Omnipaque 180 spread in a retroperitoneal comma shape in front of the junction. 4 mL of 0.25% bupivacaine with 40 mg triamcinolone (1 mL Kenalog-40) was injected. The needle was removed and a bandage applied.

She was observed for 30 minutes and discharged with her husband.
""", procs=[proc("sympathetic_block", target="ganglion_impar", region="sacral", imaging="fluoroscopy",
                 contrast=True)],
        drugs=[given("iohexol", 1, "ml"), given("bupivacaine", 10), given("triamcinolone_acetonide", 40)],
        pain=(8, None), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        codes=[line("64999"), line("77002", "26")], findings=["complications", "post_procedure_pain_score"],
        dos="2024-03-19", pos="24", complications=None,
        comment="Ganglion impar: 64999 + 77002-26 at an ASC, midline (no side). Neither complications nor a "
                "post-procedure pain score is written.")

    add("fca-h-pump-01", "hand_prose", """
Intrathecal pump refill and reprogramming

69-year-old man with failed back surgery syndrome and chronic pain syndrome (G89.4), maintained on intrathecal morphine. Pain today 6/10, a little worse over the last month, with more trouble walking to the mailbox.

Consent for the refill was reviewed and signed. Time-out completed.

I interrogated the pump with the programmer: reservoir volume 3.5 mL as expected, alarm date in nine days, no error messages. Using sterile technique and the template, I accessed the reservoir port with a 22-gauge non-coring needle and aspirated 3.4 mL of residual fluid, which was discarded. I then instilled 20 mL of preservative-free morphine 10 mg/mL (200 mg) through the filter. I increased the daily dose by 10%, from 2.0 to 2.2 mg/day in simple continuous mode, and programmed the new reservoir volume and alarm date.

No complications; he tolerated it well. Next refill in about 12 weeks.
""", procs=[proc("pump_refill")], drugs=[given("morphine", 200)], pain=(6, None),
        need=("diagnosis", "functional_impairment"), codes=[line("62370")], findings=[], dos="2026-04-07")

    add("fca-h-pump-02", "hand_shorthand", """
ITB pump refill

41F, spastic paraparesis after T10 SCI, on intrathecal baclofen. Tone stable, no withdrawal sx, spasms 1-2/day.
Pump interrogated: res 2.1 mL, alarm 12/16.
Consent on file, reviewed today. Time-out done.
Prep w/ chlorhexidine, template, 22g Huber needle into reservoir, 2.0 mL aspirated & discarded. Refilled baclofen 2000 mcg/mL, 20 mL (40 mg).
No cx. Next refill ~3 mo.
""", procs=[proc("pump_refill")], drugs=[given("baclofen", 40)], pain=(None, None), need=("diagnosis",),
        codes=[line("95991")], findings=["approach"], dos="2025-12-02",
        comment="Says neither who refilled nor whether the pump was reprogrammed (interrogation only): approach, "
                "and 95991 with the note's author assumed. Dose = 20 mL x 2000 mcg/mL = 40 mg.")

    add("fca-h-knee-01", "hand_prose", """
Left knee intra-articular injection, ultrasound guided

78-year-old man with left knee osteoarthritis: medial joint line pain for three years, worse on stairs; x-rays show medial joint space narrowing and osteophytes. Acetaminophen, topical diclofenac and a home quadriceps program have not helped, and walking is limited to two blocks.
Diagnosis: Primary osteoarthritis, left knee (M17.12).

Pre-injection pain 6/10. Consent: risks including infection, a post-injection flare and a transient rise in blood sugar were discussed and he signed.

Supine with the knee slightly flexed, prepped with chlorhexidine. With a high-frequency linear ultrasound transducer over the superolateral suprapatellar recess, a 22-gauge needle was advanced in plane into the recess; the tip was seen within the joint fluid and a permanent image was saved. Injected 1 mL Kenalog-40 (40 mg) with 4 mL of 1% lidocaine.

No complications. Fifteen minutes later pain was 3/10 with weight bearing.
""", procs=[proc("joint_injection", approach="intra_articular", target="knee", region="knee", laterality="left",
                 imaging="ultrasound")],
        drugs=[given("triamcinolone_acetonide", 40), given("lidocaine", 40)], pain=(6, 3),
        need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        codes=[line("20611", "LT"), line("J3301", units=4)], findings=["time_out"], dos="2026-10-20",
        comment="Ultrasound with a saved image: 20611 (major joint). No time-out is written.")


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:
    """Queue all 30 notes (generated half first)."""
    build_generated(add, proc, line, given)
    _hand_spine(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
    _hand_other(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
