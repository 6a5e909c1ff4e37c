"""Sealed batch `dev_fresh_cl` (`fcl-*`): 30 fictional procedure notes in operative-report and hospital outpatient
template voice, rendered by a small deterministic generator from phrasing pools written fresh for this batch.

Each spec below carries the procedure as drawn (family, side, levels, drugs, place and date of service) and its gold
(procedures, drug totals, claim lines, finding elements), labelled by hand from the spec before any Painpoint run.
Six specs leave out one documentation element (`omit`); the renderer then writes nothing about it.
"""

from __future__ import annotations

import random

SEED = 2611

# --- phrasing pools (at least twelve paraphrases per documentation element) ----------------------------------------

RADICULAR = [
    "The patient describes sharp, shooting pain radiating into {sl} in the {derm} distribution.",
    "Pain radiates from the {spine} into {sl}, accompanied by numbness and tingling.",
    "It was noted that the pain travels down {sl}, with paresthesias following the {derm} dermatome.",
    "Radicular pain extends into {sl}, and examination shows {sign}.",
    "The patient has burning pain in {sl} with diminished sensation in the {derm} dermatome.",
    "Examination reveals {sign} and decreased light-touch sensation over the {derm} dermatome, with pain radiating to {sl}.",
    "There is electric, lancinating pain down {sl} that worsens with {aggr}.",
    "Symptoms include radiating pain and paresthesias in {sl}.",
    "The patient was found to have {sign}, reproducing the pain into {sl}.",
    "Dermatomal pain in the {derm} distribution of {sl} is the predominant complaint.",
    "Neurologic examination demonstrates numbness in {sl} in a {derm} pattern, with radiating pain.",
    "Pain shoots into {sl} and is associated with numbness of the {extrem}.",
]

DURATION = [
    "Symptoms have been present for {dur}.",
    "The pain began {dur} ago.",
    "It was noted that the patient has suffered from this pain for {dur}.",
    "The patient reports a history of these symptoms spanning {dur}.",
    "Onset of the current pain was {dur} ago without a specific injury.",
    "The pain has persisted for approximately {dur}.",
    "These symptoms have been ongoing for {dur}.",
    "The patient has had this pain for the past {dur}.",
    "Duration of symptoms is {dur}.",
    "The patient was first troubled by this pain {dur} ago, and it has continued since.",
    "This complaint dates back {dur}.",
    "The pain has been constant over the last {dur}.",
]

CARE = [
    "The patient completed {wk} weeks of {c1} and {c2} without meaningful relief.",
    "Despite {wk} weeks of {c1} and {c2}, the pain has persisted.",
    "Conservative management consisting of {c1} and {c2} for {wk} weeks failed to provide lasting improvement.",
    "It was noted that {wk} weeks of {c1}, along with {c2}, did not relieve the pain.",
    "The patient has tried {c1} for {wk} weeks as well as {c2}, with no significant benefit.",
    "{C1} over {wk} weeks and {c2} have been unsuccessful in controlling the pain.",
    "A course of {c1} lasting {wk} weeks, combined with {c2}, provided only minimal and temporary relief.",
    "The pain remains refractory to {wk} weeks of {c1} and {c2}.",
    "The patient failed {wk} weeks of conservative care, including {c1} and {c2}.",
    "Treatment with {c1} and {c2} over the last {wk} weeks has not controlled the symptoms.",
    "After {wk} weeks of {c1} and {c2}, the patient continues to have significant pain.",
    "Non-operative care, namely {c1} and {c2} for {wk} weeks, has been ineffective.",
]

CARE_ITEMS = ["physical therapy", "NSAIDs", "a home exercise program", "chiropractic care", "gabapentin",
              "activity modification", "acetaminophen", "meloxicam", "a supervised exercise program", "duloxetine"]

FUNCTION = [
    "The pain limits walking to less than one block.",
    "The patient is unable to sit for more than 20 minutes because of the pain.",
    "It was noted that the pain interferes with sleep and with household chores.",
    "The pain has significantly impaired the ability to work and perform activities of daily living.",
    "At baseline the {scale} was {score}, reflecting substantial disability.",
    "Standing and walking tolerance are reduced to about 10 minutes.",
    "The patient has had to stop recreational activities and now needs help with dressing.",
    "Because of the pain, the patient can no longer drive for more than a short distance.",
    "There is marked functional limitation, with difficulty bending, lifting and climbing stairs.",
    "Activities of daily living are restricted by the pain, and the patient has reduced work hours.",
    "The pain prevents the patient from sleeping through the night and from lifting light objects.",
    "The patient reports difficulty with prolonged sitting, standing and household tasks due to the pain.",
]

MRI = [
    "MRI of the {reg} spine shows a {sd} disc protrusion at {lvl} contacting the {root} nerve root.",
    "An MRI of the {reg} spine demonstrated {sd} foraminal narrowing at {lvl}.",
    "It was noted on MRI that there is a {lvl} disc extrusion with {sd} lateral recess stenosis.",
    "Recent MRI revealed a {sd} herniated disc at {lvl} with impingement of the {root} root.",
    "The {reg} MRI shows {sd} foraminal stenosis at {lvl}, concordant with the symptoms.",
    "CT myelogram showed {sd} foraminal compromise at {lvl}.",
    "The MRI demonstrates a broad-based disc bulge at {lvl} with {sd} neuroforaminal narrowing.",
    "Advanced imaging with MRI confirms {sd} nerve root compression at {lvl}.",
    "MRI findings include degenerative disc disease at {lvl} with {sd} foraminal stenosis abutting the {root} nerve root.",
    "Review of the MRI showed a {sd} paracentral protrusion at {lvl} displacing the {root} nerve root.",
    "The {reg} MRI was reviewed and shows moderate {sd} foraminal stenosis at {lvl}.",
    "MRI of the {reg} spine reveals stenosis at {lvl} with {sd} nerve root impingement.",
]

PRIOR = [
    "The previous {prev} provided {pct}% relief lasting {mo} months.",
    "It was noted that the prior {prev} gave {pct}% improvement for approximately {mo} months.",
    "Following the last {prev}, the patient had {pct}% pain reduction that was sustained for {mo} months.",
    "The earlier {prev} resulted in {pct} percent relief for {mo} months before the pain returned.",
    "Relief after the prior {prev} was {pct}% and lasted {mo} months.",
    "The patient reports that the last {prev} reduced the pain by {pct}% for {mo} months.",
    "A prior {prev} gave {pct}% relief with improved function for {mo} months.",
    "The response to the previous {prev} was {pct}% improvement over {mo} months.",
    "Pain was reduced by {pct}% for roughly {mo} months after the prior {prev}.",
    "The patient obtained {pct}% relief from the prior {prev}, which persisted for {mo} months.",
    "After the prior {prev}, the patient experienced {pct}% relief for a period of {mo} months.",
    "The most recent {prev} produced {pct}% relief that lasted {mo} months.",
]

DIAG_BLOCKS = [
    "Two separate diagnostic medial branch blocks provided {a}% and {b}% relief, respectively.",
    "Dual comparative medial branch blocks resulted in {a}% and {b}% pain relief.",
    "It was noted that the first diagnostic medial branch block gave {a}% relief and the confirmatory block {b}% relief.",
    "The patient had {a}% relief after the first and {b}% relief after the second diagnostic medial branch block.",
    "Diagnostic medial branch blocks on two occasions produced {a}% and {b}% reduction in pain.",
    "Two prior diagnostic blocks of the same medial branches gave {a} percent and {b} percent relief.",
    "Relief after the two diagnostic medial branch blocks was {a}% and {b}%.",
    "Both diagnostic medial branch blocks were positive, with {a}% and {b}% relief during the anesthetic phase.",
    "The first medial branch block gave {a}% relief, and a second, confirmatory block gave {b}% relief.",
    "Pain relief of {a}% and {b}% was reported after two diagnostic medial branch blocks.",
    "Following two diagnostic medial branch blocks, pain decreased by {a}% and {b}%, respectively.",
    "Two consecutive diagnostic medial branch blocks afforded {a}% and {b}% relief.",
]

CONSENT = [
    "Informed consent was obtained after the risks, benefits and alternatives were discussed, and the patient signed the consent form.",
    "The patient was counseled regarding the risks, including bleeding, infection, nerve injury and headache, and written informed consent was obtained.",
    "It was noted that written consent had been signed after a full discussion of risks, benefits and alternatives.",
    "Risks and benefits were reviewed at length; the patient voiced understanding and provided written consent.",
    "After all questions were answered, the patient gave informed consent, which was placed in the chart.",
    "Following a discussion of potential adverse effects and alternative treatments, consent was obtained in writing.",
    "The procedure, its risks and expected benefits were explained in detail, and informed consent was signed.",
    "A signed informed consent form, obtained after an explanation of the risks and alternatives, was verified in the preoperative area.",
    "The patient was given the opportunity to ask questions, all of which were answered, and elected to proceed; written consent is on file.",
    "Risks including infection, bleeding, increased pain and nerve damage were discussed, and the patient signed consent.",
    "Written informed consent was secured prior to the start of the procedure after the nature of the injection had been explained.",
    "The patient consented to the procedure in writing after a review of its risks, benefits and alternatives.",
]

TIME_OUT = [
    "A time-out was performed confirming the patient's identity, the procedure, the side and the site.",
    "Prior to needle placement, a formal time-out was conducted with all team members in agreement.",
    "The universal protocol was followed and a time-out was completed before the procedure began.",
    "It was noted that a surgical pause verified the correct patient, site and laterality.",
    "Before the start of the procedure, the team paused to confirm the patient, the planned procedure and the site marking.",
    "A pre-procedure time out was called, and the correct patient, procedure and site were verified by the nursing staff and the physician.",
    "A time-out was completed; identity, procedure, site and allergies were confirmed.",
    "The site was marked and verified during a time-out immediately before the injection.",
    "All members of the team participated in a time-out verifying the procedure and the site to be treated.",
    "A safety pause was carried out before the skin was prepped, confirming the patient and the planned site.",
    "The patient's name, the planned procedure and the site were confirmed in a time-out prior to starting.",
    "Correct patient, procedure and site were verified by time-out in accordance with facility policy.",
]

COMPLICATIONS = [
    "There were no complications.",
    "The patient tolerated the procedure well, and there were no immediate complications.",
    "No complications were noted during or after the procedure.",
    "It was noted that the procedure was completed without complication.",
    "No apparent complications occurred; there was no paresthesia, bleeding or vasovagal reaction.",
    "The injection was completed without any complications.",
    "Following the procedure, no complications were identified.",
    "The patient left the procedure room in stable condition with no complications.",
    "No complications were encountered, and the patient remained hemodynamically stable throughout.",
    "There were no complications, and no signs of intravascular injection were seen.",
    "The procedure was free of complications.",
    "Complications: none were observed.",
]

PRE = [
    "Pre-procedure pain was rated {pre}/10.",
    "Prior to the injection, the patient rated the pain at {pre} out of 10.",
    "The patient reported a pain score of {pre}/10 on arrival.",
    "Baseline pain before the procedure was {pre} on a 0 to 10 numeric scale.",
    "It was noted that the pain was {pre}/10 at the start of the visit.",
    "Pain intensity prior to the block was {pre}/10.",
    "On the preoperative assessment, the pain level was documented as {pre}/10.",
    "The pain score before the procedure was {pre}/10.",
    "The patient described the pain as {pre} out of 10 just before the injection.",
    "The preprocedure numeric rating scale score was {pre}/10.",
    "Pain in the holding area was rated {pre}/10 by the patient.",
    "The patient was experiencing {pre}/10 pain before the procedure began.",
]

POST = [
    "Post-procedure pain was {post}/10.",
    "Following the procedure, the patient rated the pain at {post}/10.",
    "After the injection, pain decreased to {post} out of 10.",
    "Pain in the recovery area was {post}/10.",
    "It was noted that the pain score was {post}/10 fifteen minutes after the injection.",
    "The patient reported {post}/10 pain at discharge.",
    "The pain score after the procedure was {post}/10.",
    "The postprocedure numeric rating scale score was {post}/10.",
    "On reassessment thirty minutes later, the pain was {post} on a 0 to 10 scale.",
    "The patient described residual pain of {post}/10 before leaving.",
    "Following the block, the pain level was recorded as {post}/10.",
    "Upon discharge, pain was rated {post} out of 10.",
]

RELIEF = [
    "The patient reported {pct}% relief of the typical pain.",
    "Approximately {pct}% improvement in pain was reported after the injection.",
    "This represents {pct}% relief.",
    "It was noted that the patient experienced {pct} percent relief with provocative maneuvers after the injection.",
    "The patient estimated the relief at {pct}%.",
    "Immediate relief was {pct}% compared with the pre-procedure pain.",
    "Percent relief after the injection was {pct}%.",
    "Following the procedure, the patient described {pct}% reduction of the usual pain.",
    "The patient obtained {pct}% relief during the observation period.",
    "Pain relief of {pct}% was documented before discharge.",
    "The usual pain was {pct}% better on activities that normally provoke it.",
    "A {pct}% decrease in pain was reported at the post-procedure check.",
]

VIEWS = [
    "AP and lateral fluoroscopic images were saved to the record.",
    "Anteroposterior and lateral views were obtained and stored in PACS.",
    "Two fluoroscopic views were archived to document needle position and contrast spread.",
    "It was noted that AP and oblique images were captured and saved.",
    "Permanent images in two planes were recorded.",
    "Representative AP and lateral images were stored in the patient's chart.",
    "Final needle position was documented on saved anteroposterior and lateral images.",
    "Images were saved in two views, AP and lateral.",
    "Both an AP and an oblique image were retained for the record.",
    "Hard copies of the AP and lateral views were saved.",
    "Two spot images, AP and lateral, were saved to the imaging system.",
    "Biplanar images demonstrating final needle placement were saved.",
]

FLUORO = [
    "The procedure was performed under fluoroscopic guidance.",
    "Fluoroscopy was used throughout to guide needle placement.",
    "Using intermittent fluoroscopy, the target was identified.",
    "With C-arm fluoroscopic imaging, the appropriate level was identified and marked.",
    "Fluoroscopic guidance was utilized to confirm the target and the needle trajectory.",
    "It was noted that real-time fluoroscopy was used to localize the target.",
    "Under live fluoroscopy the target was squared off and localized.",
    "The C-arm was brought into position, and fluoroscopy was used to identify the target.",
    "Needle placement was guided by fluoroscopy in multiple planes.",
    "Image guidance was provided with fluoroscopy.",
    "The target was localized using fluoroscopic imaging.",
    "All needle advancement was performed with fluoroscopic visualization.",
]

CONTRAST = [
    "Approximately {ml} mL of {cn} was injected, demonstrating appropriate spread without vascular uptake.",
    "{Cn}, {ml} mL, confirmed appropriate flow with no intravascular pattern.",
    "It was noted that {ml} mL of {cn} spread appropriately with no evidence of vascular runoff.",
    "Injection of {ml} mL of {cn} showed the expected contrast pattern.",
    "Following negative aspiration, {ml} mL of contrast ({cn}) was injected under live fluoroscopy, confirming correct placement.",
    "Contrast, {cn}, approximately {ml} mL, outlined the target without intravascular spread.",
    "The contrast agent {cn} was used, {ml} mL in total, and its spread was satisfactory.",
    "A total of {ml} mL of {cn} was administered to confirm needle position.",
    "Needle position was confirmed with {ml} mL of {cn}; no vascular uptake was seen.",
    "Confirmation of placement was obtained with {cn}, {ml} mL.",
    "A volume of {ml} mL of {cn} demonstrated a satisfactory contrast pattern under live fluoroscopy.",
    "Contrast dye ({cn}, {ml} mL total) was injected and showed appropriate dispersion.",
]

SKIN = [
    "The skin and subcutaneous tissues were anesthetized with {ml} mL of 1% lidocaine.",
    "Local anesthesia of the skin was achieved with approximately {ml} mL of 1% lidocaine.",
    "The entry site was infiltrated with {ml} mL of 1% lidocaine.",
    "It was noted that {ml} mL of 1% lidocaine was used for skin anesthesia.",
    "A skin wheal was raised with 1% lidocaine, {ml} mL in total.",
    "Following sterile preparation, {ml} mL of 1% lidocaine was infiltrated at the skin.",
]

PREP = [
    "The patient was placed in the {pos} position, and the area was prepped with chlorhexidine and draped in the usual sterile fashion.",
    "The patient was brought to the procedure suite and positioned {pos}; a sterile prep and drape followed.",
    "After {pos} positioning, the skin was cleansed with chlorhexidine and sterile drapes were applied.",
    "The patient was positioned {pos} on the table, and standard sterile preparation and draping were carried out.",
    "Standard monitors were applied, the patient was placed {pos}, and the field was prepped and draped sterilely.",
    "With the patient {pos}, the area was prepared with povidone-iodine and draped in sterile fashion.",
]

DISPOSITION = [
    "The patient was discharged home in stable condition with written instructions.",
    "The patient was taken to the recovery area in stable condition and later discharged home.",
    "Discharged home ambulatory with a responsible adult.",
    "Following a period of observation, the patient was discharged in good condition.",
    "The patient was monitored and discharged home with follow-up in two to three weeks.",
    "Stable; discharged to home with post-procedure instructions reviewed.",
]

EBL = ["Minimal.", "None.", "Less than 1 mL.", "Negligible."]
SPEC = ["None.", "None obtained.", "No specimens.", "None sent."]

ANESTHESIA = ["Local.", "Local anesthesia only.", "Local infiltration.", "Local anesthetic; no sedation.",
              "Local, without sedation.", "Local anesthetic only."]

SURGEON = ["Attending interventional pain physician.", "Attending physician, pain medicine.",
           "Staff pain physician.", "Attending anesthesiologist, pain medicine service."]

NUM = {4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine", 10: "ten", 11: "eleven", 12: "twelve", 14: "fourteen"}

# header spellings: (caps set, title-case set)
HEAD = {
    "pre": ["PREOPERATIVE DIAGNOSIS", "PRE-OPERATIVE DIAGNOSIS", "PREOP DIAGNOSIS", "PREPROCEDURE DIAGNOSIS"],
    "post": ["POSTOPERATIVE DIAGNOSIS", "POST-OPERATIVE DIAGNOSIS", "POSTOP DIAGNOSIS", "POSTPROCEDURE DIAGNOSIS"],
    "proc": ["PROCEDURE", "PROCEDURE PERFORMED", "PROCEDURES", "OPERATION"],
    "surg": ["SURGEON", "ATTENDING", "PHYSICIAN", "SURGEON"],
    "anes": ["ANESTHESIA", "ANESTHESIA", "ANAESTHESIA", "ANESTHESIA TYPE"],
    "ind": ["INDICATIONS", "INDICATION", "INDICATIONS FOR PROCEDURE", "CLINICAL INDICATIONS"],
    "desc": ["DESCRIPTION OF PROCEDURE", "DESCRIPTION OF THE PROCEDURE", "PROCEDURE IN DETAIL", "OPERATIVE TECHNIQUE"],
    "ebl": ["ESTIMATED BLOOD LOSS", "EBL", "ESTIMATED BLOOD LOSS", "BLOOD LOSS"],
    "spec": ["SPECIMENS", "SPECIMEN", "SPECIMENS", "SPECIMENS REMOVED"],
    "disp": ["DISPOSITION", "DISPOSITION", "CONDITION AND DISPOSITION", "DISPOSITION"],
}


class Pools:
    """Draws each pool's paraphrases in a seeded order, cycling, so every paraphrase is used before any repeats."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.order: dict[int, list[int]] = {}

    def pick(self, pool: list[str]) -> str:
        key = id(pool)
        if not self.order.get(key):
            idx = list(range(len(pool)))
            self.rng.shuffle(idx)
            self.order[key] = idx
        return pool[self.order[key].pop()]


def _cap(s: str) -> str:
    return s[0].upper() + s[1:]


def _title(h: str) -> str:
    keep = {"EBL"}
    return " ".join(w if w in keep else w.lower() if w in ("OF", "THE", "FOR", "IN", "AND") else w.capitalize()
                    for w in h.split(" "))


def render(s: dict, P: Pools, rng: random.Random) -> str:
    """One note text from a spec: indication sentences, technique, then the op-report or outpatient layout."""
    omit = s.get("omit")
    f = lambda pool, **kw: P.pick(pool).format(**kw)  # noqa: E731
    ind: list[str] = []
    esi = s["kind"] in ("tf", "il")
    if esi:
        r = s["rad"]
        ind.append(f(RADICULAR, **r))
    mo = s["months"]
    ind.append(f(DURATION, dur=f"{rng.choice([NUM[mo], str(mo)])} months", dur_adj=f"{mo}-month"))
    if omit != "conservative_care":
        c1, c2 = rng.sample(CARE_ITEMS, 2)
        ind.append(f(CARE, wk=s["care_wk"], c1=c1, c2=c2, C1=_cap(c1)))
    ind.append(f(FUNCTION, scale=s.get("scale", "Oswestry Disability Index score"), score=s.get("score", 44)))
    if esi:
        ind.append(f(MRI, **s["mri"]))
    if s.get("prior"):
        pct, mo2, prev = s["prior"]
        ind.append(f(PRIOR, pct=pct, mo=NUM.get(mo2, mo2), prev=prev))
    if s.get("diag"):
        a, b = s["diag"]
        ind.append(f(DIAG_BLOCKS, a=a, b=b))
    if s.get("exam"):
        ind.append(s["exam"])
    pre = f(PRE, pre=s["pain"][0])

    desc: list[str] = []
    if omit != "consent":
        desc.append(P.pick(CONSENT))
    desc.append(P.pick(PREP).format(pos=s.get("position", "prone")))
    if omit != "time_out":
        desc.append(P.pick(TIME_OUT))
    if s.get("fluoro", True):
        desc.append(P.pick(FLUORO))
    if s.get("skin"):
        desc.append(P.pick(SKIN).format(ml=s["skin"]))
    desc.extend(s["tech"])
    if s.get("contrast"):
        cn, ml = s["contrast"]
        desc.append(f(CONTRAST, cn=cn, Cn=_cap(cn), ml=ml))
    desc.extend(s["inj"])
    if s.get("views") and omit != "saved_images":
        desc.append(P.pick(VIEWS))
    if omit != "complications":
        desc.append(P.pick(COMPLICATIONS))
    post = None if omit == "post_procedure_pain_score" else f(POST, post=s["pain"][1])
    relief = f(RELIEF, pct=s["relief"]) if s.get("relief") is not None else None
    disp = [x for x in (post, relief) if x] + [P.pick(DISPOSITION)]

    style = s["style"]
    dx = s["dx"]
    if style == "hopd":
        return _hopd(s, dx, ind, pre, desc, disp, rng)
    if style == "op_runin":
        return _runin(s, dx, ind, pre, desc, disp, rng)
    return _oprep(s, dx, ind, pre, desc, disp, rng, title=(style == "op_title"))


def _oprep(s, dx, ind, pre, desc, disp, rng, title: bool) -> str:
    v = rng.randrange(4)
    h = {k: (_title(x[v]) if title else x[v]) for k, x in HEAD.items()}
    head = [
        ("pre", f"{h['pre']}: {dx}"),
        ("post", f"{h['post']}: {dx}"),
        ("proc", f"{h['proc']}: {s['title']}"),
        ("surg", f"{h['surg']}: {rng.choice(SURGEON)}"),
        ("anes", f"{h['anes']}: {rng.choice(ANESTHESIA)}"),
    ]
    order = [["pre", "post", "proc", "surg", "anes"], ["proc", "pre", "post", "surg", "anes"],
             ["pre", "post", "proc", "anes", "surg"], ["surg", "anes", "pre", "post", "proc"]][rng.randrange(4)]
    byk = dict(head)
    lines = [("OPERATIVE REPORT" if not title else "Operative Report") if rng.random() < 0.5 else
             ("PROCEDURE NOTE" if not title else "Procedure Note"), ""]
    lines += [byk[k] for k in order]
    lines += ["", f"{h['ind']}: " + " ".join(ind + [pre]), "", f"{h['desc']}:", " ".join(desc), ""]
    tail = [f"{h['ebl']}: {rng.choice(EBL)}", f"{h['spec']}: {rng.choice(SPEC)}"]
    if rng.random() < 0.5:
        tail.reverse()
    lines += tail + ["", f"{h['disp']}: " + " ".join(disp)]
    return "\n".join(lines)


def _runin(s, dx, ind, pre, desc, disp, rng) -> str:
    first = (f"Preoperative diagnosis: {dx}. Postoperative diagnosis: {dx}. Procedure: {s['title']}. "
             f"Surgeon: {rng.choice(SURGEON)} Anesthesia: {rng.choice(ANESTHESIA)}").replace(").. ", "). ")
    label = rng.choice(["Indications for procedure", "Indication for the procedure", "Reason for procedure",
                        "Indications"])
    dlabel = rng.choice(["Description of procedure", "Details of the procedure", "Procedure description",
                         "Description of the procedure"])
    return "\n\n".join([
        rng.choice(["Interventional Pain Procedure Report", "PAIN MANAGEMENT PROCEDURE NOTE", "Procedure Report"]),
        first,
        f"{label}: " + " ".join(ind + [pre]),
        f"{dlabel}: " + " ".join(desc),
        f"Estimated blood loss: {rng.choice(EBL)} Specimens: {rng.choice(SPEC)}",
        "Disposition: " + " ".join(disp),
    ])


def _hopd(s, dx, ind, pre, desc, disp, rng) -> str:
    lines = [rng.choice(["HOSPITAL OUTPATIENT DEPARTMENT - PAIN PROCEDURE NOTE",
                         "Outpatient Procedure Unit: Interventional Pain Procedure Record",
                         "AMBULATORY SURGERY - PROCEDURE DOCUMENTATION"]),
             f"Date of procedure: {s['dos']}",
             f"Procedure: {s['title']}"]
    if s.get("side_field"):
        lines.append(f"Laterality: {s['side_field']}")
    if s.get("level_field"):
        lines.append(f"Level(s): {s['level_field']}")
    lines += [f"Pre-procedure diagnosis: {dx}", f"Post-procedure diagnosis: {dx}",
              f"Performing physician: {rng.choice(SURGEON)}", f"Anesthesia: {rng.choice(ANESTHESIA)}", "",
              "Indication: " + " ".join(ind), "", "Pre-procedure assessment: " + pre, "",
              "Procedure details: " + " ".join(desc), "",
              f"EBL: {rng.choice(EBL)}", f"Specimens: {rng.choice(SPEC)}", "",
              "Post-procedure: " + " ".join(disp)]
    return "\n".join(lines)


# --- the 30 procedure specs ----------------------------------------------------------------------------------------

LEG = dict(spine="low back", sign="a positive straight leg raise", aggr="sitting and bending", extrem="foot")
LEGS = dict(spine="low back", sign="a positive straight leg raise on both sides", aggr="standing and walking",
            extrem="feet")
ARM = dict(spine="neck", sign="a positive Spurling maneuver", aggr="turning the head", extrem="hand")


def specs(proc, line, given) -> list[dict]:
    """The procedures drawn for this batch, each with its gold."""
    S: list[dict] = []
    lido = lambda mg: given("lidocaine", mg)  # noqa: E731

    # ---------------- transforaminal epidural (8)
    S.append(dict(
        id="fcl-tfesi-01", kind="tf", dos="2026-02-17", pos="11", months=5, care_wk=8, pain=(8, 3),
        dx="Left L5 lumbar radiculopathy (M54.16)",
        title="Left L4-L5 and L5-S1 transforaminal epidural steroid injection under fluoroscopy",
        rad=dict(sl="the left leg", derm="L5", **LEG), mri=dict(reg="lumbar", sd="left-sided", lvl="L4-L5", root="L5"),
        skin=3, contrast=("Omnipaque 240", 2), views=True, side_field="Left", level_field="L4-L5, L5-S1",
        tech=["A 22-gauge spinal needle was advanced under oblique views into the left L4-L5 neural foramen and a second "
              "needle into the left L5-S1 foramen, using a transforaminal approach to the safe triangle."],
        inj=["At each level, 0.5 mL of dexamethasone 10 mg/mL mixed with 1 mL of 0.25% bupivacaine was injected slowly."],
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, sedation="local")],
        drugs=[given("dexamethasone_sodium_phosphate", 10), given("bupivacaine", 5), lido(30), given("iohexol", 2, "ml")],
        codes=[line("64483", "LT"), line("64484", "LT"), line("J1100", units=10)]))
    S.append(dict(
        id="fcl-tfesi-02", kind="tf", dos="2025-06-03", pos="22", months=7, care_wk=10, pain=(7, 2), omit="saved_images",
        dx="Right S1 lumbosacral radiculopathy (M54.17)",
        title="Right L5-S1 transforaminal epidural steroid injection",
        rad=dict(sl="the right leg", derm="S1", **LEG), mri=dict(reg="lumbar", sd="right", lvl="L5-S1", root="S1"),
        skin=2, contrast=("Isovue-M 300", 1.5), views=True, side_field="Right", level_field="L5-S1",
        tech=["A 3.5-inch 22-gauge spinal needle was directed to the right L5-S1 intervertebral foramen via a "
              "transforaminal approach until the tip lay in the superior aspect of the foramen."],
        inj=["A mixture of 1 mL of Kenalog-40 (triamcinolone 40 mg) and 1 mL of 1% lidocaine was then injected."],
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                    levels=["L5-S1"], imaging="fluoroscopy", contrast=True, sedation="local")],
        drugs=[given("triamcinolone_acetonide", 40), lido(30), given("iopamidol", 1.5, "ml")],
        codes=[line("64483", "RT")], findings=["saved_images"]))
    S.append(dict(
        id="fcl-tfesi-03", kind="tf", dos="2024-10-08", pos="11", payer="medicare_cgs", months=9, care_wk=12,
        pain=(7, 2), dx="Lumbar disc herniation with radiculopathy (M51.16)",
        title="Bilateral L5-S1 transforaminal epidural steroid injections",
        rad=dict(sl="both legs", derm="L5", **LEGS), mri=dict(reg="lumbar", sd="bilateral", lvl="L5-S1", root="L5"),
        skin=4, contrast=("Omnipaque 300", 2), views=True, side_field="Bilateral", level_field="L5-S1",
        tech=["Through separate entry sites, 22-gauge needles were advanced into the right and left L5-S1 foramina by a "
              "transforaminal route."],
        inj=["On each side, 1 mL of Celestone Soluspan (betamethasone 6 mg/mL) with 1 mL of 0.2% ropivacaine was injected, "
             "for a total of betamethasone 12 mg."],
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                    levels=["L5-S1"], imaging="fluoroscopy", contrast=True, sedation="local")],
        drugs=[given("betamethasone_sodium_phosphate_acetate", 12), given("ropivacaine", 4), lido(40),
               given("iohexol", 2, "ml")],
        codes=[line("64483", "50"), line("J0702", units=2)]))
    S.append(dict(
        id="fcl-tfesi-04", kind="tf", dos="2026-05-12", pos="24", months=4, care_wk=6, pain=(6, 2),
        dx="Cervical radiculopathy (M54.12)", position="supine",
        title="Right C5-C6 and C6-C7 cervical transforaminal epidural injection",
        rad=dict(sl="the right arm", derm="C7", **ARM), mri=dict(reg="cervical", sd="right", lvl="C6-C7", root="C7"),
        skin=1, contrast=("Omnipaque 240", 1), views=True, side_field="Right", level_field="C5-C6, C6-C7",
        tech=["With the head rotated, a 25-gauge blunt-tipped needle was advanced to the posterior aspect of the right "
              "C5-C6 foramen and then to the right C6-C7 foramen by a transforaminal approach under live imaging."],
        inj=["Dexamethasone 4 mg (1 mL of 4 mg/mL) with 0.5 mL of 1% lidocaine was injected at each of the two levels."],
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="cervical", laterality="right",
                    levels=["C5-C6", "C6-C7"], imaging="fluoroscopy", contrast=True, sedation="local")],
        drugs=[given("dexamethasone_sodium_phosphate", 8), lido(20), given("iohexol", 1, "ml")],
        codes=[line("64479", "RT"), line("64480", "RT")]))
    S.append(dict(
        id="fcl-tfesi-05", kind="tf", dos="2023-09-19", pos="11", months=6, care_wk=9, pain=(8, 4),
        dx="Lumbosacral radiculopathy (M54.17)",
        title="Left S1 transforaminal epidural steroid injection",
        rad=dict(sl="the left leg", derm="S1", **LEG), mri=dict(reg="lumbar", sd="left", lvl="L5-S1", root="S1"),
        skin=2, contrast=("Isovue-M 200", 1), views=True, side_field="Left", level_field="S1",
        tech=["The left S1 posterior sacral foramen was identified, and a 22-gauge needle was advanced through it for a "
              "transforaminal injection at S1."],
        inj=["Depo-Medrol 40 mg (1 mL of 40 mg/mL) and 1 mL of 0.25% bupivacaine were injected."],
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="sacral", laterality="left",
                    levels=["S1"], imaging="fluoroscopy", contrast=True, sedation="local")],
        drugs=[given("methylprednisolone_acetate", 40), given("bupivacaine", 2.5), lido(20), given("iopamidol", 1, "ml")],
        codes=[line("64483", "LT"), line("J1030")]))
    S.append(dict(
        id="fcl-tfesi-06", kind="tf", dos="2025-08-26", pos="11", payer="medicare_fcso", months=11, care_wk=16,
        pain=(7, 3), dx="Right lumbar radiculopathy (M54.16)",
        title="Repeat right L3-L4 and L4-L5 transforaminal epidural steroid injection",
        rad=dict(sl="the right leg", derm="L4", **LEG), mri=dict(reg="lumbar", sd="right", lvl="L3-L4", root="L3"),
        prior=(60, 4, "transforaminal epidural injection"),
        skin=3, contrast=("Omnipaque 240", 1.5), views=True, side_field="Right", level_field="L3-L4, L4-L5",
        tech=["Needles were placed into the right L3-L4 and right L4-L5 foramina through a transforaminal approach."],
        inj=["Each level received 0.5 mL of triamcinolone 40 mg/mL (20 mg) with 0.5 mL of 0.5% bupivacaine, for a total "
             "of triamcinolone 40 mg."],
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                    levels=["L3-L4", "L4-L5"], imaging="fluoroscopy", contrast=True, sedation="local")],
        drugs=[given("triamcinolone_acetonide", 40), given("bupivacaine", 5), lido(30), given("iohexol", 1.5, "ml")],
        codes=[line("64483", "RT"), line("64484", "RT"), line("J3301", units=4)]))
    S.append(dict(
        id="fcl-tfesi-07", kind="tf", dos="2026-09-15", pos="22", months=5, care_wk=7, pain=(9, None),
        omit="post_procedure_pain_score", dx="Left L4 radiculopathy due to lumbar disc herniation (M51.16)",
        title="Transforaminal epidural steroid injection, left L4-L5",
        rad=dict(sl="the left leg", derm="L4", **LEG), mri=dict(reg="lumbar", sd="left", lvl="L4-L5", root="L4"),
        skin=2, contrast=("Omnipaque 240", 1), views=True, side_field="Left", level_field="L4-L5",
        tech=["A 22-gauge Quincke needle was walked into the left L4-L5 foramen by a transforaminal approach."],
        inj=["Dexamethasone 10 mg (1 mL) and 1 mL of 0.25% bupivacaine were then injected."],
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                    levels=["L4-L5"], imaging="fluoroscopy", contrast=True, sedation="local")],
        drugs=[given("dexamethasone_sodium_phosphate", 10), given("bupivacaine", 2.5), lido(20), given("iohexol", 1, "ml")],
        codes=[line("64483", "LT")], findings=["post_procedure_pain_score"]))
    S.append(dict(
        id="fcl-tfesi-08", kind="tf", dos="2026-07-21", pos="11", months=8, care_wk=10, pain=(8, 2),
        dx="Right lumbar radiculopathy (M54.16)",
        title="Right L5-S1 transforaminal epidural steroid injection",
        rad=dict(sl="the right leg", derm="L5", **LEG), mri=dict(reg="lumbar", sd="right", lvl="L5-S1", root="L5"),
        skin=2, contrast=("Isovue-M 300", 1), views=True, side_field="Right", level_field="L5-S1",
        tech=["The needle was advanced into the right L5-S1 neural foramen using a transforaminal approach."],
        inj=["Dexamethasone was drawn from a 1 mL single-dose vial of 10 mg/mL: 8 mg (0.8 mL) was injected with 1 mL of "
             "0.2% ropivacaine, and the remaining 2 mg was discarded."],
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                    levels=["L5-S1"], imaging="fluoroscopy", contrast=True, sedation="local")],
        drugs=[given("dexamethasone_sodium_phosphate", 8), given("ropivacaine", 2), lido(20), given("iopamidol", 1, "ml")],
        codes=[line("64483", "RT"), line("J1100", units=8), line("J1100", "JW", units=2)]))

    # ---------------- interlaminar / caudal epidural (5)
    S.append(dict(
        id="fcl-ilesi-01", kind="il", dos="2026-01-13", pos="11", months=10, care_wk=12, pain=(7, 3),
        dx="Lumbar spinal stenosis with neurogenic claudication (M48.062)",
        title="Lumbar interlaminar epidural steroid injection at L5-S1",
        rad=dict(sl="both legs", derm="L5", **LEGS), mri=dict(reg="lumbar", sd="central and bilateral", lvl="L5-S1", root="L5"),
        skin=3, contrast=("Omnipaque 240", 2), views=True, level_field="L5-S1",
        tech=["A 20-gauge Tuohy needle was advanced in the midline at the L5-S1 interspace, and the epidural space was "
              "entered by loss of resistance to saline through an interlaminar approach."],
        inj=["Triamcinolone 80 mg (2 mL of Kenalog-40) diluted with 3 mL of preservative-free saline was injected."],
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L5-S1"],
                    imaging="fluoroscopy", contrast=True, sedation="local")],
        drugs=[given("triamcinolone_acetonide", 80), lido(30), given("iohexol", 2, "ml")],
        codes=[line("62323"), line("J3301", units=8)]))
    S.append(dict(
        id="fcl-ilesi-02", kind="il", dos="2025-03-04", pos="22", months=6, care_wk=8, pain=(6, 2),
        dx="Cervical radiculopathy (M54.12)",
        title="Cervical interlaminar epidural steroid injection, C7-T1",
        rad=dict(sl="the left arm", derm="C7", **ARM), mri=dict(reg="cervical", sd="left", lvl="C6-C7", root="C7"),
        skin=2, contrast=("Omnipaque 300", 1), views=True, level_field="C7-T1",
        tech=["An 18-gauge Tuohy needle was advanced in the midline at C7-T1 under contralateral oblique views, and the "
              "epidural space was identified by loss of resistance via an interlaminar approach."],
        inj=["Dexamethasone 10 mg in 2 mL of preservative-free normal saline was injected."],
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C7-T1"],
                    imaging="fluoroscopy", contrast=True, sedation="local")],
        drugs=[given("dexamethasone_sodium_phosphate", 10), lido(20), given("iohexol", 1, "ml")],
        codes=[line("62321")]))
    S.append(dict(
        id="fcl-caudal-01", kind="il", dos="2024-12-10", pos="24", months=12, care_wk=14, pain=(7, 4),
        dx="Post-laminectomy syndrome (M96.1) with bilateral radicular leg pain",
        title="Caudal epidural steroid injection",
        rad=dict(sl="both legs", derm="S1", **LEGS), mri=dict(reg="lumbar", sd="bilateral", lvl="L4-L5", root="L5"),
        skin=2, contrast=("Isovue-M 200", 3), views=True,
        tech=["The sacral hiatus was identified, and a 20-gauge Tuohy needle was passed through the sacrococcygeal "
              "ligament into the caudal epidural canal."],
        inj=["Methylprednisolone 80 mg (Depo-Medrol 2 mL) with 4 mL of 0.25% bupivacaine and 5 mL of preservative-free "
             "saline was injected through the caudal needle."],
        procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy", contrast=True,
                    sedation="local")],
        drugs=[given("methylprednisolone_acetate", 80), given("bupivacaine", 10), lido(20), given("iopamidol", 3, "ml")],
        codes=[line("62323")]))
    S.append(dict(
        id="fcl-ilesi-03", kind="il", dos="2024-01-23", pos="11", months=9, care_wk=0, pain=(8, 3),
        omit="conservative_care", dx="Lumbar radiculopathy (M54.16)",
        title="Repeat lumbar interlaminar epidural steroid injection, L4-L5",
        rad=dict(sl="both legs", derm="L5", **LEGS), mri=dict(reg="lumbar", sd="bilateral", lvl="L4-L5", root="L5"),
        prior=(60, 4, "lumbar epidural steroid injection"),
        skin=3, contrast=("Omnipaque 240", 1.5), views=True, level_field="L4-L5",
        tech=["A 20-gauge Tuohy needle was advanced at the L4-L5 interspace "
              "until loss of resistance confirmed entry into the epidural space by the interlaminar route."],
        inj=["Depo-Medrol 80 mg (2 mL of 40 mg/mL) with 2 mL of preservative-free saline was injected."],
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L4-L5"],
                    imaging="fluoroscopy", contrast=True, sedation="local")],
        drugs=[given("methylprednisolone_acetate", 80), lido(30), given("iohexol", 1.5, "ml")],
        codes=[line("62323"), line("J1040")], findings=["conservative_care"],
        comment="Repeat with a documented prior response (60% for four months); no conservative care written."))
    S.append(dict(
        id="fcl-caudal-02", kind="il", dos="2026-10-06", pos="11", months=7, care_wk=9, pain=(6, 2),
        dx="Lumbosacral radiculopathy (M54.17)",
        title="Caudal epidural steroid injection under fluoroscopic guidance",
        rad=dict(sl="both legs", derm="S1", **LEGS), mri=dict(reg="lumbar", sd="bilateral", lvl="L5-S1", root="S1"),
        skin=2, contrast=("Omnipaque 240", 3), views=True,
        tech=["A 22-gauge spinal needle was inserted through the sacral hiatus into the caudal epidural space."],
        inj=["Dexamethasone 10 mg mixed with 8 mL of preservative-free saline was then injected."],
        procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy", contrast=True,
                    sedation="local")],
        drugs=[given("dexamethasone_sodium_phosphate", 10), lido(20), given("iohexol", 3, "ml")],
        codes=[line("62323"), line("J1100", units=10)]))

    # ---------------- facet injection, all diagnostic (5)
    S.append(dict(
        id="fcl-mbb-01", kind="facet", dos="2026-04-14", pos="11", months=8, care_wk=12, pain=(6, 1),
        dx="Lumbar spondylosis without myelopathy or radiculopathy (M47.816)",
        title="Bilateral L4-L5 and L5-S1 diagnostic lumbar medial branch blocks",
        side_field="Bilateral", level_field="L4-L5, L5-S1",
        tech=["For this diagnostic block, 22-gauge needles were placed on both sides at the L3 and L4 medial branches, "
              "at the junction of the superior articular and transverse processes, and at the L5 dorsal ramus in the "
              "sacral ala groove."],
        inj=["After negative aspiration, 0.5 mL of 0.5% bupivacaine was injected at each of the six sites."],
        skin=6, procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                            levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic", sedation="local")],
        drugs=[given("bupivacaine", 15), lido(60)],
        codes=[line("64493", "50", "KX"), line("64494", "50", "KX")]))
    S.append(dict(
        id="fcl-mbb-02", kind="facet", dos="2025-11-18", pos="24", months=6, care_wk=10, pain=(7, 2),
        dx="Cervical spondylosis without myelopathy or radiculopathy (M47.812)", scale="Neck Disability Index", score=38,
        title="Right C5-C6 and C6-C7 cervical medial branch blocks (diagnostic)",
        side_field="Right", level_field="C5-C6, C6-C7",
        tech=["Using a lateral approach, 25-gauge needles were placed on the right C5, C6 and C7 medial branches at the "
              "waists of the articular pillars, for a diagnostic block of the right C5-C6 and C6-C7 facet joints."],
        inj=["Bupivacaine 0.5%, 0.4 mL, was injected at each of the three medial branches."],
        skin=1.5, procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="right",
                              levels=["C5-C6", "C6-C7"], imaging="fluoroscopy", intent="diagnostic", sedation="local")],
        drugs=[given("bupivacaine", 6), lido(15)],
        codes=[line("64490", "KX", "RT"), line("64491", "KX", "RT")]))
    S.append(dict(
        id="fcl-mbb-03", kind="facet", dos="2025-02-25", pos="11", months=5, care_wk=8, pain=(6, 2), omit="consent",
        dx="Lumbar spondylosis without myelopathy or radiculopathy (M47.816)",
        title="Left L4 medial branch and L5 dorsal ramus block, diagnostic",
        side_field="Left",
        tech=["Spinal needles were positioned at the left L4 medial branch and the left L5 dorsal ramus for a diagnostic "
              "medial branch block."],
        inj=["At each of the two nerves, 0.5 mL of 2% lidocaine was injected."],
        skin=2, procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="left",
                            levels=["L5-S1"], imaging="fluoroscopy", intent="diagnostic", sedation="local")],
        drugs=[lido(40)], consent=False,
        codes=[line("64493", "KX", "LT")], findings=["consent"],
        comment="Medial branches named only: L4 medial branch + L5 dorsal ramus innervate the L5-S1 joint."))
    S.append(dict(
        id="fcl-facet-01", kind="facet", dos="2026-06-09", pos="22", months=9, care_wk=12, pain=(7, 2),
        dx="Lumbar spondylosis without myelopathy or radiculopathy (M47.816)",
        title="Right L4-L5 and L5-S1 intra-articular facet joint injections, diagnostic",
        side_field="Right", level_field="L4-L5, L5-S1", contrast=("Omnipaque 240", 0.6),
        tech=["Under oblique views, 22-gauge needles were advanced into the right L4-L5 and L5-S1 facet joint spaces "
              "for an intra-articular diagnostic injection, and a small arthrogram was obtained at each joint."],
        inj=["Each joint was then injected with 1 mL of 0.5% bupivacaine."],
        skin=2, procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="right",
                            levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, intent="diagnostic",
                            sedation="local")],
        drugs=[given("bupivacaine", 10), lido(20), given("iohexol", 0.6, "ml")],
        codes=[line("64493", "KX", "RT"), line("64494", "KX", "RT")]))
    S.append(dict(
        id="fcl-facet-02", kind="facet", dos="2026-08-11", pos="11", payer="medicare_cgs", months=10, care_wk=6,
        pain=(5, 1), dx="Lumbar spondylosis without myelopathy or radiculopathy (M47.816)",
        title="Bilateral L4-L5 facet joint injections (intra-articular), diagnostic",
        side_field="Bilateral", level_field="L4-L5",
        tech=["A 22-gauge needle was guided into the right and then the left L4-L5 facet joints for an intra-articular "
              "diagnostic injection."],
        inj=["Each joint received 1 mL of 0.25% bupivacaine."],
        skin=2, procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="bilateral",
                            levels=["L4-L5"], imaging="fluoroscopy", intent="diagnostic", sedation="local")],
        drugs=[given("bupivacaine", 5), lido(20)],
        codes=[line("64493", "50", "KX")]))

    # ---------------- facet RFA (3)
    S.append(dict(
        id="fcl-rfa-01", kind="rfa", dos="2026-03-24", pos="24", months=12, care_wk=16, pain=(7, 3), diag=(90, 85),
        dx="Lumbar spondylosis without myelopathy or radiculopathy (M47.816)",
        title="Right L4-L5 and L5-S1 radiofrequency ablation of the medial branches",
        side_field="Right", level_field="L4-L5, L5-S1",
        tech=["RF cannulas (18-gauge, 10 mm active tip) were placed parallel to the right L3 and L4 medial branches and "
              "the right L5 dorsal ramus. Sensory testing at 50 Hz reproduced concordant pain below 0.5 V, and motor "
              "testing at 2 Hz up to 2 V produced no leg contraction."],
        inj=["Before lesioning, 1 mL of 2% lidocaine was injected through each cannula. Thermal radiofrequency lesions "
             "were made at 85 degrees C for 90 seconds at each of the three nerves."],
        skin=3, procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="right",
                            levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", sedation="local")],
        drugs=[lido(90)],
        codes=[line("64635", "RT"), line("64636", "RT")]))
    S.append(dict(
        id="fcl-rfa-02", kind="rfa", dos="2025-10-14", pos="22", months=14, care_wk=12, pain=(6, 3), diag=(80, 90),
        omit="complications", dx="Cervical spondylosis without myelopathy or radiculopathy (M47.812)",
        scale="Neck Disability Index", score=42,
        title="Left C4-C5 and C5-C6 cervical facet radiofrequency neurotomy",
        side_field="Left", level_field="C4-C5, C5-C6",
        tech=["Through a posterolateral approach, RF cannulas were placed on the left C4, C5 and C6 medial branches to "
              "denervate the left C4-C5 and C5-C6 facet joints. Sensory stimulation confirmed concordant neck pain, and "
              "motor stimulation produced no upper extremity activity."],
        inj=["Each site was anesthetized with 0.5 mL of 2% lidocaine, and conventional thermal lesions at 80 degrees C "
             "for 90 seconds were created at each medial branch."],
        skin=2, procs=[proc("facet_rfa", approach="medial_branch", region="cervical", laterality="left",
                            levels=["C4-C5", "C5-C6"], imaging="fluoroscopy", sedation="local")],
        drugs=[lido(50)], complications=None,
        codes=[line("64633", "LT"), line("64634", "LT")], findings=["complications"]))
    S.append(dict(
        id="fcl-rfa-03", kind="rfa", dos="2026-11-03", pos="11", months=10, care_wk=12, pain=(8, 4), diag=(85, 80),
        dx="Lumbar spondylosis without myelopathy or radiculopathy (M47.816)",
        title="Bilateral L3-L4 and L4-L5 lumbar medial branch radiofrequency ablation",
        side_field="Bilateral", level_field="L3-L4, L4-L5",
        tech=["Radiofrequency cannulas were placed along the L2, L3 and L4 medial branches on both sides. Sensory and "
              "motor testing were appropriate at every site."],
        inj=["At each of the six sites, 0.5 mL of 2% lidocaine was injected before lesioning. Thermal lesions were "
             "created at 85 degrees C for 90 seconds. Afterward, 0.5 mL of 0.5% bupivacaine was injected at each site, "
             "with dexamethasone 2 mg given on each side (4 mg in total)."],
        skin=4, procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="bilateral",
                            levels=["L3-L4", "L4-L5"], imaging="fluoroscopy", sedation="local")],
        drugs=[lido(100), given("bupivacaine", 15), given("dexamethasone_sodium_phosphate", 4)],
        codes=[line("64635", "50"), line("64636", "50"), line("J1100", units=4)]))

    # ---------------- SI joint injection, diagnostic (3)
    S.append(dict(
        id="fcl-si-01", kind="si", dos="2026-01-27", pos="11", months=6, care_wk=8, pain=(7, 1), relief=85,
        dx="Right sacroiliitis (M46.1)",
        title="Right sacroiliac joint injection, diagnostic, under fluoroscopy",
        side_field="Right", contrast=("Omnipaque 240", 0.5), views=True,
        tech=["A 22-gauge spinal needle was advanced into the inferior aspect of the right sacroiliac joint for a "
              "diagnostic intra-articular injection."],
        inj=["The joint was injected with 2 mL of 0.5% bupivacaine."],
        skin=2, procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="right",
                            imaging="fluoroscopy", contrast=True, intent="diagnostic", sedation="local")],
        drugs=[given("bupivacaine", 10), lido(20), given("iohexol", 0.5, "ml")],
        codes=[line("27096", "RT")]))
    S.append(dict(
        id="fcl-si-02", kind="si", dos="2025-05-20", pos="24", months=8, care_wk=10, pain=(8, 2), relief=75,
        omit="time_out", dx="Left sacroiliitis (M46.1)",
        title="Left sacroiliac joint injection (diagnostic)",
        side_field="Left", contrast=("Isovue-M 300", 0.5), views=True,
        tech=["Under an oblique view, the needle was advanced into the caudal portion of the left sacroiliac joint, "
              "intra-articular, for this diagnostic injection."],
        inj=["A total of 1.5 mL of 2% lidocaine was injected into the joint."],
        skin=2, procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="left",
                            imaging="fluoroscopy", contrast=True, intent="diagnostic", sedation="local")],
        drugs=[lido(50), given("iopamidol", 0.5, "ml")],
        codes=[line("27096", "LT")], findings=["time_out"]))
    S.append(dict(
        id="fcl-si-03", kind="si", dos="2026-09-29", pos="11", months=7, care_wk=8, pain=(6, 1), relief=83,
        dx="Sacroiliitis, bilateral (M46.1)",
        title="Bilateral sacroiliac joint injections, diagnostic",
        side_field="Bilateral", contrast=("Omnipaque 240", 1), views=True,
        tech=["Both sacroiliac joints were entered in turn with 22-gauge needles at their inferior recesses for a "
              "diagnostic intra-articular injection."],
        inj=["Each joint received 2 mL of 0.5% ropivacaine."],
        skin=3, procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="bilateral",
                            imaging="fluoroscopy", contrast=True, intent="diagnostic", sedation="local")],
        drugs=[given("ropivacaine", 20), lido(30), given("iohexol", 1, "ml")],
        codes=[line("27096", "50")]))

    # ---------------- occipital nerve block (2)
    S.append(dict(
        id="fcl-onb-01", kind="other", dos="2026-02-03", pos="11", months=6, care_wk=8, pain=(7, 2),
        dx="Occipital neuralgia (M54.81)", position="seated", fluoro=False,
        title="Bilateral greater occipital nerve blocks",
        side_field="Bilateral", scale="Headache Impact Test-6 score", score=64,
        tech=["Using anatomic landmarks, without image guidance, the greater occipital nerve was located medial to the "
              "occipital artery along the superior nuchal line on each side, and a 25-gauge needle was advanced to bone "
              "and withdrawn slightly."],
        inj=["On each side, 2 mL of 0.5% bupivacaine with 20 mg of triamcinolone (0.5 mL of 40 mg/mL) was injected, for "
             "a total of triamcinolone 40 mg."],
        procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="bilateral",
                    imaging="none", sedation="local")],
        drugs=[given("bupivacaine", 20), given("triamcinolone_acetonide", 40)],
        codes=[line("64405", "50"), line("J3301", units=4)]))
    S.append(dict(
        id="fcl-onb-02", kind="other", dos="2025-12-09", pos="22", months=5, care_wk=8, pain=(8, 3),
        dx="Occipital neuralgia (M54.81)", position="prone", fluoro=False,
        title="Right greater occipital nerve block under ultrasound guidance",
        side_field="Right", scale="Headache Impact Test-6 score", score=66,
        tech=["A linear ultrasound probe was placed at the level of C2, and the right greater occipital nerve was "
              "identified between the obliquus capitis inferior and semispinalis capitis muscles. A 25-gauge needle was "
              "advanced in plane, and a representative ultrasound image was saved to the record."],
        inj=["A solution of 3 mL of 0.25% bupivacaine with dexamethasone 4 mg was injected around the nerve."],
        procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="right",
                    imaging="ultrasound", sedation="local")],
        drugs=[given("bupivacaine", 7.5), given("dexamethasone_sodium_phosphate", 4)],
        codes=[line("64405", "RT"), line("76942", "26")]))

    # ---------------- trigger point (1), genicular block (1), joint injections (2)
    S.append(dict(
        id="fcl-tpi-01", kind="other", dos="2026-06-23", pos="11", months=5, care_wk=8, pain=(7, 3), relief=57,
        dx="Myofascial pain syndrome (M79.18)", fluoro=False,
        exam="Examination showed taut bands with palpable trigger points and a local twitch response in the left "
             "quadratus lumborum, left lumbar multifidus and left iliocostalis lumborum, each reproducing the referred pain.",
        title="Trigger point injections, left lumbar region, three muscles",
        tech=["Each trigger point was isolated between two fingers, and a 25-gauge needle was inserted into the left "
              "quadratus lumborum, the left lumbar multifidus and the left iliocostalis lumborum in turn."],
        inj=["After negative aspiration, 2 mL of 1% lidocaine was injected at each of the three trigger points."],
        procs=[proc("trigger_point", region="lumbar", laterality="left", sedation="local")],
        drugs=[lido(60)],
        codes=[line("20553")]))
    S.append(dict(
        id="fcl-gnb-01", kind="other", dos="2026-04-28", pos="24", months=10, care_wk=12, pain=(7, 1),
        dx="Primary osteoarthritis, right knee (M17.11)", position="supine",
        title="Right genicular nerve block (superomedial, superolateral and inferomedial), diagnostic",
        side_field="Right", scale="KOOS pain subscale", score=40,
        tech=["Under fluoroscopy, 22-gauge needles were placed at the junctions of the shaft and the epicondyles for the "
              "superomedial and superolateral genicular nerves and at the medial tibial flare for the inferomedial "
              "genicular nerve of the right knee, as a diagnostic block before possible ablation."],
        inj=["At each of the three nerves, 1 mL of 0.5% bupivacaine was injected."],
        skin=1.5, procs=[proc("genicular_nerve_block", target="knee", region="knee", laterality="right",
                              imaging="fluoroscopy", intent="diagnostic", sedation="local")],
        drugs=[given("bupivacaine", 15), lido(15)],
        codes=[line("64454", "RT")]))
    S.append(dict(
        id="fcl-knee-01", kind="other", dos="2026-08-04", pos="11", months=9, care_wk=12, pain=(7, 2),
        dx="Primary osteoarthritis, left knee (M17.12)", position="supine", fluoro=False,
        title="Left knee intra-articular injection with ultrasound guidance",
        side_field="Left", scale="KOOS pain subscale", score=45,
        tech=["The left suprapatellar recess was visualized with a linear ultrasound transducer, and a 22-gauge needle was "
              "advanced in plane into the joint; the ultrasound image showing the needle in the joint was saved."],
        inj=["Triamcinolone 40 mg (1 mL of 40 mg/mL from a single-dose vial, the entire vial used, nothing discarded) "
             "with 4 mL of 1% lidocaine was injected into the left knee."],
        procs=[proc("joint_injection", target="knee", region="knee", laterality="left", imaging="ultrasound",
                    sedation="local")],
        drugs=[given("triamcinolone_acetonide", 40), lido(40)],
        codes=[line("20611", "LT"), line("J3301", "JZ", units=4)]))
    S.append(dict(
        id="fcl-shoulder-01", kind="other", dos="2025-07-15", pos="11", months=8, care_wk=10, pain=(6, 2),
        dx="Primary osteoarthritis, right shoulder (M19.011)", position="seated", fluoro=False,
        title="Right glenohumeral joint injection",
        side_field="Right", scale="QuickDASH score", score=48,
        tech=["Using a posterior approach guided by anatomic landmarks, with no imaging, a 22-gauge needle was advanced "
              "into the right glenohumeral joint."],
        inj=["Methylprednisolone acetate 40 mg (Depo-Medrol 1 mL) and 3 mL of 0.25% bupivacaine were injected."],
        procs=[proc("joint_injection", target="shoulder", region="shoulder", laterality="right", imaging="none",
                    sedation="local")],
        drugs=[given("methylprednisolone_acetate", 40), given("bupivacaine", 7.5)],
        codes=[line("20610", "RT"), line("J1010", units=40)]))
    return S


STYLES = ["op_caps", "op_title", "op_runin", "hopd"]


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:
    """Render every spec (styles dealt round-robin over a seeded shuffle) and queue it with its gold."""
    rng = random.Random(SEED)
    P = Pools(rng)
    S = specs(proc, line, given)
    order = list(range(len(S)))
    rng.shuffle(order)
    for rank, i in enumerate(order):
        S[i]["style"] = STYLES[rank % len(STYLES)]
    for s in S:
        text = render(s, P, rng)
        need = ESI_NEED if s["kind"] in ("tf", "il") else SPINE_NEED
        if s.get("omit") in need:
            need = minus(need, s["omit"])
        pre, post = s["pain"]
        add(s["id"], s["style"], text, procs=s["procs"], drugs=s["drugs"], pain=(pre, post), need=need,
            codes=s["codes"], findings=s.get("findings", []), dos=s["dos"], pos=s["pos"],
            payer=s.get("payer", "medicare"), consent=s.get("consent", True),
            complications=s.get("complications", "none"), comment=s.get("comment"))
