"""Phrasing pools for the note generator.

Entries prefixed ``T|`` are *test-only* variants: the generator uses them only for notes in the
test split, so the test split measures how the pipeline generalises to wordings it was never
developed against. Entries prefixed ``D|`` are dev-only. Unprefixed entries may appear in both.
All clinical content is fictional.
"""

from __future__ import annotations

# --- drug names as written --------------------------------------------------------------------
DRUG_WRITTEN = {
    "methylprednisolone_acetate": ["Depo-Medrol", "methylprednisolone acetate", "Depo-Medrol", "methylprednisolone",
                                   "T|DepoMedrol", "T|methylprednisolone acetate (Depo-Medrol)"],
    "triamcinolone_acetonide": ["Kenalog", "Kenalog-40", "triamcinolone acetonide", "triamcinolone", "T|Kenalog 40",
                      "T|triamcinolone (Kenalog)"],
    "dexamethasone_sodium_phosphate": ["dexamethasone", "dexamethasone sodium phosphate", "Decadron", "preservative-free dexamethasone",
                      "T|Decadron (dexamethasone)"],
    "betamethasone_sodium_phosphate_acetate": ["Celestone Soluspan", "betamethasone", "Celestone", "T|betamethasone sodium phosphate/acetate"],
    "ketorolac_tromethamine": ["ketorolac", "Toradol", "T|ketorolac tromethamine"],
    "onabotulinumtoxinA": ["Botox", "onabotulinumtoxinA", "T|Botox (onabotulinumtoxinA)"],
    "bupivacaine": ["bupivacaine", "Marcaine", "Sensorcaine", "T|bupivacaine (Marcaine)", "D|Marcaine"],
    "ropivacaine": ["ropivacaine", "Naropin", "T|Naropin (ropivacaine)"],
    "lidocaine": ["lidocaine", "Xylocaine", "lidocaine", "T|Xylocaine plain"],
    "iohexol": ["Omnipaque 240", "Omnipaque 180", "Omnipaque 300", "iohexol 240", "T|Omnipaque-240"],
    "iopamidol": ["Isovue-M 200", "Isovue-M 300", "iopamidol (Isovue-M 200)", "T|Isovue 300"],
}

STEROID_CONC = {  # mg/mL
    "methylprednisolone_acetate": [40, 80],
    "triamcinolone_acetonide": [40],
    "dexamethasone_sodium_phosphate": [10, 4],
    "betamethasone_sodium_phosphate_acetate": [6],
    "ketorolac_tromethamine": [30],
}

# --- history ----------------------------------------------------------------------------------
DURATION = [
    "{n} months", "approximately {n} months", "over {n} months", "the past {n} months", "T|roughly {n} months",
    "T|for going on {n} months", "D|about {n} months",
]
DURATION_INTRO = [
    "Symptoms have been present for {d}.", "Pain has been present for {d}.", "The pain began {d} ago.",
    "Duration of symptoms: {d}.", "T|This has been going on for {d}.", "T|Onset was {d} ago without inciting trauma.",
    "D|Reports pain for {d}.",
]
CONSERVATIVE = [
    "{w} weeks of formal physical therapy without lasting benefit",
    "physical therapy for {w} weeks, NSAIDs and a home exercise program, all without adequate relief",
    "NSAIDs, gabapentin and {w} weeks of PT with minimal improvement",
    "chiropractic care and {w} weeks of physical therapy, which failed to control the pain",
    "T|a {w}-week course of supervised therapy plus meloxicam, with little change",
    "T|home exercises and activity modification over {w} weeks, which did not help",
    "D|{w} weeks of physical therapy and naproxen without improvement",
]
CONSERVATIVE_INTRO = [
    "Conservative treatment has included {c}.", "The patient has failed {c}.", "Prior treatment: {c}.",
    "T|Despite {c}, the pain persists.", "D|Conservative care to date: {c}.",
]
FUNCTION = [
    "The pain limits walking to less than one block and interferes with sleep.",
    "Oswestry Disability Index is {odi}%.",
    "ODI {odi}%; the patient has difficulty standing for more than 10 minutes.",
    "The pain interferes with work duties and household activities.",
    "T|Functional status: unable to sit through a meal or drive more than 20 minutes.",
    "T|PDAS score {odi}, with limitation of ADLs such as dressing and bathing.",
    "D|Pain limits activities of daily living, including dressing and yard work.",
    "Neck Disability Index {odi}%, with trouble turning the head while driving.",
    "T|Neck Disability Index {odi}%; cannot look up to reach shelves.",
    "Neck pain limits computer work to 20 minutes at a time and disturbs sleep.",
]
FUNCTION_OTHER = [
    "The pain interferes with sleep and with household chores.",
    "The pain keeps the patient from working a full shift.",
    "Pain limits dressing, reaching overhead and driving.",
    "T|Hobbies such as gardening and golf have been given up because of the pain.",
    "D|Pain disturbs sleep most nights and limits daily activities.",
]
RADICULAR = {
    "lumbar": ["Straight leg raise is positive on the {side} at 40 degrees with decreased sensation in the {derm} dermatome.",
               "Exam shows {side} L5 dermatomal numbness and a positive straight leg raise.",
               "T|Radiating pain follows the {derm} distribution into the {side} foot, with a diminished ankle reflex.",
               "D|Positive {side} straight leg raise; sensation diminished over the dorsum of the {side} foot."],
    "cervical": ["Spurling's test is positive on the {side} with paresthesias into the thumb and index finger.",
                 "There is {side} C6 dermatomal numbness and mild biceps weakness.",
                 "T|Pain radiates down the {side} arm into the lateral forearm; Spurling maneuver reproduces it."],
    "thoracic": ["Band-like pain radiates around the {side} chest wall in a T8 distribution."],
    "sacral": ["Radiating pain into both buttocks and posterior thighs with neurogenic claudication."],
}
IMAGING_FINDINGS = {
    "lumbar": ["MRI lumbar spine shows a {lvl} disc protrusion with {side} foraminal narrowing.",
               "MRI demonstrates moderate {lvl} foraminal stenosis on the {side} and facet arthropathy.",
               "Recent MRI: broad-based disc bulge at {lvl} contacting the traversing nerve root.",
               "T|Lumbar MRI from last month reveals an extruded disc fragment at {lvl}, abutting the {side} root.",
               "D|MRI: {lvl} disc herniation, {side} paracentral, with mild canal narrowing."],
    "cervical": ["Cervical MRI shows {lvl} disc osteophyte complex with {side} foraminal stenosis.",
                 "T|CT myelogram of the neck shows uncovertebral hypertrophy narrowing the {side} {lvl} foramen."],
    "thoracic": ["MRI thoracic spine shows a small {lvl} disc protrusion on the {side}."],
    "sacral": ["MRI shows multilevel lumbar spinal stenosis, worst at L4-L5."],
    "facet_cervical": ["Cervical MRI shows facet hypertrophy at {lvl} without disc herniation.",
                       "T|Flexion-extension films show cervical facet arthrosis, worst at {lvl}."],
    "facet": ["MRI shows facet arthropathy at {lvl} without significant stenosis.",
              "Imaging: degenerative facet hypertrophy at {lvl}.",
              "T|X-rays show lower lumbar facet arthrosis; no spondylolisthesis."],
}

# --- procedure-room boilerplate ---------------------------------------------------------------
CONSENT = [
    "Risks, benefits and alternatives were discussed and informed consent was obtained.",
    "Written informed consent was signed after discussion of risks including bleeding, infection and nerve injury.",
    "Consent: obtained, signed and in chart.",
    "The patient gave written informed consent.",
    "T|After a detailed discussion of risks (infection, bleeding, headache, nerve damage) the patient elected to proceed and signed consent.",
    "T|Informed consent reviewed and signed; all questions answered.",
    "D|Informed consent was obtained in writing.",
]
TIMEOUT = [
    "A time-out was performed confirming patient, procedure, side and site.",
    "Universal protocol time-out completed.",
    "Time out performed with all staff in agreement.",
    "T|A pause for the cause was held before the procedure.",
    "T|Site verified and time-out called prior to needle placement.",
    "D|Time-out was done.",
]
PREP = [
    "The patient was placed {position} and the skin was prepped with chlorhexidine and draped in sterile fashion.",
    "{Position} positioning; sterile prep with ChloraPrep and sterile drape.",
    "The area was cleaned with betadine x3 and sterilely draped with the patient {position}.",
    "T|Patient positioned {position}; the field was prepped with chlorhexidine-alcohol and draped.",
]
POSITION = {"prone": ["prone", "prone on the fluoroscopy table"], "supine": ["supine"], "sitting": ["seated"],
            "lateral": ["in the lateral decubitus position"]}
COMPLICATIONS_NONE = [
    "There were no complications.", "No complications.", "Complications: none.", "The patient tolerated the procedure well without complications.",
    "No immediate complications were noted.", "T|There were no apparent complications.",
    "T|Complications: None apparent.", "D|Patient tolerated it well, no complications.",
]
COMPLICATION_EVENTS = [
    ("vasovagal", "The patient had a brief vasovagal episode that resolved with Trendelenburg positioning and fluids."),
    ("paresthesia", "A transient paresthesia occurred during needle advancement and resolved on withdrawal."),
    ("heme", "T|Blood was noted in the needle hub; the needle was repositioned before injection."),
]
DISCHARGE = [
    "The patient was discharged home in stable condition.", "Discharged ambulatory with a driver.",
    "Vital signs stable; discharged to home.", "T|Left the clinic in good condition accompanied by spouse.",
    "D|Discharged home in stable condition.",
]
PLAN_HYPOTHETICAL = [
    "If relief is not sustained we will consider radiofrequency ablation.",
    "Will consider RFA if two diagnostic blocks are positive.",
    "Follow up in 2 weeks; consider repeat injection only if the response is at least 50%.",
    "If this fails, we could consider a spinal cord stimulator trial.",
    "T|Should the benefit wane, a second injection at a different level may be discussed.",
    "T|Plan: return in 4 weeks; possible medial branch blocks if axial pain predominates.",
    "D|Return in 2-3 weeks for follow-up.",
]
SAVED_IMAGES = [
    "AP and lateral images were saved to the record.",
    "Two fluoroscopic views confirming needle position and contrast spread were saved.",
    "Permanent images were obtained and stored in PACS.",
    "Images saved.",
    "T|Final needle position and contrast pattern were documented with saved AP and oblique images.",
    "T|Representative spot images archived.",
    "D|AP and lateral views stored.",
]
BOILERPLATE = [
    "This note was created with voice recognition software and may contain transcription errors.",
    "I was present for and performed the entire procedure.",
    "The patient was given post-procedure instructions including signs of infection and whom to call.",
    "All sharps were accounted for at the end of the case.",
    "T|Electronically signed by the attending physician. Please excuse typographical errors.",
    "T|Post-procedure instructions reviewed; patient verbalized understanding of warning signs.",
]
