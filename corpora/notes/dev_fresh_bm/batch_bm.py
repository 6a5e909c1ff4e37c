"""Sealed batch `dev_fresh_bm` (`fbm-*`): 30 generator-style notes and their gold.

A small deterministic generator (SEED below) draws 30 procedure specs from a fixed family plan (sides,
levels, drugs, doses, containers, dates, places of service, pain scores, durations and reliefs are drawn)
and renders each in one of seven styles (capitalised headers, title-case headers, dictated paragraph,
bullets, inline `Label: value` fields, odd spacing, boilerplate attestation) from phrasing pools written
fresh for this batch, eight or more paraphrases per documentation element. The gold comes from the spec
the text was rendered from: claim lines and finding elements by the coder's rules of `corpora/tools/goldkit.py`
(never Painpoint), the rest (procedures, drugs, pain, necessity) from the spec itself. A spec's `omit` lists
the elements the writer deliberately left out.
"""

from __future__ import annotations

import datetime as dt
import random
import re

import goldkit  # the gold rules written once (corpora/tools), put on the path by the dev_fresh_d kit

SEED = 8213

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]
TENS = {30: "thirty", 40: "forty", 50: "fifty", 60: "sixty", 70: "seventy", 80: "eighty", 90: "ninety"}


def words(n: int) -> str:
    """A whole number in words (0-100), as a dictating physician says it."""
    if n == 100:
        return "one hundred"
    if n <= 20:
        return ONES[n]
    if n < 30:
        return "twenty" + ("" if n == 20 else "-" + ONES[n - 20])
    t = n // 10 * 10
    return TENS[t] + ("" if n == t else "-" + ONES[n - t])


# --------------------------------------------------------------------------------------------------
# Phrasing pools (written for this batch). Slots: {side} {Side} {root} {lvl} {pron} {Pron} {obj} {poss} ...
# --------------------------------------------------------------------------------------------------

# radicular findings, one leg: (template, speaks of function)
RADIC_LEG = [
    ("Pain shoots from the {side} buttock down the outer thigh and calf toward the foot, following the {root} dermatome.", False),
    ("Burning, electric pain radiates into the {side} leg below the knee, with numbness in the {root} distribution.", False),
    ("{Side} leg pain now outweighs the back pain and travels past the knee to the ankle.", False),
    ("Exam: straight leg raise positive on the {side} at 40 degrees, reproducing the leg pain; sensation reduced over {root}.", False),
    ("In {poss} words, it \"runs down the back of my {side} leg like a hot wire.\"", False),
    ("Sciatica on the {side}, reaching the heel whenever {pron} sits for long.", True),
    ("Paresthesias down the {side} leg into the great toe; the seated slump test reproduces them.", False),
    ("Radicular pain into the {side} thigh and shin, worse with coughing and sneezing.", False),
    ("Dermatomal ({root}) pain along the {side} lower extremity, with a diminished reflex on that side.", False),
]
# radicular findings, one arm
RADIC_ARM = [
    ("Pain radiates from the {side} side of the neck over the shoulder into the forearm and thumb ({root} distribution).", False),
    ("{Side} arm paresthesias reach the index and middle fingers; Spurling's maneuver toward the {side} reproduces them.", False),
    ("Burning pain travels down the {side} arm into the hand.", False),
    ("Reports \"pins and needles\" running from the {side} shoulder blade down to the fingertips.", False),
    ("Weak {side} triceps with a reduced reflex, plus arm pain in the {root} dermatome.", False),
    ("Radicular {side} upper extremity pain, worse looking up.", False),
    ("Shooting pain along the outer {side} arm each time {pron} turns {poss} head that way.", False),
    ("Numbness of the {side} thumb and radial forearm, with aching down the whole arm.", False),
    ("Arm-dominant pain on the {side}, following {root}.", False),
]
# radicular findings, both legs (stenosis, claudication, bilateral roots)
RADIC_BOTH = [
    ("Both legs ache and feel heavy after a block of walking, easing when {pron} sits or leans forward.", True),
    ("Bilateral buttock and posterior thigh pain radiates to the calves, worse standing.", False),
    ("Pain travels down both legs, left more than right, with tingling in both feet.", False),
    ("Neurogenic claudication: both legs cramp and go numb after five minutes upright.", True),
    ("\"My legs burn from the hips down,\" {pron} says, describing both lower extremities.", False),
    ("Radiating pain into both lower extremities below the knees; straight leg raise positive bilaterally.", False),
    ("Bilateral paresthesias from the shins to the tops of the feet.", False),
    ("Both legs ache from thigh to calf, relieved by bending forward over a shopping cart.", False),
    ("Shooting pains down the backs of both legs, right and left about equal.", False),
]
RADIC_THOR = [
    ("Band-like pain wraps from the {side} mid-back around the chest wall along the {root} dermatome.", False),
    ("Burning pain follows the {side} lower ribs toward the upper abdomen, dermatomal at {root}.", False),
    ("Allodynia over the {side} {root} band, radiating forward from the spine to the flank.", False),
]

# symptom duration (every value here is at least 4 months)
DURATION = [
    "Symptoms began about {nw} months ago.",
    "This has been going on for half a year.",
    "The pain has been there since the spring of last year.",
    "Duration roughly {n} months.",
    "Over the past {nw} months it has steadily worsened.",
    "A problem of {n} months' standing.",
    "Onset {nw} months ago, after lifting a heavy box.",
    "More than a year of symptoms.",
    "Sx x {n} mo.",
    "For the better part of two years, {pron} has lived with this.",
]
DURATION_LONG = [  # for a repeat ablation: the pain predates the earlier one
    "For the better part of two years, {pron} has lived with this.",
    "Symptoms date back about three years, with a good spell after the last ablation.",
]

# conservative care with its outcome: (template, states a length of care)
CARE = [
    ("{W} weeks of physical therapy did not change the pain.", True),
    ("Despite a course of PT ({ww} weeks) and daily naproxen, the pain persists.", True),
    ("Meloxicam and a home exercise program for {ww} weeks gave no lasting benefit.", True),
    ("Gabapentin was stopped because it made {obj} too drowsy, and {w} weeks of supervised therapy before that brought little relief.", True),
    ("Failed conservative management: PT x {w} wk, NSAIDs, activity modification.", True),
    ("Chiropractic care twice a week for {ww} weeks, without improvement.", True),
    ("Ibuprofen, ice and a {w}-week therapy program were tried; none of it touched the pain.", True),
    ("After {ww} weeks of formal physical therapy {pron} is no better.", True),
    ("Conservative measures (about {mw} months of PT and a duloxetine trial) helped only briefly.", True),
    ("NSAIDs, a home exercise program and activity modification have all failed.", False),
    ("Physical therapy and oral anti-inflammatories gave no meaningful relief.", False),
    ("Tried stretching, heat and naproxen, without benefit.", False),
]
CARE_LISTED = [  # care named without any outcome: not documented to the standard (corpora/README)
    "Completed a course of physical therapy last year and uses ibuprofen as needed.",
    "Has done PT and takes meloxicam.",
]

FUNC_LOW = [
    "{Pron} can no longer walk the dog more than a block.",
    "Sitting through a work shift is impossible; Oswestry {odi}%.",
    "The pain wakes {obj} at night and keeps {obj} from lifting the grandchildren.",
    "Has given up gardening and needs help with the laundry.",
    "ODI at intake {odi} percent.",
    "Cannot stand at the stove for more than ten minutes.",
    "Has missed several shifts at work because of it.",
    "Driving longer than twenty minutes is intolerable.",
    "Limited in stairs, housework and sleep.",
]
FUNC_NECK = [
    "Cannot turn {poss} head to check traffic when driving.",
    "Working at a computer for more than an hour is no longer possible.",
    "Neck Disability Index {odi}%.",
    "Has stopped swimming and cannot read in bed.",
    "Sleep is broken every night by the pain.",
    "Has missed several shifts at work because of it.",
    "Limited in housework, lifting and sleep.",
    "Reaching overhead to the kitchen shelves is no longer possible.",
]
FUNC_MID = [
    "Cannot sit through a meal or a car ride without shifting.",
    "Has stopped playing golf; the pain wakes {obj} at night.",
    "Pain limits housework and lifting.",
]

IMG_LUMBAR = [
    "MRI of the lumbar spine shows a {side} paracentral disc protrusion at {lvl} contacting the {root} root.",
    "MRI ({year}): {side} {lvl} foraminal narrowing, moderate to severe.",
    "An MRI last {month} demonstrated disc extrusion at {lvl}, displacing the {side} {root} nerve root.",
    "Imaging reviewed: {lvl} herniation, {side}-sided, concordant with the exam.",
    "Per MRI, broad-based bulge at {lvl} with {side} lateral recess narrowing.",
    "MRI findings: {lvl} protrusion abutting the exiting {side} {root} root.",
    "Lumbar MRI: {side} foraminal disc herniation at {lvl}, with root compression.",
    "The MRI images, which I reviewed with {obj}, show {side} {lvl} foraminal stenosis.",
]
IMG_CERV = [
    "MRI of the cervical spine shows {side} {lvl} foraminal stenosis from uncovertebral spurring.",
    "CT myelogram: {side} {lvl} foraminal narrowing with cut-off of the {root} root sleeve.",
    "Cervical MRI: {lvl} disc-osteophyte complex narrowing the {side} foramen.",
    "MRI ({year}) shows a {side} {lvl} soft disc herniation compressing the {root} root.",
]
IMG_CENTRAL = [
    "MRI: severe central canal stenosis at {lvl} with ligamentum flavum hypertrophy.",
    "Recent MRI reveals a broad disc bulge at {lvl} narrowing both lateral recesses.",
    "Imaging shows multifactorial stenosis, worst at {lvl}.",
    "MRI: bilateral foraminal narrowing at {lvl}.",
]

PRIOR_ESI = [
    "The last injection, {agow} months ago, took away about {p}% of the leg pain for {dw} months.",
    "The prior {abbr} gave {p}% relief lasting {d} months.",
    "{Pron} reports {p} percent improvement after the previous one, which held for roughly {dw} months.",
    "Good response to the earlier injection: pain down by {pw} percent for about {d} months.",
    "After the prior epidural {pron} was {p}% better for {dw} months and walked daily again.",
    "Relief from the first one: {p}%, sustained {d} months.",
    "Previous ESI: {p}% reduction in pain x {d} months.",
    "{Pron} had {dw} good months (about {p}% less pain) after the last one.",
]
PRIOR_RFA = [
    "The prior radiofrequency ablation on this side, {agow} months ago, gave {p}% relief for {dw} months.",
    "Last RFA: {p}% improvement lasting about {d} months before the pain returned.",
    "{Pron} did well after the previous ablation, {p} percent better for {dw} months.",
]
DIAG_TWO = [
    "Two diagnostic medial branch blocks gave {a}% and {b}% relief respectively.",
    "Block 1 (lidocaine): {a}% relief for {h} hours; block 2 (bupivacaine): {b}% relief for {h2} hours.",
    "Concordant relief after both diagnostic blocks ({a} and {b} percent).",
    "{Pron} had {aw} percent relief after the first set of MBBs and {bw} percent after the second.",
    "Dual comparative blocks were positive: {a}% and {b}%.",
    "Prior diagnostic injections x2, both over 80%: {a}% and {b}%.",
    "MBB #1 {a}% / MBB #2 {b}% relief of the index pain.",
    "The confirmatory block reproduced the first: {a}% then {b}% pain reduction.",
]
DIAG_FIRST = [  # one earlier diagnostic facet block (a confirmatory block today)
    "The first diagnostic block, with lidocaine, gave {a}% relief of the index pain for about {h} hours.",
    "After the initial medial branch block {pron} had {aw} percent relief for {hw} hours.",
    "Diagnostic block #1: {a}% reduction in the index pain, lasting {h} hours.",
]
DIAG_SI = [
    "A diagnostic {side} SI joint block gave {a}% relief.",
    "{Pron} had {aw} percent relief after the earlier diagnostic sacroiliac injection.",
    "Prior diagnostic SIJ block: {a}% improvement of the index pain.",
]

PRE = [
    "Pre-procedure pain {pre}/10.",
    "{Pron} rated {poss} pain {prew} out of ten before we started.",
    "NRS on arrival: {pre}.",
    "Pain before the injection was {pre} on a 0-10 scale.",
    "Current pain {pre}/10 (verbal numeric scale).",
    "Reports {pre}/10 pain in the holding area.",
    "Baseline today: {pre} of 10.",
    "\"About a {prew},\" {pron} says, on a zero-to-ten scale.",
]
POST = [
    "Post-procedure pain {post}/10.",
    "In recovery the pain was {postw} out of ten.",
    "NRS at discharge: {post}.",
    "After the injection, pain {post} on the same 0-10 scale.",
    "Fifteen minutes later {pron} rated it {post}/10.",
    "Pain down to {post}/10 afterwards.",
    "Post-injection score {post} of 10.",
    "\"Maybe a {postw} now,\" when asked in recovery.",
]
WORD_SCORE = re.compile(r"\{(pre|post)w\}")

PCT = [
    "{pct}% relief of the index pain.",
    "Roughly {pctw} percent better after the injection.",
    "Percent relief: {pct}%.",
    "{Pron} estimates the pain is {pct}% reduced.",
    "{pct} percent improvement immediately afterward.",
    "Relief ~{pct}%.",
    "Reports {pct}% reduction of the usual pain when the provocative maneuvers were repeated.",
    "Immediate relief estimated at {pct} percent.",
]

CONSENT = [
    "Informed consent was obtained after discussing risks, benefits and alternatives.",
    "Written consent signed; risks including infection, bleeding and nerve injury were reviewed.",
    "The patient consented in writing.",
    "Consent obtained and on the chart.",
    "We went over what could go wrong and what else {pron} could try; {pron} gave informed consent.",
    "Risks/benefits/alternatives discussed, consent signed.",
    "After {poss} questions were answered, {pron} signed the consent form.",
    "Verbal and written consent obtained.",
]
TIMEOUT = [
    "A time-out confirmed patient, procedure, side and level.",
    "Time out performed with the team before the needle was placed.",
    "Universal protocol followed, including a pause to verify site and side.",
    "Time-out: done.",
    "Before starting we paused to confirm identity, procedure and laterality.",
    "Site marked; final verification (\"time out\") completed by all present.",
    "The team performed a surgical pause.",
    "Pre-procedure verification and time-out were completed.",
]
SED_NONE = [
    "No sedation was given.",
    "Performed without sedation at the patient's request.",
    "Sedation: none.",
    "{Pron} declined IV sedation.",
    "Awake throughout; no sedatives.",
    "No anxiolysis or sedation was used.",
    "Without sedation.",
    "The procedure was done awake, with no sedating medication.",
]
SAVED = [
    "AP and lateral images were saved.",
    "Two fluoroscopic views were stored to the record.",
    "Final needle position documented on saved AP and oblique images.",
    "Images archived (AP, lateral).",
    "Permanent images in two planes were retained.",
    "Spot films saved: anteroposterior and lateral.",
    "Both AP and contralateral oblique views were saved to PACS.",
    "Hard copies of two views were kept for the chart.",
]
SAVED_ONE = ["A single image was saved.", "One spot image saved to PACS."]
COMP = [
    "No complications.",
    "There were no immediate complications.",
    "Complications: none.",
    "Tolerated well without complication.",
    "No complications occurred; vitals stable.",
    "Free of complications at discharge.",
    "No procedural complications were noted.",
    "Complication-free; {pron} walked out unassisted.",
    "Without complications, {pron} was observed for 20 minutes.",
]
CONTRAST_EPI = [
    "{ml} mL of {brand} confirmed epidural spread without vascular uptake.",
    "Contrast ({brand}, {ml} mL) outlined the epidural space; no intravascular flow.",
    "Injection of {ml} mL {brand} showed a good epidurogram, no venous runoff.",
    "Under live fluoroscopy, {brand} ({ml} mL) spread in the epidural space as expected.",
    "Epidurography with {ml} mL of {brand}: appropriate flow, nothing vascular.",
    "{brand} {ml} mL: epidural pattern confirmed.",
    "Negative aspiration, then {ml} mL of {brand} with a satisfactory spread.",
    "Contrast flow ({ml} mL {brand}) was appropriate, with no intrathecal or vascular pattern.",
]
GUIDE = [
    "Under fluoroscopic guidance",
    "Using intermittent fluoroscopy",
    "With C-arm guidance",
    "Under live fluoro",
    "Image-guided (fluoroscopy)",
    "Under X-ray (fluoroscopic) guidance",
    "Fluoroscopically guided",
    "With C-arm fluoroscopy",
]
PREP = [
    "The patient was placed prone and the {area} was prepped with chlorhexidine and draped sterilely.",
    "Prone positioning; sterile prep and drape of the {area}.",
    "After standard sterile preparation of the {area}, drapes were applied.",
    "The {area} was cleaned with chlorhexidine and draped in the usual sterile fashion, patient prone.",
]
SKIN = [
    "The skin was anesthetized with {ml} mL of 1% lidocaine.",
    "Local skin wheal: 1% lidocaine, {ml} mL.",
    "{mlw} mL of 1% lidocaine was used for the skin and subcutaneous tissue.",
    "Skin infiltration with 1% lidocaine ({ml} mL).",
]
PLAN = [
    "Follow up in clinic in {w} weeks; pain diary given.",
    "Discharged home with a driver; return in {w} weeks.",
    "Resume usual medications. Recheck in {w} weeks.",
    "Plan: phone check in two days and clinic visit in {w} weeks.",
    "Home today; call with fever, new weakness or severe headache.",
]
ATTEST = [
    "ATTESTATION: I personally performed the procedure described above and was present for its entirety. "
    "This note was created with voice recognition software; transcription errors may be present.",
    "Attestation: I was present for and performed all key portions of this procedure. "
    "Documentation reviewed and electronically signed.",
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]

# steroids: generic -> (display names, mg per mL as written)
STEROID = {
    "triamcinolone_acetonide": (["Kenalog-40", "triamcinolone acetonide 40 mg/mL", "triamcinolone"], 40),
    "dexamethasone_sodium_phosphate": (["dexamethasone 10 mg/mL", "dexamethasone sodium phosphate 10 mg/mL", "dexamethasone"], 10),
    "methylprednisolone_acetate": (["Depo-Medrol 40 mg/mL", "methylprednisolone acetate 40 mg/mL", "Depo-Medrol"], 40),
    "betamethasone_sodium_phosphate_acetate": (["Celestone Soluspan 6 mg/mL", "betamethasone 6 mg/mL", "Celestone"], 6),
}
LOCAL = {  # name as written, mg per mL
    ("lidocaine", "1%"): ("1% lidocaine", 10.0), ("lidocaine", "2%"): ("2% lidocaine", 20.0),
    ("bupivacaine", "0.25%"): ("0.25% bupivacaine", 2.5), ("bupivacaine", "0.5%"): ("0.5% bupivacaine", 5.0),
    ("ropivacaine", "0.2%"): ("0.2% ropivacaine", 2.0),
}
LOCAL_BRAND = {"0.25% bupivacaine": "0.25% Marcaine", "0.5% bupivacaine": "0.5% Sensorcaine",
               "0.2% ropivacaine": "0.2% Naropin", "2% lidocaine": "2% Xylocaine"}
CONTRASTS = [("iohexol", "Omnipaque 240", 240), ("iohexol", "Omnipaque 300", 300),
             ("iopamidol", "Isovue-M 200", 200), ("iopamidol", "Isovue-M 300", 300)]
SINGLE = ["The steroid came from a single-dose vial; none was discarded.", "Single-dose vial, entire contents used, no waste.",
          "Single-use vial(s); nothing wasted.", "SDV, 0 mg wasted."]
MULTI = ["Drawn from a multi-dose vial.", "Multi-dose vial.", "The steroid came from a multidose vial."]


def fmt(x: float) -> str:
    """A dose as written: 2.0 -> '2', 0.5 -> '0.5'."""
    return f"{x:g}"


# --------------------------------------------------------------------------------------------------
# The plan: 30 notes, family and what the writer means to leave out (everything else is drawn)
# --------------------------------------------------------------------------------------------------

NOTE_PLAN = [
    ("fbm-tfesi-01", "tf", dict(region="lumbar", n=1, steroid="methylprednisolone_acetate", mg=80, pos="11",
                                 dos=("2023-02-01", "2023-06-20"), container="multi")),
    ("fbm-tfesi-02", "tf", dict(region="lumbar", n=2, side="bilateral", omit=["imaging_findings"])),
    ("fbm-tfesi-03", "tf", dict(region="cervical", n=1, omit=["radicular_findings"])),
    ("fbm-tfesi-04", "tf", dict(region="lumbar", n=1, prior=(70, 4, 5), pos="11", steroid="triamcinolone_acetonide", mg=80,
                                 container="multi")),
    ("fbm-tfesi-05", "tf", dict(region="lumbar", n=2, trunc="complications")),
    ("fbm-tfesi-06", "tf", dict(region="lumbar", n=1, prior=(40, None, 3))),
    ("fbm-tfesi-07", "tf", dict(region="cervical", n=2, pos="11", container="single")),
    ("fbm-ilesi-01", "il", dict(region="lumbar", lvl="L5-S1", legs="one", steroid="methylprednisolone_acetate", mg=40,
                                 pos="11", dos=("2023-08-01", "2024-03-25"), container="multi")),
    ("fbm-ilesi-02", "il", dict(region="cervical", lvl="C7-T1", legs="arm", omit=["saved_images"])),
    ("fbm-ilesi-03", "il", dict(region="lumbar", lvl="L4-L5", legs="both", omit=["conservative_care"])),
    ("fbm-ilesi-04", "il", dict(region="thoracic", lvl="T10-T11", legs="thor", sedation="moderate_undocumented")),
    ("fbm-caudal-01", "caudal", dict(dx="fbss", steroid="methylprednisolone_acetate", mg=80, pos="11",
                                     dos=("2024-06-01", "2026-10-20"), container="single")),
    ("fbm-caudal-02", "caudal", dict(dx="stenosis", omit=["functional_impairment"])),
    ("fbm-mbb-01", "mbb", dict(region="lumbar", joints=["L4-L5", "L5-S1"], side="bilateral", omit=["symptom_duration"])),
    ("fbm-mbb-02", "mbb", dict(region="cervical", joints=["C4-C5", "C5-C6"], side="right", confirm=True,
                               omit=["post_procedure_pain_score"])),
    ("fbm-mbb-03", "mbb", dict(region="lumbar", joints=["L3-L4", "L4-L5", "L5-S1"], side="left", omit=["time_out"],
                               payer="medicare_fcso")),
    ("fbm-facet-01", "ia", dict(region="lumbar", joints=["L4-L5"], side="bilateral", intent="therapeutic",
                                diag=[90], pos="11", container="single")),
    ("fbm-facet-02", "ia", dict(region="thoracic", joints=["T7-T8"], side="right", intent="diagnostic")),
    ("fbm-rfa-01", "rfa", dict(region="lumbar", joints=["L4-L5", "L5-S1"], side="bilateral")),
    ("fbm-rfa-02", "rfa", dict(region="cervical", joints=["C5-C6", "C6-C7"], side="right", sedation="moderate_full")),
    ("fbm-rfa-03", "rfa", dict(region="lumbar", joints=["L3-L4", "L4-L5", "L5-S1"], side="left", prior=(70, 9, 14),
                               omit=["consent"])),
    ("fbm-si-01", "si", dict(side="right", intent="diagnostic", pos="11")),
    ("fbm-si-02", "si", dict(side="bilateral", intent="therapeutic", omit=["percent_relief"], payer="medicare_cgs")),
    ("fbm-si-03", "si", dict(side="left", intent="therapeutic", omit=["contrast"])),
    ("fbm-tpi-01", "tpi", dict(pos="11")),
    ("fbm-occ-01", "occ", dict(pos="11", container="multi", payer="medicare_cgs")),
    ("fbm-gnb-01", "gnb", dict(side="right")),
    ("fbm-knee-01", "knee", dict(side="left", pos="11", omit=["pre_procedure_pain_score", "post_procedure_pain_score"])),
    ("fbm-lsb-01", "lsb", dict(side="left", pos="22", trunc="plan")),
    ("fbm-hip-01", "hip", dict(side="right", pos="24", payer="medicare_fcso")),
]

STYLES = ["caps_headers", "title_headers", "dictated", "bullets", "inline_fields", "odd_spacing", "attestation"]

EXITING = {"L3-L4": "L3", "L4-L5": "L4", "L5-S1": "L5", "C4-C5": "C5", "C5-C6": "C6", "C6-C7": "C7", "C7-T1": "C8",
           "T10-T11": "T10"}
TRAVERSING = {"L3-L4": "L4", "L4-L5": "L5", "L5-S1": "S1"}
# medial branches that supply each facet joint (coding/kb/codes.yaml anatomy.innervation)
MB = {"L3-L4": ("L2", "L3"), "L4-L5": ("L3", "L4"), "L5-S1": ("L4", "L5"), "C4-C5": ("C4", "C5"), "C5-C6": ("C5", "C6"),
      "C6-C7": ("C6", "C7"), "T7-T8": ("T6", "T7")}


class Note:
    """One drawn note: its context slots, sections and the gold facts rendered from them."""

    def __init__(self, nid: str, kind: str, opt: dict, rng: random.Random, style: str):
        self.nid, self.kind, self.opt, self.rng, self.style = nid, kind, opt, rng, style
        self.omit = set(opt.get("omit", ()))
        female = rng.random() < 0.5
        self.ctx: dict = {"pron": "she" if female else "he", "obj": "her" if female else "him",
                          "poss": "her" if female else "his"}
        self.ctx.update(Pron=self.ctx["pron"].capitalize(), Poss=self.ctx["poss"].capitalize())
        self.hist: list[tuple[str, str]] = []  # (label, sentence)
        self.tech: list[tuple[str, str]] = []
        self.drugs: list[dict] = []
        self.gk_proc: dict = {}
        self.need: set[str] = set()
        self.pain = [None, None]
        self.pct = None
        self.sed_text: str | None = None
        self.sed_type: str | None = None
        self.sed_detail: dict = {}
        self.payer = opt.get("payer", "medicare")
        self.comment: str | None = None

    # -- helpers ----------------------------------------------------------------------------------
    def pick(self, pool):
        return self.rng.choice(pool)

    def fill(self, template: str, **slots) -> str:
        c = dict(self.ctx)
        c.update(slots)
        return template.format(**c)

    def add_hist(self, label: str, template: str, **slots) -> None:
        self.hist.append((label, self.fill(template, **slots)))

    def add_tech(self, label: str, sentence: str) -> None:
        self.tech.append((label, sentence))

    def dos_pos(self) -> None:
        rng, opt = self.rng, self.opt
        lo, hi = opt.get("dos", ("2023-07-05", "2026-10-28"))
        a, b = dt.date.fromisoformat(lo), dt.date.fromisoformat(hi)
        d = a + dt.timedelta(days=rng.randrange((b - a).days + 1))
        if d.weekday() >= 5:
            d -= dt.timedelta(days=d.weekday() - 4)
        if d < a:
            d = a
        self.dos = d.isoformat()
        self.pos = opt.get("pos") or rng.choice(["11", "11", "22", "24", "24"])
        self.ctx["year"] = str(d.year if d.month > 2 else d.year - 1)
        self.ctx["month"] = MONTHS[(d.month - 2) % 12]

    def container(self, generic: str, dose: float) -> tuple[str, dict]:
        """Container words written beside a billable drug in the office (where the claim carries the drug)."""
        kind = self.opt.get("container") or self.rng.choice(["single", "multi"])
        if self.pos != "11" and "container" not in self.opt:
            return "", {}
        if kind == "single":
            return self.pick(SINGLE), {"container": "single_dose", "discarded": 0}
        return self.pick(MULTI), {"container": "multi_dose"}

    # -- shared elements ---------------------------------------------------------------------------
    def duration(self, long: bool = False) -> None:
        if "symptom_duration" in self.omit:
            return
        n = self.rng.randint(4, 14)
        pool = DURATION_LONG if long else DURATION
        self.add_hist("Duration", self.pick(pool), n=n, nw=words(n))
        self.need.add("symptom_duration")

    def care(self, weeks_needed: bool) -> None:
        if "conservative_care" in self.omit:
            self.add_hist("Conservative care", self.pick(CARE_LISTED))
            return
        pool = [t for t, wk in CARE if wk or not weeks_needed]
        if "symptom_duration" in self.omit:  # no length of care either, so nothing implies how long the pain lasted
            pool = [t for t, wk in CARE if not wk]
        w = self.rng.randint(6, 12)
        m = self.rng.randint(2, 3)
        self.add_hist("Conservative care", self.pick(pool), w=w, ww=words(w), W=words(w).capitalize(), mw=words(m))
        self.need.add("conservative_care")

    def function(self, pool) -> None:
        if "functional_impairment" in self.omit:
            return
        self.add_hist("Function", self.pick(pool), odi=self.rng.choice([34, 38, 42, 46, 52, 56]))
        self.need.add("functional_impairment")

    def consent_timeout(self) -> None:
        self.consent = None if "consent" in self.omit else self.fill(self.pick(CONSENT))
        self.timeout = None if "time_out" in self.omit else self.fill(self.pick(TIMEOUT))

    def pain_scores(self, lo=(5, 9), drop=(3, 6)) -> None:
        pre = self.rng.randint(*lo)
        post = max(0, pre - self.rng.randint(*drop))
        self.pain = [None if "pre_procedure_pain_score" in self.omit else pre,
                     None if "post_procedure_pain_score" in self.omit else post]
        self.pre_t = self.pick(PRE)
        self.post_t = self.pick(POST)

    def percent(self) -> None:
        pre, post = self.pain
        pct = round((pre - post) / pre * 100 / 5) * 5
        self.pct = pct
        if "percent_relief" in self.omit:
            self.pct_text = None
            return
        self.pct_text = self.fill(self.pick(PCT), pct=pct, pctw=words(pct))

    def sedation(self) -> None:
        mode = self.opt.get("sedation", "none")
        if mode == "none":
            if self.rng.random() < 0.8:
                self.sed_text = self.fill(self.pick(SED_NONE))
                self.sed_type = "none"
        elif mode == "moderate_undocumented":
            self.sed_text = "Moderate (conscious) sedation was provided for comfort."
            self.sed_type = "moderate"
            self.sed_detail = {}
        elif mode == "moderate_full":
            start_h, start_m = self.rng.choice([(8, 5), (9, 12), (10, 40), (13, 22)])
            minutes = 25
            stop_m = start_m + minutes
            stop_h = start_h + stop_m // 60
            stop_m %= 60
            self.sed_text = (
                f"Moderate sedation was administered by me: midazolam 2 mg and fentanyl 50 mcg IV in divided doses. "
                f"Sedation start {start_h:02d}:{start_m:02d}, stop {stop_h:02d}:{stop_m:02d} ({words(minutes)} minutes intraservice). "
                f"An independent trained observer (RN) monitored the patient throughout. Sedation was needed because "
                f"{self.ctx['pron']} could not hold still for the lesioning, with severe procedural anxiety despite oral anxiolysis at the last visit.")
            self.sed_type = "moderate"
            self.sed_detail = {"agents": True, "doses": True, "times": True, "by_proceduralist": True, "observer": True,
                               "minutes": minutes, "justification": True}
            self.drugs += [{"generic": "midazolam", "dose": 2, "dose_unit": "mg"},
                           {"generic": "fentanyl", "dose": 0.05, "dose_unit": "mg"}]

    def skin(self) -> None:
        ml = self.rng.choice([2, 3, 4, 5])
        self.add_tech("Local", self.fill(self.pick(SKIN), ml=ml, mlw=words(ml).capitalize()))
        self.drugs.append({"generic": "lidocaine", "dose": ml * 10.0, "dose_unit": "mg"})

    def contrast_pick(self):
        return self.rng.choice(CONTRASTS)

    def saved(self, views_ok=True) -> None:
        if "saved_images" in self.omit:
            self.add_tech("Images", self.pick(SAVED_ONE))
            self.gk_proc["views"] = 1
        else:
            self.add_tech("Images", self.pick(SAVED))
            self.gk_proc["views"] = 2

    def steroid_text(self, generic: str, total: float, sites: int, local: tuple | None, local_ml_site: float,
                     where: str) -> str:
        """Injectate sentence; doses per site or in total; records the drugs (gold totals over all sites)."""
        names, per_ml = STEROID[generic]
        name = self.pick(names)
        cont, extra = self.container(generic, total)
        self.drugs.append({"generic": generic, "dose": total, "dose_unit": "mg", **extra})
        st_site = total / sites
        loc_txt, loc_mg_site = "", 0.0
        if local:
            lname, mgml = LOCAL[local]
            if self.rng.random() < 0.4 and lname in LOCAL_BRAND:
                lname = LOCAL_BRAND[lname]
            loc_mg_site = local_ml_site * mgml
            self.drugs.append({"generic": local[0], "dose": round(loc_mg_site * sites, 3), "dose_unit": "mg"})
        loc = f" with {fmt(local_ml_site * sites)} mL of {lname}" if local else ""
        if sites == 1:
            forms = [f"{fmt(total)} mg of {name}{loc} was injected {where}.",
                     f"Injectate: {name} {fmt(total)} mg ({fmt(total / per_ml)} mL)" + (f" plus {lname} {fmt(local_ml_site)} mL" if local else "") + ".",
                     f"After negative aspiration, {fmt(total / per_ml)} mL of {name} ({fmt(total)} mg)" +
                     (f" mixed with {fmt(local_ml_site)} mL {lname}" if local else "") + f" was delivered {where}."]
        else:
            n_w = words(sites)
            forms = [f"At each of the {n_w} sites, {fmt(st_site)} mg of {name}" + (f" and {fmt(local_ml_site)} mL of {lname}" if local else "") +
                     " were injected.",
                     f"A total of {fmt(total)} mg of {name}{loc} was divided evenly among the {n_w} sites.",
                     f"{name} {fmt(st_site)} mg" + (f" + {lname} {fmt(local_ml_site)} mL" if local else "") +
                     f" per site, {n_w} sites ({fmt(total)} mg steroid in total)."]
        return self.pick(forms) + (" " + cont if cont else "")

    # -- families ----------------------------------------------------------------------------------
    def esi_history(self, radic_pool, func_pool, img_pool, lvl, side, root, weeks_needed=True):
        opt = self.opt
        if "radicular_findings" in self.omit:
            pass
        else:
            pool = [t for t, f in radic_pool if not (f and "functional_impairment" in self.omit)]
            self.add_hist("Radicular symptoms", self.pick(pool), side=side, Side=side.capitalize(), root=root)
            self.need.add("radicular_findings")
        self.duration()
        self.care(weeks_needed)
        self.function(func_pool)
        if "imaging_findings" not in self.omit and img_pool:
            self.add_hist("Imaging", self.pick(img_pool), side=side, lvl=lvl, root=root)
            self.need.add("imaging_findings")

    def build_tf(self):
        o, rng = self.opt, self.rng
        region = o["region"]
        side = o.get("side") or rng.choice(["left", "right"])
        n = o["n"]
        if region == "lumbar":
            lv = rng.choice([["L4-L5"], ["L5-S1"], ["L3-L4"]]) if n == 1 else rng.choice([["L4-L5", "L5-S1"], ["L3-L4", "L4-L5"]])
        else:
            lv = rng.choice([["C5-C6"], ["C6-C7"]]) if n == 1 else ["C5-C6", "C6-C7"]
        style_lv = rng.choice(["full", "short", "slash"])
        lvtxt = [self.lvl_text(x, style_lv) for x in lv]
        lv_join = " and ".join(lvtxt)
        root = EXITING[lv[0]]
        self.dx = self.tf_dx(region, side)
        side_word = side if side != "bilateral" else "bilateral"
        if side == "bilateral":
            radic = RADIC_BOTH
        else:
            radic = RADIC_LEG if region == "lumbar" else RADIC_ARM
        img = IMG_LUMBAR if region == "lumbar" else IMG_CERV
        if side == "bilateral":
            img = IMG_CENTRAL
        self.esi_history(radic, FUNC_LOW if region == "lumbar" else FUNC_NECK, img, lvtxt[0], side_word, root)
        prior = o.get("prior")
        repeat = bool(prior)
        if prior:
            p, d, ago = prior
            if d is None:  # a short, partial response: below 50% and under 3 months
                self.add_hist("Prior injection", "The previous injection, {agow} months ago, helped about {p}% for six weeks before the pain came back.",
                              p=p, agow=words(ago))
                self.gk_prior = (p, 42)
            else:
                self.add_hist("Prior injection", self.pick(PRIOR_ESI), p=p, pw=words(p), d=d, dw=words(d), agow=words(ago), abbr="TFESI")
                self.gk_prior = (p, d * 30)
        title_side = {"left": rng.choice(["Left", "LEFT", "Lt"]), "right": rng.choice(["Right", "RIGHT", "Rt"]),
                      "bilateral": rng.choice(["Bilateral", "B/L"])}[side]
        rep = "Repeat " if repeat else ""
        title = rng.choice([
            f"{rep}{title_side} {lv_join} transforaminal epidural steroid injection",
            f"{rep}TFESI, {side}, {lv_join}".strip(),
            f"{rep}Transforaminal epidural injection at {lv_join} ({side})",
        ])
        if repeat and not title.startswith("Repeat"):
            title = "Repeat " + title
        title = title.replace("Repeat Transforaminal", "Repeat transforaminal")
        self.title = title
        self.consent_timeout()
        self.pain_scores()
        self.sedation()
        area = "lumbar region" if region == "lumbar" else "posterior neck"
        self.add_tech("Prep", self.fill(self.pick(PREP), area=area) if region == "lumbar" else
                      "The patient lay prone with the neck slightly flexed; sterile prep and drape of the posterior neck.")
        self.skin()
        g = self.pick(GUIDE)
        needle = "22-gauge spinal needle" if region == "lumbar" else "25-gauge blunt-tip needle"
        if side == "bilateral":
            fora = f"the {lv_join} foramina on both sides"
        elif n == 2:
            fora = f"the {side} {lv_join} neural foramina"
        else:
            fora = f"the {side} {lv_join} neural foramen"
        self.add_tech("Approach", rng.choice([
            f"{g}, a {needle} was advanced by a transforaminal approach to {fora}.",
            f"{g}, the needle tip was placed in the safe triangle of {fora} (transforaminal).",
            f"A {needle} was walked into {fora} {g[0].lower() + g[1:]}, transforaminal technique.",
        ]))
        generic, brand, strength = self.contrast_pick()
        ml = rng.choice([1, 1.5, 2, 3])
        self.add_tech("Contrast", self.fill(self.pick(CONTRAST_EPI), ml=fmt(ml), brand=brand))
        self.drugs.append({"generic": generic, "dose": float(ml), "dose_unit": "ml", "strength": strength})
        sites = len(lv) * (2 if side == "bilateral" else 1)
        if region == "cervical":
            steroid, total = "dexamethasone_sodium_phosphate", o.get("mg", 10 if sites == 1 else 8)
        else:
            steroid = o.get("steroid") or rng.choice(list(STEROID))
            total = o.get("mg") or {"triamcinolone_acetonide": 40 * sites if sites <= 2 else 80,
                                    "dexamethasone_sodium_phosphate": 10 if sites != 3 else 9,
                                    "methylprednisolone_acetate": 40 * min(sites, 2),
                                    "betamethasone_sodium_phosphate_acetate": 6 * min(sites, 2)}[steroid]
        local = rng.choice([("bupivacaine", "0.25%"), ("lidocaine", "1%"), ("ropivacaine", "0.2%"), None])
        self.add_tech("Injectate", self.steroid_text(steroid, float(total), sites, local, rng.choice([0.5, 1.0]),
                                                     "through the needle" if sites == 1 else ""))
        self.saved()
        self.gk_proc.update(family="transforaminal_epidural", approach="transforaminal", region=region, laterality=side,
                            levels=lv, imaging="fluoroscopy", contrast=True, repeat=repeat,
                            prior_response=getattr(self, "gk_prior", None))

    def lvl_text(self, lv: str, style: str) -> str:
        a, b = lv.split("-")
        if style == "short" and a[0] == b[0]:
            return f"{a}-{b[1:]}"
        if style == "slash":
            return f"{a}/{b[1:]}" if a[0] == b[0] else f"{a}/{b}"
        return lv

    def tf_dx(self, region, side):
        if region == "cervical":
            t = self.rng.choice(["Cervical radiculopathy (M54.12)", f"Cervical radiculopathy, {side} (M54.12)",
                                 "Radiculopathy, cervical region - M54.12"])
            self.gk_dx = {"code": "M54.12"}
        elif side == "bilateral":
            t = self.rng.choice(["Lumbar radiculopathy (M54.16)", "Lumbar disc herniation with radiculopathy (M51.16)"])
            self.gk_dx = {"code": "M54.16" if "M54" in t else "M51.16"}
        else:
            t = self.rng.choice([f"Lumbar radiculopathy, {side} (M54.16)", "Lumbosacral radiculopathy (M54.17)",
                                 f"Lumbar disc disorder with radiculopathy, {side} leg (M51.16)"])
            self.gk_dx = {"code": re.search(r"M5\d\.\d+", t).group(0)}
        if side in ("left", "right") and side in t:
            self.gk_dx["side"] = side
        return t

    def build_il(self):
        o, rng = self.opt, self.rng
        region, lv = o["region"], o["lvl"]
        lvt = self.lvl_text(lv, rng.choice(["full", "short", "slash"]))
        legs = o["legs"]
        side = rng.choice(["left", "right"])
        if legs == "one":
            self.dx = rng.choice(["Lumbosacral disc herniation with radiculopathy (M51.17)", "Lumbosacral radiculopathy (M54.17)"])
            self.gk_dx = {"code": re.search(r"M5\d\.\d+", self.dx).group(0)}
            self.esi_history(RADIC_LEG, FUNC_LOW, IMG_LUMBAR, lvt, side, TRAVERSING.get(lv, "S1"))
        elif legs == "both":
            self.dx = rng.choice(["Spinal stenosis, lumbar region, with neurogenic claudication (M48.062)",
                                  "Lumbar spinal stenosis with neurogenic claudication (M48.062)"])
            self.gk_dx = {"code": "M48.062"}
            self.esi_history(RADIC_BOTH, FUNC_LOW, IMG_CENTRAL, lvt, "bilateral", "L5")
        elif legs == "arm":
            self.dx = "Cervical radiculopathy (M54.12)"
            self.gk_dx = {"code": "M54.12"}
            self.esi_history(RADIC_ARM, FUNC_NECK, IMG_CERV, "C6-C7", side, "C7")
        else:
            side = "right"
            self.dx = "Thoracic radiculopathy (M54.14)"
            self.gk_dx = {"code": "M54.14"}
            img = ["MRI: right T10-T11 disc protrusion contacting the exiting T10 root.",
                   "Thoracic MRI shows a right paracentral T10-T11 herniation abutting the T10 nerve root."]
            self.esi_history(RADIC_THOR, FUNC_MID, img, lvt, side, "T10")
        self.title = rng.choice([
            f"{'Cervical' if region == 'cervical' else 'Thoracic' if region == 'thoracic' else 'Lumbar'} interlaminar epidural steroid injection, {lvt}",
            f"ILESI {lvt}",
            f"Epidural steroid injection, interlaminar approach, at {lvt}",
        ])
        self.consent_timeout()
        self.pain_scores()
        self.sedation()
        area = {"lumbar": "low back", "cervical": "lower cervical region", "thoracic": "mid back"}[region]
        self.add_tech("Prep", self.fill(self.pick(PREP), area=area))
        self.skin()
        g = self.pick(GUIDE)
        gauge = "18-gauge" if region == "lumbar" else "20-gauge"
        art = "an" if gauge.startswith("18") else "a"
        self.add_tech("Approach", rng.choice([
            f"{g}, {art} {gauge} Tuohy needle was advanced in the midline at {lvt} and the epidural space was entered by loss of resistance to saline (interlaminar approach).",
            f"The {lvt} interspace was identified {g[0].lower() + g[1:]}; an interlaminar Tuohy needle ({gauge}) reached the epidural space with loss of resistance.",
            f"{g}, interlaminar entry at {lvt} with {art} {gauge} Tuohy needle; loss of resistance obtained at a depth of about 5 cm.",
        ]))
        generic, brand, strength = self.contrast_pick()
        ml = rng.choice([1, 2, 3])
        self.add_tech("Contrast", self.fill(self.pick(CONTRAST_EPI), ml=fmt(ml), brand=brand))
        self.drugs.append({"generic": generic, "dose": float(ml), "dose_unit": "ml", "strength": strength})
        steroid = o.get("steroid") or rng.choice(["triamcinolone_acetonide", "methylprednisolone_acetate",
                                                   "betamethasone_sodium_phosphate_acetate"])
        total = o.get("mg") or {"triamcinolone_acetonide": 80, "methylprednisolone_acetate": 80,
                                "betamethasone_sodium_phosphate_acetate": 12, "dexamethasone_sodium_phosphate": 10}[steroid]
        local = rng.choice([("bupivacaine", "0.25%"), ("lidocaine", "1%"), None])
        self.add_tech("Injectate", self.steroid_text(steroid, float(total), 1, local, rng.choice([1.0, 2.0, 3.0]),
                                                     "into the epidural space"))
        self.saved()
        self.gk_proc.update(family="interlaminar_epidural", approach="interlaminar", region=region, laterality=None,
                            levels=[lv], imaging="fluoroscopy", contrast=True)

    def build_caudal(self):
        o, rng = self.opt, self.rng
        if o["dx"] == "fbss":
            self.dx = rng.choice(["Post-laminectomy syndrome (M96.1) with bilateral leg pain",
                                  "Failed back surgery syndrome (M96.1)"])
            self.gk_dx = {"code": "M96.1"}
            img = ["MRI with contrast shows postoperative changes with epidural fibrosis around the L5 roots and no recurrent herniation.",
                   "Post-contrast MRI: scar tissue enveloping both L5 nerve roots after the prior laminectomy, no new disc."]
        else:
            self.dx = "Lumbar spinal stenosis with neurogenic claudication (M48.062)"
            self.gk_dx = {"code": "M48.062"}
            img = [t.replace("{lvl}", rng.choice(["L4-L5", "L4-5"])) for t in IMG_CENTRAL]
        self.esi_history(RADIC_BOTH, FUNC_LOW, img, "", "bilateral", "L5")
        self.title = rng.choice(["Caudal epidural steroid injection", "CAUDAL ESI", "Epidural steroid injection via the sacral hiatus (caudal)"])
        self.consent_timeout()
        self.pain_scores()
        self.sedation()
        self.add_tech("Prep", self.fill(self.pick(PREP), area="sacrococcygeal region"))
        self.skin()
        g = self.pick(GUIDE)
        self.add_tech("Approach", rng.choice([
            f"{g}, a 20-gauge needle was passed through the sacrococcygeal ligament into the caudal epidural canal.",
            f"The sacral hiatus was palpated and then entered {g[0].lower() + g[1:]}; the needle was advanced to the S3 level (caudal approach).",
            f"{g}, caudal entry through the sacral hiatus with a 22-gauge spinal needle.",
        ]))
        generic, brand, strength = self.contrast_pick()
        ml = rng.choice([3, 4, 5])
        self.add_tech("Contrast", self.fill(self.pick(CONTRAST_EPI), ml=fmt(ml), brand=brand))
        self.drugs.append({"generic": generic, "dose": float(ml), "dose_unit": "ml", "strength": strength})
        steroid = o.get("steroid") or rng.choice(["triamcinolone_acetonide", "dexamethasone_sodium_phosphate"])
        total = o.get("mg") or {"triamcinolone_acetonide": 80, "dexamethasone_sodium_phosphate": 10}[steroid]
        self.add_tech("Injectate", self.steroid_text(steroid, float(total), 1, ("lidocaine", "1%"), rng.choice([3.0, 5.0]),
                                                     "into the caudal canal, followed by preservative-free saline"))
        self.saved()
        self.gk_proc.update(family="interlaminar_epidural", approach="caudal", region="sacral", laterality=None, levels=[],
                            imaging="fluoroscopy", contrast=True)

    def facet_history(self, region, long=False):
        if region == "cervical":
            self.add_hist("Pain", "Axial neck pain spreading to the {side} upper trapezius, worse with extension and rotation, without arm symptoms.",
                          side=self.side_word)
        elif region == "thoracic":
            self.add_hist("Pain", "Midline and {side} paraspinal mid-back pain, worse with twisting; no pain around the chest wall.",
                          side=self.side_word)
        else:
            self.add_hist("Pain", self.rng.choice([
                "Predominantly axial low back pain, worse with extension and standing, no radiation below the knee.",
                "Low back pain across the belt line that is worse bending backward; the legs are spared.",
                "Axial lumbar pain with paraspinal tenderness over the lower facets; neurologic exam normal."]))
        self.duration(long)
        self.care(False)
        self.function({"cervical": FUNC_NECK, "thoracic": FUNC_MID}.get(region, FUNC_LOW))

    def facet_dx(self, region):
        self.dx = {"lumbar": self.rng.choice(["Lumbar spondylosis without myelopathy or radiculopathy (M47.816)",
                                               "Lumbosacral facet arthropathy (M47.817)"]),
                   "cervical": "Cervical spondylosis without myelopathy or radiculopathy (M47.812)",
                   "thoracic": "Thoracic spondylosis without myelopathy or radiculopathy (M47.814)"}[region]
        self.gk_dx = {"code": re.search(r"M47\.\d+", self.dx).group(0)}

    def build_mbb(self):
        o, rng = self.opt, self.rng
        region, joints, side = o["region"], o["joints"], o["side"]
        self.side_word = side if side != "bilateral" else "both"
        self.facet_dx(region)
        self.facet_history(region)
        if o.get("confirm"):
            a = rng.choice([80, 85, 90])
            self.add_hist("Diagnostic block", self.pick(DIAG_FIRST), a=a, aw=words(a), h=4, hw="four")
        nerves = sorted({n for j in joints for n in MB[j]}, key=lambda x: (x[0], int(x[1:])))
        if region == "lumbar" and nerves[-1] == "L5":
            nerve_txt = ", ".join(n for n in nerves[:-1]) + " medial branches and the L5 dorsal ramus"
        else:
            nerve_txt = ", ".join(nerves[:-1]) + " and " + nerves[-1] + " medial branches"
        jt = joints[0] if len(joints) == 1 else ", ".join(joints[:-1]) + " and " + joints[-1]
        which = "confirmatory second" if o.get("confirm") else "first"
        s = {"bilateral": "Bilateral", "left": "Left", "right": "Right"}[side]
        self.title = rng.choice([
            f"{s} {region} medial branch blocks ({which} diagnostic block), {jt}",
            f"Diagnostic medial branch block, {side}, {nerve_txt}",
            f"{s} {jt} MBB - diagnostic ({which})",
        ])
        self.consent_timeout()
        self.pain_scores(lo=(6, 8), drop=(4, 6))
        self.sedation()
        area = "posterior neck" if region == "cervical" else "low back"
        self.add_tech("Prep", self.fill(self.pick(PREP), area=area))
        self.skin()
        g = self.pick(GUIDE)
        sides = 2 if side == "bilateral" else 1
        sites = len(nerves) * sides
        where = "on each side" if side == "bilateral" else f"on the {side}"
        self.add_tech("Approach", rng.choice([
            f"{g}, 22-gauge needles were placed at the {nerve_txt} {where}, targeting the {jt} facet joints.",
            f"{g}, needle tips were set at the junction of the superior articular and transverse processes for the {nerve_txt} {where} ({jt} joints).",
        ]))
        generic, brand, strength = self.contrast_pick()
        c_site = 0.2 if region == "lumbar" else 0.1
        self.add_tech("Contrast", f"{fmt(c_site)} mL of {brand} at each target showed no vascular or foraminal spread.")
        self.drugs.append({"generic": generic, "dose": round(c_site * sites, 3), "dose_unit": "ml", "strength": strength})
        b_ml = 0.5 if region == "lumbar" else 0.3
        lname = rng.choice(["0.5% bupivacaine", "0.5% Sensorcaine", "bupivacaine 0.5%"])
        self.add_tech("Injectate", rng.choice([
            f"{fmt(b_ml)} mL of {lname} was injected at each of the {words(sites)} targets.",
            f"Each target received {lname}, {fmt(b_ml)} mL ({words(sites)} targets, {fmt(b_ml * sites)} mL in all).",
        ]))
        self.drugs.append({"generic": "bupivacaine", "dose": round(b_ml * 5 * sites, 3), "dose_unit": "mg"})
        self.gk_proc.update(family="facet_injection", approach="medial_branch", region=region, laterality=side,
                            levels=list(joints), imaging="fluoroscopy", contrast=True, intent="diagnostic",
                            diag_relief=[a] if o.get("confirm") else None)

    def build_ia(self):
        o, rng = self.opt, self.rng
        region, joints, side, intent = o["region"], o["joints"], o["side"], o["intent"]
        self.side_word = side if side != "bilateral" else "both"
        self.facet_dx(region)
        self.facet_history(region)
        diag = o.get("diag")
        if diag and len(diag) == 1:
            self.add_hist("Diagnostic block", "A single diagnostic medial branch block last {month} gave {a}% relief.", a=diag[0])
        jt = " and ".join(joints)
        s = {"bilateral": "bilateral", "left": "left", "right": "right"}[side]
        self.title = rng.choice([
            f"{intent.capitalize()} intra-articular facet joint injection, {s} {jt}",
            f"{s.capitalize()} {jt} facet joint injection (intra-articular, {intent})",
        ])
        self.consent_timeout()
        self.pain_scores()
        self.sedation()
        self.add_tech("Prep", self.fill(self.pick(PREP), area="thoracic spine" if region == "thoracic" else "low back"))
        self.skin()
        g = self.pick(GUIDE)
        sites = len(joints) * (2 if side == "bilateral" else 1)
        where = "on both sides" if side == "bilateral" else f"on the {side}"
        self.add_tech("Approach", rng.choice([
            f"{g}, a 22-gauge needle was advanced into the {jt} facet joint {where} through the posterior capsule (intra-articular).",
            f"{g}, the {jt} zygapophyseal joint {where} was entered; an arthrogram confirmed intra-articular placement.",
        ]))
        generic, brand, strength = self.contrast_pick()
        self.add_tech("Contrast", f"{brand}, 0.2 mL per joint, outlined the joint capsule.")
        self.drugs.append({"generic": generic, "dose": round(0.2 * sites, 3), "dose_unit": "ml", "strength": strength})
        if intent == "therapeutic":
            self.add_tech("Injectate", self.steroid_text("triamcinolone_acetonide", 20.0 * sites, sites, ("bupivacaine", "0.5%"), 0.5,
                                                         "into the joint"))
        else:
            self.add_tech("Injectate", f"0.5 mL of 2% lidocaine was placed in the joint {where} (diagnostic, no steroid).")
            self.drugs.append({"generic": "lidocaine", "dose": 10.0 * sites, "dose_unit": "mg"})
        self.gk_proc.update(family="facet_injection", approach="intra_articular", region=region, laterality=side,
                            levels=list(joints), imaging="fluoroscopy", contrast=True, intent=intent,
                            diag_relief=list(diag) if diag else None)

    def build_rfa(self):
        o, rng = self.opt, self.rng
        region, joints, side = o["region"], o["joints"], o["side"]
        self.side_word = side if side != "bilateral" else "both"
        self.facet_dx(region)
        prior = o.get("prior")
        self.facet_history(region, long=bool(prior))
        if prior:
            p, d, ago = prior
            self.add_hist("Prior RFA", self.pick(PRIOR_RFA), p=p, pw=words(p), d=d, dw=words(d), agow=words(ago))
            self.gk_prior = (p, d * 30)
        else:
            a, b = rng.choice([(90, 85), (80, 90), (85, 85), (100, 80)])
            self.add_hist("Diagnostic blocks", self.pick(DIAG_TWO), a=a, b=b, aw=words(a), bw=words(b), h=3, h2=7)
            self.gk_diag = [a, b]
        nerves = sorted({n for j in joints for n in MB[j]}, key=lambda x: (x[0], int(x[1:])))
        jt = joints[0] if len(joints) == 1 else ", ".join(joints[:-1]) + " and " + joints[-1]
        s = {"bilateral": "Bilateral", "left": "Left", "right": "Right"}[side]
        rep = "Repeat " if prior else ""
        self.title = rng.choice([
            f"{rep}{s} {region} facet radiofrequency ablation, {jt}",
            f"{rep}RFA of the {side} {jt} facet joints (medial branch neurotomy)",
        ]).replace("Repeat Left", "Repeat left").replace("Repeat Right", "Repeat right")
        self.consent_timeout()
        self.pain_scores()
        self.sedation()
        self.add_tech("Prep", self.fill(self.pick(PREP), area="posterior neck" if region == "cervical" else "low back"))
        self.skin()
        g = self.pick(GUIDE)
        sides = 2 if side == "bilateral" else 1
        if region == "lumbar" and nerves[-1] == "L5":
            ntxt = ", ".join(nerves[:-1]) + " medial branches and the L5 dorsal ramus"
        else:
            ntxt = ", ".join(nerves[:-1]) + " and " + nerves[-1] + " medial branches"
        where = "bilaterally" if side == "bilateral" else f"on the {side}"
        self.add_tech("Approach", f"{g}, 18-gauge RF cannulae with 10 mm active tips were placed parallel to the {ntxt} {where}, for the {jt} joints.")
        self.add_tech("Testing", rng.choice([
            "Sensory stimulation at 50 Hz reproduced the familiar pain below 0.5 V; motor testing at 2 Hz showed multifidus twitch only, no limb movement.",
            "Stimulation: sensory concordant under 0.6 V, motor 2 Hz without radicular response.",
        ]))
        ml_site = 1.0
        lsites = len(nerves) * sides
        self.add_tech("Anesthetic", f"Before lesioning, {fmt(ml_site)} mL of 2% lidocaine was placed through each of the {words(lsites)} cannulae.")
        self.drugs.append({"generic": "lidocaine", "dose": 20.0 * ml_site * lsites, "dose_unit": "mg"})
        temp = rng.choice([80, 85, 90])
        secs = rng.choice([90, 120])
        self.add_tech("Lesion", rng.choice([
            f"Thermal radiofrequency lesions were made at {temp} degrees C for {secs} seconds at each target.",
            f"Conventional (thermal) RF lesioning: {temp} °C x {secs} s per site.",
            f"Each nerve was lesioned thermally at {temp}°C for {secs} seconds.",
        ]))
        self.gk_proc.update(family="facet_rfa", approach=None, region=region, laterality=side, levels=list(joints),
                            imaging="fluoroscopy", contrast=None, repeat=bool(prior), prior_response=getattr(self, "gk_prior", None),
                            diag_relief=None if prior else self.gk_diag)

    def build_si(self):
        o, rng = self.opt, self.rng
        side, intent = o["side"], o["intent"]
        sw = side if side != "bilateral" else "both"
        self.dx = rng.choice(["Sacroiliitis (M46.1)", "Sacroiliitis, not elsewhere classified - M46.1"])
        self.gk_dx = {"code": "M46.1"}
        self.add_hist("Pain", self.rng.choice([
            "Pain centered over the {side} posterior superior iliac spine, below L5, with positive FABER, thigh thrust and compression tests.",
            "Buttock pain over the {side} sacroiliac joint; three of five provocation maneuvers are positive.",
            "Points to the {side} sacral sulcus (Fortin finger sign); Gaenslen and distraction tests positive."]), side=sw if side != "bilateral" else "right and left")
        self.duration()
        self.care(True)
        if intent == "therapeutic":
            a = rng.choice([80, 85, 90])
            self.add_hist("Diagnostic block", self.pick(DIAG_SI), a=a, aw=words(a), side=sw if side != "bilateral" else "bilateral")
            self.gk_diag = [a]
        else:
            self.gk_diag = None
        s = {"bilateral": "Bilateral", "left": "Left", "right": "Right"}[side]
        self.title = rng.choice([f"{s} sacroiliac joint injection ({intent})", f"{intent.capitalize()} {side} SI joint injection",
                                 f"{s} SIJ injection under fluoroscopy, {intent}"])
        self.consent_timeout()
        self.pain_scores(lo=(6, 9), drop=(5, 6))
        if self.pain[0] is not None and self.pain[1] is not None:
            self.pain[1] = self.rng.randint(0, self.pain[0] // 4)
        self.sedation()
        self.add_tech("Prep", self.fill(self.pick(PREP), area="sacral region"))
        self.skin()
        g = self.pick(GUIDE)
        joints = "both sacroiliac joints" if side == "bilateral" else f"the {side} sacroiliac joint"
        self.add_tech("Approach", rng.choice([
            f"{g}, a 22-gauge spinal needle was advanced into the inferior third of {joints}.",
            f"{g}, the lower pole of {joints} was entered after the medial and lateral joint lines were aligned.",
        ]))
        n_j = 2 if side == "bilateral" else 1
        if "contrast" not in self.omit:
            generic, brand, strength = self.contrast_pick()
            self.add_tech("Contrast", f"{brand} 0.5 mL per joint produced an intra-articular arthrogram without vascular uptake.")
            self.drugs.append({"generic": generic, "dose": 0.5 * n_j, "dose_unit": "ml", "strength": strength})
        if intent == "therapeutic":
            steroid = rng.choice(["triamcinolone_acetonide", "methylprednisolone_acetate"])
            self.add_tech("Injectate", self.steroid_text(steroid, 40.0 * n_j, n_j, ("bupivacaine", "0.5%"), 1.0, "into the joint"))
        else:
            self.add_tech("Injectate", "2 mL of 0.5% bupivacaine was injected into the joint (diagnostic, anesthetic only).")
            self.drugs.append({"generic": "bupivacaine", "dose": 10.0, "dose_unit": "mg"})
        self.saved()
        self.percent()
        self.gk_proc.update(family="si_joint_injection", approach=None, region="sacroiliac", laterality=side, levels=[],
                            imaging="fluoroscopy", contrast=None if "contrast" in self.omit else True, intent=intent,
                            diag_relief=self.gk_diag)

    def build_tpi(self):
        rng = self.rng
        side = rng.choice(["left", "right"])
        muscles = [f"{side} upper trapezius", f"{side} levator scapulae", f"{side} rhomboid major", f"{side} infraspinatus"]
        self.dx = f"Myofascial pain, {side} upper back and shoulder girdle (M79.18)"
        self.gk_dx = {"code": "M79.18"}
        self.add_hist("Exam", "Palpable taut bands with trigger points in the {side} trapezius, levator scapulae, rhomboid and infraspinatus; pressure reproduces the referred pain to the shoulder, with a local twitch response.", side=side)
        self.title = rng.choice([f"Trigger point injections, {side} shoulder girdle (four muscles)", "TPI x4 muscles"])
        self.consent_timeout()
        self.pain_scores(lo=(6, 8), drop=(4, 5))
        self.sedation()
        self.add_tech("Prep", "Seated, leaning forward; each site was cleaned with alcohol.")
        self.add_tech("Technique", f"A 25-gauge needle was placed into each trigger point and 1 mL of 0.25% bupivacaine was injected in each of: "
                      + ", ".join(muscles[:-1]) + f" and {muscles[-1]} (4 mL in total).")
        self.drugs.append({"generic": "bupivacaine", "dose": 10.0, "dose_unit": "mg"})
        self.percent()
        self.gk_proc.update(family="trigger_point", approach=None, region=None, laterality=None, levels=[], imaging=None,
                            contrast=None, muscles=4)
        self.target = None

    def build_occ(self):
        rng = self.rng
        self.dx = "Occipital neuralgia (M54.81)"
        self.gk_dx = {"code": "M54.81"}
        self.add_hist("History", "Lancinating pain from the base of the skull over both sides of the scalp to the vertex, with tenderness over both greater occipital nerves.")
        self.title = rng.choice(["Bilateral greater occipital nerve blocks", "B/L GON block"])
        self.consent_timeout()
        self.pain_scores()
        self.sedation()
        self.add_tech("Prep", "Seated with the head flexed; the occipital scalp was cleaned with chlorhexidine on both sides.")
        self.add_tech("Technique", "Landmark technique: a 27-gauge needle was inserted medial to the occipital artery pulse at the superior nuchal line on each side.")
        cont, extra = self.container("triamcinolone_acetonide", 40)
        self.add_tech("Injectate", f"Per side: 2 mL of 0.5% bupivacaine with 20 mg of Kenalog-40 (40 mg of triamcinolone in total). {cont}".strip())
        self.drugs += [{"generic": "bupivacaine", "dose": 20.0, "dose_unit": "mg"},
                       {"generic": "triamcinolone_acetonide", "dose": 40.0, "dose_unit": "mg", **extra}]
        self.gk_proc.update(family="occipital_nerve_block", approach=None, region="occipital", laterality="bilateral", levels=[],
                            imaging=None, contrast=None, nerves=["greater_occipital"])

    def build_gnb(self):
        rng = self.rng
        side = self.opt["side"]
        code = {"right": "M17.11", "left": "M17.12"}[side]
        self.dx = f"Primary osteoarthritis, {side} knee ({code})"
        self.gk_dx = {"code": code, "side": side}
        self.add_hist("History", "Chronic {side} knee pain with joint-line tenderness; not a surgical candidate at present.", side=side)
        self.title = rng.choice([f"{side.capitalize()} genicular nerve block", f"Genicular nerve blocks, {side} knee (superomedial, superolateral, inferomedial)"])
        self.consent_timeout()
        self.pain_scores()
        self.sedation()
        self.add_tech("Prep", f"Supine with a bolster under the {side} knee; sterile prep and drape.")
        g = self.pick(GUIDE)
        self.add_tech("Technique", f"{g}, 22-gauge needles were placed at the superomedial, superolateral and inferomedial genicular nerves of the {side} knee, at the junctions of the shafts and the epicondyles.")
        self.add_tech("Injectate", "Each nerve received 1.5 mL of 0.5% bupivacaine (4.5 mL in total).")
        self.drugs.append({"generic": "bupivacaine", "dose": 22.5, "dose_unit": "mg"})
        self.gk_proc.update(family="genicular_nerve_block", approach=None, region="knee", laterality=side, levels=[],
                            imaging="fluoroscopy", contrast=None)

    def build_knee(self):
        rng = self.rng
        side = self.opt["side"]
        code = {"right": "M17.11", "left": "M17.12"}[side]
        self.dx = f"Unilateral primary osteoarthritis, {side} knee ({code})"
        self.gk_dx = {"code": code, "side": side}
        self.add_hist("History", "Activity-related {side} knee pain with morning stiffness, crepitus and a small effusion.", side=side)
        self.title = rng.choice([f"Ultrasound-guided {side} knee joint injection", f"{side.capitalize()} knee intra-articular injection (US guided)"])
        self.consent_timeout()
        self.pain_scores()
        self.sedation()
        self.add_tech("Prep", f"Supine, {side} knee slightly flexed; chlorhexidine prep.")
        self.add_tech("Technique", f"Under ultrasound guidance (linear probe) a 22-gauge needle entered the suprapatellar recess of the {side} knee by a superolateral approach; needle in the joint on the image, which was saved to the record.")
        self.add_tech("Injectate", "Kenalog-40 from a 1 mL single-dose vial: 30 mg (0.75 mL) was injected with 4 mL of 1% lidocaine, and the remaining 10 mg (0.25 mL) was discarded.")
        self.drugs += [{"generic": "triamcinolone_acetonide", "dose": 30.0, "dose_unit": "mg", "container": "single_dose", "discarded": 10},
                       {"generic": "lidocaine", "dose": 40.0, "dose_unit": "mg"}]
        self.gk_proc.update(family="joint_injection", approach=None, region="knee", laterality=side, levels=[],
                            imaging="ultrasound", contrast=None, saved_images=True, target="knee")

    def build_lsb(self):
        rng = self.rng
        side = self.opt["side"]
        code = {"left": "G90.522", "right": "G90.521"}[side]
        self.dx = f"Complex regional pain syndrome type I, {side} lower limb ({code})"
        self.gk_dx = {"code": code, "side": side}
        self.add_hist("History", "Burning pain, allodynia, color change and swelling of the {side} foot since an ankle fracture; the foot is cooler than the other.", side=side)
        self.title = rng.choice([f"{side.capitalize()} lumbar sympathetic block at L3", f"Lumbar sympathetic ganglion block, {side}, L3"])
        self.consent_timeout()
        self.pain_scores()
        self.sedation()
        self.add_tech("Prep", self.fill(self.pick(PREP), area="lumbar region"))
        self.skin()
        g = self.pick(GUIDE)
        self.add_tech("Technique", f"{g}, a 22-gauge 5-inch needle was advanced to the anterolateral border of the L3 vertebral body on the {side}.")
        generic, brand, strength = self.contrast_pick()
        self.add_tech("Contrast", f"{brand} 3 mL spread along the sympathetic chain anterior to the psoas fascia, no vascular pattern.")
        self.drugs.append({"generic": generic, "dose": 3.0, "dose_unit": "ml", "strength": strength})
        self.add_tech("Injectate", "10 mL of 0.25% bupivacaine was injected in divided doses.")
        self.drugs.append({"generic": "bupivacaine", "dose": 25.0, "dose_unit": "mg"})
        self.add_tech("Result", f"The {side} foot warmed by 3 degrees C within ten minutes.")
        self.gk_proc.update(family="sympathetic_block", approach=None, region="lumbar", laterality=side, levels=["L3"],
                            imaging="fluoroscopy", contrast=True, target="lumbar_sympathetic")

    def build_hip(self):
        rng = self.rng
        side = self.opt["side"]
        code = {"right": "M16.11", "left": "M16.12"}[side]
        self.dx = f"Primary osteoarthritis, {side} hip ({code})"
        self.gk_dx = {"code": code, "side": side}
        self.add_hist("History", "Groin and anterior thigh pain with limited internal rotation of the {side} hip.", side=side)
        self.title = rng.choice([f"{side.capitalize()} hip joint injection under fluoroscopy", f"Fluoroscopic intra-articular {side} hip injection"])
        self.consent_timeout()
        self.pain_scores()
        self.sedation()
        self.add_tech("Prep", f"Supine; the {side} anterior hip was prepped and draped.")
        g = self.pick(GUIDE)
        self.add_tech("Technique", f"{g}, a 22-gauge spinal needle was directed to the junction of the femoral head and neck on the {side}.")
        generic, brand, strength = self.contrast_pick()
        self.add_tech("Contrast", f"{brand} 2 mL confirmed an intra-articular arthrogram.")
        self.drugs.append({"generic": generic, "dose": 2.0, "dose_unit": "ml", "strength": strength})
        self.add_tech("Injectate", self.steroid_text("triamcinolone_acetonide", 40.0, 1, ("ropivacaine", "0.2%"), 4.0, "into the joint"))
        self.gk_proc.update(family="joint_injection", approach=None, region="hip", laterality=side, levels=[],
                            imaging="fluoroscopy", contrast=True, target="hip")

    def build(self):
        self.dos_pos()
        getattr(self, f"build_{self.kind}")()
        self.comp = None if "complications" in self.omit else self.fill(self.pick(COMP))
        w = self.rng.choice([2, 3, 4, 6])
        self.plan = self.fill(self.pick(PLAN), w=w)
        if self.kind in ("mbb",):
            self.plan = "Pain diary to be returned at the follow-up visit in " + words(w) + " weeks."


# --------------------------------------------------------------------------------------------------
# Rendering in seven styles
# --------------------------------------------------------------------------------------------------

def _pre_post(n: Note, digits_only: bool) -> tuple[str | None, str | None]:
    def one(t, key):
        v = n.pain[0 if key == "pre" else 1]
        if v is None:
            return None
        if digits_only and WORD_SCORE.search(t):
            t = PRE[0] if key == "pre" else POST[0]
        return n.fill(t, pre=v if key == "pre" else "", post=v if key == "post" else "",
                      prew=words(v) if key == "pre" else "", postw=words(v) if key == "post" else "")
    return one(n.pre_t, "pre"), one(n.post_t, "post")


def sections(n: Note, digits_only: bool) -> dict:
    pre, post = _pre_post(n, digits_only)
    after = [x for x in (post, n.pct_text if n.pct is not None else None) if x]
    before = [x for x in (n.consent, n.timeout, pre, n.sed_text) if x]
    return {"title": n.title, "dx": n.dx, "hist": n.hist, "before": before, "tech": n.tech, "after": after,
            "comp": n.comp, "plan": n.plan, "pre": pre, "post": post}


def lab(label: str, sentence: str) -> str:
    """`Label: sentence`, without repeating a label the sentence already opens with ('Time-out: done.')."""
    head = label.rstrip(": ").lower()
    if sentence.lower().startswith(head + ":"):
        sentence = sentence[len(head) + 1:].lstrip()
    return f"{label}: {sentence}"


def lower_first(t: str) -> str:
    """Lower-case a heading-style phrase inside a sentence, leaving acronyms ('TFESI', 'B/L') alone."""
    return t if len(t) > 1 and (t[1].isupper() or t[1] in "/-") else t[0].lower() + t[1:]


def render(n: Note, digits_only: bool = False) -> str:
    s = sections(n, digits_only)
    rng = n.rng2
    style = n.style
    trunc = n.opt.get("trunc")
    comp = s["comp"]
    plan = s["plan"]
    if trunc == "complications":
        comp = n.fill("{Pron} tolerated it well, and there was no bleeding or")
        plan = None
    elif trunc == "plan":
        plan = n.fill("{Pron} will call in two days to report how long the warmth and relief in the")
    hist_txt = " ".join(t for _, t in s["hist"])
    tech_txt = " ".join(t for _, t in s["tech"])
    dos_line = n.dos
    out: list[str] = []
    if style == "caps_headers":
        out.append(f"PROCEDURE: {s['title']}")
        if rng.random() < 0.5:
            out.append(f"DATE OF SERVICE: {dos_line}")
        out.append(f"DIAGNOSIS: {s['dx']}")
        out.append(f"INDICATIONS: {hist_txt}")
        out.append("PRE-PROCEDURE: " + " ".join(s["before"]))
        out.append(f"DESCRIPTION OF PROCEDURE: {tech_txt}")
        if s["after"]:
            out.append("POST-PROCEDURE: " + " ".join(s["after"]))
        out.append(lab("COMPLICATIONS", comp) if comp else "")
        if plan:
            out.append(lab("PLAN", plan))
        text = "\n\n".join(x for x in out if x)
    elif style in ("title_headers", "attestation"):
        out.append(f"Procedure Performed: {s['title']}")
        out.append(f"Pre-operative Diagnosis: {s['dx']}")
        out.append(f"Clinical History: {hist_txt}")
        cons = [x for x in s["before"]]
        out.append("Pre-Procedure Assessment: " + " ".join(cons))
        out.append(f"Procedure Details: {tech_txt}")
        if s["after"]:
            out.append("Post-Procedure Assessment: " + " ".join(s["after"]))
        if comp:
            out.append(lab("Complications", comp))
        if plan:
            out.append(lab("Disposition", plan))
        if style == "attestation":
            if trunc:
                pass
            else:
                out.append(rng.choice(ATTEST))
            out.insert(0, "Electronically signed procedure note - interventional pain service")
        text = "\n\n".join(out)
    elif style == "dictated":
        opener = rng.choice([f"Procedure today: {s['title']}. The diagnosis is {lower_first(s['dx'])}.",
                             f"Today I performed the following: {lower_first(s['title'])}, for {lower_first(s['dx'])}.",
                             f"Seen for {lower_first(s['title'])}. Diagnosis: {s['dx']}."])
        p1 = f"{opener} {hist_txt}"
        p2 = " ".join(s["before"])
        p3 = tech_txt
        p4 = " ".join([*s["after"], *([comp] if comp else []), *([plan] if plan else [])])
        text = "\n\n".join(p for p in (p1, p2, p3, p4) if p)
    elif style == "bullets":
        out.append(s["title"])
        out.append(f"Dx: {s['dx']}")
        out.append("Indication:\n" + "\n".join(f"- {t}" for _, t in s["hist"]))
        out.append("Procedure:\n" + "\n".join(f"- {t}" for t in [*s["before"], *(t for _, t in s["tech"])]))
        tail = [*s["after"], *([comp] if comp else []), *([plan] if plan else [])]
        out.append("After:\n" + "\n".join(f"- {t}" for t in tail))
        text = "\n\n".join(out)
    elif style == "inline_fields":
        out.append(f"Procedure: {s['title']}")
        out.append(f"Date: {dos_line}")
        out.append(f"Diagnosis: {s['dx']}")
        for label, t in s["hist"]:
            out.append(lab(label, t))
        if n.consent:
            out.append(lab("Consent", n.consent))
        if n.timeout:
            out.append(lab("Time-out", n.timeout))
        if s["pre"]:
            out.append(lab("Pain pre", s["pre"]))
        if n.sed_text:
            out.append(lab("Sedation", n.sed_text))
        for label, t in s["tech"]:
            out.append(lab(label, t))
        if s["post"]:
            out.append(lab("Pain post", s["post"]))
        if n.pct is not None and n.pct_text:
            out.append(lab("Relief", n.pct_text))
        if comp:
            out.append(lab("Complications", comp))
        if plan:
            out.append(lab("Plan", plan))
        text = "\n".join(out)
    elif style == "odd_spacing":
        out.append(f"procedure :   {s['title']}")
        out.append(f"dx :{s['dx']}")
        out.append("hx -  " + "  ".join(t for _, t in s["hist"]))
        out.append("\t" + "   ".join(s["before"]))
        out.append("technique :\n" + "\n".join("   " + t for _, t in s["tech"]))
        tail = [*s["after"], *([comp] if comp else []), *([plan] if plan else [])]
        out.append("post :  " + "  ".join(tail))
        text = "\n\n\n".join(out)
    else:  # pragma: no cover
        raise ValueError(style)
    text = text.rstrip()
    if trunc:  # the cut sentence is the last one written: drop its final period if the pool gave one
        text = text.rstrip(".")
    return text + "\n"


def grounded(n: Note, text: str) -> bool:
    """Scores written in words still carry the digit somewhere (the corpus grounding check)."""
    return all(v is None or re.search(rf"\b{int(v)}\b", text) for v in n.pain)


# --------------------------------------------------------------------------------------------------
# Gold
# --------------------------------------------------------------------------------------------------

def gold_spec(n: Note) -> dict:
    """The goldkit spec of a drawn note: what the note documents, for code_lines and finding_elements."""
    p = dict(n.gk_proc)
    p["sedation"] = n.sed_type
    p["sedation_detail"] = n.sed_detail
    absent = set(n.omit) - {"radicular_findings"}
    if n.opt.get("trunc") == "complications":
        absent.add("complications")
    return {"procedures": [p], "drugs": n.drugs, "date_of_service": n.dos, "place_of_service": n.pos,
            "absent": sorted(absent), "dx": n.gk_dx,
            "necessity": {"radicular_findings": "radicular_findings" in n.need},
            "relief": n.pct if p["family"] == "si_joint_injection" and p.get("intent") == "diagnostic" else None}


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    rng = random.Random(SEED)
    styles = STYLES * 4 + ["dictated", "inline_fields"]
    rng.shuffle(styles)
    for (nid, kind, opt), style in zip(NOTE_PLAN, styles):
        n = Note(nid, kind, opt, rng, style)
        n.rng2 = random.Random(rng.random())
        n.build()
        state = n.rng2.getstate()
        text = render(n)
        if not grounded(n, text):
            n.rng2.setstate(state)
            text = render(n, digits_only=True)
        spec = gold_spec(n)
        codes = goldkit.code_lines(spec)
        findings = goldkit.finding_elements(spec)
        p = spec["procedures"][0]
        gp = proc(p["family"], approach=p.get("approach"), target=p.get("target"), region=p.get("region"),
                  laterality=p.get("laterality"), levels=list(p.get("levels") or []), imaging=p.get("imaging"),
                  contrast=p.get("contrast"), intent=p.get("intent"), sedation=n.sed_type)
        drugs = [given(d["generic"], d["dose"], d["dose_unit"]) if d["dose"] is not None else given(d["generic"], None)
                 for d in goldkit.aggregate_drugs(n.drugs)]
        need = set(n.need) | {"diagnosis"}
        full_style = style + ("+truncated" if opt.get("trunc") else "")
        add(nid, full_style, text, procs=[gp], drugs=drugs, pain=tuple(n.pain), need=tuple(sorted(need)),
            codes=[line(c["code"], *c["modifiers"], units=c["units"]) for c in codes], findings=findings,
            dos=n.dos, pos=n.pos, consent=n.consent is not None,
            complications=None if (n.comp is None or opt.get("trunc") == "complications") else "none",
            comment=n.comment, payer=n.payer)
