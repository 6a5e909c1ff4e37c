"""Notes of the sealed untuned batch bd: GENERATOR-STYLE notes from a small deterministic generator of our own
(fixed seed), a blind imitation of how generated notes are made, written without seeing any other pool.

Each note draws a procedure (family, region, side, levels, drugs with per-site or solution doses, imaging,
contrast, sedation) and renders it in one of seven styles (capitalised headers, title-case headers, dictated
paragraphs, bullets, inline fields, odd spacing, boilerplate attestation) from the phrasing pools below, which
hold at least six paraphrases for every documentation element. About 40% of the notes leave out one or two
elements and two are cut off mid-sentence; the gold is computed from what was drawn and rendered (never from
Painpoint) and was then checked note by note.
"""

from __future__ import annotations

import datetime as dt
import math
import random

SEED = 12_1212
STYLES = ("caps_headers", "title_headers", "dictated", "bullets", "inline_fields", "odd_spacing", "attestation")
NUM_WORDS = {4: "Four", 5: "Five", 6: "Six", 7: "Seven", 8: "Eight", 9: "Nine", 10: "Ten", 12: "Twelve",
             14: "Fourteen", 18: "Eighteen", 24: "Twenty-four"}

# ----------------------------------------------------------------------------------------------- phrasing pools
# Every pool is a list of str.format templates; `{}` keys come from the drawn procedure (see `_vars`).
DX = ["{dx} ({code}).", "{code}: {dx}.", "Working diagnosis is {dx_lc}, {code}.", "{dx} [ICD-10 {code}].",
      "Treating {dx_lc} ({code}).", "Assessment - {dx} / {code}.", "{dx}, ICD-10-CM {code}."]
RADIC = {
    "lumbar": ["{Side} leg pain radiating in a {root} pattern with paresthesias of the foot.",
               "Radiating pain from the buttock down the {sidel} leg to the {distal}, with numbness.",
               "Radic sx {sidel} LE: shooting pain + tingling to the {distal}; SLR positive at 45 deg.",
               "Describes an electric, burning pain traveling from the low back into the {sidel} leg, worse "
               "with sitting; straight-leg raise reproduces it.",
               "Exam: positive SLR, diminished light touch over the {root} dermatome, {sidel} side.",
               "Dermatomal {sidel} leg pain ({root}) with pins-and-needles below the knee.",
               "{Side}-sided {root} radicular symptoms - pain shoots to the {distal} with intermittent numbness."],
    "cervical": ["{Side} arm pain radiating in a {root} pattern with paresthesias of the hand.",
                 "Radiating pain from the neck down the {sidel} arm to the {distal}, with numbness.",
                 "Radic sx {sidel} UE: shooting pain + tingling to the {distal}; Spurling positive.",
                 "Describes an electric, burning pain traveling from the neck into the {sidel} arm, worse "
                 "looking up; Spurling maneuver reproduces it.",
                 "Exam: positive Spurling, diminished light touch over the {root} dermatome, {sidel} side.",
                 "Dermatomal {sidel} arm pain ({root}) with pins-and-needles in the fingers.",
                 "{Side}-sided {root} radicular symptoms - pain shoots to the {distal} with intermittent numbness."],
    "sacral": ["Both legs ache and feel heavy from the buttocks to the calves after walking a block; sitting "
               "relieves it.",
               "Neurogenic claudication: bilateral buttock and leg pain with standing and walking, eased by "
               "bending forward.",
               "Bilat LE pain/tingling w/ ambulation, relieved by flexion - classic claudicant pattern.",
               "Radiating pain into both legs below the knees with numbness of the feet after short walks.",
               "He must stop after about 200 feet because both legs go numb and heavy; leaning on a cart helps.",
               "Pain and paresthesias radiate down both legs into the calves when she stands in line."],
}
DUR = ["Symptoms x{n} mo.", "Present for about {n} months.", "This began roughly {n} months ago and has persisted.",
       "{Nw}-month history of this pain.", "Duration: {n} months.",
       "He dates the onset to {n} months ago, after {trigger}.", "Pain has been constant for the last {wk} weeks."]
CARE = ["Failed PT x{w}wk, NSAIDs.",
        "{w} weeks of physical therapy and a home exercise program did not relieve it; naproxen upset her stomach.",
        "Despite {w} weeks of supervised therapy and scheduled meloxicam, the pain persists.",
        "Conservative management over the past {cm} months (PT, chiropractic, acetaminophen) has been unsuccessful.",
        "Tried gabapentin (stopped for dizziness) and completed {w} wk of PT with no lasting benefit.",
        "No meaningful improvement after {visits} physical therapy visits plus activity modification.",
        "Has done the conservative route - therapy {w} weeks, anti-inflammatories - and is no better."]
FUNC = ["Unable to {act} for more than {mins} minutes.", "ADLs limited: cannot {act}.",
        "Function: difficulty with {acting}; sleep is disrupted.",
        "The pain keeps her from {acting}, and she has cut back her work hours.",
        "{scale} {odi}% today, reflecting marked disability.",
        "Walking tolerance is down to {blocks} blocks and he can no longer {act}.",
        "Reports functional decline - now needs help to {act}."]
IMG = {
    "lumbar": ["MRI: {lv} {sidel} foraminal stenosis with {root} root impingement.",
               "MRI lumbar spine shows a {lv} disc extrusion contacting the {root} nerve root.",
               "Recent MR imaging demonstrates {lv} disc herniation with lateral recess narrowing.",
               "Imaging: {lv} DDD, broad-based bulge, moderate foraminal narrowing.",
               "CT myelogram (MRI contraindicated, pacemaker) showed {lv} foraminal compromise.",
               "Per the MRI report there is {lv} spondylosis with foraminal stenosis abutting the exiting root."],
    "cervical": ["MRI: {lv} {sidel} foraminal stenosis with {root} root impingement.",
                 "MRI cervical spine shows a {lv} disc osteophyte complex contacting the {root} nerve root.",
                 "Recent MR imaging demonstrates {lv} disc herniation with foraminal narrowing.",
                 "Imaging: {lv} uncovertebral hypertrophy, moderate foraminal narrowing.",
                 "CT myelogram (MRI contraindicated, pacemaker) showed {lv} foraminal compromise.",
                 "Per the MRI report there is {lv} spondylosis with foraminal stenosis abutting the exiting root."],
    "sacral": ["MRI: severe central canal stenosis at {lv}.", "MRI lumbar spine shows multilevel stenosis, worst at {lv}.",
               "Recent MR imaging demonstrates ligamentum flavum hypertrophy and canal narrowing at {lv}.",
               "Imaging: {lv} spondylolisthesis with severe central stenosis.",
               "CT myelogram (MRI contraindicated, pacemaker) showed a high-grade block at {lv}.",
               "Per the MRI report there is {lv} degenerative stenosis with crowding of the cauda equina."],
}
PRIOR = ["Prior {pshort} gave {pct}% relief for {mo} months.",
         "Last injection ({ago} months ago) provided about {pct}% improvement lasting {mo} months; pain has now returned.",
         "Repeat procedure: the previous one relieved {pct}% of the pain for {mow} weeks.",
         "s/p {pshort} {ago} mo ago w/ {pct}% relief x {mo} mo.",
         "Did well after the earlier {pshort} - roughly {pct} percent better for {mo} months - and asks to repeat it.",
         "Response to the previous injection: {pct}% relief, sustained {mo} months, with better walking tolerance."]
REPEAT_NO_RESPONSE = ["This is a repeat {pshort}; the prior one helped some.", "Repeat {pshort} today, as before.",
                      "Second {pshort} in the series.", "Returns for a repeat of the {pshort} done earlier this year."]
DXBLOCK_RFA = ["Dual diagnostic MBBs: {p1}% and {p2}% relief.",
               "Two prior medial branch blocks with lidocaine and bupivacaine gave {p1}% and {p2}% relief, each for "
               "the expected duration.",
               "Confirmatory blocks positive: first {p1}%, second {p2}% reduction in index pain.",
               "MBB #1 ({p1}%) and MBB #2 ({p2}%) were both concordant.",
               "She had {p1} percent relief after the first set of medial branch blocks and {p2} percent after the "
               "second.",
               "Diagnostic block history: 2 sets of MBBs, {p1}%/{p2}% pain relief."]
PRIOR_RFA = ["Prior RFA at these levels {ago} months ago gave {pct}% relief for {mo} months.",
             "s/p radiofrequency ablation {ago} mo ago, {pct}% better x {mo} mo, now recurrent.",
             "The last neurotomy relieved about {pct} percent of the pain for {mo} months before it wore off.",
             "Repeat ablation: previous RF lesioning provided {pct}% relief lasting {mo} months.",
             "Response to prior RFA: {pct}% improvement sustained {mo} months.",
             "Her earlier rhizotomy ({ago} months ago) worked well - {pct}% relief for {mo} months."]
DXBLOCK_SI = ["Prior diagnostic SI joint block: {p1}% relief.",
              "A diagnostic {sidel} SI injection with local anesthetic produced {p1}% pain relief during the "
              "anesthetic phase.",
              "Dx SIJ block {ago} mo ago - {p1}% relief.",
              "Her earlier diagnostic block of this joint relieved about {p1} percent of the pain.",
              "Diagnostic intra-articular SI block was positive ({p1}% relief).",
              "Positive diagnostic SIJ injection previously, {p1}% reduction in pain."]
PRE = ["Pre-procedure pain {pre}/10.", "Pain before: {pre}/10 NRS.", "NRS {pre}/10 on arrival.",
       "She rated her pain {pre} out of 10 before we started.", "Baseline pain prior to the injection was {pre}/10.",
       "Pre: {pre}/10.", "Pain score pre-injection {pre}/10."]
POST = ["Post-procedure pain {post}/10.", "Pain after: {post}/10.", "At discharge pain was {post}/10.",
        "She reported {post} out of 10 fifteen minutes after the injection.", "Post: {post}/10.",
        "Pain score following the procedure: {post}/10.", "Post-injection NRS {post}/10."]
RELIEF = ["{pct}% relief.", "Approximately {pct}% improvement in the index pain.",
          "She estimated {pct} percent relief immediately afterward.", "Relief: {pct}%.",
          "That is roughly {pct}% pain reduction.", "Immediate response {pct}% better."]
CONSENT = ["Informed consent obtained.",
           "Risks, benefits and alternatives were discussed and written consent was signed.",
           "Consent: signed, on chart.",
           "Pt consented after discussion of bleeding, infection, nerve injury and headache.",
           "Verbal and written consent were obtained; all questions answered.",
           "Consent form reviewed and signed by the patient."]
TIMEOUT = ["Time-out performed.", "Universal protocol followed, including a pause to confirm patient, side and site.",
           "A time out was called before the skin was prepped.", "Pre-procedure pause (time-out) completed with staff.",
           "Site verified and time-out completed with the team.",
           "The team paused to verify identity, procedure, laterality and site before the needle was placed.",
           "Timeout: yes."]
SED_NONE = ["No sedation.", "Sedation: none; the patient remained awake and conversant.",
            "No anxiolytics or IV sedatives were given.", "Awake procedure, no sedation requested.",
            "Sedation was not used.", "She declined sedation."]
SED_MOD = ["Moderate sedation administered by me: midazolam {mz} mg IV in divided doses, start {t0}, stop {t1} "
           "({mins} min intraservice).{obs} Sedation was needed for {just}.",
           "I provided moderate (conscious) sedation with Versed {mz} mg IV; sedation began {t0} and ended {t1}, "
           "{mins} minutes.{obs} Indication for sedation: {just}.",
           "Sedation: moderate, by the proceduralist. Midazolam {mz} mg IV. Start {t0} / end {t1} ({mins} min).{obs} "
           "Reason: {just}.",
           "Because of {just}, I gave midazolam {mz} mg IV for moderate sedation from {t0} to {t1} ({mins} minutes).{obs}",
           "Moderate sedation (midazolam {mz} mg IV, titrated) was given by me, {t0}-{t1}, total {mins} min.{obs} "
           "Justification: {just}.",
           "Conscious sedation by the performing physician: midazolam {mz} mg. Times {t0} to {t1} = {mins} min.{obs} "
           "Needed due to {just}."]
OBSERVER = [" An RN independent observer monitored the patient throughout.",
            " The circulating nurse served as the independent trained observer.",
            " Continuous monitoring by an independent RN observer.",
            " Independent observer: RN, present for the whole sedation.",
            " A registered nurse with no other duties monitored vitals and consciousness.",
            " Monitoring was done by a separate trained observer (RN)."]
JUST = ["severe procedural anxiety", "inability to lie prone without it", "a prior vasovagal reaction",
        "marked anxiety and claustrophobia", "severe spasm when positioned prone", "needle phobia"]
GUIDE_FL = ["Fluoroscopy was used throughout.", "Guidance: fluoroscopy.", "C-arm guidance.",
            "Image guidance with live fluoroscopy.", "Under intermittent fluoroscopic imaging the needle was advanced.",
            "Fluoro-guided."]
GUIDE_US = ["Ultrasound guidance was used.", "Guidance: US, linear probe.", "Real-time sonographic guidance.",
            "US-guided, in-plane technique.",
            "The needle was followed in plane with a high-frequency ultrasound transducer.", "Sono guidance."]
IMAGES_FL = ["AP and lateral images saved.", "Two fluoroscopic views were stored to PACS.",
             "Permanent images: AP + oblique.", "Images archived in AP and contralateral oblique projections.",
             "Representative AP and lateral spot films retained in the record.", "Saved views x2 (AP, lateral)."]
IMAGES_FL_SHORT = ["Images saved.", "An image was saved.", "One spot image stored.", "Fluoro image archived."]
IMAGES_US = ["An image of the needle at the target was saved.", "Permanent ultrasound image stored to PACS.",
             "US image with needle in view retained in the chart.", "Still image saved showing needle tip.",
             "Ultrasound image archived.", "One annotated sonographic image was recorded and saved."]
CONTRAST = ["{ml} mL {agent} confirmed {pattern} spread without vascular uptake.",
            "Contrast ({agent}, {ml} mL) showed {pattern} flow; no intravascular uptake.",
            "After negative aspiration, {agent} {ml} mL was injected under live fluoro with {pattern} flow.",
            "{pattern_cap} contrast flow with {ml} cc {agent}.",
            "{agent} x {ml} mL: {pattern} flow, no vascular runoff.",
            "Injected {ml} mL of contrast ({agent}) to confirm needle position; {pattern} pattern seen."]
CX = ["No complications.", "Complications: none.", "There were no immediate complications; discharged home ambulatory.",
      "No cx.", "The patient tolerated the procedure without complication.",
      "No adverse events or complications were observed during recovery.", "Complications - none apparent."]
NEEDLE = ["A {g} g spinal needle was advanced to {tp}.", "{g} g needle placed at {tp}.",
          "We targeted {tp}; final position was confirmed before injecting.",
          "After sterile prep and drape, {tp} was reached with a {g}-gauge needle.", "Needle to {tp}.",
          "The needle was walked to {tp} without paresthesia."]
RF_LESION = ["Sensory 50 Hz concordant below 0.6 V, motor 2 Hz without leg twitch; lesions at 80 C for 90 s each.",
             "Thermal RF lesioning at 85 degrees C x 90 seconds per nerve after sensory/motor testing.",
             "Conventional (thermal) radiofrequency lesions, 80 C for 2 minutes at each cannula.",
             "After motor stimulation was negative, each nerve was heated to 82 C for 90 sec.",
             "RF: 18 g 10 mm active tip cannulas, lesions 80 degrees C x 90 s.",
             "Heat lesions were made at 85 C for 75 seconds, two per nerve."]
SINGLE_DRUG = ["{drugs} injected.", "Injectate: {drugs}.", "We injected {drugs}.",
               "Medications: {drugs}, after negative aspiration.", "{drugs} was slowly instilled.",
               "Administered {drugs}."]
PER_SITE = ["At each {site}, {each} was injected ({n} {sites} total).", "{each} per {site} x {n} {sites}.",
            "{each} at each of the {n} {sites}.", "Each of the {n} {sites} received {each}.",
            "Injectate per {site}: {each} ({n} {sites}).", "{n} {sites}, {each} at every one."]
SOLUTION = ["A mixture of {mix} was prepared; {v} mL was injected at each of the {n} {sites}.",
            "Solution: {mix} ({tot} mL), divided equally among the {n} {sites}.",
            "{mix} were drawn up together and {v} mL placed at each {site} ({n} {sites}).",
            "We mixed {mix}; {v} mL of this went to each of the {n} {sites}.",
            "Injectate ({tot} mL total) = {mix}, split evenly between the {n} {sites}.",
            "Combined {mix}; {v} mL per {site} at the {n} {sites}."]
ATTEST = ["I personally performed the procedure and was present for its entirety. This note was dictated with "
          "voice recognition software and may contain transcription errors.",
          "Attestation: the attending physician performed all critical portions of the procedure and reviewed this "
          "documentation. Electronically signed.",
          "I attest that I was physically present and directly performed the key and critical portions of this "
          "service. The patient was identified using two identifiers.",
          "Provider attestation: the above procedure was personally performed by me; findings and plan reviewed "
          "with the patient in plain language. Electronically authenticated."]

# ---------------------------------------------------------------------------------------------- drug catalogue
# generic id, written names, mg per mL (strength the note writes)
STEROIDS = {
    "tri": ("triamcinolone_acetonide", ["triamcinolone", "Kenalog", "Kenalog-40"], 40, "J3301", 10),
    "mp": ("methylprednisolone_acetate", ["methylprednisolone", "Depo-Medrol"], 40, "J1010", 1),
    "dex": ("dexamethasone_sodium_phosphate", ["dexamethasone", "Decadron"], 10, "J1100", 1),
    "beta": ("betamethasone_sodium_phosphate_acetate", ["betamethasone", "Celestone Soluspan"], 6, "J0702", 6),
}
LOCALS = {
    "lido": ("lidocaine", ["lidocaine", "Xylocaine"], (1.0, 2.0)),
    "bupi": ("bupivacaine", ["bupivacaine", "Marcaine", "Sensorcaine"], (0.25, 0.5)),
    "ropi": ("ropivacaine", ["ropivacaine", "Naropin"], (0.2, 0.5)),
}
CONTRASTS = [("iohexol", "Omnipaque 240", "Q9966"), ("iohexol", "Omnipaque 300", "Q9967"),
             ("iopamidol", "Isovue-M 200", "Q9966"), ("iopamidol", "Isovue-M 300", "Q9967")]

# --------------------------------------------------------------------------------------------------- the plan
# (family key, region, side, number of levels, repeat) in real-practice proportions: ESI 9, facet 7, SI 3, rest 11.
PLAN = [
    ("tfesi", "lumbar", "right", 1, True), ("tfesi", "lumbar", "left", 2, False), ("tfesi", "lumbar", "bilateral", 1, False),
    ("tfesi", "cervical", "left", 1, False), ("tfesi", "lumbar", "right", 3, True),
    ("ilesi", "lumbar", None, 1, True), ("ilesi", "cervical", None, 1, False),
    ("caudal", "sacral", None, 0, False), ("caudal", "sacral", None, 0, True),
    ("mbb", "lumbar", "bilateral", 2, False), ("mbb", "cervical", "right", 2, False), ("mbb", "lumbar", "left", 3, False),
    ("facetia", "lumbar", "right", 1, False),
    ("rfa", "lumbar", "right", 2, False), ("rfa", "lumbar", "bilateral", 1, False), ("rfa", "cervical", "left", 2, True),
    ("sij", "sacroiliac", "right", 0, False), ("sij", "sacroiliac", "left", 0, False),
    ("sij", "sacroiliac", "bilateral", 0, False),
    ("tpi", "lumbar", None, 0, False), ("tpi", "cervical", None, 0, False),
    ("knee", "knee", "left", 0, False), ("knee", "knee", "right", 0, False), ("hip", "hip", "right", 0, False),
    ("genb", "knee", "right", 0, False), ("onb", "occipital", "left", 0, False), ("onb", "occipital", "bilateral", 0, False),
    ("stellate", "cervical", "left", 0, False), ("lsb", "lumbar", "left", 0, False), ("impar", "sacral", None, 0, False),
]
LUMBAR_JOINTS = ["L2-L3", "L3-L4", "L4-L5", "L5-S1"]
CERVICAL_JOINTS = ["C3-C4", "C4-C5", "C5-C6", "C6-C7"]
ESI_FAMS = ("tfesi", "ilesi", "caudal")
# gaps the generator always makes (besides the drawn ones): a repeat epidural whose earlier response is not
# quantified, and proceduralist sedation without an independent observer
FORCED = {0: {"prior"}, 1: {"sed"}}
# documentation elements each family may leave out (the requirement exists for it, so the gap is a finding)
OMITTABLE = {
    "tfesi": ["dur", "care", "func", "img", "ind", "pre", "post", "consent", "timeout", "cx", "images", "contrast"],
    "facet": ["dur", "care", "func", "pre", "post", "consent", "timeout", "cx"],
    "sij": ["dur", "care", "pre", "post", "consent", "timeout", "cx", "images", "contrast", "relief", "dxblock"],
    "tpi": ["ind", "pre", "post", "relief", "consent", "timeout", "cx"],
    "other": ["pre", "post", "consent", "timeout", "cx"],
}
ELEMENT = {"dur": "symptom_duration", "care": "conservative_care", "func": "functional_impairment",
           "img": "imaging_findings", "ind": "indication", "prior": "prior_procedure_response",
           "dxblock": "diagnostic_block_relief", "pre": "pre_procedure_pain_score",
           "post": "post_procedure_pain_score", "consent": "consent", "timeout": "time_out", "cx": "complications",
           "images": "saved_images", "contrast": "contrast", "relief": "percent_relief", "sed": "sedation_details"}
NEED_KEY = {"dur": "symptom_duration", "care": "conservative_care", "func": "functional_impairment",
            "img": "imaging_findings", "ind": "radicular_findings"}


def _short(lv: str) -> str:
    """A level as notes write it: 'L4-5', 'L4/5', 'L5-S1' or 'L4-L5' (still grounded by the corpus test)."""
    a, b = lv.split("-")
    return {0: lv, 1: f"{a}-{b[1:]}" if a[0] == b[0] else lv, 2: f"{a}/{b[1:]}" if a[0] == b[0] else f"{a}/{b}"}


def _fmt(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


class Note:
    """One drawn procedure plus the rendered items; `present` records which elements made it into the text."""

    def __init__(self, rng: random.Random, idx: int, plan: tuple, style: str, omit: set, trunc: bool):
        self.rng, self.idx, self.style, self.omit, self.trunc = rng, idx, style, omit, trunc
        self.key, self.region, self.side, self.nlev, self.repeat = plan
        self.items: list[tuple[str, str, str]] = []  # (section, element, sentence)
        self.drugs: dict[str, list] = {}  # generic -> [dose, unit]
        self.codes: list = []
        self.v: dict = {}

    # --- drawing helpers
    def pick(self, pool: list[str], **kw) -> str:
        return self.rng.choice(pool).format(**{**self.v, **kw})

    def give(self, generic: str, dose: float, unit: str = "mg") -> None:
        cur = self.drugs.setdefault(generic, [0.0, unit])
        cur[0] += dose

    def add(self, section: str, element: str, text: str) -> None:
        if element not in self.omit:
            self.items.append((section, element, text))


def _sidewords(side: str | None) -> dict:
    if side is None:
        return {"Side": "", "sidel": "", "side_t": ""}
    return {"Side": side.capitalize(), "sidel": side, "side_t": side}


def _injectate(n: Note, steroid: str | None, st_site_mg: float, local: str | None, la_site_ml: float,
               la_pct: float, nsites: int, site: str, sites: str, saline_ml: float = 0) -> str:
    """Render the drugs (per-site, solution or single) and add their gold totals."""
    rng = n.rng
    parts, mix = [], []
    if steroid:
        gen, names, conc, _, _ = STEROIDS[steroid]
        name = rng.choice(names)
        st_ml = st_site_mg / conc
        n.give(gen, st_site_mg * nsites)
        parts.append(rng.choice([f"{name} {_fmt(st_site_mg)} mg ({_fmt(st_ml)} mL)", f"{_fmt(st_site_mg)} mg of {name}",
                                 f"{_fmt(st_ml)} mL of {name} {conc} mg/mL"]))
        mix.append(f"{_fmt(st_ml * nsites)} mL {name} {conc} mg/mL")
    if local:
        gen, names, _ = LOCALS[local]
        name = rng.choice(names)
        n.give(gen, la_site_ml * la_pct * 10 * nsites)
        parts.append(f"{_fmt(la_site_ml)} mL of {_fmt(la_pct)}% {name}")
        mix.append(f"{_fmt(la_site_ml * nsites)} mL {_fmt(la_pct)}% {name}")
    if saline_ml:
        parts.append(f"{_fmt(saline_ml)} mL preservative-free saline")
        mix.append(f"{_fmt(saline_ml * nsites)} mL saline")
    each = " with ".join(parts) if len(parts) == 2 else ", ".join(parts[:-1]) + " and " + parts[-1] if len(parts) > 2 else parts[0]
    if nsites == 1:
        return n.pick(SINGLE_DRUG, drugs=each)
    if len(mix) > 1 and rng.random() < 0.5:
        v = (st_site_mg / STEROIDS[steroid][2] if steroid else 0) + (la_site_ml if local else 0) + saline_ml
        return n.pick(SOLUTION, mix=" and ".join(mix), v=_fmt(v), tot=_fmt(v * nsites), n=nsites, site=site, sites=sites)
    return n.pick(PER_SITE, each=each, n=nsites, site=site, sites=sites)


def _contrast(n: Note, ml: float, pattern: str) -> None:
    gen, agent, q = n.rng.choice(CONTRASTS)
    if "contrast" in n.omit:
        return
    n.give(gen, ml, "ml")
    n.contrast_q = (q, ml)
    n.add("proc", "contrast", n.pick(CONTRAST, ml=_fmt(ml), agent=agent, pattern=pattern,
                                     pattern_cap=pattern.capitalize()))


def draw(rng: random.Random, idx: int, plan: tuple, style: str, omit: set, trunc: bool) -> Note:
    """Draw one procedure and its documentation items (the gold facts are set alongside)."""
    n = Note(rng, idx, plan, style, omit, trunc)
    n.contrast_q = None
    n.sedation = None
    key, side = n.key, n.side
    months = rng.choice([4, 5, 6, 7, 8, 9, 10, 12, 14, 18, 24])
    w = rng.choice([6, 8, 10, 12, 16])
    acts = {"cervical": [("drive and turn to check the blind spot", "driving"), ("work at a computer", "keyboard work"),
                         ("lift a laundry basket", "lifting laundry")],
            "lumbar": [("stand at the sink to wash dishes", "standing to cook"), ("vacuum", "vacuuming"),
                       ("carry groceries", "carrying groceries"), ("walk the dog", "walking the dog")]}
    act, acting = rng.choice(acts["cervical" if n.region in ("cervical", "occipital") else "lumbar"])
    n.v = {**_sidewords(side), "n": months, "Nw": NUM_WORDS.get(months, str(months)), "wk": months * 4,
           "trigger": rng.choice(["lifting a suitcase", "a fall on ice", "a long drive", "moving furniture"]),
           "w": w, "cm": max(2, w // 4), "visits": w * 3 if w * 3 <= 36 else 36, "act": act, "acting": acting,
           "mins": rng.choice([10, 15, 20]), "odi": rng.choice([38, 42, 46, 52]), "blocks": rng.choice([2, 3, 4]),
           "scale": "Neck Disability Index" if n.region == "cervical" else "Oswestry Disability Index"}
    if n.v["visits"] == 36:
        n.v["w"] = 12
    pre = rng.choice([5, 6, 7, 8, 9])
    post = rng.choice([0, 1, 2, 3]) if pre >= 6 else rng.choice([1, 2])
    n.pre, n.post = pre, post
    n.v.update(pre=pre, post=post, pct=int(round((pre - post) / pre * 100 / 5) * 5))
    n.pain_pct = n.v["pct"]
    n.proc = {"family": None}
    {"tfesi": _tfesi, "ilesi": _ilesi, "caudal": _caudal, "mbb": _facet, "facetia": _facet, "rfa": _facet,
     "sij": _sij, "tpi": _tpi, "knee": _joint, "hip": _joint, "genb": _genb, "onb": _onb, "stellate": _symp,
     "lsb": _symp, "impar": _symp}[key](n)
    return n


def _spine_history(n: Note, region_key: str, root: str, lv_text: str, esi: bool) -> None:
    """History items of a spinal note: indication, duration, care, function, imaging (ESI), prior response."""
    n.v.update(root=root, lv=lv_text)
    if esi:
        n.v["distal"] = {"lumbar": n.rng.choice(["lateral foot", "great toe", "dorsum of the foot"]),
                         "cervical": n.rng.choice(["thumb", "index finger", "middle finger"]), "sacral": "feet"}[region_key]
        n.add("hx", "ind", n.pick(RADIC[region_key]))
    n.add("hx", "dur", n.pick(DUR))
    n.add("hx", "care", n.pick(CARE))
    n.add("hx", "func", n.pick(FUNC))
    if esi:
        n.add("hx", "img", n.pick(IMG[region_key]))


def _prior_esi(n: Note) -> None:
    if not n.repeat:
        return
    n.v.update(pshort=n.pshort, mo=n.rng.choice([3, 4, 5]))
    n.v["ago"] = n.v["mo"] + n.rng.choice([1, 2, 3])
    n.v["mow"] = n.v["mo"] * 4 + 2
    n.v["pct"] = n.rng.choice([50, 60, 70, 75, 80])
    if "prior" in n.omit:
        n.items.append(("hx", "repeat", n.pick(REPEAT_NO_RESPONSE)))
    else:
        n.items.append(("hx", "prior", n.pick(PRIOR)))
    n.v["pct"] = n.pain_pct


def _common_pre(n: Note) -> None:
    n.add("pre", "pre", n.pick(PRE))
    n.add("pre", "consent", n.pick(CONSENT))
    n.add("pre", "timeout", n.pick(TIMEOUT))
    if n.sed_kind == "moderate":
        t0h, t0m = n.rng.choice([(8, 5), (9, 40), (10, 12), (13, 25), (14, 50)])
        mins = n.rng.choice([12, 15, 18, 20])
        t1 = dt.datetime(2000, 1, 1, t0h, t0m) + dt.timedelta(minutes=mins)
        mz = n.rng.choice([1, 2, 3])
        obs = "" if "sed" in n.omit else n.rng.choice(OBSERVER)
        n.items.append(("pre", "sed", n.pick(SED_MOD, mz=mz, t0=f"{t0h:02d}:{t0m:02d}", t1=t1.strftime("%H:%M"),
                                              mins=mins, obs=obs, just=n.rng.choice(JUST))))
        n.give("midazolam", mz)
        n.sedation = "moderate"
        if "sed" not in n.omit:
            n.codes.append(("99152",))
    elif n.sed_kind == "none":
        n.items.append(("pre", "sed", n.pick(SED_NONE)))
        n.sedation = "none"


def _common_post(n: Note, relief: bool = False) -> None:
    n.add("post", "post", n.pick(POST))
    if relief:
        n.add("post", "relief", n.pick(RELIEF))
    n.add("post", "cx", n.pick(CX))


def _mods(side: str | None) -> tuple:
    return {"right": ("RT",), "left": ("LT",), "bilateral": ("50",), None: ()}[side]


def _levels(n: Note, joints: list[str]) -> list[str]:
    """Consecutive joints ending low (most practice is at the bottom of the spine)."""
    k = n.nlev
    start = n.rng.choice(range(max(0, len(joints) - k - 1), len(joints) - k + 1))
    return joints[start:start + k]


def _lvtext(n: Note, levels: list[str]) -> list[str]:
    form = n.rng.choice([0, 1, 2])
    return [_short(lv)[form] for lv in levels]


def _join(xs: list[str]) -> str:
    return xs[0] if len(xs) == 1 else ", ".join(xs[:-1]) + " and " + xs[-1]


def _tfesi(n: Note) -> None:
    rng = n.rng
    joints = LUMBAR_JOINTS if n.region == "lumbar" else CERVICAL_JOINTS
    levels = _levels(n, joints)
    lvt = _lvtext(n, levels)
    root = (levels[-1].split("-")[0] if n.region == "lumbar" else "C" + str(int(levels[-1].split("-")[1][1:])))
    n.pshort = rng.choice(["TFESI", "transforaminal epidural", "nerve root injection"])
    n.sed_kind = "moderate" if n.idx == 1 else rng.choice(["none", None])
    side_w = {"bilateral": rng.choice(["bilateral", "B/L"]), "right": "right", "left": "left"}[n.side]
    title = rng.choice([f"{side_w.capitalize() if side_w != 'B/L' else side_w} {n.region} transforaminal epidural "
                        f"steroid injection at {_join(lvt)}",
                        f"TFESI, {side_w}, {_join(lvt)}",
                        f"{n.region.capitalize()} transforaminal ESI ({side_w} {_join(lvt)} foramina)"])
    n.title = title
    _spine_history(n, n.region, root, _join(lvt), True)
    _prior_esi(n)
    _common_pre(n)
    n.add("proc", "guide", n.pick(GUIDE_FL))
    tp = f"the {n.v['sidel'] if n.side != 'bilateral' else 'right and left'} {_join(lvt)} neural foram" + \
         ("ina" if len(levels) > 1 or n.side == "bilateral" else "en") + rng.choice(["", " (safe triangle)", ", subpedicular"])
    n.add("proc", "approach", n.pick(NEEDLE, g=rng.choice([22, 25]), tp=tp))
    _contrast(n, rng.choice([1, 2]), "epidural")
    nsites = len(levels) * (2 if n.side == "bilateral" else 1)
    st = rng.choice(["dex", "tri", "beta", "mp"]) if n.region == "lumbar" else "dex"
    st_mg = {"dex": 10 if nsites == 1 else 5, "tri": 40 if nsites == 1 else 20, "beta": 6,
             "mp": 40 if nsites == 1 else 20}[st]
    la = rng.choice(["lido", "bupi", "ropi"])
    n.add("proc", "drugs", _injectate(n, st, st_mg, la, 1, LOCALS[la][2][0], nsites, "level" if n.side != "bilateral"
                                      else "site", "levels" if n.side != "bilateral" else "sites"))
    _images(n)
    _common_post(n)
    fam = "transforaminal_epidural"
    base, addon = ("64483", "64484") if n.region == "lumbar" else ("64479", "64480")
    n.codes += [(base, *_mods(n.side))] + ([(addon, *_mods(n.side), len(levels) - 1)] if len(levels) > 1 else [])
    n.gold_proc = dict(family=fam, approach="transforaminal", region=n.region, laterality=n.side, levels=levels,
                       imaging="fluoroscopy", intent="therapeutic")
    n.level_limit = len(levels) > 2


def _images(n: Note) -> None:
    if "images" in n.omit:
        if n.rng.random() < 0.5:
            n.items.append(("proc", "images_short", n.pick(IMAGES_FL_SHORT)))
        return
    n.add("proc", "images", n.pick(IMAGES_FL))


def _ilesi(n: Note) -> None:
    rng = n.rng
    lv = rng.choice(["L4-L5", "L5-S1", "L3-L4"] if n.region == "lumbar" else ["C6-C7", "C7-T1", "C5-C6"])
    if lv == "C7-T1":
        lv = "C6-C7"
    lvt = _lvtext(n, [lv])[0]
    n.pshort = rng.choice(["epidural", "ESI", "interlaminar epidural"])
    n.sed_kind = rng.choice(["none", None, "none"])
    n.title = rng.choice([f"{n.region.capitalize()} interlaminar epidural steroid injection, {lvt}",
                          f"ILESI {lvt}, midline, fluoroscopic", f"Interlaminar ESI at {lvt} ({n.region})"])
    n.v.update(_sidewords(rng.choice(["right", "left"])))
    root = "L5" if n.region == "lumbar" else "C7"
    _spine_history(n, n.region, root, lvt, True)
    _prior_esi(n)
    _common_pre(n)
    n.add("proc", "guide", n.pick(GUIDE_FL))
    n.add("proc", "approach", n.pick(NEEDLE, g=rng.choice([18, 20]),
                                     tp=f"the {lvt} interlaminar epidural space (Tuohy, loss of resistance to saline)"))
    _contrast(n, rng.choice([1, 2, 3]), "epidural")
    st = rng.choice(["tri", "mp", "dex", "beta"])
    st_mg = {"tri": rng.choice([40, 80]), "mp": 80, "dex": 10, "beta": 12}[st]
    n.add("proc", "drugs", _injectate(n, st, st_mg, rng.choice([None, "lido"]), 2, 1, 1, "", "", saline_ml=rng.choice([0, 2])))
    _images(n)
    _common_post(n)
    n.codes.append(("62323" if n.region == "lumbar" else "62321",))
    n.gold_proc = dict(family="interlaminar_epidural", approach="interlaminar", region=n.region, levels=[lv],
                       imaging="fluoroscopy", intent="therapeutic")


def _caudal(n: Note) -> None:
    rng = n.rng
    lv = rng.choice(["L4-5", "L3-4"])
    n.pshort = rng.choice(["caudal", "caudal epidural", "epidural"])
    n.sed_kind = "moderate" if n.repeat else "none"
    n.title = rng.choice(["Caudal epidural steroid injection", "Caudal ESI under fluoroscopy",
                          "Epidural steroid injection, caudal (sacral hiatus) approach"])
    n.v.update(_sidewords("bilateral"))
    _spine_history(n, "sacral", "", lv, True)
    _prior_esi(n)
    _common_pre(n)
    n.add("proc", "guide", n.pick(GUIDE_FL))
    n.add("proc", "approach", n.pick(NEEDLE, g=20, tp="the sacral hiatus, entering the caudal epidural canal"))
    _contrast(n, rng.choice([3, 4, 5]), "epidural")
    st = rng.choice(["tri", "mp", "dex"])
    st_mg = {"tri": 80, "mp": 80, "dex": 10}[st]
    n.add("proc", "drugs", _injectate(n, st, st_mg, "bupi", 4, 0.25, 1, "", "", saline_ml=rng.choice([0, 4])))
    _images(n)
    _common_post(n)
    n.codes.append(("62323",))
    n.gold_proc = dict(family="interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy",
                       intent="therapeutic")


def _nerves(levels: list[str]) -> list[str]:
    """Medial branches that supply the joints (L5-S1 takes the L4 MB and the L5 dorsal ramus)."""
    tops = [lv.split("-")[0] for lv in levels]
    out = [f"{lv[0]}{int(lv[1:]) - 1}" if lv[0] == "L" else lv for lv in tops]
    last = tops[-1]
    out.append(f"{last[0]}{int(last[1:])}" if last[0] == "L" else levels[-1].split("-")[1])
    if out[-1] == "L5":
        out[-1] = "L5 dorsal ramus"
    return out


def _facet(n: Note) -> None:
    rng = n.rng
    joints = LUMBAR_JOINTS if n.region == "lumbar" else CERVICAL_JOINTS
    levels = _levels(n, joints)
    lvt = _lvtext(n, levels)
    sides = 2 if n.side == "bilateral" else 1
    side_w = "bilateral" if n.side == "bilateral" else n.side
    n.sed_kind = "moderate" if (n.key == "rfa" and n.idx % 2 == 0) else rng.choice(["none", None])
    nerves = _nerves(levels) if n.region == "lumbar" else [f"C{int(lv.split('-')[0][1:])}" for lv in levels] + \
        [f"C{int(levels[-1].split('-')[1][1:])}"]
    mb = (f"{_join(nerves[:-1])} medial branch" + ("es" if len(nerves) > 2 else "") + " and the L5 dorsal ramus"
          if "ramus" in nerves[-1] else f"{_join(nerves)} medial branches")
    if n.key == "mbb":
        n.title = rng.choice([f"Diagnostic {side_w} {n.region} medial branch block, {_join(lvt)} facet joints",
                              f"{side_w.capitalize()} {_join(lvt)} MBB (diagnostic)",
                              f"Medial branch nerve blocks, {side_w}, {n.region} {_join(lvt)} - diagnostic"])
    elif n.key == "facetia":
        n.title = rng.choice([f"Diagnostic {side_w} {_join(lvt)} intra-articular facet joint injection",
                              f"{side_w.capitalize()} {_join(lvt)} facet joint injection (intra-articular, diagnostic)"])
    else:
        n.title = rng.choice([f"{side_w.capitalize()} {n.region} radiofrequency ablation, {_join(lvt)} facet joints",
                              f"RFA {side_w} {_join(lvt)} (medial branch neurotomy)",
                              f"{n.region.capitalize()} medial branch radiofrequency neurotomy, {side_w}, {_join(lvt)}"])
    _spine_history(n, n.region, "", _join(lvt), False)
    if n.key == "rfa":
        n.v.update(p1=rng.choice([80, 85, 90, 95]), p2=rng.choice([80, 85, 90]), mo=rng.choice([6, 7, 8, 9]),
                   pct=rng.choice([60, 70, 75, 80]))
        n.v["ago"] = n.v["mo"] + rng.choice([1, 2, 3])
        if n.repeat:
            n.add("hx", "prior", n.pick(PRIOR_RFA))
        else:
            n.add("hx", "dxblock", n.pick(DXBLOCK_RFA))
        n.v["pct"] = n.pain_pct
    _common_pre(n)
    n.add("proc", "guide", n.pick(GUIDE_FL))
    where = "right and left" if n.side == "bilateral" else n.side
    if n.key == "facetia":
        tp = f"the {where} {_join(lvt)} facet joint" + ("s" if len(levels) > 1 else "") + ", entering the joint capsule"
        n.add("proc", "approach", n.pick(NEEDLE, g=22, tp=tp))
        nsites = len(levels) * sides
        n.add("proc", "drugs", _injectate(n, None, 0, "bupi", 0.5, 0.5, nsites, "joint", "joints"))
    else:
        tp = f"the {where} {mb} ({_join(lvt)})"
        n.add("proc", "approach", n.pick(NEEDLE, g=22 if n.key == "mbb" else 18, tp=tp))
        if n.key == "rfa":
            n.items.append(("proc", "approach_rf", n.pick(RF_LESION)))
        nsites = len(nerves) * sides
        la = rng.choice(["bupi", "lido"]) if n.key == "mbb" else "lido"
        ml, pct = (0.5, {"bupi": 0.5, "lido": 2.0}[la]) if n.key == "mbb" else (1, 2.0)
        n.add("proc", "drugs", _injectate(n, None, 0, la, ml, pct, nsites, "nerve", "nerves"))
    _common_post(n)
    m = _mods(n.side)
    if n.key in ("mbb", "facetia"):
        base, add2, add3 = ("64493", "64494", "64495") if n.region == "lumbar" else ("64490", "64491", "64492")
        n.codes += [(base, *m, "KX")] + ([(add2, *m, "KX")] if len(levels) > 1 else []) + \
            ([(add3, *m, "KX")] if len(levels) > 2 else [])
        n.gold_proc = dict(family="facet_injection", approach="medial_branch" if n.key == "mbb" else "intra_articular",
                           region=n.region, laterality=n.side, levels=levels, imaging="fluoroscopy", intent="diagnostic")
    else:
        base, addon = ("64635", "64636") if n.region == "lumbar" else ("64633", "64634")
        n.codes += [(base, *m)] + ([(addon, *m, len(levels) - 1)] if len(levels) > 1 else [])
        n.gold_proc = dict(family="facet_rfa", approach="medial_branch", region=n.region, laterality=n.side,
                           levels=levels, imaging="fluoroscopy", intent="therapeutic")
    n.level_limit = len(levels) > 2


def _sij(n: Note) -> None:
    rng = n.rng
    n.sed_kind = rng.choice(["none", None])
    side_w = n.side
    n.title = rng.choice([f"Therapeutic {side_w} sacroiliac joint injection under fluoroscopy",
                          f"{side_w.capitalize()} SI joint injection (therapeutic)",
                          f"SIJ injection, {side_w}, therapeutic, fluoroscopic guidance"])
    n.add("hx", "ind", rng.choice([f"{n.v['Side']} buttock pain below the PSIS with positive thigh thrust, FABER and "
                                   "compression tests.", f"Pain over the {side_w} SI joint(s), 3 of 5 provocative tests "
                                   "positive.", f"{n.v['Side']} sacroiliac region pain, worse rising from a chair; "
                                   "Gaenslen and distraction positive."]))
    n.add("hx", "dur", n.pick(DUR))
    n.add("hx", "care", n.pick(CARE))
    n.add("hx", "func", n.pick(FUNC))
    n.v.update(p1=rng.choice([75, 80, 90]), ago=rng.choice([2, 3]))
    n.add("hx", "dxblock", n.pick(DXBLOCK_SI))
    _common_pre(n)
    n.add("proc", "guide", n.pick(GUIDE_FL))
    where = "right and left" if n.side == "bilateral" else n.side
    n.add("proc", "approach", n.pick(NEEDLE, g=22, tp=f"the inferior aspect of the {where} sacroiliac joint"))
    sides = 2 if n.side == "bilateral" else 1
    _contrast(n, 1 * sides, "intra-articular")
    st = rng.choice(["mp", "tri"])
    n.add("proc", "drugs", _injectate(n, st, 40, "lido", 1, 1.0, sides, "joint", "joints"))
    _images(n)
    _common_post(n, relief=True)
    n.codes.append(("27096", *_mods(n.side)))
    n.gold_proc = dict(family="si_joint_injection", approach="intra_articular", region="sacroiliac",
                       laterality=n.side, imaging="fluoroscopy", intent="therapeutic")


def _tpi(n: Note) -> None:
    rng = n.rng
    n.sed_kind = None
    muscles = {"lumbar": ["right quadratus lumborum", "left quadratus lumborum", "right gluteus medius",
                          "left lumbar paraspinals"],
               "cervical": ["right upper trapezius", "left upper trapezius", "right levator scapulae",
                            "left splenius capitis"]}[n.region]
    k = rng.choice([2, 3, 4])
    ms = muscles[:k]
    n.title = rng.choice(["Trigger point injections", f"Trigger point injection, {n.region} muscles",
                          "TPI - myofascial pain"])
    n.add("hx", "ind", rng.choice([f"Palpable taut bands with local twitch responses in the {_join(ms)}.",
                                   f"Exam: active trigger points in the {_join(ms)}, each reproducing her referred pain.",
                                   f"Tender myofascial trigger points with jump sign in the {_join(ms)}."]))
    n.add("hx", "dur", n.pick(DUR))
    n.add("hx", "care", n.pick(CARE))
    _common_pre(n)
    n.add("proc", "approach", rng.choice([f"Each trigger point was injected with a 27 g needle: {_join(ms)}.",
                                          f"Muscles injected: {_join(ms)} ({k} muscles).",
                                          f"Needle advanced into each of the {_join(ms)} after negative aspiration."]))
    la = rng.choice(["lido", "bupi"])
    ml, pct = (2, 1.0) if la == "lido" else (2, 0.25)
    n.add("proc", "drugs", _injectate(n, None, 0, la, ml, pct, k, "muscle", "muscles"))
    _common_post(n, relief=True)
    n.codes.append(("20553" if k >= 3 else "20552",))
    n.gold_proc = dict(family="trigger_point", region=n.region)


def _joint(n: Note) -> None:
    rng = n.rng
    n.sed_kind = rng.choice(["none", None])
    j = n.key
    dx = {("knee", "right"): "M17.11", ("knee", "left"): "M17.12", ("hip", "right"): "M16.11", ("hip", "left"): "M16.12"}
    n.dx = (f"Primary osteoarthritis, {n.side} {j}", dx[(j, n.side)])
    n.title = rng.choice([f"{n.side.capitalize()} {j} intra-articular injection, ultrasound guided",
                          f"US-guided {n.side} {j} joint injection", f"Injection of the {n.side} {j} joint"])
    n.add("hx", "ind", rng.choice([f"{n.side.capitalize()} {j} pain with stiffness and crepitus, worse on stairs.",
                                   f"Painful {n.side} {j} limiting walking; exam shows effusion-free crepitus.",
                                   f"Persistent {n.side} {j} pain with start-up stiffness."]))
    n.add("hx", "dur", n.pick(DUR))
    n.add("hx", "func", n.pick(FUNC))
    _common_pre(n)
    n.add("proc", "guide", n.pick(GUIDE_US))
    tp = {"knee": f"the {n.side} knee joint via a superolateral suprapatellar approach",
          "hip": f"the {n.side} hip joint at the femoral head-neck junction, anterior approach"}[j]
    n.add("proc", "approach", n.pick(NEEDLE, g=22, tp=tp))
    st = rng.choice(["tri", "mp"])
    la = rng.choice(["lido", "ropi"])
    n.add("proc", "drugs", _injectate(n, st, 40 if st == "tri" else 80, la, 4 if la == "lido" else 3,
                                      1.0 if la == "lido" else 0.5, 1, "", ""))
    n.items.append(("proc", "us_image", n.pick(IMAGES_US)))
    _common_post(n)
    n.codes.append(("20611", *_mods(n.side)))
    n.gold_proc = dict(family="joint_injection", target=j, region=j, laterality=n.side, imaging="ultrasound")


def _genb(n: Note) -> None:
    rng = n.rng
    n.sed_kind = None
    n.dx = (f"Primary osteoarthritis, {n.side} knee", "M17.11" if n.side == "right" else "M17.12")
    n.title = rng.choice([f"{n.side.capitalize()} genicular nerve block", f"Genicular nerve blocks, {n.side} knee, US"])
    n.add("hx", "ind", f"Chronic {n.side} knee pain, not a surgical candidate, considering radiofrequency ablation.")
    n.add("hx", "dur", n.pick(DUR))
    n.add("hx", "func", n.pick(FUNC))
    _common_pre(n)
    n.add("proc", "guide", n.pick(GUIDE_US))
    n.add("proc", "approach", n.pick(NEEDLE, g=22, tp=f"the {n.side} superomedial, superolateral and inferomedial "
                                                      "genicular nerves in turn"))
    n.add("proc", "drugs", _injectate(n, None, 0, "ropi", 2, 0.5, 3, "nerve", "nerves"))
    _common_post(n)
    n.codes.append(("64454", *_mods(n.side)))
    n.gold_proc = dict(family="genicular_nerve_block", target="knee", region="knee", laterality=n.side,
                       imaging="ultrasound")


def _onb(n: Note) -> None:
    rng = n.rng
    n.sed_kind = None
    n.dx = ("Occipital neuralgia", "M54.81")
    side_w = n.side
    n.title = rng.choice([f"{side_w.capitalize()} greater occipital nerve block",
                          f"Greater occipital nerve block ({side_w}), landmark technique"])
    n.add("hx", "ind", rng.choice([f"Stabbing {side_w} occipital pain shooting over the scalp, tender over the greater "
                                   "occipital nerve.", f"Lancinating pain from the base of the skull to the vertex, "
                                   f"{side_w}, with a positive Tinel sign over the nerve."]))
    n.add("hx", "dur", n.pick(DUR))
    _common_pre(n)
    where = "right and left" if n.side == "bilateral" else n.side
    n.add("proc", "approach", n.pick(NEEDLE, g=25, tp=f"the {where} greater occipital nerve medial to the occipital "
                                                      "artery (landmark technique, no imaging)"))
    sides = 2 if n.side == "bilateral" else 1
    st = rng.choice(["dex", "tri"])
    n.add("proc", "drugs", _injectate(n, st, 4 if st == "dex" else 20, "bupi", 2, 0.5, sides, "side", "sides"))
    _common_post(n)
    n.codes.append(("64405", *_mods(n.side)))
    n.gold_proc = dict(family="occipital_nerve_block", target="greater_occipital", region="occipital",
                       laterality=n.side, imaging="none")


def _symp(n: Note) -> None:
    rng = n.rng
    n.sed_kind = None
    k = n.key
    if k == "stellate":
        n.dx = (f"Complex regional pain syndrome I of {n.side} upper limb", "G90.512" if n.side == "left" else "G90.511")
        n.title = rng.choice([f"{n.side.capitalize()} stellate ganglion block, ultrasound guided",
                              f"Stellate ganglion block - {n.side}"])
        n.add("hx", "ind", f"Burning {n.side} hand pain with allodynia, swelling and color change.")
    elif k == "lsb":
        n.dx = (f"Complex regional pain syndrome I of {n.side} lower limb", "G90.522" if n.side == "left" else "G90.521")
        n.title = rng.choice([f"{n.side.capitalize()} lumbar sympathetic block at L3",
                              f"Lumbar sympathetic ganglion block, {n.side}, L3 level"])
        n.add("hx", "ind", f"Burning {n.side} foot pain, temperature asymmetry and allodynia after an ankle fracture.")
    else:
        n.dx = ("Coccygodynia", "M53.3")
        n.title = rng.choice(["Ganglion impar block", "Block of the ganglion impar (sympathetic), fluoroscopic"])
        n.add("hx", "ind", "Midline tailbone pain, worse sitting, tender over the coccyx.")
    n.add("hx", "dur", n.pick(DUR))
    _common_pre(n)
    if k == "stellate":
        n.add("proc", "guide", n.pick(GUIDE_US))
        n.add("proc", "approach", n.pick(NEEDLE, g=25, tp=f"the {n.side} prevertebral fascia anterior to longus colli "
                                                          "at C6"))
        n.add("proc", "drugs", _injectate(n, None, 0, "ropi", 5, 0.5, 1, "", ""))
        n.items.append(("proc", "us_image", n.pick(IMAGES_US)))
    else:
        n.add("proc", "guide", n.pick(GUIDE_FL))
        tp = (f"the anterolateral {n.side} L3 vertebral body" if k == "lsb"
              else "the anterior sacrococcygeal junction (ganglion impar)")
        n.add("proc", "approach", n.pick(NEEDLE, g=22, tp=tp))
        _contrast(n, 3 if k == "lsb" else 2, "sympathetic chain" if k == "lsb" else "retrorectal")
        if k == "lsb":
            n.add("proc", "drugs", _injectate(n, None, 0, "bupi", 10, 0.25, 1, "", ""))
        else:
            n.add("proc", "drugs", _injectate(n, "tri", 40, "bupi", 4, 0.5, 1, "", ""))
    _common_post(n)
    n.codes.append(({"stellate": "64510", "lsb": "64520", "impar": "64999"}[k],))
    n.codes.append(("76942",) if k == "stellate" else ("77002",))
    fields = dict(family="sympathetic_block", target={"stellate": "stellate", "lsb": "lumbar_sympathetic",
                                                      "impar": "ganglion_impar"}[k],
                  region={"stellate": "cervical", "lsb": "lumbar", "impar": "sacral"}[k],
                  imaging="ultrasound" if k == "stellate" else "fluoroscopy")
    if k != "impar":
        fields["laterality"] = n.side
    if k == "lsb":
        fields["levels"] = ["L3"]
    n.gold_proc = fields


# ------------------------------------------------------------------------------------------------- diagnosis
SPINE_DX = {
    ("tfesi", "lumbar"): ("Lumbar radiculopathy", "M54.16"), ("tfesi", "lumbosacral"): ("Lumbosacral radiculopathy", "M54.17"), ("tfesi", "cervical"): ("Cervical radiculopathy", "M54.12"),
    ("ilesi", "lumbar"): ("Lumbar radiculopathy", "M54.16"), ("ilesi", "cervical"): ("Cervical radiculopathy", "M54.12"),
    ("caudal", "sacral"): ("Spinal stenosis, lumbar region with neurogenic claudication", "M48.062"),
    ("mbb", "lumbar"): ("Lumbar spondylosis without myelopathy or radiculopathy", "M47.816"),
    ("mbb", "cervical"): ("Cervical spondylosis without myelopathy or radiculopathy", "M47.812"),
    ("facetia", "lumbar"): ("Lumbar spondylosis without myelopathy or radiculopathy", "M47.816"),
    ("rfa", "lumbar"): ("Lumbar facet arthropathy (spondylosis without radiculopathy)", "M47.816"),
    ("rfa", "cervical"): ("Cervical spondylosis without myelopathy or radiculopathy", "M47.812"),
    ("sij", "sacroiliac"): ("Sacroiliitis, not elsewhere classified", "M46.1"),
    ("tpi", "lumbar"): ("Myofascial pain syndrome, low back", "M79.18"),
    ("tpi", "cervical"): ("Myofascial pain syndrome, neck and upper back", "M79.18"),
}
SECTION_HEAD = {
    "caps_headers": {"title": "PROCEDURE", "dx": "DIAGNOSIS", "hx": "INDICATIONS", "pre": "PRE-PROCEDURE",
                     "proc": "DESCRIPTION OF PROCEDURE", "post": "POST-PROCEDURE"},
    "title_headers": {"title": "Procedure", "dx": "Preoperative Diagnosis", "hx": "History", "pre": "Preparation",
                      "proc": "Technique", "post": "Disposition"},
    "attestation": {"title": "PROCEDURE PERFORMED", "dx": "DIAGNOSIS", "hx": "CLINICAL INDICATION", "pre": "CONSENT AND SAFETY",
                    "proc": "PROCEDURE DETAILS", "post": "RECOVERY"},
    "bullets": {"title": "Procedure", "dx": "Dx", "hx": "HPI", "pre": "Pre-op", "proc": "Procedure details",
                "post": "Post-op"},
}
FIELD = {"dx": "Dx", "ind": "Indication", "dur": "Duration", "care": "Conservative tx", "func": "Function",
         "img": "Imaging", "prior": "Prior response", "repeat": "Prior response", "dxblock": "Diagnostic blocks",
         "pre": "Pain pre", "consent": "Consent", "timeout": "Safety", "sed": "Sedation", "guide": "Guidance",
         "approach": "Technique", "approach_rf": "Lesioning", "contrast": "Contrast", "drugs": "Medications",
         "images": "Images", "images_short": "Images", "us_image": "Images", "post": "Pain post", "relief": "Relief",
         "cx": "Complications"}


def render(n: Note) -> str:
    """Render the note's items in its style; a truncated note is cut mid-sentence after the injectate."""
    rng = n.rng
    items = list(n.items)
    if n.trunc:
        cut = rng.choice([i for i, it in enumerate(items) if it[0] == "post"])
        n.cut_elements = {el for _, el, _ in items[cut:]}
        words = items[cut][2].split()
        keep = []
        for wd in words[: max(1, len(words) // 2)]:
            if any(ch.isdigit() for ch in wd) or "omplic" in wd.lower() or "cx" in wd.lower():
                break
            keep.append(wd)
        items = items[:cut] + [(items[cut][0], "cut", " ".join(keep or ["The"]))]
    n.present = {el for _, el, _ in items}
    sect = {s: [t for s2, _, t in items if s2 == s] for s in ("dx", "hx", "pre", "proc", "post")}
    s = n.style
    if s in SECTION_HEAD:
        h = SECTION_HEAD[s]
        out = []
        if s == "attestation":
            out.append(rng.choice(ATTEST[:2]))
        out.append(f"{h['title']}: {n.title}")
        for key in ("dx", "hx", "pre", "proc", "post"):
            if not sect[key]:
                continue
            if s == "bullets":
                out.append(f"{h[key]}:")
                out += [f"{rng.choice(['-', '*', '•'])} {t}" for t in sect[key]]
            elif key == "dx":
                out.append(f"{h[key]}: {' '.join(sect[key])}")
            else:
                out.append(f"{h[key]}:\n{' '.join(sect[key])}")
        if s == "attestation":
            out.append(rng.choice(ATTEST[2:]))
        text = "\n".join(out)
    elif s == "inline_fields":
        out = [f"Procedure: {n.title}"]
        for _, el, t in items:
            lab = FIELD.get(el, "Note")
            out.append(f"{lab}: {t}")
        text = "\n".join(out) if rng.random() < 0.5 else "\n".join(
            " | ".join(out[i:i + 2]) for i in range(0, len(out), 2))
    elif s == "dictated":
        opener = rng.choice(["Procedure performed today: {t}.", "Today I performed the following: {tl}.",
                             "The patient presents for {tl}."]).format(
            t=n.title, tl=n.title[0].lower() + n.title[1:] if n.title[1:2].islower() else n.title)
        paras = [opener + " " + " ".join(sect["dx"] + sect["hx"]), " ".join(sect["pre"] + sect["proc"]),
                 " ".join(sect["post"])]
        text = "\n\n".join(p for p in paras if p.strip())
    else:  # odd spacing: double spaces, stray tabs, blank lines, lines broken mid-sentence
        flat = n.title + "\n\n" + "  ".join(t for _, _, t in items)
        words = flat.split(" ")
        lines, cur = [], ""
        for wd in words:
            cur = (cur + " " + wd) if cur else wd
            if len(cur) > rng.choice([48, 60, 72]) and "\n" not in wd:
                lines.append(cur + ("\t" if rng.random() < 0.2 else ""))
                cur = ""
                if rng.random() < 0.15:
                    lines.append("")
        lines.append(cur)
        text = "\n".join(lines)
    return text


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:  # noqa: N803 - tuples passed in
    """Draw, render and queue the 30 notes; the gold comes from the drawn facts and the rendered elements."""
    rng = random.Random(SEED)
    styles = list(STYLES * 5)[:30]
    rng.shuffle(styles)
    incomplete = set(rng.sample(range(30), 12))
    truncated = set(rng.sample([i for i in range(30) if i not in incomplete], 2))
    counters: dict[str, int] = {}
    payers = ["medicare"] * 24 + ["medicare_cgs"] * 3 + ["medicare_fcso"] * 3
    rng.shuffle(payers)
    for idx, plan in enumerate(PLAN):
        key = plan[0]
        group = "tfesi" if key in ESI_FAMS else "facet" if key in ("mbb", "facetia", "rfa") else \
            key if key in ("sij", "tpi") else "other"
        omit: set[str] = set()
        omit |= FORCED.get(idx, set())
        if idx in incomplete:
            pool = list(OMITTABLE[group])
            if key == "rfa" and not plan[4]:
                pool.append("dxblock")
            if plan[4] and key in ESI_FAMS:
                pool += ["prior", "prior"]
            omit |= set(rng.sample(pool, rng.choice([1, 1, 2])))
        n = draw(rng, idx, plan, styles[idx], omit, idx in truncated)
        dx_key = (key, "lumbosacral" if key == "tfesi" and "L5-S1" in n.gold_proc["levels"] else plan[1])
        dx_text, dx_code = n.dx if hasattr(n, "dx") else SPINE_DX[dx_key]
        n.items.insert(0, ("dx", "dx", n.pick(DX, dx=dx_text, dx_lc=dx_text[0].lower() + dx_text[1:], code=dx_code)))
        text = render(n)
        gone = {el for el in ELEMENT if el in n.omit or el in getattr(n, "cut_elements", set())}
        findings = _findings(n, group, gone)
        need = _need(n, group, ESI_NEED, SPINE_NEED)
        counters[key] = counters.get(key, 0) + 1
        nid = f"fbd-{key}-{counters[key]:02d}"
        dos = dt.date(2025, 1, 6) + dt.timedelta(days=rng.randrange(0, 650))
        pos = rng.choice(["11"] * 6 + ["22", "24"]) if n.sedation != "moderate" else "11"
        codes = [_line(line, c, pos) for c in n.codes]
        codes += _drug_lines(n, line, pos)
        gp = dict(n.gold_proc)
        gp["contrast"] = True if n.contrast_q and "contrast" in n.present else None
        gp["sedation"] = n.sedation
        drugs = [given(g, int(d) if float(d).is_integer() else d, u) for g, (d, u) in n.drugs.items()]
        style = n.style + ("+truncated" if n.trunc else "")
        present_post = "post" in n.present
        add(nid, style, text, procs=[proc(**gp)], drugs=drugs,
            pain=(n.pre if "pre" in n.present else None, n.post if present_post else None), need=need,
            codes=codes, findings=findings, dos=dos.isoformat(), pos=pos, consent="consent" in n.present,
            complications="none" if "cx" in n.present else None, payer=payers[idx],
            comment=(("generated; cut off mid-sentence, losing: " if n.trunc else "generated; left out: ")
                     + ", ".join(sorted(ELEMENT[e] for e in gone))) if gone else "generated")


def _line(line, c: tuple, pos: str) -> dict:
    code, rest = c[0], c[1:]
    units = rest[-1] if rest and isinstance(rest[-1], int) else 1
    mods = [m for m in rest if isinstance(m, str)]
    if code in ("77002", "76942") and pos in ("22", "24"):
        mods.append("26")
    return line(code, *mods, units=units)


def _drug_lines(n: Note, line, pos: str) -> list:
    """J lines (office only, units rounded up) and the contrast Q line for codes that do not include imaging."""
    if pos != "11":
        return []
    out = []
    for key, (gen, _, _, jcode, per) in STEROIDS.items():
        if gen in n.drugs:
            out.append(line(jcode, units=math.ceil(n.drugs[gen][0] / per)))
    if n.contrast_q and n.key in ("lsb", "impar"):
        out.append(line(n.contrast_q[0], units=math.ceil(n.contrast_q[1])))
    return out


def _findings(n: Note, group: str, gone: set) -> list[str]:
    out = [ELEMENT[e] for e in gone if e != "sed"]
    if "sed" in n.omit:
        out.append("sedation_details")
    if n.repeat and "prior" in n.omit:
        out.append("prior_procedure_response")
    if getattr(n, "level_limit", False):
        out.append("level_limit")
    return sorted(set(out))


def _need(n: Note, group: str, ESI_NEED, SPINE_NEED) -> tuple:  # noqa: N803
    base = ESI_NEED if group == "tfesi" else SPINE_NEED if group in ("facet", "sij") else ("diagnosis",)
    return tuple(k for k in base if not any(NEED_KEY.get(e) == k for e in n.omit))
