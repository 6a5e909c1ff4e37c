"""Sealed final-check batch `dev_fresh_bp` (`fbp-*`): 15 generated + 15 hand-dictated fictional notes.

Written for the last sealed check of session 11, without reading the corpus notes or the reader's rules.
`build_generated` renders 15 procedure specs in seven styles from phrasing pools written for this batch
(seeded, deterministic); `build_hand` holds 15 hand-dictated notes with the hard cases. Every gold value
(codes, levels, drugs, findings) was labelled from the spec or the text by the conventions of
`corpora/README.md`, never by running Painpoint. No names, record numbers or birth dates.
"""

from __future__ import annotations

import random
import re

SEED = 20261127

STYLES = ("capitalised headers", "title-case headers", "dictated paragraph", "bullets", "inline fields",
          "odd spacing", "boilerplate attestation")

# --- phrasing pools (at least six paraphrases per element) ------------------------------------------------
# Placeholders: {Pr}/{pr} subject pronoun, {obj} object pronoun, {n} months, {w} weeks, {side}, {pre}, {post},
# {pct}, {odi}, {img}, {mm} (month of the imaging), {p1}/{p2} relief percents, {blk}/{blk1} block names,
# {cphrase} contrast amount and agent, {spread}, {views}, {Views}, {why}.

POOLS: dict[str, list[str]] = {
    "duration": [
        "{Pr} reports {n} months of this pain.",
        "Symptoms started roughly {n} months ago and have not settled.",
        "The pain has been present for {n} months.",
        "This has been going on for about {n} months.",
        "Onset was {n} months ago without a clear injury.",
        "{Pr} dates the onset to {n} months before this visit.",
        "Duration of symptoms: {n} months.",
    ],
    "care": [
        "{w} weeks of supervised physical therapy plus a home exercise program did not relieve the pain.",
        "Despite {w} weeks of physical therapy, scheduled NSAIDs and activity modification, the pain persists.",
        "{Pr} completed {w} weeks of PT with no lasting benefit and stopped meloxicam because of stomach upset.",
        "Conservative care over {w} weeks (physical therapy, gabapentin, heat and stretching) failed to control the symptoms.",
        "A {w}-week course of chiropractic care and ibuprofen gave only brief, partial relief.",
        "Formal therapy twice weekly for {w} weeks made no meaningful difference, and naproxen was not tolerated.",
        "Pain continues in spite of {w} weeks of home exercises, acetaminophen and a course of physical therapy.",
    ],
    "function_low": [
        "Standing long enough to cook a meal and walking more than a block are no longer possible.",
        "Oswestry Disability Index today: {odi}%.",
        "{Pr} can sit for only about 20 minutes and has given up gardening.",
        "The pain wakes {obj} at night and limits lifting, bending and housework.",
        "Work hours have been cut back because of the pain.",
        "Walking tolerance is down to one block and {pr} needs help with the shopping.",
    ],
    "function_neck": [
        "Turning the head while driving and working at a computer are limited by the pain.",
        "Neck Disability Index today: {odi}%.",
        "Household chores and carrying groceries have become difficult.",
        "{Pr} has stopped swimming and struggles to get through a work day at the desk.",
        "Sleep is interrupted nightly and overhead reaching is restricted.",
        "The pain keeps {obj} from reading for more than a few minutes and from lifting anything heavy.",
    ],
    "function_knee": [
        "Stairs and getting up from a low chair are difficult.",
        "Walking is limited to about 15 minutes before the knee forces a rest.",
        "{Pr} has stopped the daily walks and needs a rail for stairs.",
        "Kneeling, squatting and standing at the counter are limited by the knee.",
        "The knee pain wakes {obj} at night and limits shopping trips.",
        "WOMAC function score today is {odi} (higher is worse), mostly from stairs and walking.",
    ],
    "leg": [
        "Pain radiates from the {side} buttock down the back of the thigh into the calf, with numbness on the top of the foot.",
        "{Pr} describes shooting pain down the {side} leg below the knee; a straight-leg raise on the {side} reproduces it.",
        "There is burning pain along the {side} lateral leg into the foot, worse with sitting, with reduced sensation in that strip.",
        "The {side} leg pain travels past the knee to the ankle and is worse than the back pain.",
        "Electric pain runs down the {side} posterior thigh and calf with intermittent tingling in the toes.",
        "Exam shows a positive {side} straight-leg raise and decreased light touch over the {side} foot, matching the leg pain.",
    ],
    "claud": [
        "Walking more than a few minutes brings on aching, heaviness and tingling in both legs that eases when {pr} sits or leans forward.",
        "{Pr} has bilateral buttock and leg pain with standing and walking, relieved by flexion, typical of neurogenic claudication.",
        "Both legs cramp and go numb after about one block of walking; sitting relieves it.",
        "Pain spreads into both thighs and calves when upright and settles within minutes of sitting down.",
        "Standing and walking provoke bilateral leg pain and heaviness, which resolve with rest in a flexed posture.",
        "{Pr} leans on the shopping cart to walk because of pain and numbness radiating into both legs.",
    ],
    "legs": [
        "Pain radiates from the low back into both legs, down the back of the thighs to the calves.",
        "{Pr} has radiating pain and pins-and-needles in both lower extremities below the knees.",
        "Bilateral leg pain extends to the feet with numbness in both soles.",
        "Both legs ache and burn from the buttocks to the ankles, worse by evening.",
        "Radicular pain is present in both legs along the posterior thighs and lateral calves.",
        "There is shooting pain into both legs with standing, and the ankle reflexes are reduced bilaterally.",
    ],
    "arm": [
        "Pain radiates from the neck into the {side} arm and down to the hand, with tingling in the middle finger.",
        "{Pr} describes shooting pain from the {side} shoulder blade down the back of the arm to the forearm.",
        "There is numbness and burning along the {side} forearm into the fingers, worse with neck extension.",
        "Spurling's maneuver to the {side} reproduces the arm pain, and the triceps reflex is reduced on that side.",
        "The {side} arm pain follows a dermatomal path to the hand and is worse than the neck pain.",
        "Electric pain runs from the neck into the {side} hand whenever {pr} looks up.",
    ],
    "chest": [
        "Pain wraps around the {side} chest wall in a band at the level of the lower ribs.",
        "{Pr} describes burning pain radiating from the mid back around the {side} flank toward the upper abdomen.",
        "There is a dermatomal band of pain and hypersensitivity along the {side} lower rib cage.",
        "The pain starts beside the spine and shoots around the {side} side of the trunk.",
        "Band-like radiating pain follows the {side} T10 dermatome, with allodynia to light touch.",
        "Sharp pain travels from the thoracic spine around the {side} lower chest with coughing and twisting.",
    ],
    "imaging": [
        "MRI from {mm} shows {img}.",
        "Imaging: MRI ({mm}) demonstrates {img}.",
        "The {mm} MRI was reviewed and shows {img}, concordant with the symptoms.",
        "An MRI obtained in {mm} revealed {img}.",
        "Most recent MRI ({mm}): {img}.",
        "I reviewed the MRI images from {mm}; they show {img}.",
    ],
    "two_blocks": [
        "Two diagnostic {blk} gave {p1}% and {p2}% relief of the index pain for the expected duration of the anesthetic.",
        "{Pr} had {p1}% relief after the first diagnostic {blk1} and {p2}% after the confirmatory block.",
        "Prior diagnostic {blk}: first {p1}% relief, second {p2}% relief.",
        "The two earlier diagnostic {blk} each relieved the pain, by {p1}% and {p2}% respectively.",
        "Relief with the previous diagnostic {blk} was {p1}% (first) and {p2}% (second), lasting several hours each time.",
        "Diagnostic {blk} on two separate days provided {p1}% and {p2}% pain reduction.",
    ],
    "one_block": [
        "The first diagnostic {blk1} gave {p1}% relief lasting about six hours.",
        "After the initial diagnostic {blk1}, pain fell by {p1}% for the duration of the local anesthetic.",
        "{Pr} reported {p1}% relief after the first diagnostic block.",
        "First diagnostic {blk1}: {p1}% relief of the index pain.",
        "The index block produced {p1}% relief, so this confirmatory block is being done.",
        "The pain diary after the first {blk1} showed {p1}% relief over the first six hours.",
    ],
    "indication": [
        "The procedure is indicated for {why}.",
        "Indication: {why}.",
        "{Pr} is referred for this procedure because of {why}.",
        "Reason for procedure: {why}.",
        "This is being done to treat {why}.",
        "Performed for {why}.",
    ],
    "consent": [
        "Risks, benefits and alternatives were reviewed and written informed consent was obtained.",
        "Informed consent was signed after discussion of bleeding, infection, nerve injury and headache.",
        "The patient gave written consent after all questions were answered.",
        "Consent: obtained in writing; risks and alternatives discussed.",
        "We discussed the procedure, its risks and other options, and {pr} consented in writing.",
        "Signed consent is on the chart after a risk-benefit discussion.",
    ],
    "time_out": [
        "A time-out confirmed the patient, procedure, side and level before starting.",
        "Time out performed with the whole team; site and side verified.",
        "Universal protocol was followed, including a final time-out before needle placement.",
        "Pre-procedure pause (time-out) completed and documented.",
        "The team held a time-out to verify identity, laterality and the planned levels.",
        "Time-out: done, all team members in agreement.",
    ],
    "no_sedation": [
        "No sedation was given.",
        "The patient declined sedation.",
        "No IV sedation was administered.",
        "Performed awake, without sedation.",
        "Sedation: none.",
        "No anxiolysis or sedation was required.",
    ],
    "pre": [
        "Pre-procedure pain score: {pre}/10.",
        "Pain before the procedure was {pre} out of 10 on the numeric scale.",
        "NRS {pre}/10 on arrival.",
        "{Pr} rated the pain {pre}/10 just before the injection.",
        "Baseline pain today {pre}/10.",
        "Pain intensity before starting: {pre}/10.",
    ],
    "post": [
        "Post-procedure pain score: {post}/10.",
        "After the injection the pain was {post}/10.",
        "NRS {post}/10 in recovery.",
        "{Pr} rated the pain {post}/10 fifteen minutes afterwards.",
        "Pain on leaving the procedure room: {post}/10.",
        "Pain after the procedure: {post} out of 10.",
    ],
    "pct": [
        "That is about {pct}% relief.",
        "Percent relief: {pct}%.",
        "{Pr} reports {pct}% relief of the usual pain.",
        "Immediate relief was estimated at {pct}%.",
        "This represents {pct}% improvement.",
        "Relief after the block: {pct}%.",
    ],
    "complications": [
        "No complications.",
        "There were no immediate complications.",
        "Complications: none.",
        "The procedure was completed without complication.",
        "No complications were noted; {pr} tolerated it well.",
        "No bleeding, paresthesia or other complication occurred.",
    ],
    "contrast": [
        "{cphrase} showed {spread} without vascular uptake.",
        "Injection of {cphrase} confirmed {spread}; no intravascular pattern was seen.",
        "After negative aspiration, {cphrase} demonstrated {spread}.",
        "Live fluoroscopy during injection of {cphrase} confirmed {spread} with no vascular runoff.",
        "Contrast: {cphrase}, {spread}, no vascular or intrathecal filling.",
        "A contrast study with {cphrase} showed {spread}.",
    ],
    "saved": [
        "{Views} images were saved to the record.",
        "Permanent images in two views ({views}) were stored.",
        "Final needle position and contrast spread were captured in {views} views and archived.",
        "Saved fluoroscopic images: {views}.",
        "Two images ({views}) were saved to PACS.",
        "{Views} spot images were retained for the chart.",
    ],
    "dispo": [
        "Discharged home in stable condition with a driver.",
        "{Pr} was observed for 20 minutes and left walking without help.",
        "Follow-up in the clinic in two weeks.",
        "Post-procedure instructions were given; return visit in 3 to 4 weeks.",
        "Vital signs remained stable and {pr} went home with family.",
        "Plan: keep a pain diary and follow up in one month.",
    ],
}

BOILERPLATE = (
    "This note was completed in the electronic record from a standardized procedure template and reviewed for accuracy.",
    "Attestation: I was present for and personally performed the entire procedure described above.",
    "Electronically signed by the attending interventional pain physician.",
)

# --- the 15 generated specs -----------------------------------------------------------------------------
# Gold per spec: procs, drugs, need, codes, findings, complications/consent; `omit` lists the elements the
# note leaves out. Everything a pool renders documents its element to the standard (durations >= 4 months,
# care >= 6 weeks with a failed outcome, two named views).

LEG_AXIAL = "The pain stays in the low back without radiation into the legs and is worse with extension and twisting."


def _specs(proc, line, given, ESI_NEED, SPINE_NEED, minus):
    """The generated procedure specs with their gold (labelled from the spec, never from a Painpoint run)."""
    fl = "fluoroscopy"
    return [
        dict(id="fbp-tfesi-01", age=61, sex="F", dos="2025-06-17", pos="11",
             title="Left L5-S1 transforaminal epidural steroid injection",
             dx="Lumbosacral radiculopathy, left L5 (M54.17)",
             why="left L5 radicular pain from foraminal stenosis at L5-S1",
             n=7, w=8, rad=("leg", "left"), fn="function_low", mm="April 2025",
             img="a left foraminal disc bulge with facet overgrowth narrowing the left L5-S1 foramen and contacting the exiting L5 root",
             tech=["The patient was placed prone and the lower back was prepped and draped in sterile fashion.",
                   "2 mL of 1% lidocaine was infiltrated at the skin.",
                   "Under fluoroscopic guidance, a 22-gauge spinal needle was advanced using an oblique view into the left L5-S1 neural foramen, and depth was confirmed on a lateral view."],
             meds="1 mL of Kenalog-40 (triamcinolone 40 mg) with 1 mL of 0.25% bupivacaine was injected slowly.",
             contrast=("1.5 mL of Omnipaque 240", "flow along the left L5 nerve root into the epidural space"),
             views="AP and lateral", pre=7, post=2,
             procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                         levels=["L5-S1"], imaging=fl, contrast=True, intent="therapeutic", sedation="none")],
             drugs=[given("lidocaine", 20), given("triamcinolone_acetonide", 40), given("bupivacaine", 2.5),
                    given("iohexol", 1.5, "ml")],
             need=ESI_NEED, codes=[line("64483", "LT"), line("J3301", units=4)], findings=[]),
        dict(id="fbp-tfesi-02", age=72, sex="M", dos="2024-09-04", pos="22",
             title="Bilateral L4-L5 transforaminal epidural steroid injections",
             dx="Lumbar spinal stenosis with neurogenic claudication (M48.062)",
             why="bilateral leg pain from lumbar spinal stenosis",
             n=10, w=12, rad=("claud", None), fn="function_low", mm="June 2024",
             img="moderate central and bilateral foraminal stenosis at L4-L5 from disc bulging and ligamentum flavum thickening",
             tech=["Prone position, sterile prep and drape.",
                   "Using fluoroscopy, a 22-gauge spinal needle was guided into the right L4-L5 foramen through an oblique approach and then into the left L4-L5 foramen in the same way; lateral views confirmed depth on each side."],
             meds="At each foramen 0.5 mL of dexamethasone 10 mg/mL (5 mg) and 1 mL of 1% lidocaine were injected, 10 mg of dexamethasone in total.",
             contrast=("1 mL of Isovue-M 200 at each foramen", "periradicular and epidural flow on both sides"),
             views="AP and lateral", pre=8, post=3, omit={"saved_images"},
             procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                         levels=["L4-L5"], imaging=fl, contrast=True, intent="therapeutic", sedation="none")],
             drugs=[given("dexamethasone_sodium_phosphate", 10), given("lidocaine", 20), given("iopamidol", 2, "ml")],
             need=ESI_NEED, codes=[line("64483", "50")], findings=["saved_images"]),
        dict(id="fbp-tfesi-03", age=55, sex="M", dos="2026-02-10", pos="24",
             title="Right C6-C7 transforaminal epidural steroid injection",
             dx="Cervical radiculopathy, right C7 (M54.12)",
             why="right C7 radicular arm pain",
             n=5, w=6, rad=("arm", "right"), fn="function_neck", mm="December 2025",
             img="a right foraminal disc-osteophyte complex at C6-C7 with moderate to severe right foraminal narrowing",
             tech=["Supine with the head turned slightly to the left; sterile prep and drape.",
                   "1 mL of 1% lidocaine was used at the skin.",
                   "Under fluoroscopic guidance in an oblique view, a 25-gauge spinal needle was advanced to the posterior aspect of the right C6-C7 foramen, and the tip position was checked in the AP view."],
             contrast=("0.8 mL of Omnipaque 240 under digital subtraction", "flow along the right C7 root sleeve"),
             meds="Dexamethasone 4 mg (1 mL of 4 mg/mL) was then injected over one minute.",
             views="AP and oblique", pre=6, post=2,
             procs=[proc("transforaminal_epidural", approach="transforaminal", region="cervical", laterality="right",
                         levels=["C6-C7"], imaging=fl, contrast=True, intent="therapeutic", sedation="none")],
             drugs=[given("lidocaine", 10), given("iohexol", 0.8, "ml"), given("dexamethasone_sodium_phosphate", 4)],
             need=ESI_NEED, codes=[line("64479", "RT")], findings=[]),
        dict(id="fbp-tfesi-04", age=68, sex="F", dos="2023-10-24", pos="11",
             title="Right L3-L4, L4-L5 and L5-S1 transforaminal epidural steroid injections",
             dx="Lumbar disc herniation with radiculopathy, right (M51.16)",
             why="right lumbar radicular pain across several dermatomes with multilevel foraminal narrowing",
             n=9, w=10, rad=("leg", "right"), fn="function_low", mm="August 2023",
             img="right foraminal disc protrusions at L3-L4 and L4-L5 and right L5-S1 foraminal stenosis",
             tech=["Prone; sterile prep and drape.",
                   "With fluoroscopic guidance, 22-gauge spinal needles were placed into the right L3-L4, L4-L5 and L5-S1 neural foramina using oblique views, with lateral images confirming depth at each level."],
             contrast=("1 mL of Omnipaque 300 at each level", "outlining of each right exiting nerve root and the epidural space"),
             meds="At each of the three levels, 0.5 mL of Depo-Medrol 40 mg/mL (20 mg) with 1 mL of 1% lidocaine was injected (methylprednisolone 60 mg in total).",
             views="AP and lateral", pre=8, post=4,
             procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                         levels=["L3-L4", "L4-L5", "L5-S1"], imaging=fl, contrast=True, intent="therapeutic",
                         sedation="none")],
             drugs=[given("iohexol", 3, "ml"), given("methylprednisolone_acetate", 60), given("lidocaine", 30)],
             need=ESI_NEED, codes=[line("64483", "RT"), line("64484", "RT", units=2), line("J1040")],
             findings=["level_limit"]),
        dict(id="fbp-ilesi-01", age=47, sex="F", dos="2025-01-28", pos="11",
             title="Lumbar interlaminar epidural steroid injection at L5-S1",
             dx="Lumbar radiculopathy (M54.16)",
             why="right leg radicular pain from an L5-S1 disc herniation",
             n=4, w=6, rad=("leg", "right"), fn="function_low", mm="November 2024",
             img="a right paracentral disc extrusion at L5-S1 displacing the traversing right S1 nerve root",
             tech=["Prone with a pillow under the abdomen; sterile prep and drape.",
                   "3 mL of 1% lidocaine was infiltrated at the skin and subcutaneous tissue.",
                   "Under fluoroscopic guidance, an 18-gauge Tuohy needle was advanced at the L5-S1 interspace slightly right of midline, and the epidural space was identified by loss of resistance to saline on the lateral view."],
             contrast=("2 mL of Omnipaque 240", "epidural spread over L5-S1 extending to the right side"),
             meds="Kenalog-40, 2 mL (triamcinolone 80 mg, drawn from two single-dose vials that were used completely, none wasted), mixed with 3 mL of preservative-free saline, was injected.",
             views="AP and lateral", pre=7, post=3,
             procs=[proc("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L5-S1"],
                         imaging=fl, contrast=True, intent="therapeutic", sedation="none")],
             drugs=[given("lidocaine", 30), given("iohexol", 2, "ml"), given("triamcinolone_acetonide", 80)],
             need=ESI_NEED, codes=[line("62323"), line("J3301", "JZ", units=8)], findings=[]),
        dict(id="fbp-ilesi-02", age=63, sex="M", dos="2024-05-14", pos="22",
             title="Thoracic interlaminar epidural steroid injection, T10-T11",
             dx="Thoracic radiculopathy (M54.14)",
             why="right-sided thoracic radicular pain from a T10-T11 disc protrusion",
             n=6, w=8, rad=("chest", "right"), fn="function_low", mm="March 2024",
             img="a right foraminal disc protrusion at T10-T11 narrowing the right foramen",
             tech=["Prone; sterile prep and drape.",
                   "2 mL of 1% lidocaine to the skin.",
                   "Under fluoroscopy, a 20-gauge Tuohy needle was advanced through a right paramedian approach at T10-T11 and the epidural space was entered with loss of resistance, confirmed on the contralateral oblique view."],
             contrast=("1 mL of Omnipaque 240", "epidural spread over several thoracic segments, more on the right"),
             meds="Triamcinolone (Kenalog) 40 mg in 1 mL, diluted with 2 mL of preservative-free saline, was injected.",
             views="AP and contralateral oblique", pre=7, post=3, omit={"functional_impairment"},
             procs=[proc("interlaminar_epidural", approach="interlaminar", region="thoracic", levels=["T10-T11"],
                         imaging=fl, contrast=True, intent="therapeutic", sedation="none")],
             drugs=[given("lidocaine", 20), given("iohexol", 1, "ml"), given("triamcinolone_acetonide", 40)],
             need=minus(ESI_NEED, "functional_impairment"), codes=[line("62321")],
             findings=["functional_impairment"]),
        dict(id="fbp-caudal-01", age=74, sex="F", dos="2025-11-05", pos="24",
             title="Caudal epidural steroid injection",
             dx="Post-laminectomy syndrome (M96.1) with bilateral leg pain",
             why="bilateral radicular leg pain after a lumbar laminectomy six years ago",
             n=14, w=12, rad=("legs", None), fn="function_low", mm=None, img=None,
             tech=["Prone; the sacral hiatus was palpated and the area prepped and draped.",
                   "After skin infiltration with 2 mL of 1% lidocaine, a 20-gauge Tuohy needle was introduced under lateral fluoroscopic guidance through the sacral hiatus into the caudal epidural canal."],
             contrast=("3 mL of Isovue-M 300", "filling of the caudal canal with cephalad flow to the upper sacrum"),
             meds="Methylprednisolone (Depo-Medrol) 80 mg in 2 mL, 4 mL of 1% lidocaine and 4 mL of preservative-free saline were injected as one 10 mL volume.",
             views="AP and lateral", pre=8, post=4, omit={"imaging_findings"},
             procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging=fl, contrast=True,
                         intent="therapeutic", sedation="none")],
             drugs=[given("lidocaine", 60), given("iopamidol", 3, "ml"), given("methylprednisolone_acetate", 80)],
             need=minus(ESI_NEED, "imaging_findings"), codes=[line("62323")], findings=["imaging_findings"]),
        dict(id="fbp-mbb-01", age=66, sex="M", dos="2025-03-20", pos="11",
             title="Bilateral L4-L5 and L5-S1 lumbar medial branch blocks (second diagnostic block)",
             dx="Lumbar spondylosis without myelopathy or radiculopathy (M47.816)",
             why="bilateral axial low back pain thought to arise from the L4-L5 and L5-S1 facet joints",
             n=20, w=10, rad=None, extra=[LEG_AXIAL], fn="function_low", mm="January 2025",
             img="bilateral facet arthropathy with joint effusions at L4-L5 and L5-S1",
             one=("medial branch block", 85),
             tech=["Prone; sterile prep and drape.",
                   "Under fluoroscopic guidance, 22-gauge spinal needles were placed at the bilateral L3 and L4 medial branches and the bilateral L5 dorsal rami, the nerves supplying the L4-L5 and L5-S1 facet joints."],
             contrast=("0.3 mL of Omnipaque 180 at each target", "spread over each target nerve"),
             meds="0.5 mL of 0.5% bupivacaine was injected at each of the six targets (3 mL in total).",
             views=None, pre=6, post=1,
             procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                         levels=["L4-L5", "L5-S1"], imaging=fl, contrast=True, intent="diagnostic", sedation="none")],
             drugs=[given("iohexol", 1.8, "ml"), given("bupivacaine", 15)],
             need=(*SPINE_NEED, "imaging_findings"),
             codes=[line("64493", "50", "KX"), line("64494", "50", "KX")], findings=[]),
        dict(id="fbp-mbb-02", age=59, sex="F", dos="2024-07-09", pos="24",
             title="Right C4-C5 and C5-C6 cervical medial branch blocks (first diagnostic block)",
             dx="Cervical facet arthropathy (M47.812)",
             why="right-sided axial neck pain from the C4-C5 and C5-C6 facet joints",
             n=8, w=8, rad=None,
             extra=["The pain is in the right side of the neck and upper shoulder without arm symptoms, worse with looking up and turning right."],
             fn="function_neck", mm=None, img=None,
             tech=["Prone with the neck slightly flexed; sterile prep.",
                   "Under fluoroscopic guidance, 25-gauge spinal needles were placed on the right C4, C5 and C6 articular pillars at the medial branch locations for the C4-C5 and C5-C6 joints, confirmed on a lateral view."],
             contrast=("0.2 mL of Isovue-M 200 at each needle", "contrast confined to each articular pillar"),
             meds="0.4 mL of 2% lidocaine was injected at each of the three medial branches.",
             views=None, pre=6, post=2, omit={"time_out", "pre"},
             procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="right",
                         levels=["C4-C5", "C5-C6"], imaging=fl, contrast=True, intent="diagnostic", sedation="none")],
             drugs=[given("iopamidol", 0.6, "ml"), given("lidocaine", 24)],
             need=SPINE_NEED, codes=[line("64490", "KX", "RT"), line("64491", "KX", "RT")],
             findings=["pre_procedure_pain_score", "time_out"]),
        dict(id="fbp-facet-01", age=70, sex="M", dos="2025-09-30", pos="11", truncate=True,
             title="Left L5-S1 facet joint injection, intra-articular, therapeutic",
             dx="Lumbosacral facet syndrome (M47.817)",
             why="left-sided low back pain from the L5-S1 facet joint",
             n=16, w=8, rad=None,
             extra=["Pain is over the left lower lumbar region without radiation below the buttock."],
             fn="function_low", mm="July 2025", img="left L5-S1 facet joint hypertrophy with a small effusion",
             two=("medial branch blocks", "medial branch block", 90, 85),
             tech=["Prone; sterile prep and drape.",
                   "Under fluoroscopic guidance with an ipsilateral oblique view, a 22-gauge spinal needle entered the left L5-S1 facet joint through its inferior recess."],
             contrast=("0.3 mL of Omnipaque 240", "an intra-articular arthrogram"),
             meds="1 mL of methylprednisolone 40 mg/mL with 0.5 mL of 0.5% bupivacaine was injected into the joint.",
             views=None, pre=6, post=2,
             procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="left",
                         levels=["L5-S1"], imaging=fl, contrast=True, intent="therapeutic", sedation="none")],
             drugs=[given("iohexol", 0.3, "ml"), given("methylprednisolone_acetate", 40), given("bupivacaine", 2.5)],
             need=(*SPINE_NEED, "imaging_findings"), codes=[line("64493", "LT"), line("J1010", units=40)],
             findings=[]),
        dict(id="fbp-rfa-01", age=62, sex="F", dos="2026-04-22", pos="11",
             title="Right L4-L5 and L5-S1 radiofrequency ablation of the medial branches",
             dx="Lumbar spondylosis without myelopathy or radiculopathy (M47.816)",
             why="right axial low back pain from the L4-L5 and L5-S1 facet joints",
             n=30, w=12, rad=None, extra=[LEG_AXIAL], fn="function_low", mm="October 2025",
             img="right-sided facet arthropathy at L4-L5 and L5-S1",
             two=("medial branch blocks", "medial branch block", 90, 80),
             sedation=("Moderate sedation was given by me: midazolam 2 mg and fentanyl 50 mcg IV, start 09:12, end 09:37 "
                       "(25 minutes intraservice), with an independent registered nurse monitoring the patient throughout. "
                       "Sedation was needed because she could not hold the prone position for the ablation at the last "
                       "attempt because of severe anxiety despite oral diazepam."),
             tech=["Prone; sterile prep and drape.",
                   "Under fluoroscopy, 18-gauge RF cannulas with 10 mm active tips were positioned along the right L3 and L4 medial branches and the right L5 dorsal ramus.",
                   "Sensory stimulation at 50 Hz reproduced her usual back pain below 0.6 V, and motor testing at 2 Hz to 2 V caused no leg contraction.",
                   "Each site received 1 mL of 2% lidocaine before a thermal lesion at 80 °C for 90 seconds."],
             contrast=None, meds=None, views=None, pre=7, post=3,
             procs=[proc("facet_rfa", region="lumbar", laterality="right", levels=["L4-L5", "L5-S1"], imaging=fl,
                         intent="therapeutic", sedation="moderate")],
             drugs=[given("midazolam", 2), given("fentanyl", 0.05), given("lidocaine", 60)],
             need=(*SPINE_NEED, "imaging_findings"),
             codes=[line("64635", "RT"), line("64636", "RT"), line("99152"), line("99153")], findings=[]),
        dict(id="fbp-si-01", age=58, sex="F", dos="2024-11-12", pos="11",
             title="Therapeutic right sacroiliac joint injection",
             dx="Sacroiliitis, right (M46.1)",
             why="right sacroiliac joint pain",
             n=11, w=8, rad=None,
             extra=["Pain is below L5 over the right sacroiliac joint and buttock; FABER, thigh thrust and compression tests are positive on the right."],
             fn="function_low", mm=None, img=None,
             tech=["Prone; sterile prep.",
                   "Under fluoroscopic guidance, the right sacroiliac joint was profiled with a contralateral oblique tilt and a 22-gauge spinal needle entered its inferior third."],
             contrast=("0.5 mL of Omnipaque 240", "an intra-articular pattern outlining the joint"),
             meds="Triamcinolone 40 mg (Kenalog-40, 1 mL) with 1 mL of 0.5% ropivacaine was injected.",
             views="AP and oblique", pre=6, post=1, pct=83, omit={"diag_blocks"},
             procs=[proc("si_joint_injection", region="sacroiliac", laterality="right", imaging=fl, contrast=True,
                         intent="therapeutic", sedation="none")],
             drugs=[given("iohexol", 0.5, "ml"), given("triamcinolone_acetonide", 40), given("ropivacaine", 5)],
             need=SPINE_NEED, codes=[line("27096", "RT"), line("J3301", units=4)],
             findings=["diagnostic_block_relief"]),
        dict(id="fbp-si-02", age=69, sex="M", dos="2025-05-06", pos="24",
             title="Bilateral sacroiliac joint injections, diagnostic",
             dx="Sacroiliac joint dysfunction, bilateral (M53.3)",
             why="bilateral buttock pain below L5 suspected to arise from both sacroiliac joints",
             n=9, w=8, rad=None,
             extra=["Pain is centered over both sacroiliac joints below L5 with three positive provocation tests on each side."],
             fn="function_low", mm=None, img=None,
             tech=["Prone; sterile prep and drape of both sides.",
                   "Under fluoroscopic guidance, a 22-gauge spinal needle was placed into the inferior aspect of the right sacroiliac joint and then the left, each confirmed with oblique views."],
             contrast=("0.5 mL of Omnipaque 240 on each side", "intra-articular spread in both joints"),
             meds="1.5 mL of 0.5% bupivacaine was injected into each joint.",
             views="AP and oblique", pre=8, post=1, pct=88, omit={"consent"},
             procs=[proc("si_joint_injection", region="sacroiliac", laterality="bilateral", imaging=fl, contrast=True,
                         intent="diagnostic", sedation="none")],
             drugs=[given("iohexol", 1, "ml"), given("bupivacaine", 15)],
             need=SPINE_NEED, codes=[line("27096", "50")], findings=["consent"], consent=False),
        dict(id="fbp-knee-01", age=66, sex="F", dos="2026-07-15", pos="11",
             title="Left knee intra-articular injection under ultrasound guidance",
             dx="Osteoarthritis of the knee",
             why="knee osteoarthritis pain",
             n=24, w=8, rad=None,
             extra=["Pain is in the medial knee with stiffness after rest and crepitus on exam."],
             fn="function_knee", mm=None, img=None,
             tech=["Supine with the knee slightly flexed; sterile prep.",
                   "Using a linear ultrasound probe over the suprapatellar recess, a 22-gauge needle was advanced in-plane into the left knee joint, and a permanent ultrasound image documenting the intra-articular needle position was saved."],
             contrast=None,
             meds="Kenalog 40 mg (1 mL) mixed with 4 mL of 1% lidocaine was injected without resistance.",
             views=None, pre=7, post=3,
             procs=[proc("joint_injection", approach="intra_articular", target="knee", region="knee",
                         laterality="left", imaging="ultrasound", intent="therapeutic", sedation="none")],
             drugs=[given("triamcinolone_acetonide", 40), given("lidocaine", 40)],
             need=SPINE_NEED, codes=[line("20611", "LT"), line("J3301", units=4)], findings=["diagnosis"]),
        dict(id="fbp-gnb-01", age=71, sex="M", dos="2025-10-21", pos="22", payer="medicare_cgs",
             title="Right genicular nerve block (superomedial, superolateral and inferomedial), diagnostic",
             dx="Primary osteoarthritis, right knee (M17.11)",
             why="right knee osteoarthritis pain, as a diagnostic block before planned radiofrequency ablation",
             n=36, w=10, rad=None,
             extra=["Pain is global in the right knee and worse on stairs; cardiac disease rules out knee replacement."],
             fn="function_knee", mm=None, img=None,
             tech=["Supine with a bolster under the knee; sterile prep.",
                   "Under fluoroscopic guidance, 22-gauge spinal needles were placed at the junctions of the femoral shaft and epicondyles for the superomedial and superolateral genicular nerves and at the junction of the tibial shaft and medial condyle for the inferomedial genicular nerve, confirmed on a lateral view."],
             contrast=None, meds="1.5 mL of 0.5% bupivacaine was injected at each of the three nerves.",
             views=None, pre=7, post=1, omit={"complications"},
             procs=[proc("genicular_nerve_block", region="knee", laterality="right", imaging=fl,
                         intent="diagnostic", sedation="none")],
             drugs=[given("bupivacaine", 22.5)],
             need=SPINE_NEED, codes=[line("64454", "RT")], findings=["complications"], complications=None),
    ]


# --- rendering --------------------------------------------------------------------------------------------


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


LABELLED = re.compile(r"^[A-Z][A-Za-z -]*: ")


def _unlabel(s: str) -> str:
    """A pool sentence that carries its own label ('Indication: ...') loses it under a header of the same name."""
    return _cap(LABELLED.sub("", s, count=1))


def _elements(spec: dict, rng: random.Random) -> dict[str, list[str]]:
    """Draw one paraphrase per element and group the sentences by note section."""
    she = spec["sex"] == "F"
    fill = {"Pr": "She" if she else "He", "pr": "she" if she else "he", "obj": "her" if she else "him",
            "n": spec["n"], "w": spec["w"], "pre": spec["pre"], "post": spec["post"], "pct": spec.get("pct"),
            "odi": rng.choice((38, 42, 46, 48, 52)), "mm": spec.get("mm"), "img": spec.get("img"), "why": spec["why"]}
    omit = spec.get("omit", set())

    def say(pool: str, **extra) -> str:
        return rng.choice(POOLS[pool]).format(**{**fill, **extra})

    hist = [f"{spec['age']}-year-old {'woman' if she else 'man'}."]
    hist.append(say("duration"))
    if spec.get("rad"):
        kind, side = spec["rad"]
        hist.append(say(kind, side=side or ""))
    hist += spec.get("extra", [])
    hist.append(say("care"))
    if "functional_impairment" not in omit:
        hist.append(say(spec["fn"]))
    if spec.get("img") and "imaging_findings" not in omit:
        hist.append(say("imaging"))
    if spec.get("two") and "diag_blocks" not in omit:
        blk, blk1, p1, p2 = spec["two"]
        hist.append(say("two_blocks", blk=blk, blk1=blk1, p1=p1, p2=p2))
    if spec.get("one"):
        blk1, p1 = spec["one"]
        hist.append(say("one_block", blk1=blk1, p1=p1))
    pre, tags = [], []
    if "consent" not in omit:
        pre.append(say("consent")), tags.append("Consent")
    if "time_out" not in omit:
        pre.append(say("time_out")), tags.append("Time-out")
    pre.append(spec["sedation"] if spec.get("sedation") else say("no_sedation")), tags.append("Sedation")
    if "pre" not in omit:
        pre.append(say("pre")), tags.append("Pain")
    proc = list(spec["tech"])
    if spec.get("contrast"):
        cphrase, spread = spec["contrast"]
        proc.append(_cap(say("contrast", cphrase=cphrase, spread=spread)))
    if spec.get("meds"):
        proc.append(spec["meds"])
    if spec.get("views") and "saved_images" not in omit:
        proc.append(say("saved", views=spec["views"], Views=_cap(spec["views"])))
    post = [say("post")]
    if spec.get("pct") is not None:
        post.append(say("pct"))
    if "complications" not in omit:
        post.append(say("complications"))
    dispo = say("dispo")
    if spec.get("truncate"):  # cut off mid-sentence in the last (disposition) sentence
        words = dispo.split()
        dispo = " ".join(words[: max(3, len(words) * 2 // 3)])
    return {"hist": hist, "ind": [say("indication")], "pre": pre, "pre_tags": tags, "proc": proc, "post": post,
            "dispo": [dispo]}


def _caps(spec, e, rng):
    out = [f"PROCEDURE: {spec['title']}", f"DATE OF SERVICE: {spec['dos']}", f"PREOPERATIVE DIAGNOSIS: {spec['dx']}",
           f"POSTOPERATIVE DIAGNOSIS: {spec['dx']}", "", "HISTORY: " + " ".join(e["hist"]),
           "INDICATION: " + _unlabel(e["ind"][0]), "PREPARATION: " + " ".join(e["pre"]), "",
           "DESCRIPTION OF PROCEDURE: " + " ".join(e["proc"]), "", "AFTER THE PROCEDURE: " + " ".join(e["post"]),
           "DISPOSITION: " + " ".join(e["dispo"])]
    return "\n".join(out)


def _title(spec, e, rng):
    out = [f"Procedure Performed: {spec['title']}", f"Date of Service: {spec['dos']}", f"Diagnosis: {spec['dx']}", "",
           "History of Present Illness:", " ".join(e["hist"]), "", "Indication: " + _unlabel(e["ind"][0]), "",
           "Pre-Procedure:", " ".join(e["pre"]), "", "Procedure Description:", " ".join(e["proc"]), "",
           "Post-Procedure Assessment:", " ".join(e["post"]), "", "Plan: " + " ".join(e["dispo"])]
    return "\n".join(out)


def _dictated(spec, e, rng):
    intro = (f"{spec['title']}, performed {spec['dos']}. The patient is a "
             + e["hist"][0].rstrip(".") + f" whose diagnosis is {spec['dx'][0].lower() + spec['dx'][1:]}.")
    paras = [intro + " " + " ".join(e["hist"][1:]) + " " + " ".join(e["ind"]), " ".join(e["pre"]),
             " ".join(e["proc"]), " ".join(e["post"] + e["dispo"])]
    return "\n\n".join(paras)


def _bullets(spec, e, rng):
    out = [spec["title"].upper(), f"Date: {spec['dos']}", f"Diagnosis: {spec['dx']}", "", "Indications:"]
    out += [f"- {s}" for s in e["hist"] + e["ind"]]
    out += ["", "Before the procedure:"] + [f"- {s}" for s in e["pre"]]
    out += ["", "Procedure:"] + [f"- {s}" for s in e["proc"]]
    out += ["", "After the procedure:"] + [f"- {s}" for s in e["post"] + e["dispo"]]
    return "\n".join(out)


def _inline(spec, e, rng):
    side = next((p.get("laterality") for p in spec["procs"] if p.get("laterality")), None)
    head = f"Procedure: {spec['title']} | DOS: {spec['dos']}"
    if side:
        head += f" | Side: {side}"
    out = [head, f"Dx: {spec['dx']}", "Hx: " + " ".join(e["hist"]), "Indication: " + _unlabel(e["ind"][0])]
    for label, s in zip(e["pre_tags"], e["pre"]):
        out.append(s if LABELLED.match(s) else f"{label}: {s}")
    out.append("Technique: " + " ".join(e["proc"]))
    out.append("Post: " + " ".join(e["post"]))
    out.append("Dispo: " + " ".join(e["dispo"]))
    return "\n".join(out)


def _odd(spec, e, rng):
    """Irregular spacing: lower-case headers with a space before the colon, doubled spaces, ragged hard wraps."""
    blocks = [("procedure", spec["title"]), ("date", spec["dos"]), ("dx", spec["dx"]),
              ("hpi", " ".join(e["hist"] + e["ind"])), ("pre", " ".join(e["pre"])),
              ("procedure note", " ".join(e["proc"])), ("post", " ".join(e["post"] + e["dispo"]))]
    out = []
    for head, body in blocks:
        words = body.split(" ")
        lines, cur, width = [], "", rng.randint(38, 72)
        for w in words:
            gap = "  " if rng.random() < 0.15 else " "
            if cur and len(cur) + len(w) + 1 > width:
                lines.append(cur)
                cur, width = w, rng.randint(38, 72)
            else:
                cur = f"{cur}{gap}{w}" if cur else w
        lines.append(cur)
        indent = "   " if rng.random() < 0.5 else "\t"
        out.append(f"{head} :  " + lines[0])
        out += [indent + ln for ln in lines[1:]]
        out.append("" if rng.random() < 0.6 else "\n")
    return "\n".join(out).rstrip() + "\n"


def _boiler(spec, e, rng):
    out = ["INTERVENTIONAL PAIN PROCEDURE NOTE (template)", f"Procedure: {spec['title']}",
           f"Date of service: {spec['dos']}", f"Diagnosis: {spec['dx']}", "",
           "Clinical summary: " + " ".join(e["hist"]), " ".join(e["ind"]), "",
           "Pre-procedure: " + " ".join(e["pre"]), "", "Procedure narrative: " + " ".join(e["proc"]), "",
           "Post-procedure: " + " ".join(e["post"]), "", BOILERPLATE[0], BOILERPLATE[1], BOILERPLATE[2]]
    if spec.get("truncate"):
        out.insert(-3, " ".join(e["dispo"]))
        return "\n".join(out[:-3]).rstrip()
    out.insert(-4, " ".join(e["dispo"]))
    return "\n".join(out)


RENDER = dict(zip(STYLES, (_caps, _title, _dictated, _bullets, _inline, _odd, _boiler)))


def build_generated(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:
    """Render the 15 specs (styles drawn once from the seed: each style twice, one three times)."""
    rng = random.Random(SEED)
    specs = _specs(proc, line, given, ESI_NEED, SPINE_NEED, minus)
    styles = list(STYLES) * 2 + [rng.choice(STYLES)]
    rng.shuffle(styles)
    for spec, style in zip(specs, styles):
        e = _elements(spec, rng)
        text = RENDER[style](spec, e, rng)
        text = re.sub(r"[ \t]+\n", "\n", text)
        add(spec["id"], style + ("+truncated" if spec.get("truncate") else ""), text, procs=spec["procs"],
            drugs=spec["drugs"], pain=(None if "pre" in spec.get("omit", set()) else spec["pre"], spec["post"]),
            need=spec["need"], codes=spec["codes"], findings=spec["findings"], dos=spec["dos"], pos=spec["pos"],
            consent=spec.get("consent", True), complications=spec.get("complications", "none"),
            payer=spec.get("payer", "medicare"))
        _mark_generated(add)


def _mark_generated(add) -> None:
    """The kit's `add` writes origin 'hand' for every note; the generated half says 'generated'."""
    add.__globals__["NOTES"][-1]["origin"] = "generated"


# --- the 15 hand-dictated notes ---------------------------------------------------------------------------

H_MBB_01 = """
Bilateral lumbar medial branch blocks

Date of service 02/04/2025, ambulatory surgery center.

68 y/o man with axial low back pain across the belt line for about 2 years, worse with extension and rotation and when getting out of a chair. No pain below the knees. He did 10 weeks of physical therapy last year and still has the same pain; meloxicam was stopped because of reflux. Can't stand at his workbench for more than 15 minutes and has given up golf. MRI lumbar spine 11/2024: bilateral facet hypertrophy with effusions at L4-5 and L5-S1, no stenosis or root compression. Exam: paraspinal tenderness over the lower lumbar facets on both sides, pain with facet loading, normal neuro exam.

Dx: lumbar spondylosis without myelopathy or radiculopathy (M47.816), facet-mediated pain.

This is his first diagnostic block. Consent signed after we went over the risks (bleeding, infection, temporary numbness or weakness) and the alternatives. Time-out done. No sedation.

Prone, low back prepped with chlorhexidine and draped. Under fluoroscopy, starting on the right, a 22 g 3.5 inch spinal needle was placed at the junction of the superior articular process and transverse process of L4 for the right L3 medial branch, then at L5 for the right L4 medial branch, and in the groove between the S1 superior articular process and the sacral ala for the right L5 dorsal ramus. Position confirmed AP and oblique; 0.2 mL Omnipaque 240 at each needle with no vascular uptake, then 0.5 mL of 0.75% bupivacaine at each of the three targets. The same was then repeated on the contralateral side with identical needle placement, contrast and volumes.

Pain before: 7/10 with extension. 30 min after: 2/10 with the same maneuvers. Pain diary given for the next 8 hours.
No complications. Discharged home with his wife.
"""

H_FACET_01 = """
PROCEDURE NOTE: RIGHT L3-4 AND L4-5 FACET JOINT INJECTIONS (therapeutic, intra-articular)

Diagnoses:
1. Lumbar facet arthropathy, right L3-L5 (M47.816)
2. Low back pain (M54.5)

History: 71-year-old woman with right-sided low back pain for 3 years, no radiation into the leg. Two diagnostic right L3-4/L4-5 medial branch blocks (November and December 2024) gave 90% and 80% relief for the duration of the anesthetic. She prefers to defer radiofrequency ablation for now, so therapeutic intra-articular injections were chosen. Twelve weeks of PT and daily acetaminophen have not reduced the pain. ODI 42%. Pain 6/10 this morning.

Written consent obtained. Time-out performed, right side and both levels confirmed. No sedation.

Technique: Prone, sterile prep. Using fluoroscopy, each joint was profiled in an ipsilateral oblique view and entered with a 22-gauge spinal needle; 0.2 mL Omnipaque 240 outlined each joint capsule. Each joint then received its own mixture:
- Right L3-4 facet: 0.5 mL Kenalog-40 (20 mg) mixed with 0.5 mL 0.5% bupivacaine.
- Right L4-5 facet: 0.75 mL Kenalog-40 (30 mg) mixed with 0.5 mL 1% lidocaine.

Pain 2/10 at 15 minutes. No complications. Home with her husband.
"""

H_TFESI_01 = """
LEFT L4-5 TRANSFORAMINAL EPIDURAL STEROID INJECTION

Diagnosis: right L4 radiculopathy (M54.16) from a right foraminal disc protrusion at L4-5.

History: 59-year-old man with 3 months of right anterior thigh and medial shin pain with numbness over the medial shin; the right knee jerk is diminished. Six weeks of PT, a Medrol Dosepak and gabapentin brought no real change, and the gabapentin made him dizzy. He cannot walk his dog or sleep through the night. MRI 11/2025: right foraminal disc protrusion at L4-5 compressing the exiting right L4 root.

Pre-procedure pain 8/10.

Informed consent signed. Time-out completed. No sedation.

Procedure: Prone. Right side prepped and draped. Under fluoroscopy with the C-arm obliqued to the right, a 22 g spinal needle was walked to the 6 o'clock position under the right L4 pedicle into the right L4-5 foramen. Lateral view confirmed depth. Omnipaque 240, 1 mL, outlined the right L4 root sleeve with epidural flow and no vascular pattern on live imaging. Injected dexamethasone 10 mg/mL, 1 mL from a single-dose vial (the whole vial given, nothing wasted), with 1 mL preservative-free saline. AP and lateral images saved.

After: 3/10. No complications. Home with his daughter.
"""

H_TFESI_02 = """
Procedure: Left transforaminal epidural steroid injection
Level: L4-L5
Side: Left
Setting: hospital outpatient procedure unit

Diagnosis: Lumbosacral radiculopathy, left (M54.17).

Indication: 66-year-old woman with 10 weeks of left buttock and lateral leg pain into the top of the foot and the big toe, weak left great toe extension and a positive left straight-leg raise. MRI 9/2024 shows a left foraminal protrusion at L5-S1 compressing the exiting left L5 root; L4-5 is mildly degenerated without compression. Eight weeks of physical therapy and naproxen have not helped. She cannot stand more than 10 minutes and has stopped working her shifts as a cashier.

Consent: written, after risks were discussed. Time-out held. No sedation. Pain before: 7/10.

Description: Prone, sterile prep. Using fluoroscopy, the left L5 pedicle was identified in an oblique view and a 22-gauge spinal needle was advanced to the left L5-S1 foramen, below the L5 pedicle; lateral image confirmed the tip in the posterior foramen. 1 mL Isovue-M 200 showed flow along the exiting left L5 root and into the epidural space without vascular uptake. Injected 1 mL Celestone Soluspan (betamethasone 6 mg) with 1 mL 1% lidocaine. AP and lateral images saved.

Post: 2/10 at 20 minutes. No complications.
"""

H_ILESI_01 = """
Cervical interlaminar epidural steroid injection, C7-T1, without contrast (contrast allergy)

Dx: Cervical radiculopathy, left C7 (M54.12).

HPI: 52 yo F, left arm pain for 5 months down the back of the arm to the middle finger, triceps 4+/5 on the left with a reduced left triceps reflex. MRI C-spine 6/2023: left paracentral disc-osteophyte complex at C6-7 with left foraminal narrowing touching the C7 root. Failed 8 weeks of PT and home traction; duloxetine not tolerated (nausea). She can't work full shifts as a hairdresser and drops things with the left hand.

ALLERGY: iodinated contrast, anaphylaxis during a CT in 2019. No contrast was used today for that reason.

Consent: risks including dural puncture, headache, infection, bleeding and nerve injury discussed; written consent obtained. Time-out performed. No sedation given. Pain before 7/10.

Technique: Prone, pillow under the chest, neck flexed. AP fluoroscopy to identify the C7-T1 interspace. 2 mL of 1% lidocaine to the skin. 20 g Tuohy advanced left paramedian under intermittent contralateral oblique fluoroscopy; loss of resistance to saline at C7-T1 at about 5 cm. Depth confirmed on the contralateral oblique view. Aspiration negative for blood and CSF. Injected dexamethasone 10 mg (1 mL of 10 mg/mL) with 2 mL preservative-free normal saline. AP and contralateral oblique images of the final needle position were saved.

Post: 3/10. No complications. Discharged walking.
"""

H_TFESI_03 = """
Repeat right L4-5 and L5-S1 TFESI

63 yo M back for a repeat injection. His first right L4-5/L5-S1 TFESI on 02/11/2025 gave about 70% relief of the right leg pain that lasted roughly five months; the pain has now crept back close to baseline. This is his second epidural this year.

Dx: L4-5 and L5-S1 disc herniations with right lumbar radiculopathy (M51.16).

Right buttock, lateral thigh and leg pain to the dorsum of the foot since fall 2024 (about 11 months); SLR positive on the right at 40 degrees. PT for 8 weeks over the winter did not help, and NSAIDs upset his stomach. Walking is limited to 2 blocks and he can't do his yard work. MRI 12/2024: right paracentral L4-5 protrusion contacting the traversing right L5 root and right L5-S1 foraminal stenosis.

Consent signed. Time out. No sedation. Pain 6/10 before.

Prone, sterile prep. Fluoroscopic oblique views; 22 g needles to the right L4-5 and right L5-S1 foramina, depth checked on lateral. Omnipaque 240, 1 mL at each level: clean periradicular and epidural flow, no vascular fill. At each level 1 mL Depo-Medrol 40 mg/mL plus 1 mL 0.25% bupivacaine. AP and lateral images saved at both levels.

Pain 1/10 afterwards. No complications.
"""

H_CAUDAL_01 = """
Caudal epidural steroid injection

This is her fifth epidural steroid injection in the past 12 months (two caudal injections here, two interlaminar injections at another practice, and today's). The earlier injections "helped some" for a few weeks each; she could not put a number on it.

Diagnosis: Lumbar spinal stenosis with neurogenic claudication (M48.062).

77-year-old woman with 2 years of bilateral buttock and leg pain on standing and walking, relieved by sitting. She walks half a block and uses a cart at the grocery store. MRI 2023: severe central stenosis at L3-4 and L4-5. Twelve weeks of PT in 2023 gave no benefit and gabapentin made her too sleepy. Not a surgical candidate because of cardiac risk.

Written consent obtained. Time-out performed. No sedation. Pain 8/10 before.

Prone. Sacral hiatus palpated; lateral fluoroscopy. After 2 mL of 1% lidocaine at the skin, a 22 g spinal needle was passed through the sacrococcygeal ligament into the caudal canal. Omnipaque 240, 3 mL: epidurogram with cephalad flow, no vascular uptake. Injected Depo-Medrol 80 mg (2 mL of 40 mg/mL), 3 mL 1% lidocaine and 5 mL preservative-free saline. AP and lateral images saved.

Post 4/10. No complications. Home with her son.
"""

H_RFA_01 = """
Left C4-5 and C5-6 cervical medial branch pulsed radiofrequency

Indication: 58-year-old man with left-sided axial neck pain for 18 months, spreading to the left trapezius and shoulder blade but not into the arm, worse with extension and rotation to the left. Two diagnostic left C4-5/C5-6 medial branch blocks (lidocaine 08/2025, bupivacaine 09/2025) gave 85% and 80% relief for the expected duration of each anesthetic. We discussed conventional thermal ablation; he chose pulsed radiofrequency after a friend had neuritis following ablation, and he understands that pulsed treatment may not be covered. Ten weeks of PT and NSAIDs did not help. NDI 36%. MRI: left C4-5 and C5-6 facet arthropathy.

Diagnosis: cervical spondylosis without myelopathy or radiculopathy (M47.812), left.

Consent signed. Time-out done. No sedation. Pain 6/10 before.

Procedure: Prone with the neck slightly flexed. Under fluoroscopy, 20 g 100 mm RF cannulas with 5 mm active tips were placed at the waists of the left C4, C5 and C6 articular pillars (the medial branches supplying the C4-5 and C5-6 joints), confirmed on lateral view. Sensory stimulation at 50 Hz reproduced concordant neck pain below 0.5 V; motor stimulation at 2 Hz up to 1.5 V produced no arm contraction. 0.5 mL of 1% lidocaine at each cannula (1.5 mL). Pulsed radiofrequency at 42 °C, 2 Hz, 20 ms pulse width, 120 seconds x 2 cycles at each site. No thermal lesions were made.

Post: 3/10. No complications.
"""

H_ONB_01 = """
Bilateral greater occipital nerve blocks, ultrasound-guided

Dx: Bilateral occipital neuralgia (M54.81).

HPI: 44 F with 8 months of shooting pain from the base of the skull over the top of the head on both sides, tender over both greater occipital nerves at the nuchal line, Tinel's reproducing the pain. Gabapentin and 8 weeks of PT did not help. About 15 headache days a month.

Consent obtained. Time-out done. No sedation. Pain before: 6/10.

Technique: Seated, head flexed forward. High-frequency linear probe placed at the C2 level; the right greater occipital nerve was seen between the obliquus capitis inferior and semispinalis capitis. 25 g needle in-plane; after negative aspiration, 2 mL of 0.5% bupivacaine with a small amount of Kenalog was placed around the nerve with visible spread. The same on the left. A still ultrasound image of the needle beside the nerve was saved for each side.

Post: 1/10 at 10 minutes. No complications.
"""

H_RFA_02 = """
Bilateral L4-5 and L5-S1 facet radiofrequency ablation (L3 and L4 medial branches and L5 dorsal rami)

65-year-old man with 5 years of axial low back pain, worse with standing and extension, no leg symptoms. Two sets of bilateral L4-5/L5-S1 medial branch blocks gave 90% and 85% relief. PT for 12 weeks plus a home program, no lasting relief. ODI 38%. MRI: bilateral L4-5 and L5-S1 facet arthropathy.

Diagnosis: lumbar spondylosis without myelopathy or radiculopathy (M47.816).

Anesthesia: MAC by CRNA (propofol infusion); see separate anesthesia record. Sedation was needed because he could not tolerate the diagnostic blocks awake (vasovagal episode with severe procedural anxiety despite oral lorazepam).

Consent signed. Time-out performed with the anesthesia team. Pain before: 7/10.

Procedure: Prone, sterile prep. Under fluoroscopy, 18 g RF cannulas with 10 mm active tips were placed parallel to the right L3 and L4 medial branches and the right L5 dorsal ramus, then the same three targets on the left. Sensory testing concordant below 0.5 V; motor testing at 2 Hz to 2 V without leg twitch. At each of the six sites 1 mL of 2% lidocaine was injected, then a thermal lesion at 85 °C for 90 seconds was made.

PACU: pain 3/10. No complications.
"""

H_TPI_01 = """
Trigger point injections with onabotulinumtoxinA (Botox)

Dx: Myofascial pain syndrome of the neck and upper back (M79.12).

Chronic bilateral neck and shoulder girdle pain for 2 years. Exam today: taut bands with local twitch responses and referred pain in the right and left upper trapezius, right levator scapulae and left rhomboid major. One session of lidocaine trigger point injections in the spring gave only 2-3 days of relief; PT and dry needling failed.

Consent signed; off-label use of Botox discussed. Time-out performed. Pain 7/10 before.

Botox 100-unit single-use vial reconstituted with 2 mL preservative-free saline (5 units per 0.1 mL). Injected with a 27 g needle:
  right upper trapezius 25 units
  left upper trapezius 25 units
  right levator scapulae 15 units
  left rhomboid major 15 units
Total injected 80 units; the remaining 20 units in the vial were discarded (witnessed).

After: 6/10. No complications. Review in 6 weeks for effect.
"""

H_IMPAR_01 = """
Ganglion impar block under fluoroscopy

Dx: coccydynia (M53.3).

61-year-old woman with 9 months of coccyx and perineal pain after a fall on ice. She can sit for only 10 minutes and uses a cushion. Eight weeks of pelvic floor PT, NSAIDs and the cushion have not helped.

Written consent obtained. Time-out. No sedation. Pain 8/10 sitting before the block.

Technique: Prone, pillow under the pelvis. Lateral fluoroscopic view; 22 g 3.5 inch spinal needle through the sacrococcygeal junction with the tip just anterior to it. 1.5 mL Omnipaque 240 showed a comma-shaped retroperitoneal spread anterior to the sacrococcygeal junction without vascular or rectal uptake. Injected 5 mL 0.25% bupivacaine with dexamethasone 4 mg (1 mL of 4 mg/mL).

After: she sat on the exam stool for several minutes and says the pain is "much better, almost gone". No complications.
"""

H_PUMP_01 = """
Intrathecal pump refill and reprogramming

Indication: failed back surgery syndrome (M96.1) with chronic intractable low back and bilateral leg pain; intrathecal hydromorphone pump since 2021. Due for refill (alarm date 09/22/2026). Pain 6/10 on the current dose; she would like better coverage in the evenings.

Consent for the refill obtained; risks reviewed. Time-out performed.

I interrogated the pump: reservoir 2.4 mL, matching the expected volume, no alarms or errors. Skin over the pump prepped with chlorhexidine, template placed, and I accessed the reservoir with a 22 g non-coring needle; 2.4 mL of residual drug was withdrawn. I refilled the reservoir with 20 mL of hydromorphone 10 mg/mL. I then reprogrammed the pump: daily dose increased 10%, from 1.2 mg/day to 1.32 mg/day, with the increase weighted to the evening. New reservoir volume and alarm date entered.

No complications. Next refill in 3 months.
"""

H_PUMP_02 = """
ITB pump refill

Dx: spasticity of both legs after spinal cord injury (2012).

Indication: scheduled refill of the intrathecal baclofen pump; spasticity well controlled, Ashworth 1+ at the knees.

Consent: patient agreed to the refill after the usual risks were reviewed (infection, under- or overdose, pocket fill).

Pump interrogated: reservoir 2.0 mL, alarm date 05/06/2025, no errors. Skin over the pump prepped with chlorhexidine. Reservoir accessed with a 22 g non-coring needle through the template; 2.0 mL residual withdrawn. 20 mL of baclofen 2000 mcg/mL instilled slowly with intermittent aspiration to confirm needle position. Needle removed, bandage applied.

No complications. Return in 4 months.
"""

H_SI_01 = """
L SIJ inj #1 (dx block), fluoro

Dx: L sacroiliitis (M46.1)
Hx: 57M, L buttock pain below L5 x 7 mo, no radicular sx, worse sit-to-stand & stairs. 3/5 provocation tests + (FABER, thigh thrust, compression). PT x 8 wk no change; naproxen -> GI upset. Can't drive > 30 min. XR pelvis: L SIJ sclerosis.
Consent signed, time-out done, no sedation.
Pre 7/10.
Prone, prep/drape. Fluoro: contralat oblique to separate the SIJ lines, 22g 3.5" needle into inferior 1/3 of L SIJ. Isovue-M 200 0.5 mL -> intra-articular arthrogram, no vascular uptake. Inj 2 mL 0.5% bupi + 20 mg Kenalog (0.5 mL of 40 mg/mL). AP + oblique images saved.
Post 1/10 @ 20 min = 86% relief.
No cx. D/c home.
"""


def build_hand(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:
    """The hand-dictated half: prose, header fields and shorthand carrying the hard cases."""
    fl = "fluoroscopy"
    add("fbp-h-mbb-01", "hand prose", H_MBB_01,
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], imaging=fl, contrast=True, intent="diagnostic", sedation="none")],
        drugs=[given("iohexol", 1.2, "ml"), given("bupivacaine", 22.5)], pain=(7, 2),
        need=(*SPINE_NEED, "imaging_findings"), codes=[line("64493", "50", "KX"), line("64494", "50", "KX")],
        findings=[], dos="2025-02-04", pos="24", payer="medicare_cgs",
        comment="Nerves named, not joints: L3 and L4 medial branches and the L5 dorsal ramus are the L4-L5 and L5-S1 "
                "joints; 'repeated on the contralateral side' makes it bilateral (one line with 50, add-on with 50).")
    add("fbp-h-facet-01", "hand header fields", H_FACET_01,
        procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="right",
                    levels=["L3-L4", "L4-L5"], imaging=fl, contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("iohexol", 0.4, "ml"), given("triamcinolone_acetonide", 50), given("bupivacaine", 2.5),
               given("lidocaine", 5)], pain=(6, 2), need=SPINE_NEED,
        codes=[line("64493", "RT"), line("64494", "RT"), line("J3301", units=5)],
        findings=["code_validity"], dos="2025-04-08", pos="11",
        comment="A different solution per joint: triamcinolone 20 + 30 mg = 50 mg (J3301 x5). M54.5 ended "
                "2021-09-30, so the written code is invalid on this date (code_validity); M47.816 supports the facet "
                "procedure, so no diagnosis finding.")
    add("fbp-h-tfesi-01", "hand header fields", H_TFESI_01,
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                    levels=["L4-L5"], imaging=fl, contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("iohexol", 1, "ml"), given("dexamethasone_sodium_phosphate", 10)], pain=(8, 3), need=ESI_NEED,
        codes=[line("64483", "RT"), line("J1100", "JZ", units=10)], findings=["laterality_conflict"],
        dos="2026-01-13", pos="11",
        comment="Title says LEFT; diagnosis, history and every needle sentence are right: codes follow the "
                "description (RT) and the difference is a laterality_conflict. Single-dose vial fully used: JZ.")
    add("fbp-h-tfesi-02", "hand header fields", H_TFESI_02,
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                    levels=["L5-S1"], imaging=fl, contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("iopamidol", 1, "ml"), given("betamethasone_sodium_phosphate_acetate", 6),
               given("lidocaine", 10)], pain=(7, 2), need=ESI_NEED,
        codes=[line("64483", "LT")], findings=["laterality_conflict"], dos="2024-10-29", pos="22",
        comment="Header 'Level: L4-L5' but the needle went to the left L5-S1 foramen: the level follows the "
                "description (L5-S1) and the header/description difference is a laterality_conflict.")
    add("fbp-h-ilesi-01", "hand prose", H_ILESI_01,
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C7-T1"],
                    imaging=fl, contrast=False, intent="therapeutic", sedation="none")],
        drugs=[given("lidocaine", 20), given("dexamethasone_sodium_phosphate", 10)], pain=(7, 3), need=ESI_NEED,
        codes=[line("62321")], findings=[], dos="2023-08-22", pos="24",
        comment="No contrast with a documented contrast allergy (anaphylaxis): no contrast finding.")
    add("fbp-h-tfesi-03", "hand prose", H_TFESI_03,
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                    levels=["L4-L5", "L5-S1"], imaging=fl, contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("iohexol", 2, "ml"), given("methylprednisolone_acetate", 80), given("bupivacaine", 5)],
        pain=(6, 1), need=ESI_NEED,
        codes=[line("64483", "RT"), line("64484", "RT"), line("J1010", units=80)], findings=[],
        dos="2025-08-19", pos="11",
        comment="Repeat with a documented response: about 70% relief for roughly five months (>= 50%, >= 90 days).")
    add("fbp-h-caudal-01", "hand prose", H_CAUDAL_01,
        procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging=fl, contrast=True,
                    intent="therapeutic", sedation="none")],
        drugs=[given("lidocaine", 50), given("iohexol", 3, "ml"), given("methylprednisolone_acetate", 80)],
        pain=(8, 4), need=ESI_NEED, codes=[line("62323"), line("J1040")],
        findings=["frequency", "prior_procedure_response"], dos="2024-03-12", pos="11",
        comment="Fifth epidural in the past 12 months (today included): over the 4-session limit (frequency) and a "
                "repeat whose earlier response is unquantified ('helped some' for a few weeks). Before 2024-04-01: "
                "methylprednisolone 80 mg is J1040 x1.")
    add("fbp-h-rfa-01", "hand prose", H_RFA_01,
        procs=[proc("facet_rfa", region="cervical", laterality="left", levels=["C4-C5", "C5-C6"], imaging=fl,
                    intent="therapeutic", sedation="none")],
        drugs=[given("lidocaine", 15)], pain=(6, 3), need=(*SPINE_NEED, "imaging_findings"),
        codes=[line("64999")], findings=["approach"], dos="2025-12-02", pos="24",
        comment="Pulsed RF is not destruction: unlisted 64999 (no laterality modifiers, as the KB gives 64999 no "
                "bilateral indicator); the technique is not covered thermal RF (rfa.technique -> approach).")
    add("fbp-h-onb-01", "hand prose", H_ONB_01,
        procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="bilateral",
                    imaging="ultrasound", intent="therapeutic", sedation="none")],
        drugs=[given("bupivacaine", 20), given("triamcinolone_acetonide", None)], pain=(6, 1),
        need=("diagnosis", "symptom_duration", "conservative_care"),
        codes=[line("64405", "50"), line("76942", "26")], findings=["drug_dose"], dos="2026-03-03", pos="22",
        comment="'A small amount of Kenalog' has no dose (drug_dose; no drug line in a facility anyway). "
                "Ultrasound with a saved image: 76942 once, 26 in the hospital outpatient setting.")
    add("fbp-h-rfa-02", "hand prose", H_RFA_02,
        procs=[proc("facet_rfa", region="lumbar", laterality="bilateral", levels=["L4-L5", "L5-S1"], imaging=fl,
                    intent="therapeutic", sedation="mac")],
        drugs=[given("lidocaine", 120)], pain=(7, 3), need=(*SPINE_NEED, "imaging_findings"),
        codes=[line("64635", "50"), line("64636", "50")], findings=["sedation_details"], dos="2026-06-09",
        pos="24",
        comment="MAC by a CRNA: the propofol is on the anesthesia record, not listed; the note gives the agent and "
                "a justification but no doses or start/stop times (sedation.details -> sedation_details).")
    add("fbp-h-tpi-01", "hand prose", H_TPI_01,
        procs=[proc("trigger_point", region=None, sedation=None, intent="therapeutic")],
        drugs=[given("onabotulinumtoxinA", 80, "units")], pain=(7, 6), need=("diagnosis", "symptom_duration",
                                                                              "conservative_care"),
        codes=[line("20553"), line("J0585", units=80), line("J0585", "JW", units=20)], findings=["percent_relief"],
        dos="2024-12-10", pos="11",
        comment="Four muscles: 20553. Botox from a single-use 100-unit vial: 80 units given (J0585 x80) and 20 "
                "discarded (J0585-JW x20). Pre and post scores but no stated percent relief.")
    add("fbp-h-impar-01", "hand prose", H_IMPAR_01,
        procs=[proc("sympathetic_block", target="ganglion_impar", imaging=fl, contrast=True, intent="therapeutic",
                    sedation="none")],
        drugs=[given("iohexol", 1.5, "ml"), given("bupivacaine", 12.5), given("dexamethasone_sodium_phosphate", 4)],
        pain=(8, None), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        codes=[line("64999"), line("77002"), line("J1100", units=4), line("Q9966", units=2)],
        findings=["post_procedure_pain_score"], dos="2025-07-22", pos="11",
        comment="Ganglion impar: 64999 with 77002 (sympathetic block, office). Contrast is billable in the office "
                "with a code that does not include imaging: Omnipaque 240 (200-299 mgI/mL) 1.5 mL -> Q9966 x2. "
                "Post-procedure relief in words only, no score.")
    add("fbp-h-pump-01", "hand prose", H_PUMP_01,
        procs=[proc("pump_refill", sedation=None)],
        drugs=[given("hydromorphone", 200)], pain=(6, None), need=("diagnosis",),
        codes=[line("62370")], findings=[], dos="2026-09-15", pos="11",
        comment="Refilled and reprogrammed by the physician ('I refilled', 'I reprogrammed'): 62370. Dose placed "
                "in the reservoir: 20 mL x 10 mg/mL = 200 mg.")
    add("fbp-h-pump-02", "hand prose", H_PUMP_02,
        procs=[proc("pump_refill", sedation=None)],
        drugs=[given("baclofen", 40)], pain=(None, None), need=("diagnosis",),
        codes=[line("95991")], findings=["approach", "time_out"], dos="2025-04-29", pos="11",
        comment="Says neither who refilled nor whether the pump was reprogrammed: 95991 (author assumed) and the "
                "pump.reprogramming/performed_by findings (approach). 20 mL x 2000 mcg/mL = 40 mg. No time-out.")
    add("fbp-h-si-01", "hand shorthand", H_SI_01,
        procs=[proc("si_joint_injection", region="sacroiliac", laterality="left", imaging=fl, contrast=True,
                    intent="diagnostic", sedation="none")],
        drugs=[given("iopamidol", 0.5, "ml"), given("bupivacaine", 10), given("triamcinolone_acetonide", 20)],
        pain=(7, 1), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment",
                           "imaging_findings"),
        codes=[line("27096", "LT"), line("J3301", units=2)], findings=[], dos="2024-06-18", pos="11",
        comment="Shorthand. Diagnostic SI block with 86% relief stated (positive, >= 75%); two views saved.")


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:
    """Entry point of the kit (`dev_fresh_d/make_notes.py build_folder`)."""
    build_generated(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
    build_hand(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
