"""Sealed precision batch `dev_fresh_ce` (`fce-*`): 30 procedure specs rendered by a small seeded generator.

Each spec says what the note documents; the text is rendered from phrasing pools written fresh for this batch
(at least twelve paraphrases per documentation element) in one of seven styles, and the gold is derived from the
spec by the corpus gold rules (`corpora/tools/goldkit.py`: `code_lines`, `finding_elements`), never by Painpoint.
Six specs leave out exactly one element (`omit`)."""

from __future__ import annotations

import random
import re

import goldkit  # put on the path by dev_fresh_d/make_notes.py

SEED = 20261128
STYLES = ("caps_headers", "title_headers", "dictated", "bullets", "inline_fields", "odd_spacing", "attestation")

# --- phrasing pools (written for this batch) ------------------------------------------------------------------
RADIC_LEG = [
    "Pain shoots from the {side} buttock down the back of the thigh into the calf, with tingling along the lateral foot.",
    "She describes an electric ache radiating down the {side} leg to the ankle; straight-leg raise reproduces it at 40 degrees.",
    "Radiating {side} lower-extremity pain in a dermatomal pattern with numbness over the dorsum of the foot.",
    "Burning leg pain travels from the {side} hip to the shin; ankle reflex diminished on that side.",
    "He reports sciatica-type pain down the {side} leg past the knee, worse with coughing and sitting.",
    "Exam: positive straight leg raise on the {side}, decreased sensation in the L5 distribution, EHL 4+/5.",
    "Leg-dominant pain, {side} side, following the posterior thigh into the foot with pins and needles.",
    "Dysesthesias along the {side} anterolateral shin and big toe; radicular pattern on history and exam.",
    "The pain radiates below the knee on the {side} and is accompanied by paresthesias in the toes.",
    "Shooting pain into the {side} leg reproduced by slump testing; hypoesthesia of the lateral calf.",
    "Complains of lancinating pain from the low back radiating into the {side} foot, with intermittent numbness.",
    "Neuro exam notable for a {side} dermatomal sensory deficit and pain radiating along the sciatic course.",
]
RADIC_ARM = [
    "Pain radiates from the neck into the {side} shoulder blade and down the arm to the thumb and index finger.",
    "She reports burning pain down the {side} arm with numbness of the middle finger; Spurling test positive on that side.",
    "Radiating {side} upper-extremity pain along the lateral forearm with paresthesias in the hand.",
    "He describes electric shocks from the neck into the {side} forearm, worse with looking up; biceps reflex reduced.",
    "Cervical radicular pain on the {side}, following a C6 pattern into the radial hand.",
    "Exam shows triceps weakness 4/5 and diminished sensation in the {side} long finger.",
    "Arm-dominant pain on the {side} with tingling into the fingertips and a positive foraminal compression test.",
    "Neck pain that travels to the {side} arm past the elbow, with numbness of the first two digits.",
    "Shooting pain from the base of the neck into the {side} hand, reproduced by neck extension and rotation.",
    "Dermatomal pain and dysesthesia down the {side} upper limb; grip weaker on that side.",
    "Complains of aching arm pain on the {side} with pins and needles that wake her at night.",
    "Radiating pain into the {side} upper arm and forearm with hypoesthesia over the C7 dermatome.",
]
DURATION = [
    "Symptoms began {m} months ago without a clear injury.",
    "The pain has been present since {season} {year}, about {m} months now.",
    "Duration: {m} months.",
    "Ongoing for {m} months.",
    "Onset {m} months ago after lifting a heavy box at work; it has not let up since.",
    "She has had this pain for the better part of a year ({m} months).",
    "Pain x {m} mo.",
    "Pain started roughly {m} months back, following a fall on ice.",
    "He dates the pain to a car accident {m} months ago.",
    "Constant since {season} {year} ({m} months).",
    "Present continuously over the last {m} months.",
    "The current episode has lasted {m} months.",
    "Symptom duration is now {w} weeks.",
]
CARE = [
    "Completed {w} weeks of formal physical therapy without meaningful relief; naproxen gave no lasting benefit.",
    "Failed {w} weeks of PT and home exercise; meloxicam did not help and gabapentin caused dizziness.",
    "Despite {w} weeks of supervised physical therapy and daily NSAIDs, the pain persists.",
    "Conservative treatment: physical therapy x {w} weeks (no improvement), ibuprofen (stomach upset, stopped), activity modification - all unsuccessful.",
    "She worked through a {w}-week course of physical therapy, which did not reduce the pain; diclofenac was likewise ineffective.",
    "Tried chiropractic care and a home stretching program over {w} weeks with no change in symptoms.",
    "PT {w} wk - no benefit. NSAIDs - minimal, short-lived effect. Muscle relaxant - sedating, discontinued.",
    "Non-operative care over the last {w} weeks (therapy, anti-inflammatories, heat) has failed to control the pain.",
    "After {w} weeks of physiotherapy and celecoxib the pain is unchanged.",
    "Has been through {w} weeks of therapy and oral medications; relief was only partial and wore off within days.",
    "Physical therapy twice weekly for {w} weeks and a trial of duloxetine did not lessen the pain.",
    "Conservative management for {w} weeks, including PT, acetaminophen and NSAIDs, was not effective.",
]
CARE_NO_OUTCOME = "Physical therapy, NSAIDs and home exercises have been part of the plan."
FUNCTION = [
    "The pain limits walking to about one block and prevents her from sleeping through the night.",
    "He can no longer stand long enough to cook a meal; ODI today 46%.",
    "Unable to sit through a workday; has missed shifts because of the pain.",
    "Difficulty with dressing, bending and lifting groceries; Oswestry 38%.",
    "Function: cannot drive more than 15 minutes, has stopped gardening.",
    "Pain interferes with sleep, housework and caring for grandchildren.",
    "She has had to give up her daily walks and struggles with stairs.",
    "Activities of daily living are restricted; needs help putting on shoes.",
    "He reports that standing at work is limited to 20 minutes at a time.",
    "Lifting and reaching overhead are impaired, and sleep is broken by pain.",
    "Functional decline: stopped playing golf, sitting tolerance about 30 minutes.",
    "Bending to load the dishwasher or pick up a laundry basket is no longer possible.",
]
FUNCTION_C = [
    "Neck Disability Index 40%; turning the head to reverse the car is very hard.",
    "She cannot work at a computer for more than 20 minutes or hold a phone to her ear.",
    "Reading in bed and overhead reaching are impossible; sleep is interrupted nightly.",
    "Driving is limited because shoulder checks hurt; NDI 36%.",
    "Unable to lift her grandchild or carry grocery bags.",
    "Hair washing and dressing are painful; she has cut back on work hours.",
]
MRI_L = [
    "MRI lumbar spine: {lv} disc protrusion contacting the traversing nerve root on the {side}.",
    "Lumbar MRI shows a {side} paracentral herniation at {lv} with foraminal narrowing.",
    "Imaging: MRI demonstrates {side} foraminal stenosis at {lv} from disc bulge and facet hypertrophy.",
    "Recent MRI reviewed - extruded disc fragment at {lv} displacing the {side} nerve root.",
    "MRI: moderate {side} neural foraminal narrowing at {lv}.",
    "The MRI from last month shows degenerative disc disease with a {side}-sided annular tear at {lv} and root contact.",
]
MRI_C = [
    "Cervical MRI: {side} uncovertebral spurring with foraminal stenosis at {lv}.",
    "MRI of the neck shows a {side} paracentral disc osteophyte complex at {lv} touching the exiting root.",
    "Imaging: MRI cervical spine with disc herniation at {lv}, foramen narrowed on the {side}.",
    "Reviewed MRI: severe {side} foraminal narrowing at {lv}.",
    "MRI demonstrates a broad-based disc bulge at {lv} with {side} root impingement.",
    "Cervical MRI reveals spondylotic narrowing of the {side} foramen at {lv}.",
]
MRI_ANY = MRI_L + MRI_C
PRIOR = [
    "Her last epidural, {d} months ago, gave {p}% relief that lasted {d} months.",
    "Previous injection at this level provided about {p}% improvement for {d} months with better walking tolerance.",
    "Prior ESI: {p}% relief x {d} months; she was able to return to work.",
    "The last procedure helped by roughly {p} percent and the benefit held for {d} months.",
    "Response to prior injection: {p}% pain reduction lasting {d} months, with improved sleep.",
    "Following the injection {d} months ago he had {p}% relief until recently.",
    "Previous block reduced the pain by {p}% for about {d} months.",
    "Last time she got {p}% better for {d} months before the pain crept back.",
    "Earlier epidural: {p}% relief, durable for {d} months; walking distance doubled.",
    "History of good response to the prior injection - {p}% relief over {d} months.",
    "Prior procedure gave {p}% reduction of leg pain, sustained {d} months.",
    "She reports {p}% sustained benefit for {d} months after her last injection.",
]
DIAG_RELIEF = [
    "Two prior diagnostic medial branch blocks gave {a}% and {b}% relief respectively.",
    "First MBB: {a}% relief; confirmatory second MBB: {b}% relief.",
    "Dual comparative blocks were positive ({a}% and {b}%).",
    "Diagnostic blocks x2 with {a}% and {b}% temporary pain relief.",
    "She had two medial branch blocks with {a} percent and {b} percent relief for the duration of the anesthetic.",
    "Relief after the diagnostic blocks was {a}% and then {b}%.",
    "Both diagnostic medial branch blocks were positive: {a}% on the first and {b}% on the second.",
    "Prior MBB #1 {a}% relief, MBB #2 {b}% relief.",
    "Two separate diagnostic blocks each exceeded 80% relief ({a}% and {b}%).",
    "He reported {a}% relief after the first block and {b}% after the second.",
    "Diagnostic blocks on two occasions gave {a}% and {b}% improvement.",
    "Two controlled medial branch blocks: {a}% and {b}% relief.",
]
PRE = [
    "Pre-procedure pain {n}/10.", "Pain before the procedure: {n}/10.", "Baseline NRS {n}.", "VAS pre {n}/10.",
    "She rated her pain {n} out of 10 on arrival.", "Pain score prior to injection {n}/10.",
    "Pre-injection pain was {n} of 10.", "Initial pain rating: {n}/10.", "On arrival pain is {n}/10.",
    "Pain level before starting: {n}.", "Pre NRS: {n}/10.", "He graded his pain at {n}/10 in the holding area.",
]
POST = [
    "Post-procedure pain {n}/10.", "After the injection pain was {n}/10.", "Post NRS {n}.", "VAS post {n}/10.",
    "In recovery she rated her pain {n} out of 10.", "Pain score 15 minutes after the procedure: {n}/10.",
    "At discharge the pain was {n} of 10.", "Pain dropped to {n}/10 by the time she stood up.",
    "On ambulating after the block, pain {n}/10.", "Pain following the procedure: {n}.",
    "Post-injection NRS {n}/10.", "He reported {n}/10 pain before leaving the recovery area.",
]
PCT = [
    "That is {r}% relief.", "Percent relief: {r}%.", "Approximately {r}% improvement.", "Relief {r} percent.",
    "This represents a {r}% reduction in pain.", "{r}% immediate relief.", "She reports {r}% relief of her usual pain.",
    "Estimated relief {r}%.", "Pain relief of {r}% after the injection.", "Overall improvement about {r}%.",
    "Immediate relief: {r}%.", "He estimates the pain is {r}% better.",
]
CONSENT = [
    "Risks, benefits and alternatives were discussed and written consent was signed.",
    "Informed consent obtained after discussion of bleeding, infection, nerve injury and headache.",
    "Consent: signed, on chart.", "The patient gave written informed consent.",
    "Procedure explained; all questions answered; consent form signed.",
    "Verbal and written consent obtained.", "Informed consent was reviewed and signed before the procedure.",
    "After discussing risks including infection and bleeding, she consented.",
    "Written consent in chart after risk discussion.", "Consent obtained from the patient, who understood the risks.",
    "Signed consent obtained; risks and alternatives reviewed.", "Patient consented in writing after counseling.",
]
TIMEOUT = [
    "Time-out performed confirming patient, procedure, side and site.", "Universal protocol followed with a time-out.",
    "A pause was taken to verify identity, side and level before starting.", "Time out completed with the whole team.",
    "Surgical time-out done; site marked.", "Pre-procedure verification and time-out completed.",
    "Timeout: correct patient, site and side confirmed.", "We performed a time out before the skin prep.",
    "Site verified during the time-out.", "Time-out called and all team members agreed.",
    "Final time-out held; laterality confirmed.", "Procedural pause (time-out) completed.",
]
SED_NONE = [
    "No sedation was given.", "Sedation: none.", "The procedure was done without sedation.",
    "She declined sedation.", "No IV sedation.", "Performed awake, no sedatives.",
]
SED_LOCAL = [
    "Local anesthetic only; no sedation.", "Local infiltration only, no systemic sedation.",
    "Anesthesia: local.", "Done under local anesthesia alone.", "Only local anesthetic was used for comfort.",
    "Skin numbing only - no IV sedation.",
]
SED_MOD = [
    "Moderate sedation administered by me: midazolam {mz} mg and fentanyl {fn} mcg IV, start {t0}, stop {t1} ({mins} minutes); "
    "an RN independently monitored vital signs and oxygen saturation throughout. Sedation was needed because of severe procedural anxiety.",
    "I gave IV midazolam {mz} mg plus fentanyl {fn} mcg for moderate sedation (intraservice {t0}-{t1}, {mins} min). "
    "A registered nurse with no other duties observed the patient continuously. Indication for sedation: marked anxiety and prior vasovagal reaction.",
    "Sedation: moderate, physician-administered. Agents: midazolam {mz} mg, fentanyl {fn} mcg. Start {t0}; end {t1}; total {mins} minutes. "
    "Independent trained observer (RN) present. Reason: unable to lie still prone because of anxiety.",
]
SAVED = [
    "AP and lateral images were saved.", "Two fluoroscopic views (AP and lateral) stored in the record.",
    "Permanent images: AP and oblique saved.", "Representative AP and lateral films archived to PACS.",
    "Images saved in two views.", "Hard copies of AP and lateral views retained.",
    "AP and lateral fluoroscopic images recorded.", "Spot images saved: AP, lateral.",
    "Final needle position documented with AP and lateral images.", "Two views stored for the chart.",
    "AP and contralateral oblique images saved.", "Saved fluoro images x2 (AP/lateral).",
]
COMPLIC = [
    "No complications.", "There were no complications.", "Complications: none.", "The patient tolerated it well without complication.",
    "No immediate complications noted.", "Complications - none apparent.", "Tolerated well; no complications.",
    "No complications occurred.", "Complication-free procedure.", "She left in stable condition with no complications.",
    "No complications; discharged home.", "No adverse events or complications.",
]
CONTRAST = [
    "{agent} {ml} mL confirmed {spread} spread without vascular uptake.",
    "Injection of {ml} mL {agent} showed {spread} flow; no intravascular pattern.",
    "Contrast ({agent}, {ml} mL) outlined {spread} spread.",
    "{ml} mL of {agent} was injected under live fluoroscopy with {spread} spread and no vascular runoff.",
    "Under real-time imaging {agent} {ml} mL demonstrated {spread} contrast spread.",
    "Contrast check: {agent} {ml} mL, {spread} pattern, negative for vascular or intrathecal uptake.",
]
GUIDE = [
    "under fluoroscopic guidance", "with fluoroscopy", "using C-arm fluoroscopy", "under intermittent fluoroscopy",
    "under live fluoroscopic imaging", "with biplanar fluoroscopic guidance",
]

TF_APPROACH = [
    "a 22-gauge spinal needle was advanced {guide} into the {lv} neural foramen on {st} using a transforaminal approach",
    "the {lv} foramen on {st} was entered by a subpedicular (safe-triangle) transforaminal route {guide}",
    "{guide} a curved 22-gauge needle was steered into the superior posterior quadrant of the {lv} foramen on {st} (transforaminal technique)",
    "transforaminal needle placement was made at {lv} on {st} {guide}, the tip just below the pedicle",
    "an oblique transforaminal trajectory {guide} brought the needle into the {lv} intervertebral foramen on {st}",
    "a Quincke needle was walked off the pedicle into the {lv} foramen on {st} {guide} by the transforaminal technique",
    "the needle was taken {guide} down the oblique view into the {lv} neuroforamen on {st}, transforaminal",
    "using a retrodiscal transforaminal approach {guide}, the needle reached the {lv} foramen on {st}",
]
IL_APPROACH = [
    "using an interlaminar approach {guide}, an 18-gauge Tuohy needle entered the epidural space at {lv} by loss of resistance to saline",
    "a 20-gauge Tuohy needle was placed through the {lv} interlaminar space {guide} with loss of resistance",
    "{guide} the epidural space was reached at {lv} from a midline interlaminar approach (loss of resistance to air)",
    "paramedian interlaminar entry at {lv} {guide}; loss of resistance at 5 cm",
    "the {lv} interspace was accessed {guide} by an interlaminar technique, loss-of-resistance syringe confirming the epidural space",
    "an interlaminar epidural needle was advanced at {lv} {guide} until loss of resistance",
]
CAUDAL_APPROACH = [
    "{guide} a 20-gauge Tuohy needle entered the caudal epidural space through the sacral hiatus",
    "the sacral hiatus was palpated and the needle passed through the sacrococcygeal ligament into the caudal canal {guide}",
    "caudal approach: needle introduced via the sacral hiatus {guide}",
]
MBB_APPROACH = [
    "diagnostic medial branch blocks of the {lv} facet joints ({nerves}) were done {guide} with 25-gauge needles on {st}",
    "{guide} needles were placed at the junction of the superior articular and transverse processes to block the {nerves}, for the {lv} facet joints on {st} (diagnostic medial branch block)",
    "the {nerves} supplying the {lv} facet joints on {st} were anesthetized {guide}; diagnostic medial branch technique",
    "diagnostic MBB targets ({nerves}) for the {lv} zygapophyseal joints on {st} were reached {guide}",
]
SI_APPROACH = [
    "diagnostic intra-articular injection of {st} {guide} from an inferior oblique approach",
    "{guide} a 22-gauge needle was directed into the inferior third of {st} for a diagnostic intra-articular block",
    "diagnostic injection: needle entered the caudal recess of {st} {guide}, intra-articular position confirmed",
    "with the joint line cleared by contralateral oblique tilt {guide}, the needle was seated within {st} (diagnostic, intra-articular)",
]


class G:
    """Seeded draw from the pools, each pool cycling through all its variants before repeating."""

    def __init__(self) -> None:
        self.rng = random.Random(SEED)
        self.left: dict[int, list[str]] = {}

    def pick(self, pool: list[str], **kw) -> str:
        key = id(pool)
        if not self.left.get(key):
            self.left[key] = list(pool)
            self.rng.shuffle(self.left[key])
        return self.left[key].pop().format(**kw)


def _spec(i, fam, **kw):
    return {"n": i, "family": fam, **kw}


SPECS = [
    # transforaminal (7)
    _spec(1, "transforaminal_epidural", nid="tfesi-01", region="lumbar", side="left", levels=["L5-S1"],
          dx="Lumbar radiculopathy (M54.16)", dxc="M54.16", drugs=[("dexamethasone_sodium_phosphate", 10, "dexamethasone 10 mg")],
          pos="11", dos="2026-02-11", pain=(8, 3), sed="none", agent=("Omnipaque 240", "iohexol", 2)),
    _spec(2, "transforaminal_epidural", nid="tfesi-02", region="lumbar", side="right", levels=["L4-L5", "L5-S1"],
          dx="Lumbar disc herniation with radiculopathy (M51.16)", dxc="M51.16",
          drugs=[("triamcinolone_acetonide", 40, "Kenalog 40 mg (20 mg at each foramen)")],
          pos="24", dos="2025-09-03", pain=(7, 2), sed="local", agent=("Isovue-M 200", "iopamidol", 3)),
    _spec(3, "transforaminal_epidural", nid="tfesi-03", region="lumbar", side="bilateral", levels=["L5-S1"],
          dx="Lumbosacral radiculopathy (M54.17)", dxc="M54.17", drugs=[("dexamethasone_sodium_phosphate", 8, "dexamethasone 4 mg per side (8 mg total)")],
          pos="11", dos="2024-06-19", pain=(9, 4), sed="none", agent=("Omnipaque 300", "iohexol", 4), omit="conservative_care"),
    _spec(4, "transforaminal_epidural", nid="tfesi-04", region="cervical", side="right", levels=["C5-C6"],
          dx="Cervical radiculopathy (M54.12)", dxc="M54.12", drugs=[("dexamethasone_sodium_phosphate", 10, "dexamethasone 10 mg")],
          pos="22", dos="2025-01-14", pain=(7, 3), sed="local", agent=("Omnipaque 240", "iohexol", 1), arm=True),
    _spec(5, "transforaminal_epidural", nid="tfesi-05", region="lumbar", side="left", levels=["L4-L5"],
          dx="Lumbar radiculopathy (M54.16)", dxc="M54.16", drugs=[("methylprednisolone_acetate", 40, "Depo-Medrol 40 mg")],
          pos="11", dos="2023-10-05", pain=(6, 2), sed="none", agent=("Omnipaque 240", "iohexol", 2), prior=(70, 4)),
    _spec(6, "transforaminal_epidural", nid="tfesi-06", region="lumbar", side="left", levels=["L3-L4", "L4-L5"],
          dx="Lumbar disc herniation with radiculopathy (M51.16)", dxc="M51.16",
          drugs=[("betamethasone_sodium_phosphate_acetate", 6, "Celestone 6 mg split between the two levels")],
          pos="11", dos="2026-08-20", pain=(8, 5), sed="local", agent=("Isovue-M 300", "iopamidol", 3)),
    _spec(7, "transforaminal_epidural", nid="tfesi-07", region="lumbar", side="right", levels=["L5-S1"],
          dx="Lumbar radiculopathy (M54.16)", dxc="M54.16", drugs=[("triamcinolone_acetonide", 40, "triamcinolone 40 mg")],
          pos="11", dos="2026-11-04", pain=(9, 3), sed="moderate", mins=19, agent=("Omnipaque 240", "iohexol", 2)),
    # interlaminar / caudal (5)
    _spec(8, "interlaminar_epidural", nid="ilesi-01", region="lumbar", side=None, levels=["L5-S1"], approach="interlaminar",
          dx="Lumbar spinal stenosis with neurogenic claudication (M48.062)", dxc="M48.062",
          drugs=[("triamcinolone_acetonide", 80, "Kenalog 80 mg")], pos="11", dos="2025-05-27", pain=(7, 2), sed="none",
          agent=("Omnipaque 240", "iohexol", 3), both_legs=True),
    _spec(9, "interlaminar_epidural", nid="ilesi-02", region="cervical", side=None, levels=["C7-T1"], approach="interlaminar",
          dx="Cervical radiculopathy (M54.12)", dxc="M54.12", drugs=[("dexamethasone_sodium_phosphate", 10, "dexamethasone 10 mg")],
          pos="24", dos="2024-11-12", pain=(6, 2), sed="local", agent=("Omnipaque 240", "iohexol", 2), arm=True, omit="saved_images"),
    _spec(10, "interlaminar_epidural", nid="ilesi-03", region="lumbar", side=None, levels=["L4-L5"], approach="interlaminar",
          dx="Lumbar radiculopathy (M54.16)", dxc="M54.16", drugs=[("methylprednisolone_acetate", 80, "methylprednisolone 80 mg")],
          pos="11", dos="2025-03-18", pain=(8, 4), sed="none", agent=("Isovue-M 200", "iopamidol", 3)),
    _spec(11, "interlaminar_epidural", nid="caudal-01", region="sacral", side=None, levels=[], approach="caudal",
          dx="Post-laminectomy syndrome (M96.1) with bilateral leg pain", dxc="M96.1",
          drugs=[("triamcinolone_acetonide", 80, "triamcinolone 80 mg")], pos="22", dos="2026-04-09", pain=(8, 3), sed="local",
          agent=("Omnipaque 240", "iohexol", 5), both_legs=True),
    _spec(12, "interlaminar_epidural", nid="ilesi-04", region="cervical", side=None, levels=["C6-C7"], approach="interlaminar",
          dx="Cervical radiculopathy (M54.12)", dxc="M54.12", drugs=[("betamethasone_sodium_phosphate_acetate", 12, "Celestone 12 mg")],
          pos="11", dos="2026-06-30", pain=(7, 2), sed="none", agent=("Omnipaque 240", "iohexol", 2), arm=True),
    # facet injection (5)
    _spec(13, "facet_injection", nid="mbb-01", region="lumbar", side="bilateral", levels=["L4-L5", "L5-S1"], approach="medial_branch",
          dx="Lumbar spondylosis without radiculopathy (M47.816)", dxc="M47.816", drugs=[("bupivacaine", 15, "0.5% bupivacaine 0.5 mL at each of six sites")],
          pos="11", dos="2026-01-22", pain=(7, 1), sed="none"),
    _spec(14, "facet_injection", nid="mbb-02", region="cervical", side="right", levels=["C5-C6", "C6-C7"], approach="medial_branch",
          dx="Cervical spondylosis without myelopathy or radiculopathy (M47.812)", dxc="M47.812",
          drugs=[("bupivacaine", 3.75, "0.25% bupivacaine 0.5 mL at each of three sites")], pos="24", dos="2025-07-08", pain=(6, 1),
          sed="local", omit="functional_impairment"),
    _spec(15, "facet_injection", nid="mbb-03", region="lumbar", side="left", levels=["L3-L4", "L4-L5"], approach="medial_branch",
          dx="Lumbosacral facet syndrome (M47.817)", dxc="M47.817", drugs=[("lidocaine", 30, "2% lidocaine 0.5 mL at each of three sites")],
          pos="11", dos="2024-09-26", pain=(8, 2), sed="none", diag_relief=[90]),
    _spec(16, "facet_injection", nid="iafacet-01", region="lumbar", side="right", levels=["L5-S1"], approach="intra_articular",
          dx="Lumbar spondylosis without radiculopathy (M47.816)", dxc="M47.816", drugs=[("bupivacaine", 5, "0.5% bupivacaine 1 mL")],
          pos="11", dos="2026-10-15", pain=(7, 2), sed="local"),
    _spec(17, "facet_injection", nid="mbb-04", region="lumbar", side="right", levels=["L4-L5", "L5-S1"], approach="medial_branch",
          dx="Lumbar spondylosis without radiculopathy (M47.816)", dxc="M47.816", drugs=[("ropivacaine", 7.5, "0.5% ropivacaine 0.5 mL at each of three sites")],
          pos="22", dos="2023-12-07", pain=(6, 0), sed="none"),
    # facet RFA (3)
    _spec(18, "facet_rfa", nid="rfa-01", region="lumbar", side="right", levels=["L4-L5", "L5-S1"], approach="medial_branch",
          dx="Lumbar spondylosis without radiculopathy (M47.816)", dxc="M47.816", drugs=[("lidocaine", 30, "2% lidocaine 0.5 mL at each of three sites before lesioning")],
          pos="24", dos="2025-10-21", pain=(7, 2), sed="local", diag_relief=[90, 85]),
    _spec(19, "facet_rfa", nid="rfa-02", region="cervical", side="left", levels=["C4-C5", "C5-C6"], approach="medial_branch",
          dx="Cervical spondylosis without myelopathy or radiculopathy (M47.812)", dxc="M47.812",
          drugs=[("lidocaine", 30, "2% lidocaine 0.5 mL at each of three sites")], pos="11", dos="2026-03-03", pain=(6, None),
          sed="none", diag_relief=[85, 80], omit="post_procedure_pain_score"),
    _spec(20, "facet_rfa", nid="rfa-03", region="lumbar", side="bilateral", levels=["L5-S1"], approach="medial_branch",
          dx="Lumbosacral facet syndrome (M47.817)", dxc="M47.817", drugs=[("lidocaine", 40, "2% lidocaine 0.5 mL at each of four sites")],
          pos="11", dos="2025-12-02", pain=(8, 3), sed="moderate", mins=31, diag_relief=[95, 90]),
    # SI joint injection (3)
    _spec(21, "si_joint_injection", nid="sij-01", region="sacroiliac", side="left", levels=[], approach="intra_articular",
          dx="Sacroiliitis (M46.1)", dxc="M46.1", drugs=[("bupivacaine", 10, "0.5% bupivacaine 2 mL"), ("triamcinolone_acetonide", 40, "triamcinolone 40 mg")],
          pos="11", dos="2026-05-13", pain=(8, 1), sed="none", agent=("Omnipaque 240", "iohexol", 1), intent="diagnostic"),
    _spec(22, "si_joint_injection", nid="sij-02", region="sacroiliac", side="right", levels=[], approach="intra_articular",
          dx="Sacroiliitis (M46.1)", dxc="M46.1", drugs=[("lidocaine", 20, "2% lidocaine 1 mL"), ("dexamethasone_sodium_phosphate", 4, "dexamethasone 4 mg")],
          pos="24", dos="2024-08-07", pain=(7, 1), sed="local", agent=("Isovue-M 200", "iopamidol", 1), intent="diagnostic", omit="time_out"),
    _spec(23, "si_joint_injection", nid="sij-03", region="sacroiliac", side="bilateral", levels=[], approach="intra_articular",
          dx="Sacroiliitis (M46.1)", dxc="M46.1", drugs=[("bupivacaine", 15, "0.5% bupivacaine 1.5 mL per side")],
          pos="11", dos="2025-02-25", pain=(9, 2), sed="none", agent=("Omnipaque 240", "iohexol", 2), intent="diagnostic"),
    # others (7)
    _spec(24, "trigger_point", nid="tpi-01", region="lumbar", side=None, levels=[], muscles=3,
          dx="Myofascial pain syndrome (M79.18)", dxc="M79.18", drugs=[("lidocaine", 60, "1% lidocaine 2 mL into each of three muscles")],
          pos="11", dos="2026-07-16", pain=(7, 3), sed="none", omit="percent_relief"),
    _spec(25, "trigger_point", nid="tpi-02", region="cervical", side=None, levels=[], muscles=2,
          dx="Myofascial pain syndrome (M79.18)", dxc="M79.18", drugs=[("bupivacaine", 10, "0.25% bupivacaine 2 mL in each of the two muscles")],
          pos="11", dos="2025-04-29", pain=(6, 2), sed="none"),
    _spec(26, "occipital_nerve_block", nid="onb-01", region="occipital", side="bilateral", levels=[], target="greater_occipital",
          dx="Occipital neuralgia (M54.81)", dxc="M54.81", drugs=[("bupivacaine", 15, "0.5% bupivacaine 1.5 mL each side"),
                                                                   ("triamcinolone_acetonide", 20, "Kenalog 10 mg each side")],
          pos="11", dos="2026-09-09", pain=(8, 2), sed="none"),
    _spec(27, "genicular_nerve_block", nid="gnb-01", region="knee", side="right", levels=[], target="knee",
          dx="Primary osteoarthritis of the right knee (M17.11)", dxc="M17.11", drugs=[("bupivacaine", 22.5, "0.5% bupivacaine 1.5 mL at each of three genicular nerves")],
          pos="24", dos="2025-08-14", pain=(7, 1), sed="local", imaging="fluoroscopy", intent="diagnostic"),
    _spec(28, "joint_injection", nid="knee-01", region="knee", side="left", levels=[], target="knee",
          dx="Primary osteoarthritis of the left knee (M17.12)", dxc="M17.12", drugs=[("triamcinolone_acetonide", 40, "Kenalog 40 mg"), ("lidocaine", 40, "1% lidocaine 4 mL")],
          pos="11", dos="2026-11-18", pain=(6, 2), sed="none", imaging="ultrasound", saved=True),
    _spec(29, "joint_injection", nid="hip-01", region="hip", side="right", levels=[], target="hip",
          dx="Primary osteoarthritis of the right hip (M16.11)", dxc="M16.11", drugs=[("methylprednisolone_acetate", 40, "Depo-Medrol 40 mg"), ("ropivacaine", 20, "0.5% ropivacaine 4 mL")],
          pos="22", dos="2024-02-20", pain=(7, 3), sed="none", imaging="fluoroscopy", agent=("Omnipaque 240", "iohexol", 1)),
    _spec(30, "sympathetic_block", nid="stellate-01", region="cervical", side="left", levels=[], target="stellate",
          dx="Complex regional pain syndrome type I of the left upper limb (G90.512)", dxc="G90.512",
          drugs=[("bupivacaine", 25, "0.25% bupivacaine 10 mL")], pos="11", dos="2025-06-24", pain=(8, 4), sed="local", imaging="fluoroscopy",
          agent=("Omnipaque 240", "iohexol", 1)),
]
FAMILY_TITLE = {
    "transforaminal_epidural": "{Side} {lvtxt} transforaminal epidural steroid injection",
    "interlaminar_epidural": "{lvtxt} interlaminar epidural steroid injection",
    "facet_injection": "{Side} {lvtxt} facet joint {kind}",
    "facet_rfa": "{Side} {lvtxt} radiofrequency ablation of the facet joint nerves",
    "si_joint_injection": "{Side} sacroiliac joint injection",
    "trigger_point": "Trigger point injections",
    "occipital_nerve_block": "{Side} greater occipital nerve block",
    "genicular_nerve_block": "{Side} genicular nerve block",
    "joint_injection": "{Side} {joint} joint injection",
    "sympathetic_block": "{Side} stellate ganglion block",
}
SPINE = ("transforaminal_epidural", "interlaminar_epidural", "facet_injection", "facet_rfa")


def _sides(side):
    return {"left": "left", "right": "right", "bilateral": "both"}.get(side, "both")


def _cap(x: str) -> str:
    return x[0].upper() + x[1:]


def _technique(s, g) -> str:
    fam, side = s["family"], s["side"]
    lv = " and ".join(s["levels"])
    guide = g.pick(GUIDE)
    drugs = "; ".join(d[2] for d in s["drugs"])
    skin = "Skin and soft tissue were anesthetized with 1% lidocaine 3 mL. " if fam in SPINE + ("si_joint_injection",) else ""
    c = ""
    if s.get("agent"):
        spread = {"transforaminal_epidural": "periradicular and epidural", "interlaminar_epidural": "epidural",
                  "si_joint_injection": "intra-articular", "joint_injection": "intra-articular",
                  "sympathetic_block": "prevertebral"}.get(fam, "appropriate")
        c = " " + g.pick(CONTRAST, agent=s["agent"][0], ml=s["agent"][2], spread=spread)
    st = "both sides" if side == "bilateral" else f"the {side}"
    if fam == "transforaminal_epidural":
        t = f"{skin}" + _cap(g.pick(TF_APPROACH, lv=lv, st=st, guide=guide)) + f".{c} Injected: {drugs}."
    elif fam == "interlaminar_epidural" and s["approach"] == "caudal":
        t = f"{skin}" + _cap(g.pick(CAUDAL_APPROACH, guide=guide)) + f".{c} Then {drugs} in preservative-free saline was injected."
    elif fam == "interlaminar_epidural":
        t = f"{skin}" + _cap(g.pick(IL_APPROACH, lv=lv, guide=guide)) + f".{c} Injected: {drugs}."
    elif fam == "facet_injection" and s["approach"] == "medial_branch":
        nv = {("L4-L5", "L5-S1"): "L3 and L4 medial branches and the L5 dorsal ramus",
              ("L3-L4", "L4-L5"): "L2, L3 and L4 medial branches",
              ("C5-C6", "C6-C7"): "C5, C6 and C7 medial branches"}[tuple(s["levels"])]
        t = f"{skin}" + _cap(g.pick(MBB_APPROACH, lv=lv, nerves=nv, st=st, guide=guide)) + f". No contrast was needed. {drugs}."
    elif fam == "facet_injection":
        t = (f"{skin}Diagnostic intra-articular injection of the {side} {lv} facet joint {guide}; a 22-gauge needle entered the "
             f"joint capsule and {drugs} was injected.")
    elif fam == "facet_rfa":
        t = (f"{skin}Therapeutic radiofrequency ablation of the medial branches supplying the {side if side != 'bilateral' else 'bilateral'} "
             f"{lv} facet joints {guide}. Motor testing at 2 Hz showed no limb activation. {drugs}. Thermal lesions at 85 °C for "
             f"90 seconds at each nerve.")
    elif fam == "si_joint_injection":
        sj = "each sacroiliac joint" if side == "bilateral" else f"the {side} sacroiliac joint"
        t = f"{skin}" + _cap(g.pick(SI_APPROACH, st=sj, guide=guide)) + f".{c} Injected: {drugs}."
    elif fam == "trigger_point":
        mus = ("left and right lumbar paraspinals and right quadratus lumborum" if s["muscles"] == 3
               else "right upper trapezius and right levator scapulae")
        t = f"{s['muscles']} muscles injected ({mus}) at palpable taut bands with a 25-gauge needle: {drugs}."
    elif fam == "occipital_nerve_block":
        t = f"Greater occipital nerve blocks on both sides, landmark-guided medial to the occipital artery: {drugs}."
    elif fam == "genicular_nerve_block":
        t = (f"Diagnostic block of the superomedial, superolateral and inferomedial genicular nerves of the right knee {guide}: {drugs}.")
    elif fam == "joint_injection" and s["imaging"] == "ultrasound":
        t = (f"Under ultrasound guidance the left knee was entered from a superolateral approach; a permanent ultrasound image "
             f"of the needle in the joint was recorded and saved. Injected {drugs}.")
    elif fam == "joint_injection":
        t = f"The right hip joint was entered {guide} via an anterior approach.{c} Injected {drugs}."
    else:
        t = f"Left stellate ganglion block {guide} with the needle at the C6 anterior tubercle.{c} Injected {drugs}. Horner sign followed."
    return t


def _history(s, g) -> list[str]:
    fam, side = s["family"], s["side"]
    out = []
    m = 4 + s["n"] % 9
    rs = side if side in ("left", "right") else ("left" if s["n"] % 2 else "right")
    if s.get("arm"):
        out.append(g.pick(RADIC_ARM, side=rs))
    elif fam in ("transforaminal_epidural", "interlaminar_epidural"):
        out.append(g.pick(RADIC_LEG, side=rs))
        if side == "bilateral" or s.get("both_legs"):
            out.append("Similar radiating symptoms are present in both legs.")
    elif fam in ("facet_injection", "facet_rfa"):
        out.append("Predominantly axial " + ("neck" if s["region"] == "cervical" else "low back") + " pain, worse with extension and rotation, without radiation below the knee.")
    elif fam == "si_joint_injection":
        out.append("Pain centred over the posterior superior iliac spine below L5, with 3 of 5 positive provocation tests.")
    elif fam == "trigger_point":
        out.append("Focal muscular pain with taut bands and referred pain on palpation.")
    elif fam == "occipital_nerve_block":
        out.append("Shooting pain from the base of the skull over the scalp on both sides, tender at the occipital notches.")
    elif fam in ("genicular_nerve_block", "joint_injection") and s["region"] == "knee":
        out.append(f"Knee pain with crepitus and effusion on the {side}.")
    elif fam == "joint_injection":
        out.append("Groin pain with painful internal rotation of the right hip.")
    else:
        out.append("Burning pain, allodynia and colour change of the left hand.")
    if s.get("omit") != "symptom_duration":
        y, mo = (int(x) for x in s["dos"].split("-")[:2])
        k = y * 12 + mo - 1 - m  # onset month, counted back from the date of service
        season = ("winter", "winter", "spring", "spring", "spring", "summer", "summer", "summer", "fall", "fall", "fall",
                  "winter")[k % 12]
        out.append(g.pick(DURATION, m=m, w=m * 4 + 2, season=f"the {season} of" if season != "winter" else "winter of",
                          year=k // 12 + (1 if k % 12 == 11 else 0)))
    if fam in SPINE + ("si_joint_injection",):
        if s.get("omit") != "conservative_care":
            out.append(g.pick(CARE, w=6 + s["n"] % 7))
        if s.get("omit") != "functional_impairment" and fam in SPINE:
            out.append(g.pick(FUNCTION_C if s["region"] == "cervical" else FUNCTION))
    if fam in ("transforaminal_epidural", "interlaminar_epidural"):
        lv = s["levels"][0] if s["levels"] else "L5-S1"
        pool = MRI_C if s["region"] == "cervical" else MRI_L
        out.append(g.pick(pool, lv=lv, side=side if side in ("left", "right", "bilateral") else rs))
    if s.get("prior"):
        out.append(g.pick(PRIOR, p=s["prior"][0], d=s["prior"][1]) + " This is a repeat injection.")
    if s.get("diag_relief"):
        r = s["diag_relief"]
        if len(r) == 2:
            out.append(g.pick(DIAG_RELIEF, a=r[0], b=r[1]))
        else:
            out.append(f"The first diagnostic medial branch block gave {r[0]}% relief; today is the confirmatory second block.")
    return out


def _sed(s, g) -> str:
    if s["sed"] == "none":
        return g.pick(SED_NONE)
    if s["sed"] == "local":
        return g.pick(SED_LOCAL)
    t0, mins = "09:05", s["mins"]
    t1 = f"09:{5 + mins:02d}"
    return g.pick(SED_MOD, mz=2, fn=50, t0=t0, t1=t1, mins=mins)


def _sections(s, g) -> list[tuple[str, str]]:
    """The note's content as (label, text) pairs, in order."""
    side = s["side"]
    lvtxt = " and ".join(s["levels"]) if s["levels"] else ("caudal" if s.get("approach") == "caudal" else "")
    kind = "medial branch block" if s.get("approach") == "medial_branch" else "injection"
    title = FAMILY_TITLE[s["family"]].format(Side=(side or "").capitalize(), lvtxt=lvtxt, kind=kind,
                                              joint=s.get("target", "")).strip()
    title = " ".join(title.split())
    if s["family"] == "interlaminar_epidural" and s["approach"] == "caudal":
        title = "Caudal epidural steroid injection"
    secs = [("Procedure", title[0].upper() + title[1:]), ("Diagnosis", s["dx"]), ("History", " ".join(_history(s, g)))]
    if s.get("omit") != "consent":
        secs.append(("Consent", g.pick(CONSENT)))
    if s.get("omit") != "time_out":
        secs.append(("Time-out", g.pick(TIMEOUT)))
    secs.append(("Sedation", _sed(s, g)))
    secs.append(("Pre-procedure pain", g.pick(PRE, n=s["pain"][0])))
    tech = _technique(s, g)
    if s["family"] in ("transforaminal_epidural", "interlaminar_epidural", "si_joint_injection") and s.get("omit") != "saved_images":
        tech += " " + g.pick(SAVED)
    secs.append(("Technique", tech))
    secs.append(("Complications", g.pick(COMPLIC)))
    post = ""
    if s["pain"][1] is not None:
        post = g.pick(POST, n=s["pain"][1])
        if s["family"] in ("si_joint_injection", "trigger_point") and s.get("omit") != "percent_relief":
            pre, po = s["pain"]
            post += " " + g.pick(PCT, r=round(100 * (pre - po) / pre))
    else:
        post = "Discharged home with a driver; follow up in clinic in four weeks."
    secs.append(("Post-procedure", post))
    return secs


def _female(text: str) -> str:
    """The pools mix pronouns; each note speaks of one patient, so use one pronoun throughout."""
    for a, b in ((r"\bHe\b", "She"), (r"\bhe\b", "she"), (r"\bHis\b", "Her"), (r"\bhis\b", "her"), (r"\bhim\b", "her")):
        text = re.sub(a, b, text)
    return text


def render(style: str, secs: list[tuple[str, str]]) -> str:
    if style == "caps_headers":
        return "\n\n".join(f"{k.upper()}:\n{v}" for k, v in secs)
    if style == "title_headers":
        return "\n\n".join(f"{k.title()}\n{v}" for k, v in secs)
    if style == "dictated":
        return f"{secs[0][1]}.\n\n" + " ".join(
            (f"Diagnosis is {v.rstrip('.')}." if k == "Diagnosis" else v) for k, v in secs[1:])
    if style == "bullets":
        return f"{secs[0][1]}\n" + "\n".join(f"- {k}: {v}" for k, v in secs[1:])
    if style == "inline_fields":
        return "\n".join(f"{k}: {v}" for k, v in secs)
    if style == "odd_spacing":
        return "\n".join(f"{k.upper()} :   {v}\n" for k, v in secs).replace(". ", ".  ")
    body = "\n\n".join(f"{k}: {v}" for k, v in secs)
    return (body + "\n\nAttestation: I was present for and personally performed the entire procedure. This note was "
            "prepared with a documentation template and reviewed for accuracy.")


def _gold_spec(s) -> dict:
    fam = s["family"]
    p = {"family": fam, "laterality": s["side"], "levels": list(s["levels"]), "region": s["region"],
         "approach": s.get("approach"), "target": s.get("target"), "sedation": s["sed"],
         "imaging": s.get("imaging", "fluoroscopy" if fam in SPINE + ("si_joint_injection",) else None),
         "contrast": True if s.get("agent") else None, "intent": s.get("intent")}
    if fam in ("transforaminal_epidural", "interlaminar_epidural"):
        p["approach"] = s.get("approach", "transforaminal")
        p["intent"] = None
    if fam == "facet_injection":
        p["intent"] = "diagnostic"
        p["contrast"] = False if s["approach"] == "medial_branch" else None
    if fam == "facet_rfa":
        p["intent"] = "therapeutic"
    if fam in ("transforaminal_epidural", "interlaminar_epidural", "si_joint_injection"):
        p["views"] = 0 if s.get("omit") == "saved_images" else 2
    if fam == "trigger_point":
        p["muscles"] = s["muscles"]
    if fam == "occipital_nerve_block":
        p["imaging"] = "none"  # 'landmark-guided': no imaging
    if fam == "joint_injection":
        p["approach"] = None
        p["saved_images"] = s.get("saved", False)
    if s.get("diag_relief"):
        p["diag_relief"] = s["diag_relief"]
    if s.get("prior"):
        p["repeat"] = True
        p["prior_response"] = (s["prior"][0], s["prior"][1] * 30)
    if s["sed"] == "moderate":
        p["sedation_detail"] = {"agents": ["midazolam", "fentanyl"], "doses": True, "times": True, "observer": True,
                                "minutes": s["mins"], "justification": True, "by_proceduralist": True}
    drugs = [{"generic": g_, "dose": d} for g_, d, _ in s["drugs"]]
    if fam in SPINE + ("si_joint_injection",):
        drugs.append({"generic": "lidocaine", "dose": 30})
    if s.get("agent"):
        drugs.append({"generic": s["agent"][1], "dose": s["agent"][2], "dose_unit": "ml",
                      "strength": int(s["agent"][0].split()[-1])})
    if s["sed"] == "moderate":
        drugs += [{"generic": "midazolam", "dose": 2}, {"generic": "fentanyl", "dose": 0.05}]
    absent = [s["omit"]] if s.get("omit") else []
    return {"procedures": [p], "drugs": drugs, "date_of_service": s["dos"], "place_of_service": s["pos"],
            "absent": absent, "dx": {"code": s["dxc"]}, "relief": None}


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:
    g = G()
    order = list(STYLES) * 5
    g.rng.shuffle(order)
    for s, style in zip(SPECS, order):
        spec = _gold_spec(s)
        p = spec["procedures"][0]
        text = _female(render(style, _sections(s, g)))
        codes = goldkit.code_lines(spec)
        findings = goldkit.finding_elements(spec)
        drugs = goldkit.aggregate_drugs(spec["drugs"])
        fam = s["family"]
        if fam in ("transforaminal_epidural", "interlaminar_epidural"):
            need = minus(ESI_NEED, *(spec["absent"]))
        elif fam in SPINE + ("si_joint_injection",):
            need = minus(SPINE_NEED, *(spec["absent"]))
            if fam == "si_joint_injection":
                need = minus(need, "functional_impairment")
        else:
            need = ("diagnosis", "symptom_duration")
        gp = proc(fam, **{k: p[k] for k in ("approach", "target", "region", "laterality", "levels", "imaging", "contrast",
                                             "intent", "sedation")})
        add(f"fce-{s['nid']}", style, text, procs=[gp],
            drugs=[given(d["generic"], d["dose"], d["dose_unit"] or "mg") for d in drugs],
            pain=s["pain"], need=need, codes=codes, findings=findings, dos=s["dos"], pos=s["pos"],
            consent=s.get("omit") != "consent", complications="none")
