"""Sealed batch `dev_fresh_bu` (`fbu-*`): 30 generator-style procedure notes and their gold.

A small deterministic generator (`SEED`) renders 30 procedure specs in seven styles (capitalised headers,
title-case headers, dictated paragraph, bullets, inline `Label: value` fields, odd spacing, boilerplate
attestation) from phrasing pools written fresh for this batch (at least ten paraphrases per element). The
emphasis is on the event and drug elements most notes carry: drug name and dose (mg, mL of a stated strength,
'cc', numbers in words, per-site and total doses, mixed injectate lists), diagnosis written in many formats,
saved images, time-out, complications, sedation (none, local only, moderate with drug and times) and consent.

Each spec carries its gold next to the facts that decide it (labelled from the spec, never by running
Painpoint): `omit` lists the elements the note leaves out on purpose; `cut` cuts the note off mid-sentence
in the block named (that block and everything after it are unsaid). `kit` records the facts a coder reads for
codes and findings (containers and discards, sedation minutes and observer, diagnostic-block and prior
relief) so the gold can be re-derived with `corpora/tools/goldkit.py` as a cross-check.
"""

from __future__ import annotations

import random
import re

SEED = 26_1127
STYLES = ("caps_headers", "title_headers", "dictated", "bullets", "inline_fields", "odd_spacing", "attestation")

NUM_WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine",
             10: "ten", 11: "eleven", 12: "twelve", 14: "fourteen", 18: "eighteen", 20: "twenty", 26: "twenty-six"}

# --------------------------------------------------------------------------------------------- pools
# Radicular symptoms and signs (ESI only), by limb; {side} is 'left'/'right'.
RAD_LEG = [
    "Pain radiates from the low back into the {side} buttock, posterior thigh and lateral calf, with tingling over the top of the foot.",
    "She describes shooting pain down the {side} leg to the ankle, worse with sitting and coughing.",
    "Burning pain travels along the {side} lateral thigh and shin into the great toe.",
    "On exam the straight leg raise is positive on the {side} at 45 degrees, with decreased pinprick along the {side} lateral calf.",
    "Leg-dominant symptoms: electric pain from the {side} hip to the foot with intermittent numbness.",
    "He reports {side} sciatica with paresthesias into the sole of the foot.",
    "Pain shoots from the {side} gluteal region down the leg below the knee, and the {side} ankle reflex is diminished.",
    "The {side} leg pain follows a dermatomal band down the back of the thigh into the heel.",
    "Radicular pain in the {side} lower extremity is now worse than the back pain.",
    "Constant aching in the {side} buttock with lancinating pain down the leg to the lateral foot.",
    "Neurologic exam shows mild weakness of {side} great-toe extension, and slump testing reproduces the radiating leg pain.",
]
RAD_ARM = [
    "Pain radiates from the neck into the {side} shoulder blade and down the arm to the middle finger.",
    "She has {side} arm paresthesias into the hand with a positive Spurling test on the {side}.",
    "Sharp pain travels down the back of the {side} arm into the forearm, with a diminished {side} triceps reflex.",
    "Radicular pain in the {side} upper extremity with numbness of the ring and small fingers.",
    "He describes burning pain from the neck down the {side} arm, worse with looking up.",
    "Exam: reduced grip strength and decreased sensation along the {side} ulnar forearm, with arm pain reproduced by neck extension.",
]
RAD_CHEST = [
    "Band-like pain wraps around the {side} lower rib cage in a dermatomal distribution.",
    "She describes burning pain radiating from the mid back around the {side} chest wall to the upper abdomen.",
    "Lancinating pain follows a thoracic dermatome from the spine around the {side} flank.",
]
RAD_BOTH = [
    "Bilateral buttock and leg pain with heaviness in both legs after walking a short distance, relieved by sitting and bending forward.",
    "Neurogenic claudication: both legs ache and go numb when walking, improving with rest in flexion.",
    "Pain radiates from the low back into both legs below the knees, left slightly worse than right.",
    "He reports bilateral posterior thigh and calf pain with tingling in both feet.",
    "Radiating pain into both lower extremities with a positive straight leg raise bilaterally.",
]
RAD = {"leg": RAD_LEG, "arm": RAD_ARM, "chest": RAD_CHEST, "both": RAD_BOTH}

# Symptom duration; {months}/{months_word} or {years}/{years_word}, or {weeks}.
DUR_MONTHS = [
    "Symptoms began about {months} months ago.",
    "Pain has been present for {months} months.",
    "Duration: {months} months.",
    "Onset was roughly {months} months ago, without injury.",
    "This has been a problem for {months_word} months.",
    "The pain started {months} months ago and has persisted daily.",
    "Pain x {months} months.",
    "She has lived with this pain for more than {months} months.",
    "Present since a lifting episode about {months} months ago.",
    "Ongoing for the past {months} months.",
]
DUR_YEARS = [
    "Symptoms for {years} years.",
    "Pain has been present for {years_word} years.",
    "The pain began {years} years ago and has slowly worsened.",
    "Duration: about {years} years.",
]
DUR_WEEKS = [
    "Symptoms began {weeks} weeks ago.",
    "Pain has been present for {weeks_word} weeks.",
]
# Conservative care with a stated failure; {weeks} >= 6.
CARE = [
    "She completed {weeks} weeks of physical therapy without lasting relief.",
    "Despite {weeks} weeks of PT and daily NSAIDs, the pain persists.",
    "Failed conservative care: PT x {weeks} weeks, a home exercise program and meloxicam.",
    "Conservative management ({weeks} weeks of supervised therapy plus anti-inflammatories) gave no meaningful benefit.",
    "Chiropractic care and stretching for {weeks} weeks did not help.",
    "NSAIDs and a home exercise program of {weeks} weeks have not controlled the pain.",
    "Physical therapy twice weekly for {weeks} weeks: no improvement.",
    "Tried {weeks} weeks of PT with minimal relief; naproxen upset her stomach and was stopped.",
    "Has not responded to {weeks} weeks of physical therapy and activity modification.",
    "Ibuprofen, heat and {weeks} weeks of formal PT were all ineffective.",
    "After {weeks_word} weeks of therapy and oral anti-inflammatories the pain is unchanged.",
]
FUNC = {
    "back": [
        "Pain limits walking to about one block.",
        "Unable to sit longer than 20 minutes or stand long enough to cook a meal.",
        "Oswestry Disability Index 44%.",
        "He has had to stop working his warehouse job because of the pain.",
        "Sleep is interrupted nightly and she can no longer do her housework.",
        "Difficulty with stairs, dressing and getting in and out of the car.",
    ],
    "neck": [
        "Pain interferes with driving, turning the head and sleeping.",
        "She cannot work at the computer for more than 30 minutes.",
        "Neck Disability Index 36%.",
        "Unable to look up to reach shelves or to shoulder-check while driving.",
    ],
    "generic": [
        "Activities of daily living are significantly limited by the pain.",
        "Pain keeps him from exercising and from lifting his grandchildren.",
        "Needs help with household chores because of pain.",
        "The pain has forced her to cut back to part-time work.",
    ],
}
CONSENT = [
    "Risks, benefits and alternatives were discussed and written informed consent was obtained.",
    "Informed consent was signed after discussion of risks including bleeding, infection, nerve injury and headache.",
    "Consent: obtained, signed and placed in the chart.",
    "The patient gave verbal and written consent.",
    "The procedure was explained, all questions were answered and the consent form was signed.",
    "Written consent on file and reviewed with the patient today.",
    "After a full discussion of risks and expected benefits, the patient consented in writing.",
    "Consent was obtained from the patient, who voiced understanding of the risks.",
    "Informed consent: yes, signed.",
    "The patient agreed to proceed and signed the procedure consent.",
    "Informed consent was reviewed and re-signed for today's procedure.",
]
TIMEOUT = [
    "A time-out was performed verifying patient identity, procedure, site and side.",
    "Universal protocol time-out completed prior to needle insertion.",
    "Time out: correct patient, procedure, laterality and level confirmed by all team members.",
    "Timeout called; site marked and verified.",
    "The universal protocol was followed, including a final time out before the prep.",
    "Pre-procedure verification and time-out done with nursing staff.",
    "A standard time-out confirming two patient identifiers, the procedure and the side was conducted.",
    "Final verification (time-out) was completed with the nurse and the radiology technologist.",
    "Time-out done per facility policy.",
    "Safety pause (time-out) held: identity, consent, site and allergies confirmed.",
    "Time-out performed and documented before the start of the procedure.",
]
COMPLICATIONS = [
    "No complications.",
    "There were no immediate complications.",
    "Complications: none.",
    "The patient tolerated the procedure well without complication.",
    "No complications were noted during or after the procedure.",
    "Complications: none apparent.",
    "No cx.",
    "Blood loss minimal; no complications.",
    "No procedural complications occurred.",
    "Tolerated well, with no apparent complications.",
    "Immediate complications: none observed.",
]
SED_NONE = [
    "No sedation was given.",
    "Sedation: none.",
    "The procedure was done without sedation.",
    "No IV sedation was used.",
    "The patient declined sedation.",
    "No sedatives or anxiolytics were administered.",
    "Awake and conversant throughout, without sedation.",
]
SED_LOCAL = [
    "Local anesthesia only.",
    "Performed under local anesthetic alone.",
    "Anesthesia: local.",
    "Local infiltration anesthesia only was used.",
    "Anesthesia type: local only.",
]
PRE = [
    "Pre-procedure pain: {pre}/10.",
    "Pain before the procedure was rated {pre}/10 on the numeric rating scale.",
    "Pre-injection NRS {pre}/10.",
    "VAS prior to the injection: {pre}/10.",
    "She rated her pain {pre}/10 on arrival in the procedure suite.",
    "Pain score pre-procedure: {pre} out of 10.",
    "Current pain {pre}/10 immediately before the block.",
    "Preprocedure pain {pre}/10 (NRS).",
    "Pain on entering the room was {pre}/10.",
    "Pre-procedure numeric pain score {pre}/10.",
]
POST = [
    "Post-procedure pain: {post}/10.",
    "After the injection pain was {post}/10.",
    "Post-injection NRS {post}/10.",
    "Pain at discharge was {post}/10.",
    "Pain improved to {post}/10 in recovery.",
    "Post-procedure pain score {post} out of 10.",
    "On reassessment in recovery, pain was {post}/10.",
    "Pain after the block: {post}/10.",
    "She rated her pain {post}/10 before discharge.",
    "Post-procedure numeric pain score {post}/10.",
]
RELIEF = [
    "Percent relief: {pct}%.",
    "This represents {pct}% improvement.",
    "She reports {pct}% relief of her usual pain.",
    "Estimated relief {pct}%.",
    "Patient reports {pct}% pain relief.",
    "Relief of the index pain: {pct}%.",
    "That is a {pct} percent reduction in pain.",
    "Overall {pct}% relief after the injection.",
    "Pain relief of {pct}% was reported.",
    "Improvement: {pct}%.",
]
GUIDE_FLUORO = [
    "The procedure was performed under fluoroscopic guidance.",
    "C-arm fluoroscopy was used throughout.",
    "Guidance: fluoroscopy.",
    "Fluoroscopically guided.",
    "Imaging guidance was provided by fluoroscopy.",
    "Using live fluoroscopic imaging, the target was identified.",
    "Under multiplanar fluoroscopy the target was localized.",
    "The C-arm was brought in and the target identified with fluoroscopy.",
    "All needle advancement was done under fluoroscopic control.",
    "Fluoroscopy (C-arm) guidance was used for needle placement.",
]
# Contrast: {cv} = agent and volume as written; {spread} = what the contrast showed.
CONTRAST = [
    "Contrast ({cv}) confirmed {spread}.",
    "After negative aspiration, {cv} demonstrated {spread}.",
    "Injection of {cv} under live imaging showed {spread}; no intravascular pattern was seen.",
    "Contrast: {cv}, showing {spread}.",
    "Using {cv}, we confirmed {spread} and excluded vascular runoff.",
    "A small volume of contrast ({cv}) gave {spread}.",
    "Real-time contrast injection ({cv}) revealed {spread}.",
    "Contrast agent {cv} was used to confirm {spread}.",
    "Needle position was confirmed with {cv}, showing {spread}.",
    "Then {cv} was injected, showing {spread} without vascular uptake.",
]
# Medication frames: {items} = the injectate list as written; {verb} = 'was'/'were'.
MEDS = [
    "Injectate: {items}.",
    "After negative aspiration, {items} {verb} injected.",
    "Medications administered: {items}.",
    "The injectate consisted of {items}.",
    "A solution of {items} {verb} slowly instilled.",
    "Meds: {items}.",
    "We injected {items}.",
    "Drugs given: {items}.",
    "Following confirmation of needle position, {items} {verb} delivered.",
    "Then {items} {verb} injected in small aliquots.",
    "Injected: {items}.",
]
SAVED_TWO = [
    "AP and lateral images were saved to PACS.",
    "Two fluoroscopic views (AP and oblique) were stored to PACS.",
    "Final needle positions were documented on AP and lateral images, archived in the imaging system.",
    "Hard copies of the AP and lateral images are in the chart.",
    "Permanent images in two planes were saved.",
    "Images saved: AP, lateral.",
    "Fluoroscopic images (2 views) archived.",
    "Representative AP and contralateral oblique images were retained for the record.",
    "Spot images in anteroposterior and lateral projections were captured and sent to PACS.",
    "Both AP and lateral views were printed and placed in the chart.",
    "Two saved images show the final needle tip position.",
]
SAVED_US = [
    "A permanent ultrasound image of the needle in the target was saved to the record.",
    "Ultrasound images documenting needle placement were stored to PACS.",
    "A still ultrasound image showing the needle tip at the target is archived in the chart.",
    "Ultrasound image recorded and saved.",
    "Representative ultrasound images were printed and filed in the chart.",
]
SAVED_UNSPEC = ["Images saved.", "Fluoroscopic images archived.", "Images were stored to PACS."]
DISPO = [
    "Discharged home in stable condition with a driver.",
    "Vital signs stable; discharged ambulatory.",
    "Follow up in clinic in two weeks.",
    "Pain diary given; return visit in three weeks.",
    "She will call the office to report her response.",
    "Observed for twenty minutes and discharged.",
    "Return precautions were reviewed.",
    "Nursing will follow up by phone in one week.",
    "Ambulated without difficulty before discharge.",
    "Home with spouse; resume usual medications.",
]
ATTEST_TOP = [
    "This report was prepared on a standardized procedure template and reviewed for accuracy by the performing physician.",
    "Procedure note - template generated, physician reviewed.",
    "Portions of this note were entered by a scribe in my presence; I have reviewed and edited them.",
    "Note dictated with speech recognition software; minor transcription errors may be present.",
    "Documentation reviewed and verified by the attending prior to signature.",
]
ATTEST_BOTTOM = [
    "I personally performed the procedure and was present for all critical portions.",
    "Attending attestation: I performed the key portions of this procedure and agree with the documentation above.",
    "Electronically signed by the performing physician.",
    "The above findings and plan were discussed with the patient, who agrees with the plan.",
    "Signed electronically; no changes after signature.",
    "Codes to be assigned by the coding department from this documentation.",
]
# Diagnosis formats: (description, code).
DX_FORMATS = [
    "{desc} ({code})",
    "{code} - {desc}",
    "{desc} - {code}",
    "{desc} [{code}]",
    "ICD-10: {code} ({desc_l})",
    "{desc}, {code}",
    "{code} {desc}",
    "{desc}; ICD-10-CM {code}",
    "{desc} (ICD10 {code})",
    "{desc}",
    "{code}: {desc}",
    "{desc} \u2014 {code}",
]
DX_CODED = [f for f in DX_FORMATS if "{code}" in f]

ORDER = ("title", "dx", "history", "consent", "pre", "timeout", "sedation", "technique", "meds", "extra", "saved", "post",
         "complications", "dispo")
# Truncation fragments: the first words of the cut block's sentence, cut mid-word.
CUT = {
    "post": "Post-procedure, she rated her pa",
    "complications": "Immediately after the injection she was obser",
}

# --------------------------------------------------------------------------------------------- specs
LUMBAR = dict(region="lumbar")
ESI6 = ("diagnosis", "symptom_duration", "conservative_care", "functional_impairment", "imaging_findings",
        "radicular_findings")
SPINE4 = ESI6[:4]

SPECS: list[dict] = [
    # ---------------------------------------------------------------- transforaminal epidural (7)
    dict(id="fbu-tfesi-01", dos="2025-02-14", pos="11",
         title="Left L5-S1 transforaminal epidural steroid injection",
         dx=[("Lumbar radiculopathy", "M54.16"), ("Lumbar disc herniation with radiculopathy", "M51.16")],
         rad=("leg", "left"), dur=("months", 5), care=8, func="back",
         img="MRI of the lumbar spine shows a left foraminal disc protrusion at L5-S1 narrowing the exit zone of the left L5 nerve root.",
         sed="none", guide="fluoro",
         tech="With the patient prone, the skin over the left L5-S1 foramen was anesthetized with 3 mL of 1% lidocaine. "
              "A 22-gauge spinal needle was advanced to the left L5-S1 neural foramen by a transforaminal approach, with the tip in the safe triangle.",
         contrast=("1.5 mL of Omnipaque 240", "epidural spread along the exiting nerve root"),
         meds=["dexamethasone 10 mg (1 mL of 10 mg/mL)", "1 mL of 1% lidocaine"],
         saved="two", pre=7, post=3,
         gold=dict(procs=[dict(family="transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                               levels=["L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
                   drugs=[("dexamethasone_sodium_phosphate", 10), ("lidocaine", 40), ("iohexol", 1.5, "ml")],
                   need=ESI6, codes=[("64483", ["LT"]), ("J1100", [], 10)], findings=[]),
         kit={}),
    dict(id="fbu-tfesi-02", dos="2024-06-20", pos="24",
         title="Bilateral L4-5 and L5-S1 transforaminal epidural steroid injections",
         dx=[("Lumbosacral radiculopathy", "M54.17")],
         rad=("both",), dur=("months", 7), care=10, func="back",
         img="MRI of the lumbar spine demonstrates disc bulges at L4-5 and L5-S1 with moderate bilateral foraminal narrowing at both levels.",
         sed="moderate",
         sed_text="Moderate sedation was administered by me: midazolam 1 mg IV at 10:02 and a further 1 mg IV at 10:09. "
                  "Sedation start 10:02, end 10:20; intraservice time 18 minutes. A registered nurse acted as independent trained "
                  "observer and monitored vital signs and level of consciousness throughout. Sedation was needed because of severe "
                  "needle phobia; an earlier attempt without sedation had to be stopped.",
         guide="fluoro",
         tech="In the prone position, spinal needles were advanced by a transforaminal approach to the right and left L4-5 and L5-S1 foramina, four needles in total.",
         contrast=("3 mL of Isovue-M 200 in total, divided among the four foramina", "epidural spread at each level"),
         meds=["Kenalog 20 mg (0.5 mL of 40 mg/mL) at each of the four foramina", "0.5 mL of 0.25% bupivacaine at each foramen"],
         saved="two", pre=8, post=3,
         gold=dict(procs=[dict(family="transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                               levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic",
                               sedation="moderate")],
                   drugs=[("triamcinolone_acetonide", 80), ("bupivacaine", 5), ("iopamidol", 3, "ml"), ("midazolam", 2)],
                   need=ESI6, codes=[("64483", ["50"]), ("64484", ["50"]), ("99152", [])], findings=[]),
         kit=dict(sedation_detail=dict(agents=True, times=True, observer=True, minutes=18, justification=True))),
    dict(id="fbu-tfesi-03", dos="2023-10-05", pos="22",
         title="Right C6-7 transforaminal epidural steroid injection",
         dx=[("Cervical radiculopathy", "M54.12")],
         rad=("arm", "right"), dur=("months", 3), care=6, func="neck",
         img="MRI cervical spine: right C6-7 foraminal stenosis from uncovertebral spurring, contacting the exiting right C7 root.",
         sed="local", guide="fluoro",
         tech="The patient was positioned supine with the head turned slightly to the left. Using an oblique projection, a 25-gauge "
              "blunt-tip needle was advanced to the posterior aspect of the right C6-7 foramen by a transforaminal approach.",
         contrast=("0.8 mL of Omnipaque 300", "flow along the nerve root sleeve into the epidural space"),
         meds=["dexamethasone sodium phosphate 4 mg (1 mL of 4 mg/mL)", "0.5 mL of 1% lidocaine"],
         saved=None, pre=6, post=2, omit=["saved_images"],
         gold=dict(procs=[dict(family="transforaminal_epidural", approach="transforaminal", region="cervical", laterality="right",
                               levels=["C6-C7"], imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="local")],
                   drugs=[("dexamethasone_sodium_phosphate", 4), ("lidocaine", 5), ("iohexol", 0.8, "ml")],
                   need=ESI6, codes=[("64479", ["RT"])], findings=["saved_images"]),
         kit={}),
    dict(id="fbu-tfesi-04", dos="2025-08-11", pos="11",
         title="Left L3-4, L4-5 and L5-S1 transforaminal epidural steroid injections",
         dx=[("Spinal stenosis, lumbar region, without neurogenic claudication", "M48.061"), ("Lumbar radiculopathy", "M54.16")],
         rad=("leg", "left"), dur=("months", 9), care=12, func="back",
         img="MRI shows multilevel degenerative change with moderate to severe left foraminal stenosis at L3-4, L4-5 and L5-S1.",
         sed="none", guide="fluoro",
         tech="Three spinal needles were placed by a left transforaminal approach at L3-4, L4-5 and L5-S1, each in the superior portion of the foramen.",
         contrast=("1 mL of iohexol 240 at each level", "epidural and perineural flow at all three levels"),
         meds=["Celestone Soluspan 6 mg/mL, 0.5 mL (3 mg) at each level", "1 mL of 0.2% ropivacaine per level"],
         saved="two", pre=7, post=4,
         gold=dict(procs=[dict(family="transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                               levels=["L3-L4", "L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic",
                               sedation="none")],
                   drugs=[("betamethasone_sodium_phosphate_acetate", 9), ("ropivacaine", 6), ("iohexol", 3, "ml")],
                   need=ESI6, codes=[("64483", ["LT"]), ("64484", ["LT"], 2), ("J0702", [], 2)], findings=["level_limit"]),
         kit={}),
    dict(id="fbu-tfesi-05", dos="2023-11-30", pos="11", payer="medicare_cgs",
         title="Repeat right L4-5 transforaminal epidural steroid injection",
         dx=[("Spinal stenosis, lumbar region, without neurogenic claudication", "M48.061"), ("Right lumbar radiculopathy", "M54.16")],
         rad=("leg", "right"), dur=("months", 14), care=8, func="generic",
         img="Lumbar MRI: right foraminal stenosis at L4-5 with contact of the exiting right L4 root.",
         prior="This is a repeat injection: the previous right L4-5 TFESI, about 5 months ago, gave roughly 60% relief that lasted 4 months before the leg pain returned.",
         sed="none", guide="fluoro",
         tech="A 22-gauge Quincke needle was directed to the right L4-5 foramen by a transforaminal approach until the tip lay just below the pedicle.",
         contrast=("1 mL of Omnipaque 180", "epidural spread outlining the right L4 root"),
         meds=["Depo-Medrol 40 mg (1 mL)", "1 mL of 0.25% bupivacaine"],
         saved="two", pre=6, post=2, omit=["time_out"],
         gold=dict(procs=[dict(family="transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                               levels=["L4-L5"], imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
                   drugs=[("methylprednisolone_acetate", 40), ("bupivacaine", 2.5), ("iohexol", 1, "ml")],
                   need=ESI6, codes=[("64483", ["RT"]), ("J1030", [])], findings=["time_out"]),
         kit=dict(repeat=True, prior_response=(60, 120))),
    dict(id="fbu-tfesi-06", dos="2026-01-22", pos="11",
         title="Left L4-5 and L5-S1 transforaminal epidural steroid injections",
         dx=[("Lumbar radiculopathy", "M54.1")], dx_coded=True,
         rad=("leg", "left"), dur=("months", 4), care=6, func="back",
         img="MRI: left paracentral disc protrusions at L4-5 and L5-S1 with left lateral recess narrowing.",
         sed="local", guide="fluoro",
         tech="Two needles were advanced using a left transforaminal approach to the L4-5 and L5-S1 foramina.",
         contrast=("2 mL of Omnipaque 240 in total", "epidural flow at both levels"),
         meds=["Kenalog-40, 1 mL (40 mg) split evenly between the two foramina",
               "1 mL of 1% preservative-free lidocaine at each level"],
         saved="two", pre=8, post=4,
         gold=dict(procs=[dict(family="transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                               levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic",
                               sedation="local")],
                   drugs=[("triamcinolone_acetonide", 40), ("lidocaine", 20), ("iohexol", 2, "ml")],
                   need=ESI6, codes=[("64483", ["LT"]), ("64484", ["LT"]), ("J3301", [], 4)], findings=["code_validity"]),
         kit=dict(extra_findings=["code_validity"]),
         comment="M54.1 is the non-billable radiculopathy category (code_validity); the text 'Lumbar radiculopathy' names the region, so the diagnosis itself is specific and supports the ESI."),
    dict(id="fbu-tfesi-07", dos="2026-05-07", pos="24",
         title="Right L5-S1 transforaminal epidural steroid injection",
         dx=[("Intervertebral disc disorder with radiculopathy, lumbosacral region", "M51.17")],
         rad=("leg", "right"), dur=("months", 6), care=8, func="back",
         img="MRI: right L5-S1 foraminal disc protrusion with mild compression of the exiting right L5 root.",
         sed="none", guide="fluoro",
         tech="A curved 22-gauge needle was placed at the right L5-S1 foramen through a transforaminal approach.",
         contrast=("Omnipaque 240, 1 cc", "epidural spread along the L5 root"),
         meds=["ten milligrams of dexamethasone", "2 cc of 0.25% bupivacaine"],
         saved="two", pre=9, post=None, cut="post",
         gold=dict(procs=[dict(family="transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                               levels=["L5-S1"], imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
                   drugs=[("dexamethasone_sodium_phosphate", 10), ("bupivacaine", 5), ("iohexol", 1, "ml")],
                   need=ESI6, codes=[("64483", ["RT"])], findings=["complications", "post_procedure_pain_score"],
                   complications=None),
         kit={}, comment="Cut off mid-sentence in the post-procedure pain sentence: the post score and the "
                         "complications that would follow are unsaid."),
    # ---------------------------------------------------------------- interlaminar / caudal epidural (5)
    dict(id="fbu-ilesi-01", dos="2024-09-17", pos="11",
         title="Lumbar interlaminar epidural steroid injection at L5-S1",
         dx=[("Spinal stenosis, lumbar region, with neurogenic claudication", "M48.062")],
         rad=("both",), dur=("months", 8), care=12, func="back",
         img="MRI shows severe central canal stenosis at L5-S1 with ligamentum flavum hypertrophy.",
         sed="none", guide="fluoro",
         tech="An 18-gauge Tuohy needle was advanced at the L5-S1 interspace by a midline interlaminar approach, and the epidural space was identified by loss of resistance to saline.",
         contrast=("2 mL of Isovue-M 300", "an epidurogram with cephalad and bilateral spread"),
         meds=["Kenalog-40, 2 mL (80 mg)", "3 mL of preservative-free normal saline"],
         saved="two", pre=7, post=5,
         gold=dict(procs=[dict(family="interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L5-S1"],
                               imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
                   drugs=[("triamcinolone_acetonide", 80), ("iopamidol", 2, "ml")],
                   need=ESI6, codes=[("62323", []), ("J3301", [], 8)], findings=[]),
         kit={}),
    dict(id="fbu-ilesi-02", dos="2025-04-03", pos="22",
         title="Cervical interlaminar epidural steroid injection, C7-T1",
         dx=[("Cervical radiculopathy", "M54.12"), ("Spinal stenosis, cervical region", "M48.02")],
         rad=("arm", "left"), dur=("months", 6), care=8, func="neck",
         img="MRI cervical spine: left paracentral disc osteophyte complex with left foraminal narrowing, concordant with the left arm symptoms.",
         sed="none", guide="fluoro",
         tech="With the patient prone, a 20-gauge Tuohy needle was advanced at C7-T1 by a left paramedian interlaminar approach; loss of resistance was obtained with saline.",
         contrast=("1 mL of Omnipaque 240", "epidural spread with no vascular or intrathecal pattern"),
         meds=["dexamethasone 10 mg (1 mL of 10 mg/mL)", "2 mL of preservative-free saline"],
         saved="two", pre=6, post=3, omit=["consent"],
         gold=dict(procs=[dict(family="interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C7-T1"],
                               imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
                   drugs=[("dexamethasone_sodium_phosphate", 10), ("iohexol", 1, "ml")],
                   need=ESI6, codes=[("62321", [])], findings=["consent"], consent=False),
         kit={}),
    dict(id="fbu-ilesi-03", dos="2023-06-12", pos="24",
         title="Thoracic interlaminar epidural steroid injection, T10-11",
         dx=[("Thoracic radiculopathy", "M54.14")],
         rad=("chest", "right"), dur=("months", 4), care=6, func="generic",
         img="MRI of the thoracic spine shows a right paracentral disc protrusion at T10-11 contacting the right T10 root.",
         sed="local", guide="fluoro",
         tech="A 20-gauge Tuohy needle was advanced at the T10-11 interlaminar space by a right paramedian approach, and loss of resistance to saline identified the epidural space.",
         contrast=("1 mL of Omnipaque 300", "epidural spread over two segments"),
         meds=["Depo-Medrol 80 mg (1 mL of 80 mg/mL)", "2 mL of normal saline"],
         saved="two", pre=7, post=4,
         gold=dict(procs=[dict(family="interlaminar_epidural", approach="interlaminar", region="thoracic", levels=["T10-T11"],
                               imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="local")],
                   drugs=[("methylprednisolone_acetate", 80), ("iohexol", 1, "ml")],
                   need=ESI6, codes=[("62321", [])], findings=[]),
         kit={}),
    dict(id="fbu-caudal-01", dos="2026-03-19", pos="11",
         title="Caudal epidural steroid injection",
         dx=[("Postlaminectomy syndrome, lumbar", "M96.1")],
         rad=("both",), dur=("years", 2), care=12, func="back",
         img="MRI with gadolinium shows postoperative epidural fibrosis around the traversing nerve roots, worse on the left, without recurrent herniation.",
         sed="none", guide="fluoro",
         tech="The sacral hiatus was palpated and confirmed with fluoroscopy, and a 20-gauge Tuohy needle was advanced through the sacrococcygeal ligament into the caudal epidural space.",
         contrast=("3 mL of Omnipaque 240", "caudal epidural filling extending cephalad"),
         meds=["40 mg of triamcinolone (Kenalog-40, 1 mL from a single-dose vial; none was wasted)",
               "5 mL of 0.25% bupivacaine", "5 mL of preservative-free saline"],
         saved="two", pre=6, post=2,
         gold=dict(procs=[dict(family="interlaminar_epidural", approach="caudal", region="sacral", levels=[],
                               imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
                   drugs=[("triamcinolone_acetonide", 40), ("bupivacaine", 12.5), ("iohexol", 3, "ml")],
                   need=ESI6, codes=[("62323", []), ("J3301", ["JZ"], 4)], findings=[]),
         kit=dict(containers={"triamcinolone_acetonide": ("single_dose", 0)}),
         comment="Single-dose vial with nothing wasted, office, 2026: JZ on J3301."),
    dict(id="fbu-ilesi-04", dos="2022-10-27", pos="11",
         title="L4-5 interlaminar epidural steroid injection",
         dx=[("Lumbar disc herniation with radiculopathy", "M51.16")],
         rad=("leg", "left"), dur=("weeks", 10), care=6, func="back",
         img="MRI: left paracentral disc extrusion at L4-5 compressing the traversing left L5 root.",
         sed="moderate", sed_text="Moderate sedation: IV midazolam titrated to effect for anxiety.",
         guide="fluoro",
         tech="Using a left paramedian interlaminar approach at L4-5, an 18-gauge Tuohy needle entered the epidural space with loss of resistance to saline.",
         contrast=("2 mL of Isovue-M 300", "epidural spread, predominantly on the left"),
         meds=["methylprednisolone acetate 80 mg (2 mL of 40 mg/mL)", "2 mL of normal saline"],
         saved="two", pre=8, post=4, omit=["sedation_details"],
         gold=dict(procs=[dict(family="interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L4-L5"],
                               imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="moderate")],
                   drugs=[("methylprednisolone_acetate", 80), ("midazolam", None), ("iopamidol", 2, "ml")],
                   need=ESI6, codes=[("62323", []), ("J1040", [])], findings=["sedation_details"]),
         kit=dict(sedation_detail=dict(agents=True, doses=False, times=False, observer=False, minutes=None,
                                       justification=True)),
         comment="Moderate sedation named with its agent only: no dose, times, observer or minutes (sedation_details); "
                 "midazolam is listed without a dose and no 99152 is billed."),
    # ---------------------------------------------------------------- facet injection (5)
    dict(id="fbu-mbb-01", dos="2025-10-09", pos="11",
         title="Bilateral L4-5 and L5-S1 diagnostic medial branch blocks",
         complaint="Axial low back pain, worse with extension and rotation and when rising from a chair, without radiation into the legs.",
         dur=("months", 12), care=12, func="back",
         diag="This is the first diagnostic block.",
         sed="none", guide="fluoro",
         tech="The L3 and L4 medial branches and the L5 dorsal rami were targeted on both sides at the junction of the superior articular and transverse processes (the sacral ala for L5), six needles in total.",
         contrast=("0.3 mL of Omnipaque 240 at each target", "appropriate spread over each target nerve"),
         meds=["0.5 mL of 0.5% bupivacaine at each of the six target nerves"],
         saved="two", pre=6, post=1,
         dx=[("Lumbar spondylosis without myelopathy or radiculopathy", "M47.816")],
         gold=dict(procs=[dict(family="facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                               levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="diagnostic",
                               sedation="none")],
                   drugs=[("bupivacaine", 15), ("iohexol", 1.8, "ml")],
                   need=SPINE4, codes=[("64493", ["50", "KX"]), ("64494", ["50", "KX"])], findings=[]),
         kit={}),
    dict(id="fbu-mbb-02", dos="2024-02-15", pos="22",
         title="Right C5-6 and C6-7 cervical medial branch blocks (second diagnostic block)",
         complaint="Right-sided posterior neck pain with extension and rotation, without arm symptoms.",
         dur=("months", 8), care=8, func="neck",
         diag="The first diagnostic medial branch block at the same levels, four weeks ago with a short-acting anesthetic, gave 85% relief lasting three hours.",
         sed="none", guide="fluoro",
         tech="25-gauge spinal needles were advanced to the right C5, C6 and C7 medial branches at the centroids of the articular pillars.",
         meds=["0.5% bupivacaine at each medial branch"],
         saved=None, pre=5, post=1, omit=["drug_dose"],
         dx=[("Cervical spondylosis without myelopathy or radiculopathy", "M47.812")],
         gold=dict(procs=[dict(family="facet_injection", approach="medial_branch", region="cervical", laterality="right",
                               levels=["C5-C6", "C6-C7"], imaging="fluoroscopy", intent="diagnostic", sedation="none")],
                   drugs=[("bupivacaine", None)],
                   need=SPINE4, codes=[("64490", ["KX", "RT"]), ("64491", ["KX", "RT"])], findings=["drug_dose"]),
         kit=dict(diag_relief=[85]),
         comment="Bupivacaine named with its strength but no volume or amount (drug_dose); the first block's 85% "
                 "supports this confirmatory diagnostic block."),
    dict(id="fbu-facet-03", dos="2026-07-14", pos="11", payer="medicare_fcso",
         title="Left L3-4 and L4-5 intra-articular facet joint injections (therapeutic)",
         complaint="Left-sided axial low back pain over the lower lumbar facets, worse with extension, with no radicular symptoms.",
         dur=("years", 2), care=10, func="back",
         diag="Two diagnostic medial branch blocks at these levels in February and March gave 90% and 85% relief.",
         sed="local", guide="fluoro",
         tech="A 22-gauge spinal needle was advanced into the inferior recess of the left L3-4 and then the left L4-5 facet joint (intra-articular approach).",
         contrast=("0.2 mL of Omnipaque 240 per joint", "an arthrogram confined to each joint"),
         meds=["methylprednisolone 20 mg (0.5 mL of 40 mg/mL) into each joint", "0.5 mL of 0.5% bupivacaine into each joint"],
         saved="two", pre=7, post=3,
         dx=[("Lumbar facet arthropathy", "M47.816")],
         gold=dict(procs=[dict(family="facet_injection", approach="intra_articular", region="lumbar", laterality="left",
                               levels=["L3-L4", "L4-L5"], imaging="fluoroscopy", contrast=True, intent="therapeutic",
                               sedation="local")],
                   drugs=[("methylprednisolone_acetate", 40), ("bupivacaine", 5), ("iohexol", 0.4, "ml")],
                   need=SPINE4, codes=[("64493", ["LT"]), ("64494", ["LT"]), ("J1010", [], 40)], findings=[]),
         kit=dict(diag_relief=[90, 85])),
    dict(id="fbu-mbb-04", dos="2023-04-20", pos="24",
         title="Left L5-S1 medial branch block, diagnostic",
         complaint="Left lumbosacral axial pain, worse with standing and extension, with no leg radiation.",
         dur=("months", 10), care=8, func="back",
         diag="First diagnostic block.",
         sed="none", guide="fluoro",
         tech="The left L4 medial branch at the L5 transverse process and the left L5 dorsal ramus at the sacral ala were targeted with 22-gauge needles.",
         meds=["ropivacaine 0.5%, 0.5 mL at each of the two nerves"],
         saved=None, pre=7, post=2,
         dx=[("Lumbosacral spondylosis without myelopathy or radiculopathy", "M47.817")],
         gold=dict(procs=[dict(family="facet_injection", approach="medial_branch", region="lumbar", laterality="left",
                               levels=["L5-S1"], imaging="fluoroscopy", intent="diagnostic", sedation="none")],
                   drugs=[("ropivacaine", 5)],
                   need=SPINE4, codes=[("64493", ["KX", "LT"])], findings=[]),
         kit={}),
    dict(id="fbu-mbb-05", dos="2026-09-03", pos="22", payer="medicare_cgs",
         title="Bilateral C4-5 and C5-6 diagnostic cervical medial branch blocks",
         dx_vague="See previous notes.",
         complaint="She presents for diagnostic blocks because of bilateral posterior cervical aching, worse with extension and rotation, with no arm symptoms.",
         dur=("months", 10), care=8, func="neck",
         diag="First diagnostic block at these levels.",
         sed="none", guide="fluoro",
         tech="Needles were placed bilaterally on the C4, C5 and C6 medial branches at the mid-pillar targets by a posterior approach.",
         meds=["0.3 mL of 0.5% bupivacaine on each of the six nerves"],
         saved=None, pre=6, post=2, omit=["diagnosis"],
         gold=dict(procs=[dict(family="facet_injection", approach="medial_branch", region="cervical", laterality="bilateral",
                               levels=["C4-C5", "C5-C6"], imaging="fluoroscopy", intent="diagnostic", sedation="none")],
                   drugs=[("bupivacaine", 9)],
                   need=SPINE4[1:], codes=[("64490", ["50", "KX"]), ("64491", ["50", "KX"])], findings=["diagnosis"]),
         kit=dict(dx={"vague": True}),
         comment="The diagnosis line says only 'See previous notes.' and the indication names no diagnosis (diagnosis)."),
    # ---------------------------------------------------------------- facet RFA (3)
    dict(id="fbu-rfa-01", dos="2025-01-28", pos="24",
         title="Right L3-4 and L4-5 radiofrequency ablation of the medial branches",
         complaint="Right-sided axial low back pain with extension and rotation, without leg pain.",
         dur=("years", 3), care=12, func="back",
         diag="Two diagnostic medial branch blocks gave 90% and 80% relief.",
         sed="local", guide="fluoro",
         tech="18-gauge RF cannulae with 10 mm active tips were placed parallel to the right L2, L3 and L4 medial branches. Sensory "
              "stimulation reproduced the usual pain and motor stimulation showed no leg contraction. Thermal radiofrequency lesions "
              "were then created at 80 degrees C for 90 seconds at each site.",
         meds=["1 mL of 2% lidocaine at each of the three lesion sites"],
         saved="two", pre=6, post=3,
         dx=[("Lumbar spondylosis", "M47.816")],
         gold=dict(procs=[dict(family="facet_rfa", approach="medial_branch", region="lumbar", laterality="right",
                               levels=["L3-L4", "L4-L5"], imaging="fluoroscopy", sedation="local")],
                   drugs=[("lidocaine", 60)],
                   need=SPINE4, codes=[("64635", ["RT"]), ("64636", ["RT"])], findings=[]),
         kit=dict(diag_relief=[90, 80])),
    dict(id="fbu-rfa-02", dos="2026-10-20", pos="11",
         title="Bilateral L4-5 and L5-S1 medial branch radiofrequency neurotomy (repeat)",
         complaint="Recurrent axial low back pain, worse with extension, with no radicular features.",
         dur=("years", 4), care=12, func=None,
         prior="The previous RFA at these levels 11 months ago gave 70% relief for about 9 months.",
         sed="none", guide="fluoro",
         tech="On both sides the L3 and L4 medial branches and the L5 dorsal rami were lesioned with 20-gauge RF cannulae after "
              "sensory and motor testing; thermal lesions were made at 85 degrees C for 90 seconds.",
         meds=["0.5 mL of 0.5% bupivacaine plus triamcinolone 10 mg at each of the six sites"],
         saved="two", pre=7, post=4, omit=["functional_impairment"],
         dx=[("Lumbosacral spondylosis", "M47.817")],
         gold=dict(procs=[dict(family="facet_rfa", approach="medial_branch", region="lumbar", laterality="bilateral",
                               levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", sedation="none")],
                   drugs=[("bupivacaine", 15), ("triamcinolone_acetonide", 60)],
                   need=("diagnosis", "symptom_duration", "conservative_care"),
                   codes=[("64635", ["50"]), ("64636", ["50"]), ("J3301", [], 6)], findings=["functional_impairment"]),
         kit=dict(repeat=True, prior_response=(70, 270))),
    dict(id="fbu-rfa-03", dos="2024-12-12", pos="22",
         title="Left C4-5 and C5-6 cervical facet radiofrequency ablation",
         complaint="Left posterior neck and upper trapezius ache, worse with rotation, with no arm paresthesias.",
         dur=("months", 18), care=8, func="neck",
         diag="Dual diagnostic medial branch blocks gave 85% and 90% relief.",
         sed="moderate",
         sed_text="I directed moderate sedation: Versed 1 mg IV at 08:40 and 1 mg IV at 08:52. Sedation 08:40 to 09:05, 25 minutes "
                  "intraservice, with an independent RN observer monitoring continuously. Reason for sedation: severe claustrophobia "
                  "and inability to stay still in the prone position during lesioning.",
         guide="fluoro",
         tech="RF cannulae were placed on the left C4, C5 and C6 medial branches; motor testing showed no upper extremity contraction. "
              "Thermal lesions were made at 80 degrees C for 90 seconds at each nerve.",
         meds=["2% lidocaine 0.5 mL at each of the three nerves before lesioning"],
         saved="two", pre=6, post=3,
         dx=[("Cervical spondylosis without myelopathy or radiculopathy", "M47.812")],
         gold=dict(procs=[dict(family="facet_rfa", approach="medial_branch", region="cervical", laterality="left",
                               levels=["C4-C5", "C5-C6"], imaging="fluoroscopy", sedation="moderate")],
                   drugs=[("lidocaine", 30), ("midazolam", 2)],
                   need=SPINE4, codes=[("64633", ["LT"]), ("64634", ["LT"]), ("99152", []), ("99153", [])], findings=[]),
         kit=dict(diag_relief=[85, 90],
                  sedation_detail=dict(agents=True, times=True, observer=True, minutes=25, justification=True))),
    # ---------------------------------------------------------------- SI joint injection (3)
    dict(id="fbu-si-01", dos="2024-05-06", pos="11",
         title="Right sacroiliac joint injection, diagnostic",
         complaint="Right buttock pain below the belt line, worse with sitting and rolling in bed; thigh thrust, compression and FABER tests are positive on the right.",
         dur=("months", 6), care=8, func="generic",
         sed="none", guide="fluoro",
         tech="A 22-gauge spinal needle was advanced into the inferior third of the right sacroiliac joint.",
         contrast=("0.5 mL of Omnipaque 240", "an intra-articular arthrogram"),
         meds=["2 mL of 0.5% bupivacaine"],
         saved="two", pre=7, post=1, relief=86,
         dx=[("Sacroiliitis", "M46.1")],
         gold=dict(procs=[dict(family="si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="right",
                               imaging="fluoroscopy", contrast=True, intent="diagnostic", sedation="none")],
                   drugs=[("bupivacaine", 10), ("iohexol", 0.5, "ml")],
                   need=SPINE4, codes=[("27096", ["RT"])], findings=[]),
         kit=dict(relief=86)),
    dict(id="fbu-si-02", dos="2024-01-18", pos="11",
         title="Bilateral sacroiliac joint injections (therapeutic)",
         complaint="Bilateral low buttock pain over the sacroiliac joints, worst with prolonged standing, with positive provocation testing on both sides.",
         dur=("months", 12), care=8, func="generic",
         diag="Diagnostic bilateral SI joint injections in October gave 80% relief.",
         sed="local", guide="fluoro",
         tech="22-gauge needles were directed into the inferior aspect of each sacroiliac joint.",
         contrast=("1 mL of Isovue-M 200 on each side", "intra-articular contrast in both joints"),
         meds=["Depo-Medrol 40 mg with 1 mL of 1% lidocaine into each joint"],
         saved="unspec", pre=6, post=2, relief=67, omit=["saved_images"],
         dx=[("Sacroiliac joint dysfunction", "M53.3")],
         gold=dict(procs=[dict(family="si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="bilateral",
                               imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="local")],
                   drugs=[("methylprednisolone_acetate", 80), ("lidocaine", 20), ("iopamidol", 2, "ml")],
                   need=SPINE4, codes=[("27096", ["50"]), ("J1040", [])], findings=["saved_images"]),
         kit=dict(diag_relief=[80], relief=67, saved_images=False),  # 'Images saved.' states no views
         comment="'Images saved.' alone, with no views stated, does not meet min_views 2 (saved_images)."),
    dict(id="fbu-si-03", dos="2025-11-13", pos="24",
         title="Left sacroiliac joint injection, therapeutic (repeat)",
         complaint="Left buttock and posterior pelvic pain below L5, worse with sit-to-stand transitions.",
         dur=("months", 20), care=12, func="generic",
         diag="A diagnostic left SI joint block last year gave 90% relief.",
         prior="The last therapeutic left SI injection, 5 months ago, gave 60% relief for about 4 months.",
         sed="none", guide="fluoro",
         tech="A 22-gauge needle entered the inferior pole of the left sacroiliac joint.",
         contrast=("0.5 mL of Omnipaque 300", "an arthrogram outlining the joint"),
         meds=["betamethasone 6 mg (1 mL of Celestone Soluspan)", "2 mL of 0.2% ropivacaine"],
         saved="two", pre=7, post=3, omit=["percent_relief"],
         dx=[("Sacroiliitis, left", "M46.1")],
         gold=dict(procs=[dict(family="si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="left",
                               imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
                   drugs=[("betamethasone_sodium_phosphate_acetate", 6), ("ropivacaine", 4), ("iohexol", 0.5, "ml")],
                   need=SPINE4, codes=[("27096", ["LT"])], findings=["percent_relief"]),
         kit=dict(diag_relief=[90], repeat=True, prior_response=(60, 120), relief=None, extra_findings=["percent_relief"]),
         comment="Today's percent relief is not stated (only pre/post scores); the 90% and 60% are earlier blocks."),
    # ---------------------------------------------------------------- the rest (7)
    dict(id="fbu-onb-01", dos="2025-06-24", pos="11",
         title="Bilateral greater occipital nerve blocks",
         complaint="Shooting and burning pain from the base of the skull over the occiput on both sides, with tenderness over each greater occipital nerve.",
         dur=("months", 5), care=8, func_text="The headaches wake her at night and keep her from working full days.",
         sed="none", guide="none",
         tech="Landmark technique; no imaging guidance was used. The occipital artery was palpated on each side and a 25-gauge needle was inserted just medial to it at the superior nuchal line.",
         meds=["2 mL of 0.5% bupivacaine and 20 mg of triamcinolone on each side"],
         saved=None, pre=8, post=3,
         dx=[("Occipital neuralgia", "M54.81")],
         gold=dict(procs=[dict(family="occipital_nerve_block", target="greater_occipital", region="occipital",
                               laterality="bilateral", imaging="none", sedation="none")],
                   drugs=[("bupivacaine", 20), ("triamcinolone_acetonide", 40)],
                   need=SPINE4, codes=[("64405", ["50"]), ("J3301", [], 4)], findings=[]),
         kit={}),
    dict(id="fbu-gnb-01", dos="2026-02-10", pos="11",
         title="Right genicular nerve block (superomedial, superolateral and inferomedial)",
         complaint="Right knee pain with activity and at night. Diagnostic block to assess candidacy for further treatment.",
         dur=("years", 2), care=12, func_text="Walking tolerance is under 10 minutes and stairs are difficult.",
         sed="local", guide="fluoro",
         tech="22-gauge needles were placed at the junctions of the femoral and tibial shafts with the epicondyles for the superomedial, superolateral and inferomedial genicular nerves.",
         meds=["1.5 mL of 0.5% bupivacaine at each of the three genicular nerves"],
         saved=None, pre=None, post=2, omit=["pre_procedure_pain_score"],
         dx=[("Primary osteoarthritis, right knee", "M17.11")],
         gold=dict(procs=[dict(family="genicular_nerve_block", target="knee", region="knee", laterality="right",
                               imaging="fluoroscopy", intent="diagnostic", sedation="local")],
                   drugs=[("bupivacaine", 22.5)],
                   need=SPINE4, codes=[("64454", ["RT"])], findings=["pre_procedure_pain_score"]),
         kit={}),
    dict(id="fbu-tpi-01", dos="2024-08-08", pos="11",
         title="Trigger point injections, left trapezius, levator scapulae and rhomboid major",
         complaint="On exam there are palpable taut bands with local twitch responses and referred pain in the left upper trapezius (two points), left levator scapulae and left rhomboid major.",
         dur=("months", 6), care=6, func_text="Pain limits overhead work and sleep.",
         sed="none", guide=None,
         tech="Each trigger point was isolated between two fingers and a 27-gauge needle was inserted with a fanning technique.",
         meds=["1 mL of local anesthetic at each of the four trigger points"],
         saved=None, pre=7, post=3, relief=57, omit=["drug_name"],
         dx=[("Myofascial pain syndrome, neck and upper back", "M79.12")],
         gold=dict(procs=[dict(family="trigger_point", region="cervical", sedation="none")],
                   drugs=[],
                   need=SPINE4, codes=[("20553", [])], findings=["drug_name"]),
         kit=dict(muscles=3, relief=57),
         comment="The injectate is only 'local anesthetic' (drug_name); no drug is listed."),
    dict(id="fbu-knee-01", dos="2023-09-14", pos="11",
         title="Left knee intra-articular injection under ultrasound guidance",
         complaint="Left knee pain with swelling and crepitus.",
         dur=("years", 3), care=8, func_text="Walking is limited to 15 minutes and she avoids stairs.",
         sed="none", guide="us",
         tech="Under real-time ultrasound guidance, a 22-gauge needle was advanced into the left suprapatellar recess from a lateral approach.",
         meds=["Kenalog 40 mg (1 mL of 40 mg/mL) mixed with 4 mL of 1% lidocaine"],
         saved="us", pre=7, post=3, cut="complications",
         dx=[("Unilateral primary osteoarthritis, left knee", "M17.12")],
         gold=dict(procs=[dict(family="joint_injection", target="knee", region="knee", laterality="left",
                               imaging="ultrasound", sedation="none")],
                   drugs=[("triamcinolone_acetonide", 40), ("lidocaine", 40)],
                   need=SPINE4, codes=[("20611", ["LT"]), ("J3301", [], 4)], findings=["complications"],
                   complications=None),
         kit=dict(saved_images=True),
         comment="Cut off mid-sentence under the complications label: complications are unsaid. Ultrasound with a "
                 "saved image: 20611."),
    dict(id="fbu-lsb-01", dos="2025-03-27", pos="22",
         title="Right lumbar sympathetic block at L3",
         complaint="Burning pain, allodynia, swelling and color change of the right foot and ankle.",
         dur=("months", 7), care=10, func_text="She cannot wear a shoe on the right foot and walks with a cane.",
         sed="local", guide="fluoro",
         tech="A 22-gauge, 5-inch needle was advanced to the anterolateral border of the L3 vertebral body on the right.",
         contrast=("3 mL of Omnipaque 240", "longitudinal spread along the sympathetic chain anterior to the psoas fascia"),
         meds=["10 mL of 0.25% bupivacaine in divided doses"],
         extra="Skin temperature of the right foot rose by 3 degrees C after the block.",
         saved="two", pre=6, post=2,
         dx=[("Complex regional pain syndrome type I, right lower limb", "G90.521")],
         gold=dict(procs=[dict(family="sympathetic_block", target="lumbar_sympathetic", region="lumbar", laterality="right",
                               levels=["L3"], imaging="fluoroscopy", contrast=True, sedation="local")],
                   drugs=[("bupivacaine", 25), ("iohexol", 3, "ml")],
                   need=SPINE4, codes=[("64520", []), ("77002", ["26"])], findings=[]),
         kit={}),
    dict(id="fbu-ssnb-01", dos="2026-06-02", pos="11",
         title="Right suprascapular nerve block, ultrasound guided",
         complaint="Right shoulder pain at rest and with overhead activity; not a surgical candidate.",
         dur=("months", 12), care=8, func_text="Unable to reach overhead or sleep on the right side.",
         sed="none", guide="us",
         tech="With a high-frequency linear probe, the right suprascapular nerve was identified in the suprascapular notch and a 22-gauge needle was advanced in plane.",
         meds=["5 mL of 0.5% ropivacaine",
               "dexamethasone 4 mg (0.4 mL from a 10 mg/mL single-dose vial; the remaining 6 mg was discarded)"],
         saved="us", pre=6, post=2,
         dx=[("Primary osteoarthritis, right shoulder", "M19.011")],
         gold=dict(procs=[dict(family="peripheral_nerve_block", target="suprascapular", region="shoulder", laterality="right",
                               imaging="ultrasound", sedation="none")],
                   drugs=[("ropivacaine", 25), ("dexamethasone_sodium_phosphate", 4)],
                   need=SPINE4, codes=[("64418", ["RT"]), ("76942", []), ("J1100", [], 4), ("J1100", ["JW"], 6)],
                   findings=[]),
         kit=dict(saved_images=True, containers={"dexamethasone_sodium_phosphate": ("single_dose", 6)}),
         comment="4 mg given from a 10 mg single-dose vial, 6 mg discarded: J1100 x4 and J1100-JW x6; ultrasound with "
                 "a saved image: 76942 beside 64418."),
    dict(id="fbu-pump-01", dos="2025-12-01", pos="11",
         title="Intrathecal pump interrogation, refill and reprogramming",
         complaint="Scheduled refill, with the low-reservoir alarm date approaching. Intrathecal therapy has controlled her pain well, but she reports more breakthrough pain in the evenings.",
         dur=None, care=None, func=None,
         sed="none", guide=None,
         tech="The pump was interrogated; the reservoir volume of 2.8 mL matched the expected volume. Under sterile conditions a "
              "22-gauge non-coring needle was placed through the reservoir septum and the residual volume was aspirated and discarded.",
         meds_text="The reservoir was refilled with 20 mL of preservative-free morphine 25 mg/mL. The pump was then reprogrammed "
                   "to increase the daily dose by 10%, and the new settings were confirmed on the printout. Refill and reprogramming "
                   "were performed by me.",
         saved=None, pre=None, post=None,
         dx=[("Chronic pain syndrome", "G89.4")],
         gold=dict(procs=[dict(family="pump_refill", sedation="none")],
                   drugs=[("morphine", 500)],
                   need=("diagnosis",), codes=[("62370", [])], findings=[]),
         kit=dict(reprogrammed=True, physician=True)),
]


# --------------------------------------------------------------------------------------------- generator
class _Deck:
    """Draws a pool's phrasings in a seeded shuffled cycle, so every paraphrase is used before any repeats."""

    def __init__(self, rng: random.Random, items: list[str]):
        self.rng, self.items, self.queue = rng, list(items), []

    def draw(self) -> str:
        if not self.queue:
            self.queue = self.items[:]
            self.rng.shuffle(self.queue)
        return self.queue.pop()


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _join(items: list[str]) -> str:
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " and " + items[-1]


def _dx_lines(spec: dict, decks: dict) -> list[str]:
    if spec.get("dx_vague"):
        return [spec["dx_vague"]]
    deck = decks["dx_coded"] if spec.get("dx_coded") else decks["dx"]
    fmt = deck.draw()
    return [fmt.format(desc=d, code=c, desc_l=d[:1].lower() + d[1:]) for d, c in spec["dx"]]


def _history(spec: dict, decks: dict) -> list[tuple[str, str]]:
    """(label, sentence) pairs of the indication: complaint, radicular findings, duration, care, function,
    imaging, prior relief and diagnostic blocks, each drawn from its pool (or written in the spec)."""
    out: list[tuple[str, str]] = []
    if spec.get("complaint"):
        out.append(("Indication", spec["complaint"]))
    if spec.get("rad"):
        kind = spec["rad"][0]
        side = spec["rad"][1] if len(spec["rad"]) > 1 else ""
        out.append(("Symptoms", decks["rad_" + kind].draw().format(side=side)))
    if spec.get("dur"):
        unit, n = spec["dur"]
        deck = {"months": "dur_m", "years": "dur_y", "weeks": "dur_w"}[unit]
        out.append(("Duration", decks[deck].draw().format(months=n, months_word=NUM_WORDS.get(n, n), years=n,
                                                          years_word=NUM_WORDS.get(n, n), weeks=n,
                                                          weeks_word=NUM_WORDS.get(n, n))))
    if spec.get("care"):
        w = spec["care"]
        out.append(("Prior treatment", decks["care"].draw().format(weeks=w, weeks_word=NUM_WORDS.get(w, w))))
    if spec.get("func_text"):
        out.append(("Function", spec["func_text"]))
    elif spec.get("func"):
        out.append(("Function", decks["func_" + spec["func"]].draw()))
    if spec.get("img"):
        out.append(("Imaging", spec["img"]))
    if spec.get("diag"):
        out.append(("Diagnostic blocks", spec["diag"]))
    if spec.get("prior"):
        out.append(("Prior response", spec["prior"]))
    return out


def _blocks(spec: dict, decks: dict) -> list[tuple[str, object]]:
    """The note's content as ordered (key, payload) blocks; styles only lay them out."""
    omit = set(spec.get("omit", ()))
    b: list[tuple[str, object]] = [("title", spec["title"]), ("dx", _dx_lines(spec, decks)),
                                   ("history", _history(spec, decks))]
    if "consent" not in omit:
        b.append(("consent", decks["consent"].draw()))
    if spec.get("pre") is not None:
        b.append(("pre", decks["pre"].draw().format(pre=spec["pre"])))
    if "time_out" not in omit:
        b.append(("timeout", decks["timeout"].draw()))
    sed = spec["sed"]
    b.append(("sedation", spec["sed_text"] if sed == "moderate" else decks["sed_" + sed].draw()))
    tech: list[str] = []
    if spec.get("guide") == "fluoro":
        tech.append(decks["guide"].draw())
    tech.append(spec["tech"])
    if spec.get("contrast"):
        cv, spread = spec["contrast"]
        tech.append(decks["contrast"].draw().format(cv=cv, spread=spread))
    b.append(("technique", " ".join(tech)))
    if spec.get("meds_text"):
        b.append(("meds", spec["meds_text"]))
    else:
        items = spec["meds"]
        verb = "were" if len(items) > 1 else "was"
        b.append(("meds", _cap(decks["meds"].draw().format(items=_join(items), verb=verb))))
    if spec.get("extra"):
        b.append(("extra", spec["extra"]))
    saved = spec.get("saved")
    if saved:
        b.append(("saved", decks["saved_" + saved].draw()))
    post = []
    if spec.get("post") is not None:
        post.append(decks["post"].draw().format(post=spec["post"]))
    if spec.get("relief") is not None:
        post.append(decks["relief"].draw().format(pct=spec["relief"]))
    if post:
        b.append(("post", " ".join(post)))
    if "complications" not in omit:
        b.append(("complications", decks["complications"].draw()))
    b.append(("dispo", decks["dispo"].draw()))
    cut = spec.get("cut")
    if cut:  # the note stops mid-sentence in this block: it and everything after are unsaid
        i = next((n for n, (k, _) in enumerate(b) if ORDER.index(k) >= ORDER.index(cut)), len(b))
        b = b[:i] + [(cut, CUT[cut])]
    return b


# --- styles: each lays out the same blocks -------------------------------------------------------------
STRIP_KEYS = {"consent", "timeout", "meds", "complications", "pre", "post", "sedation"}
POOLED_SEDATION = set(SED_NONE) | set(SED_LOCAL)


def _unlabel(key: str, val: str) -> str:
    """Under a header of its own, a pooled sentence that opens with its own label ('Complications: none.')
    drops that label, so the header is not written twice; a written-out sedation record keeps its words."""
    if key not in STRIP_KEYS or (key == "sedation" and val not in POOLED_SEDATION):
        return val
    return _cap(re.sub(r"^[A-Z][A-Za-z -]{2,30}:\s+", "", val))


def _hist_text(hist: list[tuple[str, str]]) -> str:
    return " ".join(s for _, s in hist)


def _caps(blocks, rng, truncated) -> str:
    out: list[str] = []
    heads = {"pre": "PROCEDURE IN DETAIL", "timeout": "PROCEDURE IN DETAIL",
             "sedation": "PROCEDURE IN DETAIL", "technique": "PROCEDURE IN DETAIL", "meds": "PROCEDURE IN DETAIL",
             "extra": "PROCEDURE IN DETAIL", "saved": "PROCEDURE IN DETAIL", "post": "POST-PROCEDURE",
             "complications": "POST-PROCEDURE", "dispo": "DISPOSITION"}
    current, buf = None, []
    for key, val in blocks:
        if key == "title":
            out.append(f"PROCEDURE: {val}")
        elif key == "dx":
            out.append("PRE-PROCEDURE DIAGNOSIS:" + (f" {val[0]}" if len(val) == 1 else
                                                     "".join(f"\n{i}. {d}" for i, d in enumerate(val, 1))))
        elif key == "history":
            out.append("INDICATIONS: " + _hist_text(val))
        elif key == "consent":
            current, buf = None, []
            out.append("CONSENT: " + _unlabel(key, val))
        else:
            h = heads[key]
            if h != current:
                if buf:
                    out.append(f"{current}: " + " ".join(buf))
                current, buf = h, []
            buf.append(val)
    if buf:
        out.append(f"{current}: " + " ".join(buf))
    return "\n\n".join(out)


def _title(blocks, rng, truncated) -> str:
    heads = {"consent": "Consent", "pre": "Pre-Procedure", "timeout": "Time-Out", "sedation": "Sedation",
             "technique": "Technique", "meds": "Medications", "extra": "Response", "saved": "Images",
             "post": "Post-Procedure", "complications": "Complications", "dispo": "Plan"}
    out: list[str] = []
    for key, val in blocks:
        if key == "title":
            out.append(f"Procedure: {val}")
        elif key == "dx":
            out.append("Diagnosis: " + val[0] if len(val) == 1 else
                       "Diagnoses:\n" + "\n".join(f"{i}. {d}" for i, d in enumerate(val, 1)))
        elif key == "history":
            out.append("History: " + _hist_text(val))
        else:
            out.append(f"{heads[key]}: {_unlabel(key, val)}")
    return "\n".join(out)


def _dictated(blocks, rng, truncated) -> str:
    d = dict(blocks)
    title = d["title"]
    if re.match(r"^[A-Z][a-z]", title):  # 'Left ...' reads 'left ...'; 'L4-5 ...' keeps its level
        title = title[:1].lower() + title[1:]
    first = [f"Procedure performed: {title}."]
    dx = d["dx"]
    first.append("Diagnosis: " + (dx[0] if len(dx) == 1 else "; ".join(f"({i}) {x}" for i, x in enumerate(dx, 1))) +
                 ("" if dx[-1].endswith(".") else "."))
    first.append(_hist_text(d["history"]))
    rest = [val for key, val in blocks if key not in ("title", "dx", "history")]
    # the procedure story, then the outcome in a paragraph of its own
    keys = [k for k, _ in blocks if k not in ("title", "dx", "history")]
    split = keys.index("post") if "post" in keys else (keys.index("complications") if "complications" in keys else len(keys))
    return " ".join(first) + "\n\n" + " ".join(rest[:split]) + ("\n\n" + " ".join(rest[split:]) if rest[split:] else "")


def _bullets(blocks, rng, truncated) -> str:
    out: list[str] = []
    group = {"consent": "Procedure", "pre": "Procedure", "timeout": "Procedure", "sedation": "Procedure",
             "technique": "Procedure", "meds": "Procedure", "extra": "Procedure", "saved": "Procedure",
             "post": "After", "complications": "After", "dispo": "After"}
    current = None
    for key, val in blocks:
        if key == "title":
            out.append(str(val))
        elif key == "dx":
            out.append("Dx:")
            out += [f"- {x}" for x in val]
        elif key == "history":
            out.append("Indication:")
            out += [f"- {s}" for _, s in val]
        else:
            if group[key] != current:
                current = group[key]
                out.append(f"{current}:")
            sentences = [s for s in re.split(r"(?<=[.;])\s+(?=[A-Z0-9])", str(val)) if s] if key == "technique" else [val]
            out += [f"- {s}" for s in sentences]
    return "\n".join(out)


def _inline(blocks, rng, truncated) -> str:
    labels = {"consent": "Consent", "pre": "Pre-procedure", "timeout": "Time-out", "sedation": "Sedation",
              "technique": "Technique", "meds": "Injectate", "extra": "Response", "saved": "Images saved",
              "post": "Post-procedure", "complications": "Complications", "dispo": "Disposition"}
    out: list[str] = []
    for key, val in blocks:
        if key == "title":
            out.append(f"Procedure: {val}")
        elif key == "dx":
            out.append("Diagnosis: " + " | ".join(val))
        elif key == "history":
            out += [f"{label}: {s}" for label, s in val]
        else:
            out.append(f"{labels[key]}: {_unlabel(key, val)}")
    return "\n".join(out)


def _odd(blocks, rng, truncated) -> str:
    """Title-case layout with the spacing a pasted or re-flowed note picks up: lower-case labels with a space
    before the colon, doubled spaces, hard wraps mid-sentence, stray blank lines and trailing blanks."""
    text = _title(blocks, rng, truncated)
    lines_out: list[str] = []
    for ln in text.split("\n"):
        m = re.match(r"^([A-Z][A-Za-z -]+):\s(.*)$", ln)
        if m and rng.random() < 0.6:
            ln = f"{m.group(1).lower()} :  {m.group(2)}"
        words = ln.split(" ")
        ln = " ".join(w + (" " if rng.random() < 0.12 and w else "") for w in words)
        # hard wrap at about 62 characters, at spaces only
        while len(ln) > 70:
            cut = ln.rfind(" ", 40, 62)
            if cut <= 0:
                break
            lines_out.append(ln[:cut].rstrip() + ("   " if rng.random() < 0.3 else ""))
            ln = ln[cut + 1:].lstrip()
        lines_out.append(ln)
        if rng.random() < 0.35:
            lines_out.append("")
    return "\n".join(lines_out)


def _attest(blocks, rng, truncated, decks) -> str:
    top = decks["attest_top"].draw()
    body = _caps(blocks, rng, truncated) if rng.random() < 0.5 else _title(blocks, rng, truncated)
    if truncated:
        return top + "\n\n" + body
    return top + "\n\n" + body + "\n\n" + decks["attest_bottom"].draw() + "\n" + decks["attest_bottom"].draw()


def render(spec: dict, style: str, rng: random.Random, decks: dict) -> str:
    blocks = _blocks(spec, decks)
    truncated = bool(spec.get("cut"))
    if style == "attestation":
        return _attest(blocks, rng, truncated, decks)
    fn = {"caps_headers": _caps, "title_headers": _title, "dictated": _dictated, "bullets": _bullets,
          "inline_fields": _inline, "odd_spacing": _odd}[style]
    return fn(blocks, rng, truncated)


def _decks(rng: random.Random) -> dict:
    pools = {"rad_leg": RAD_LEG, "rad_arm": RAD_ARM, "rad_chest": RAD_CHEST, "rad_both": RAD_BOTH,
             "dur_m": DUR_MONTHS, "dur_y": DUR_YEARS, "dur_w": DUR_WEEKS, "care": CARE,
             "func_back": FUNC["back"], "func_neck": FUNC["neck"], "func_generic": FUNC["generic"],
             "consent": CONSENT, "timeout": TIMEOUT, "complications": COMPLICATIONS, "sed_none": SED_NONE,
             "sed_local": SED_LOCAL, "pre": PRE, "post": POST, "relief": RELIEF, "guide": GUIDE_FLUORO,
             "contrast": CONTRAST, "meds": MEDS, "saved_two": SAVED_TWO, "saved_us": SAVED_US,
             "saved_unspec": SAVED_UNSPEC, "dispo": DISPO, "attest_top": ATTEST_TOP, "attest_bottom": ATTEST_BOTTOM,
             "dx": DX_FORMATS, "dx_coded": DX_CODED}
    return {k: _Deck(rng, v) for k, v in pools.items()}


def styles_for(n: int, rng: random.Random) -> list[str]:
    """Seven styles, each at least four times, in a seeded order."""
    seq = list(STYLES) * 4 + ["caps_headers", "dictated"]
    rng.shuffle(seq)
    return seq[:n]


def notes() -> list[tuple[dict, str, str]]:
    """(spec, style, text) for every spec, deterministic under SEED."""
    rng = random.Random(SEED)
    decks = _decks(rng)
    styles = styles_for(len(SPECS), rng)
    out = []
    for spec, style in zip(SPECS, styles):
        text = render(spec, style, rng, decks).rstrip()
        out.append((spec, style + ("+truncated" if spec.get("cut") else ""), text))
    return out


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:
    """Queue the 30 notes with the kit of `dev_fresh_d/make_notes.py`; they are generator notes (origin
    `generated`), so the queued record's origin is set after `add`."""
    queue = add.__globals__["NOTES"]
    for spec, style, text in notes():
        g = spec["gold"]
        drugs = [given(d[0], d[1], d[2] if len(d) > 2 else ("units" if d[0].endswith("toxinA") else "mg")) for d in g["drugs"]]
        codes = [line(c[0], *c[1], units=c[2] if len(c) > 2 else 1) for c in g["codes"]]
        add(spec["id"], style, text, procs=[proc(**p) for p in g["procs"]], drugs=drugs,
            pain=(spec.get("pre"), spec.get("post")), need=tuple(g["need"]), codes=codes, findings=list(g["findings"]),
            dos=spec["dos"], pos=spec["pos"], consent=g.get("consent", True),
            complications=g.get("complications", "none"), comment=spec.get("comment"),
            payer=spec.get("payer", "medicare"))
        queue[-1]["origin"] = "generated"
