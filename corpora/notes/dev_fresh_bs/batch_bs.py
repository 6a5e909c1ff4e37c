"""Sealed batch `fbs-*`: 30 generator-style notes (seeded), rendered in seven styles from fresh phrasing pools.

Each spec below says what the procedure was (family, side, levels, drugs, place and date) and which documentation
elements the note leaves out (`omit`). The gold codes and finding elements come from the coder's rules written
once in `corpora/tools/goldkit.py` (`code_lines`, `finding_elements`), applied to the spec, never from Painpoint.
Pools hold at least eight plain paraphrases per element; which paraphrase a note gets is drawn from `SEED`.
"""

from __future__ import annotations

import random
import re

import goldkit  # corpora/tools, put on the path by dev_fresh_d/make_notes.py

SEED = 20261127
STYLES = ("caps_headers", "title_headers", "dictated", "bullets", "inline_fields", "odd_spacing", "attestation")

# --- phrasing pools (each entry one sentence; {placeholders} filled per note) -------------------------------------
RADICULAR_LEG = [
    "Pain shoots from the {side} buttock down the back of the thigh into the calf, with tingling on the top of the foot.",
    "She describes sharp pain running down the {side} leg to the ankle, worse when sitting.",
    "He has {side} leg pain in a dermatomal pattern with numbness along the outside of the foot.",
    "Electric pain travels down the {side} leg below the knee, and straight leg raise is positive on the {side}.",
    "{side} sided sciatica: burning pain from the hip to the foot with pins and needles in the toes.",
    "The leg pain is worse than the back pain and follows the {side} leg down to the foot, with on and off numbness.",
    "Exam shows a reduced {side} ankle reflex and pain down the {side} leg on straight leg raise.",
    "Reports radiating pain in the {side} leg, stabbing in quality, reaching the heel.",
    "Pain radiates into the {side} shin and foot with weakness of great toe extension.",
]
RADICULAR_BOTH = [
    "Pain radiates into both legs, down the back of the thighs to the calves, with numbness in the feet.",
    "He has bilateral leg pain below the knees that gets worse with walking and standing.",
    "Describes aching and tingling down both lower extremities to the feet.",
    "Radiating pain in both legs with heaviness after walking a short distance.",
    "Bilateral buttock and leg pain extending to the ankles, with intermittent numbness.",
    "Shooting pains run down the right and left legs, the left worse than the right.",
    "Both legs become numb and painful from the thighs down when she stands in line.",
    "Reports burning pain and paresthesias down both legs past the knees.",
]
RADICULAR_ARM = [
    "Pain radiates from the neck into the {side} arm down to the thumb and index finger.",
    "Describes burning pain down the {side} arm with numbness in the fingers.",
    "{side} arm pain follows a dermatomal pattern to the hand, with tingling in the middle finger.",
    "Shooting pain from the {side} shoulder down the forearm; Spurling test is positive on the {side}.",
    "Radiating {side} arm pain with weakness of the {side} triceps on exam.",
    "The arm pain is worse than the neck pain and travels down the {side} arm to the hand.",
    "Electric pain shoots into the {side} arm when she turns her head, with pins and needles in the hand.",
    "Reports {side} arm paresthesias and pain down to the wrist with a diminished {side} biceps reflex.",
]
AXIAL = [
    "Axial {area} pain, worse with extension and twisting, not radiating into the limbs.",
    "The pain is centered in the {area} and is worse getting up from a chair and with standing.",
    "Reports achy {area} pain that increases with extension and rotation; facet loading is painful.",
    "Mainly axial {area} pain with tenderness over the facet joints.",
    "Mechanical {area} pain, worse in the morning and after standing for a while.",
    "{area} pain without radicular features; extension with rotation reproduces it on exam.",
    "Deep aching {area} pain over the joints, worse when leaning back.",
    "Paraspinal {area} pain that is worse with extension and better with rest.",
]
SI_PAIN = [
    "Pain sits over the {side} sacroiliac joint below the belt line; FABER, thigh thrust and compression tests are positive.",
    "{side} buttock pain at the SI joint with three positive provocation maneuvers on exam.",
    "Points to the {side} posterior superior iliac spine as the pain source; Gaenslen and thigh thrust reproduce it.",
    "Localized {side} SI region pain, worse on stairs and rolling in bed, with positive FABER and distraction tests.",
]
DURATION = [
    "Symptoms have been present for {m} months.",
    "The pain began about {m} months ago without an injury.",
    "This has been going on for {m} months now.",
    "Onset was {m} months ago.",
    "Ongoing for the past {m} months.",
    "He has had this pain for {m} months.",
    "Duration {m} months.",
    "It started roughly {m} months back and has not let up.",
    "She first noticed it {m} months ago after lifting a box.",
]
CARE = [
    "Completed {w} weeks of physical therapy and a course of NSAIDs without meaningful relief.",
    "Has done physical therapy for {w} weeks plus meloxicam, and the pain persists.",
    "Conservative treatment with {w} weeks of PT, home exercises and gabapentin has failed.",
    "Despite {w} weeks of supervised therapy and anti-inflammatories the pain is unchanged.",
    "Tried {w} weeks of physical therapy and chiropractic care with no lasting benefit.",
    "PT for {w} weeks and oral medications did not help.",
    "Failed conservative management: {w} weeks of PT, activity modification and NSAIDs.",
    "{w} weeks of physical therapy gave only minimal, short-lived improvement.",
    "She went to therapy for {w} weeks and took ibuprofen daily, but the pain did not improve.",
]
FUNCTION = [
    "The pain keeps her from walking more than a block.",
    "He can no longer get through a full work shift because of the pain.",
    "She has trouble sleeping, dressing and doing housework due to the pain.",
    "Pain limits standing to about ten minutes and interferes with daily activities.",
    "He has had to give up gardening and cannot carry groceries.",
    "Cannot drive more than 20 minutes and has difficulty with stairs.",
    "She has missed work and struggles with self-care because of the pain.",
    "Daily tasks like cooking and vacuuming have become very difficult.",
]
IMAGING = [
    "MRI of the {spine} spine shows a disc protrusion at {lv} with foraminal narrowing.",
    "Recent MRI demonstrates a herniated disc at {lv} compressing the exiting nerve root.",
    "Imaging reviewed: moderate foraminal stenosis at {lv} from disc bulge and facet hypertrophy.",
    "{spine} MRI reveals a disc extrusion at {lv} with nerve root impingement.",
    "CT myelogram shows lateral recess narrowing at {lv}.",
    "MRI from last month: {lv} disc herniation abutting the nerve root.",
    "An MRI found severe narrowing of the neural foramen at {lv}.",
    "MRI results: degenerative disc disease with a protrusion at {lv} narrowing the foramen.",
]
IMAGING_STENOSIS = [
    "MRI of the {spine} spine shows moderate to severe central canal stenosis at {lv}.",
    "Recent MRI demonstrates spinal stenosis at {lv} with thickened ligamentum flavum.",
    "Imaging reviewed: central and bilateral foraminal stenosis at {lv}.",
    "{spine} MRI reveals canal narrowing at {lv} from a disc bulge and facet hypertrophy.",
    "CT myelogram shows narrowing of the thecal sac at {lv}.",
    "MRI from this spring: multilevel degeneration, worst at {lv} with severe stenosis.",
    "An MRI found advanced stenosis at {lv}.",
    "MRI results: broad disc bulge at {lv} causing canal and foraminal stenosis.",
]
PRIOR = [
    "The last {prev} gave about {pct}% relief for {m} months.",
    "The prior {prev} provided {pct}% improvement lasting {m} months.",
    "She reports {pct} percent less pain for roughly {m} months after the previous {prev}.",
    "The previous {prev} helped by {pct}% and the benefit lasted {m} months before the pain came back.",
    "Good response to the last {prev}: {pct}% better for {m} months.",
    "Had {pct}% relief from the prior {prev}, sustained for {m} months.",
    "Pain was {pct}% improved for {m} months after the earlier {prev}.",
    "Response to the previous {prev}: {pct}% relief x {m} months.",
]
DIAG_TWO = [
    "Two diagnostic medial branch blocks gave {p1}% and {p2}% relief.",
    "She had {p1}% relief after the first medial branch block and {p2}% after the confirmatory block.",
    "Dual comparative blocks were positive, with {p1}% and {p2}% pain reduction.",
    "Prior diagnostic blocks: first {p1}% relief, second {p2}% relief.",
    "Both medial branch blocks provided strong relief ({p1}% and {p2}%).",
    "Reported {p1} percent and {p2} percent improvement after the two diagnostic blocks.",
    "Response to diagnostic MBBs: {p1}% and then {p2}%, each lasting as long as the anesthetic.",
    "The two test blocks each gave well over 80% relief ({p1}% and {p2}%).",
]
DIAG_SI = [
    "A diagnostic SI joint injection gave {p1}% relief.",
    "She had {p1}% relief after the diagnostic sacroiliac block.",
    "The diagnostic SI injection was positive with {p1}% pain reduction.",
    "Prior diagnostic SI block: {p1}% relief.",
    "The earlier diagnostic injection of the joint relieved {p1}% of the pain.",
    "Reported {p1} percent improvement after the diagnostic SI joint block.",
    "Response to the diagnostic SI injection was {p1}% during the anesthetic phase.",
    "The confirmatory diagnostic SI block gave {p1}% relief.",
]
PRE = [
    "Pain before the procedure {n}/10.",
    "Pre-procedure pain score {n}/10.",
    "Rates pain {n} out of 10 today.",
    "Baseline pain {n}/10 on arrival.",
    "NRS prior to the injection {n}/10.",
    "VAS pre {n}/10.",
    "She rated her pain {n}/10 before we started.",
    "Current pain level {n} of 10 in the holding area.",
]
POST = [
    "Post-procedure pain {n}/10.",
    "Pain after the injection was {n}/10.",
    "Pain score at discharge {n}/10.",
    "Rates pain {n} out of 10 in recovery.",
    "NRS after the procedure {n}/10.",
    "VAS post {n}/10.",
    "Pain went down to {n}/10 afterward.",
    "Fifteen minutes after the block, pain was {n}/10.",
]
RELIEF = [
    "She reported {pct}% relief of her usual pain after the injection.",
    "Immediate relief estimated at {pct}%.",
    "Approximately {pct} percent improvement in pain after the procedure.",
    "Percent relief {pct}%.",
    "Patient describes {pct}% reduction of the index pain.",
    "{pct}% pain relief on repeat provocative testing afterward.",
    "Felt about {pct}% better before leaving.",
    "Post-injection relief {pct}%.",
]
CONSENT = [
    "Risks, benefits and alternatives were discussed and written consent was obtained.",
    "Informed consent was signed after all questions were answered.",
    "The patient gave written informed consent.",
    "Consent obtained; risks including bleeding, infection and nerve injury were reviewed.",
    "We went over the procedure and its risks, and she signed the consent form.",
    "Verbal and written consent were obtained.",
    "The procedure was explained in detail and the patient agreed and signed consent.",
    "Informed consent is on file and was confirmed today.",
]
TIMEOUT = [
    "A time-out was performed confirming patient, procedure and side.",
    "Universal protocol time out completed before starting.",
    "Time out called; site and side verified by the team.",
    "Pre-procedure pause done with correct patient, site and laterality confirmed.",
    "Timeout performed per protocol.",
    "The team completed a safety time-out.",
    "Site marked and verified during a time-out with nursing.",
    "Before the needle went in, we paused to confirm identity, procedure and side.",
]
SED_NONE = [
    "No sedation was given.",
    "Performed without IV sedation.",
    "The patient declined sedation.",
    "Sedation none.",
    "No sedative medications were used.",
    "Done awake without sedation.",
    "No conscious sedation was administered.",
    "The patient stayed awake; no sedation.",
]
GUIDE = [
    "Fluoroscopic guidance was used throughout.",
    "The procedure was done under fluoroscopy.",
    "C-arm fluoroscopy guided needle placement.",
    "Needle position was confirmed with live fluoroscopy.",
    "All needle placement was done under fluoroscopic imaging.",
    "Imaging guidance was fluoroscopy.",
    "Fluoro was used to target the level.",
    "The needle was advanced under intermittent fluoroscopic imaging.",
]
CONTRAST = [
    "{ml} mL of {agent} was injected, showing {spread} and no vascular uptake.",
    "Contrast ({agent}, {ml} mL) confirmed {spread}.",
    "After negative aspiration, {agent} {ml} mL outlined {spread}.",
    "Injection of {ml} mL {agent} demonstrated {spread}, with no intravascular pattern.",
    "{agent}, {ml} mL, gave {spread} on live imaging.",
    "We injected {ml} mL of {agent} and saw {spread}.",
    "Contrast spread was appropriate ({ml} mL {agent}), with {spread}.",
    "A contrast study with {agent} ({ml} mL) showed {spread} without vascular runoff.",
]
SAVED = [
    "AP and lateral images were saved to the record.",
    "Two views were stored in PACS.",
    "Representative AP and oblique images were saved.",
    "Images saved: AP and lateral.",
    "Final needle position was documented with saved AP and lateral fluoroscopic images.",
    "Images in two planes were kept for the chart.",
    "Saved images x2 (AP, lateral).",
    "Both the AP and the lateral spot images were archived.",
]
COMPL = [
    "No complications.",
    "There were no complications.",
    "The patient tolerated the procedure well without complications.",
    "Complications none.",
    "No immediate complications were noted.",
    "No adverse events or complications occurred.",
    "Tolerated well, no complications identified.",
    "Blood loss minimal; no complications.",
]
DISPO = [
    "Discharged home in stable condition with a driver.",
    "She was observed for 20 minutes and went home.",
    "Follow up in clinic in two weeks.",
    "Home instructions were given in writing.",
    "He left the unit walking without assistance.",
    "Return visit in 3 to 4 weeks to review the response.",
    "Vital signs stable at discharge.",
    "Ice to the site as needed; resume usual medications.",
]
ATTEST = [
    "I personally performed the procedure and reviewed all images.",
    "This note was prepared from a template and reviewed for accuracy.",
    "Attending physician present for the entire procedure.",
]
POOLS = {name: pool for name, pool in globals().items() if name.isupper() and isinstance(pool, list)}

# --- procedure specs -------------------------------------------------------------------------------------------
# t: title; dx: diagnosis line and the coder's reading; story: 'leg'/'both'/'arm'/'axial'/'si'/'other' or None;
# tech: technique sentences; inj: injectate sentence; drugs: (generic, total, unit[, extra]) gold mentions;
# p: gold procedure fields (+ goldkit keys: views, saved_images, diag_relief, prior_response, repeat, muscles...);
# omit: elements left out; cut: truncate the note inside this text (elements after it are unsaid).
LUMBAR_MBB = "the {side} L3 and L4 medial branches and the L5 dorsal ramus"


def _specs() -> list[dict]:
    fl = dict(imaging="fluoroscopy")
    return [
        # ---- transforaminal epidural (8)
        dict(id="fbs-tfesi-01", dos="2026-02-12", pos="11", side="left", story="leg", lv="L5-S1", spine="lumbar",
             t="Left L5-S1 transforaminal epidural steroid injection, therapeutic",
             dx=("Lumbosacral radiculopathy (M54.17)", {"code": "M54.17"}),
             tech=["A 22-gauge needle was advanced to the left L5-S1 neural foramen by a transforaminal approach."],
             contrast=("Omnipaque 240", 1.5, "spread along the exiting nerve root into the epidural space"),
             inj="Dexamethasone 10 mg (1 mL of 10 mg/mL) was then injected slowly.",
             drugs=[("iohexol", 1.5, "ml"), ("dexamethasone_sodium_phosphate", 10, "mg")],
             p=dict(family="transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                    levels=["L5-S1"], contrast=True, intent="therapeutic", sedation="none", views=2, **fl)),
        dict(id="fbs-tfesi-02", dos="2025-06-17", pos="22", side="right", story=None, lv="L4-5 and L5-S1", spine="lumbar",
             t="Right L4-5 and L5-S1 transforaminal epidural steroid injection (therapeutic)",
             dx=("Lumbar disc herniation with radiculopathy (M51.16)", {"code": "M51.16"}),
             pre_story="Known lumbar disc herniation, referred by her surgeon for an epidural injection.",
             tech=["Needles were placed into the right L4-5 and right L5-S1 foramina using a transforaminal approach."],
             contrast=("Isovue-M 200", 2, "flow along both nerve roots into the epidural space"),
             inj="At each level 1 mL of Kenalog 40 mg/mL with 1 mL of 0.25% bupivacaine was injected (80 mg triamcinolone in total).",
             drugs=[("triamcinolone_acetonide", 80, "mg"), ("bupivacaine", 5, "mg"), ("iopamidol", 2, "ml")],
             omit=("symptom_duration", "radicular_findings"),
             p=dict(family="transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                    levels=["L4-L5", "L5-S1"], contrast=True, intent="therapeutic", sedation="none", views=2, **fl)),
        dict(id="fbs-tfesi-03", dos="2024-09-10", pos="24", side="left", story="arm", lv="C6-7", spine="cervical",
             t="Left C6-7 cervical transforaminal epidural steroid injection, therapeutic",
             dx=("Cervical radiculopathy (M54.12)", {"code": "M54.12"}),
             tech=["A 25-gauge needle was directed to the posterior aspect of the left C6-7 foramen by a transforaminal route."],
             contrast=("Isovue-M 200", 1, "spread along the C7 nerve root"),
             inj="Dexamethasone 4 mg (1 mL of 4 mg/mL) was injected.",
             drugs=[("iopamidol", 1, "ml"), ("dexamethasone_sodium_phosphate", 4, "mg")],
             p=dict(family="transforaminal_epidural", approach="transforaminal", region="cervical", laterality="left",
                    levels=["C6-C7"], contrast=True, intent="therapeutic", sedation="none", views=2, **fl)),
        dict(id="fbs-tfesi-04", dos="2026-05-19", pos="11", side="bilateral", story="both", lv="L5-S1", spine="lumbar",
             t="Bilateral L5-S1 transforaminal epidural steroid injections, therapeutic",
             dx=("Lumbosacral radiculopathy (M54.17)", {"code": "M54.17"}),
             tech=["Needles were advanced to the right and left L5-S1 foramina by a transforaminal approach."],
             contrast=("Omnipaque 300", 2, "epidural flow around both L5 roots"),
             inj="On each side 1 mL of Celestone 6 mg/mL and 1 mL of 1% lidocaine was injected (12 mg betamethasone in total).",
             drugs=[("iohexol", 2, "ml"), ("betamethasone_sodium_phosphate_acetate", 12, "mg"), ("lidocaine", 20, "mg")],
             omit=("saved_images",),
             p=dict(family="transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                    levels=["L5-S1"], contrast=True, intent="therapeutic", sedation="none", views=0, **fl)),
        dict(id="fbs-tfesi-05", dos="2025-11-04", pos="11", side="left", story="leg", lv="L4-5", spine="lumbar",
             t="Left L4-5 transforaminal epidural steroid injection with moderate sedation, therapeutic",
             dx=("Lumbar radiculopathy (M54.16)", {"code": "M54.16"}),
             tech=["A 22-gauge needle was advanced to the left L4-5 neural foramen using a transforaminal approach."],
             contrast=("Omnipaque 240", 1, "spread along the L4 nerve root into the epidural space"),
             inj="Triamcinolone 40 mg (Kenalog 40 mg/mL, 1 mL) was injected.",
             drugs=[("iohexol", 1, "ml"), ("triamcinolone_acetonide", 40, "mg"), ("midazolam", 2, "mg"), ("fentanyl", 0.05, "mg")],
             sedation=("Moderate sedation was given by me because of severe procedural anxiety: midazolam 2 mg and fentanyl "
                       "50 mcg IV. Sedation start 09:12, end 09:32, 20 minutes in total, with an independent trained "
                       "observer (RN) monitoring the patient throughout."),
             p=dict(family="transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                    levels=["L4-L5"], contrast=True, intent="therapeutic", sedation="moderate", views=2,
                    sedation_detail=dict(agents=True, doses=True, times=True, observer=True, minutes=20,
                                         justification=True, by_proceduralist=True), **fl)),
        dict(id="fbs-tfesi-06", dos="2023-10-24", pos="11", side="right", story="leg", lv="L3-4 and L4-5", spine="lumbar",
             t="Right L3-4 and L4-5 transforaminal epidural steroid injection, therapeutic",
             dx=("Lumbar radiculopathy (M54.16)", {"code": "M54.16"}),
             tech=["Needles were placed at the right L3-4 and right L4-5 foramina via a transforaminal approach."],
             contrast=("iohexol 240", 2, "spread along the L3 and L4 roots"),
             inj="Depo-Medrol 40 mg (1 mL of 40 mg/mL) was injected at each level, 80 mg methylprednisolone in total.",
             drugs=[("iohexol", 2, "ml"), ("methylprednisolone_acetate", 80, "mg")],
             omit=("imaging_findings", "time_out"),
             p=dict(family="transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                    levels=["L3-L4", "L4-L5"], contrast=True, intent="therapeutic", sedation="none", views=2, **fl)),
        dict(id="fbs-tfesi-07", dos="2026-08-06", pos="11", side="left", story="leg", lv="L5-S1", spine="lumbar",
             t="Repeat left L5-S1 transforaminal epidural steroid injection, therapeutic",
             dx=("Lumbar disc herniation with radiculopathy (M51.16)", {"code": "M51.16"}),
             prior=("epidural", 70, 5),
             tech=["A 22-gauge needle was advanced to the left L5-S1 foramen by a transforaminal approach."],
             contrast=("Omnipaque 240", 1, "flow along the L5 nerve root into the epidural space"),
             inj="Dexamethasone 10 mg (1 mL of 10 mg/mL) was injected.",
             drugs=[("iohexol", 1, "ml"), ("dexamethasone_sodium_phosphate", 10, "mg")],
             cut="The patient was then moved to the recovery area where she",
             p=dict(family="transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                    levels=["L5-S1"], contrast=True, intent="therapeutic", sedation="none", views=2, repeat=True,
                    prior_response=(70, 150), **fl)),
        dict(id="fbs-tfesi-08", dos="2026-10-13", pos="24", payer="medicare_cgs", side="right", story="leg", lv="L4-5",
             spine="lumbar", t="Right L4-5 transforaminal epidural steroid injection, therapeutic",
             dx=("Lumbar disc herniation with radiculopathy (M51.16)", {"code": "M51.16"}),
             tech=["A curved-tip needle was advanced to the right L4-5 neural foramen by a transforaminal approach."],
             contrast=("Omnipaque 240", 1, "spread along the L4 root"),
             inj="Dexamethasone 10 mg with 1 mL of 0.2% ropivacaine was injected.",
             drugs=[("iohexol", 1, "ml"), ("dexamethasone_sodium_phosphate", 10, "mg"), ("ropivacaine", 2, "mg")],
             p=dict(family="transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                    levels=["L4-L5"], contrast=True, intent="therapeutic", sedation="none", views=2, **fl)),
        # ---- interlaminar / caudal epidural (6)
        dict(id="fbs-ilesi-01", dos="2026-01-20", pos="11", side=None, story="both", lv="L5-S1", spine="lumbar",
             stenosis=True, t="L5-S1 interlaminar epidural steroid injection, therapeutic",
             dx=("Lumbar spinal stenosis with neurogenic claudication (M48.062)", {"code": "M48.062"}),
             tech=["A 20-gauge Tuohy needle entered the L5-S1 epidural space by an interlaminar approach using loss of resistance to saline."],
             contrast=("Omnipaque 240", 2, "epidural spread over two levels"),
             inj="Kenalog 80 mg (2 mL of 40 mg/mL) diluted with 3 mL preservative-free saline was injected.",
             drugs=[("iohexol", 2, "ml"), ("triamcinolone_acetonide", 80, "mg")],
             p=dict(family="interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L5-S1"],
                    contrast=True, intent="therapeutic", sedation="none", views=2, **fl)),
        dict(id="fbs-ilesi-02", dos="2025-03-11", pos="22", side="right", story="arm", lv="C7-T1", spine="cervical",
             t="C7-T1 interlaminar epidural steroid injection, therapeutic",
             dx=("Cervical radiculopathy (M54.12)", {"code": "M54.12"}),
             tech=["An 18-gauge Tuohy needle was advanced into the C7-T1 epidural space by an interlaminar approach with loss of resistance."],
             contrast=("Isovue-M 200", 1, "epidural spread without intrathecal flow"),
             inj="Dexamethasone 10 mg in 2 mL of saline was injected.",
             drugs=[("iopamidol", 1, "ml"), ("dexamethasone_sodium_phosphate", 10, "mg")],
             omit=("conservative_care",),
             p=dict(family="interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C7-T1"],
                    contrast=True, intent="therapeutic", sedation="none", views=2, **fl)),
        dict(id="fbs-ilesi-03", dos="2024-07-09", pos="11", side="left", story="leg", lv="L4-5", spine="lumbar",
             t="L4-5 interlaminar epidural steroid injection, therapeutic",
             dx=("Lumbar radiculopathy (M54.16)", {"code": "M54.16"}),
             prior_vague="This is her second lumbar epidural; the first one helped some.",
             tech=["A 20-gauge Tuohy needle was placed in the L4-5 epidural space by an interlaminar approach using loss of resistance."],
             contrast=("Omnipaque 240", 1.5, "epidural spread"),
             inj="Depo-Medrol 80 mg (2 mL of 40 mg/mL) was injected.",
             drugs=[("iohexol", 1.5, "ml"), ("methylprednisolone_acetate", 80, "mg")],
             p=dict(family="interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L4-L5"],
                    contrast=True, intent="therapeutic", sedation="none", views=2, repeat=True, **fl)),
        dict(id="fbs-ilesi-04", dos="2026-06-23", pos="24", payer="medicare_cgs", side=None, story="both", lv="L3-4",
             spine="lumbar", stenosis=True, t="L3-4 interlaminar epidural steroid injection, therapeutic",
             dx=("Lumbar spinal stenosis with neurogenic claudication (M48.062)", {"code": "M48.062"}),
             tech=["A Tuohy needle entered the L3-4 epidural space through an interlaminar approach with loss of resistance to air."],
             contrast=("Omnipaque 240", 2, "epidural spread"),
             inj="Triamcinolone 60 mg (1.5 mL of Kenalog 40) with 2 mL of 0.25% bupivacaine was injected.",
             drugs=[("iohexol", 2, "ml"), ("triamcinolone_acetonide", 60, "mg"), ("bupivacaine", 5, "mg")],
             p=dict(family="interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L3-L4"],
                    contrast=True, intent="therapeutic", sedation="none", views=2, **fl)),
        dict(id="fbs-caudal-01", dos="2023-09-05", pos="11", side=None, story="both", lv="L4-5", spine="lumbar",
             stenosis=True, t="Caudal epidural steroid injection, therapeutic",
             dx=("Failed back surgery syndrome (M96.1)", {"code": "M96.1"}),
             tech=["A 20-gauge needle was passed through the sacral hiatus into the caudal epidural space."],
             contrast=None,
             inj="Depo-Medrol 80 mg (2 mL of 40 mg/mL) with 5 mL of 1% lidocaine was injected.",
             drugs=[("methylprednisolone_acetate", 80, "mg"), ("lidocaine", 50, "mg")],
             omit=("contrast",),
             p=dict(family="interlaminar_epidural", approach="caudal", region="sacral", levels=[],
                    contrast=None, intent="therapeutic", sedation="none", views=2, **fl)),
        dict(id="fbs-caudal-02", dos="2026-11-03", pos="11", side=None, story="both", lv="L5-S1", spine="lumbar",
             t="Caudal epidural steroid injection, therapeutic",
             dx=("Lumbosacral radiculopathy (M54.17)", {"code": "M54.17"}),
             tech=["A 20-gauge needle was advanced through the sacral hiatus into the caudal epidural space."],
             contrast=("Omnipaque 240", 5, "epidural filling up to S1"),
             inj="Kenalog 80 mg (2 mL of 40 mg/mL) with 5 mL of 0.2% ropivacaine was injected.",
             drugs=[("iohexol", 5, "ml"), ("triamcinolone_acetonide", 80, "mg"), ("ropivacaine", 10, "mg")],
             p=dict(family="interlaminar_epidural", approach="caudal", region="sacral", levels=[],
                    contrast=True, intent="therapeutic", sedation="none", views=2, **fl)),
        # ---- facet injection (5)
        dict(id="fbs-mbb-01", dos="2026-03-17", pos="11", side="bilateral", story="axial", area="low back",
             t="Bilateral L4-5 and L5-S1 diagnostic medial branch blocks",
             dx=("Lumbar spondylosis without radiculopathy (M47.816)", {"code": "M47.816"}),
             tech=["On each side, needles were placed at the L3 and L4 medial branches and the L5 dorsal ramus."],
             inj="0.5 mL of 0.5% bupivacaine was injected at each of the six nerves (15 mg in total).",
             drugs=[("bupivacaine", 15, "mg")],
             p=dict(family="facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], intent="diagnostic", sedation="none", **fl)),
        dict(id="fbs-mbb-02", dos="2025-08-26", pos="24", side="right", story="axial", area="neck",
             t="Right C4-5 and C5-6 diagnostic medial branch blocks",
             dx=("Cervical spondylosis without myelopathy or radiculopathy (M47.812)", {"code": "M47.812"}),
             tech=["Needles were placed on the right at the C4, C5 and C6 medial branches to block the C4-5 and C5-6 facet joints."],
             inj="0.5 mL of 2% lidocaine was injected at each nerve (30 mg in total).",
             drugs=[("lidocaine", 30, "mg")],
             omit=("functional_impairment",),
             p=dict(family="facet_injection", approach="medial_branch", region="cervical", laterality="right",
                    levels=["C4-C5", "C5-C6"], intent="diagnostic", sedation="none", **fl)),
        dict(id="fbs-facet-01", dos="2026-04-28", pos="11", payer="medicare_fcso", side="left", story="axial",
             area="low back", diag=(90, 85),
             t="Left L3-4 and L4-5 intra-articular facet joint injections, therapeutic",
             dx=("Lumbar spondylosis without radiculopathy (M47.816)", {"code": "M47.816"}),
             tech=["Needles were advanced into the left L3-4 and left L4-5 facet joints (intra-articular)."],
             inj="Each joint received 20 mg of triamcinolone (0.5 mL Kenalog 40) with 0.5 mL of 0.25% bupivacaine.",
             drugs=[("triamcinolone_acetonide", 40, "mg"), ("bupivacaine", 2.5, "mg")],
             p=dict(family="facet_injection", approach="intra_articular", region="lumbar", laterality="left",
                    levels=["L3-L4", "L4-L5"], intent="therapeutic", sedation="none", diag_relief=[90, 85], **fl)),
        dict(id="fbs-mbb-03", dos="2024-12-03", pos="22", side="right", story="axial", area="low back",
             t="Right L4-5 diagnostic medial branch block",
             dx=("Lumbar spondylosis without radiculopathy (M47.816)", {"code": "M47.816"}),
             tech=["Needles were placed at the right L3 and L4 medial branches."],
             inj="0.5 mL of 0.5% bupivacaine was given at each nerve, 5 mg in total.",
             drugs=[("bupivacaine", 5, "mg")],
             p=dict(family="facet_injection", approach="medial_branch", region="lumbar", laterality="right",
                    levels=["L4-L5"], intent="diagnostic", sedation="none", **fl)),
        dict(id="fbs-mbb-04", dos="2026-07-14", pos="11", side="left", story="axial", area="low back",
             t="Left L4-5 and L5-S1 diagnostic medial branch blocks",
             dx=("Lumbar spondylosis without radiculopathy (M47.816)", {"code": "M47.816"}),
             tech=["Needles were placed at the left L3 and L4 medial branches and the left L5 dorsal ramus."],
             inj="Each nerve received 0.5 mL of 0.25% bupivacaine (3.75 mg in total).",
             drugs=[("bupivacaine", 3.75, "mg")],
             cut="She was assisted to a chair and",
             p=dict(family="facet_injection", approach="medial_branch", region="lumbar", laterality="left",
                    levels=["L4-L5", "L5-S1"], intent="diagnostic", sedation="none", **fl)),
        # ---- facet RFA (3)
        dict(id="fbs-rfa-01", dos="2026-02-24", pos="11", side="right", story="axial", area="low back", diag=(90, 85),
             t="Right L4-5 and L5-S1 radiofrequency ablation",
             dx=("Lumbar spondylosis without radiculopathy (M47.816)", {"code": "M47.816"}),
             tech=["RF cannulas were placed along the right L3 and L4 medial branches and the right L5 dorsal ramus.",
                   "Motor testing at 2 Hz showed no leg movement. Thermal lesions were made at 80 degrees C for 90 seconds at each nerve."],
             inj="Before lesioning, 1 mL of 2% lidocaine was injected at each nerve (60 mg in total).",
             drugs=[("lidocaine", 60, "mg")],
             p=dict(family="facet_rfa", approach="medial_branch", region="lumbar", laterality="right",
                    levels=["L4-L5", "L5-S1"], sedation="none", diag_relief=[90, 85], **fl)),
        dict(id="fbs-rfa-02", dos="2026-09-29", pos="24", side="left", story="axial", area="neck",
             diag_one="A single medial branch block last month gave 85% relief for six hours.",
             t="Left C5-6 radiofrequency ablation of the medial branches",
             dx=("Cervical spondylosis without myelopathy or radiculopathy (M47.812)", {"code": "M47.812"}),
             tech=["RF cannulas were positioned at the left C5 and C6 medial branches.",
                   "After sensory and motor testing, conventional thermal lesions were made at 80 C for 90 seconds."],
             inj="1 mL of 1% lidocaine was given at each nerve before lesioning (20 mg in total).",
             drugs=[("lidocaine", 20, "mg")],
             omit=("diagnostic_block_relief",),
             p=dict(family="facet_rfa", approach="medial_branch", region="cervical", laterality="left",
                    levels=["C5-C6"], sedation="none", diag_relief=[85], **fl)),
        dict(id="fbs-rfa-03", dos="2025-05-06", pos="22", side="left", story="axial", area="low back",
             prior=("radiofrequency ablation", 75, 9),
             t="Repeat left L3-4, L4-5 and L5-S1 radiofrequency ablation",
             dx=("Lumbar spondylosis without radiculopathy (M47.816)", {"code": "M47.816"}),
             tech=["RF probes were placed at the left L2, L3 and L4 medial branches and the left L5 dorsal ramus.",
                   "Thermal radiofrequency lesions were made at 85 degrees C for 90 seconds at each nerve after motor testing."],
             inj="0.5 mL of 0.5% bupivacaine was injected at each nerve before lesioning (10 mg in total).",
             drugs=[("bupivacaine", 10, "mg")],
             p=dict(family="facet_rfa", approach="medial_branch", region="lumbar", laterality="left",
                    levels=["L3-L4", "L4-L5", "L5-S1"], sedation="none", repeat=True, prior_response=(75, 270), **fl)),
        # ---- SI joint injection (3)
        dict(id="fbs-sij-01", dos="2025-10-21", pos="11", side="right", story="si", relief=80,
             t="Right sacroiliac joint injection, diagnostic",
             dx=("Sacroiliitis (M46.1)", {"code": "M46.1"}),
             tech=["A 22-gauge spinal needle was advanced into the inferior right SI joint (intra-articular)."],
             contrast=("Omnipaque 240", 0.5, "an arthrogram of the joint"),
             inj="2 mL of 0.5% bupivacaine was injected into the joint.",
             drugs=[("iohexol", 0.5, "ml"), ("bupivacaine", 10, "mg")],
             p=dict(family="si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="right",
                    contrast=True, intent="diagnostic", sedation="none", views=2, **fl)),
        dict(id="fbs-sij-02", dos="2026-05-05", pos="22", side="left", story="si", diag_si=80,
             t="Left sacroiliac joint injection, therapeutic",
             dx=("Sacroiliitis (M46.1)", {"code": "M46.1"}),
             tech=["A spinal needle was placed into the left SI joint (intra-articular)."],
             contrast=("Isovue-M 200", 1, "an arthrogram of the joint"),
             inj="Triamcinolone 40 mg (1 mL of 40 mg/mL) and 2 mL of 0.25% bupivacaine were injected.",
             drugs=[("iopamidol", 1, "ml"), ("triamcinolone_acetonide", 40, "mg"), ("bupivacaine", 5, "mg")],
             omit=("percent_relief",),
             p=dict(family="si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="left",
                    contrast=True, intent="therapeutic", sedation="none", views=2, diag_relief=[80], **fl)),
        dict(id="fbs-sij-03", dos="2026-10-20", pos="11", side="bilateral", story="si", diag_si=85, relief=70,
             t="Bilateral sacroiliac joint injections, therapeutic",
             dx=("Sacroiliitis (M46.1)", {"code": "M46.1"}),
             tech=["Needles were advanced into the right and left SI joints (intra-articular)."],
             contrast=("Omnipaque 240", 1, "an arthrogram of each joint"),
             inj="Each joint received 40 mg of Depo-Medrol (1 mL) and 2 mL of 0.2% ropivacaine, 80 mg methylprednisolone in total.",
             drugs=[("iohexol", 1, "ml"), ("methylprednisolone_acetate", 80, "mg"), ("ropivacaine", 8, "mg")],
             p=dict(family="si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="bilateral",
                    contrast=True, intent="therapeutic", sedation="none", views=2, diag_relief=[85], **fl)),
        # ---- other families (5)
        dict(id="fbs-onb-01", dos="2026-03-31", pos="11", side="bilateral", story="other",
             other="Sharp, shooting pain from the base of the skull over the back of the head on both sides, with tenderness over the greater occipital nerves.",
             t="Bilateral greater occipital nerve blocks",
             dx=("Occipital neuralgia (M54.81)", {"code": "M54.81"}),
             tech=["Using a landmark technique without imaging, a 27-gauge needle was placed next to the occipital artery on each side."],
             inj="On each side 2 mL of 0.5% bupivacaine and 0.5 mL of dexamethasone 4 mg/mL were injected.",
             drugs=[("bupivacaine", 20, "mg"), ("dexamethasone_sodium_phosphate", 4, "mg")],
             omit=("complications",),
             p=dict(family="occipital_nerve_block", target="greater_occipital", region="occipital",
                    laterality="bilateral", imaging="none", sedation="none")),
        dict(id="fbs-onb-02", dos="2025-01-14", pos="24", side="left", story="other",
             other="Left-sided occipital headaches with shooting pain over the scalp and a positive Tinel sign over the left greater occipital nerve.",
             t="Left greater occipital nerve block",
             dx=("Occipital neuralgia (M54.81)", {"code": "M54.81"}),
             tech=["By landmarks, with no imaging, a 25-gauge needle was placed medial to the left occipital artery."],
             inj="3 mL of 1% lidocaine with 20 mg of triamcinolone (0.5 mL Kenalog 40) was injected.",
             drugs=[("lidocaine", 30, "mg"), ("triamcinolone_acetonide", 20, "mg")],
             p=dict(family="occipital_nerve_block", target="greater_occipital", region="occipital",
                    laterality="left", imaging="none", sedation="none")),
        dict(id="fbs-tpi-01", dos="2026-06-02", pos="11", side="right", story="other",
             other="Exam shows taut bands with twitch responses and referred pain in the right trapezius, levator scapulae and splenius capitis.",
             t="Trigger point injections, right neck and upper back",
             dx=("Myofascial pain of the neck muscles (M79.12)", {"code": "M79.12"}),
             tech=["Trigger points were injected in the right trapezius, right levator scapulae and right splenius capitis."],
             inj="1 mL of 1% lidocaine was injected into each muscle (30 mg in total).",
             drugs=[("lidocaine", 30, "mg")],
             omit=("post_procedure_pain_score", "percent_relief"),
             p=dict(family="trigger_point", region="cervical", laterality="right", muscles=3, sedation="none")),
        dict(id="fbs-knee-01", dos="2026-09-15", pos="11", side="left", story="other",
             other="Left knee pain with swelling, crepitus and pain on stairs despite a home exercise program.",
             t="Left knee intra-articular injection under ultrasound guidance",
             dx=("Primary osteoarthritis, left knee (M17.12)", {"code": "M17.12"}),
             tech=["Under ultrasound guidance, a 22-gauge needle was advanced into the left knee joint from a superolateral approach.",
                   "An ultrasound image of the needle in the joint was saved to the record."],
             inj="Triamcinolone 40 mg (Kenalog 40, 1 mL) with 4 mL of 1% lidocaine was injected.",
             drugs=[("triamcinolone_acetonide", 40, "mg"), ("lidocaine", 40, "mg")],
             omit=("consent",),
             p=dict(family="joint_injection", target="knee", region="knee", laterality="left", imaging="ultrasound",
                    saved_images=True)),
        dict(id="fbs-gnb-01", dos="2026-07-28", pos="22", side="right", story="other",
             other="Right knee pain from osteoarthritis that limits walking; she is being considered for radiofrequency treatment.",
             t="Right genicular nerve block",
             dx=("Primary osteoarthritis, right knee (M17.11)", {"code": "M17.11"}),
             tech=["Under fluoroscopy, needles were placed at the right superomedial, superolateral and inferomedial genicular nerves."],
             inj="1 mL of 0.5% bupivacaine was injected at each nerve (15 mg in total).",
             drugs=[("bupivacaine", 15, "mg")],
             p=dict(family="genicular_nerve_block", region="knee", laterality="right", imaging="fluoroscopy",
                    sedation="none")),
    ]


# --- rendering -------------------------------------------------------------------------------------------------
class _Picker:
    """Draws paraphrases so that each pool is walked through from a seeded offset (every variant gets used)."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.pos = {name: rng.randrange(len(pool)) for name, pool in POOLS.items()}

    def __call__(self, name: str, **kw) -> str:
        pool = POOLS[name]
        i = self.pos[name]
        self.pos[name] = (i + 1) % len(pool)
        s = pool[i].format(**kw)
        return s[0].upper() + s[1:]


def _sections(s: dict, pick: _Picker, rng: random.Random) -> tuple[list[tuple[str, list[str]]], dict]:
    """Ordered (section, sentences) of one note and its pain/relief numbers."""
    omit = set(s.get("omit", ()))
    side = s.get("side")
    fam = s["p"]["family"]
    pre_n, post_n = rng.choice((6, 7, 8, 9)), rng.choice((1, 2, 3))
    hist: list[str] = []
    story = s.get("story")
    if s.get("pre_story"):
        hist.append(s["pre_story"])
    if story == "leg" and "radicular_findings" not in omit:
        hist.append(pick("RADICULAR_LEG", side=side))
    elif story == "both":
        hist.append(pick("RADICULAR_BOTH"))
    elif story == "arm":
        hist.append(pick("RADICULAR_ARM", side=side))
    elif story == "axial":
        hist.append(pick("AXIAL", area=s["area"]))
    elif story == "si":
        hist.append(pick("SI_PAIN", side="right and left" if side == "bilateral" else side))
    elif story == "other":
        hist.append(s["other"])
    spine_or_si = fam in goldkit.ESI | goldkit.FACET | {"si_joint_injection"}
    if spine_or_si and "symptom_duration" not in omit:
        hist.append(pick("DURATION", m=rng.choice((4, 5, 6, 8, 10, 14))))
    if spine_or_si and "conservative_care" not in omit:
        hist.append(pick("CARE", w=rng.choice((12, 14, 16))))
    if spine_or_si and "functional_impairment" not in omit:
        hist.append(pick("FUNCTION"))
    if fam in goldkit.ESI and "imaging_findings" not in omit:
        hist.append(pick("IMAGING_STENOSIS" if s.get("stenosis") else "IMAGING", spine=s["spine"], lv=s["lv"]))
    if s.get("prior"):
        prev, pct, months = s["prior"]
        hist.append(pick("PRIOR", prev=prev, pct=pct, m=months))
    if s.get("prior_vague"):
        hist.append(s["prior_vague"])
    if s.get("diag"):
        hist.append(pick("DIAG_TWO", p1=s["diag"][0], p2=s["diag"][1]))
    if s.get("diag_one"):
        hist.append(s["diag_one"])
    if s.get("diag_si"):
        hist.append(pick("DIAG_SI", p1=s["diag_si"]))
    pre: list[str] = []
    if "pre_procedure_pain_score" not in omit:
        pre.append(pick("PRE", n=pre_n))
    if "consent" not in omit:
        pre.append(pick("CONSENT"))
    if "time_out" not in omit:
        pre.append(pick("TIMEOUT"))
    proc: list[str] = []
    if s.get("sedation"):
        proc.append(s["sedation"])
    elif s["p"].get("sedation") == "none":
        proc.append(pick("SED_NONE"))
    proc.append("The patient was positioned and the skin was prepped and draped sterilely.")
    if s["p"].get("imaging") == "fluoroscopy":
        proc.append(pick("GUIDE"))
    proc += s["tech"]
    if s.get("contrast"):
        agent, ml, spread = s["contrast"]
        ml_txt = f"{ml:g}"
        proc.append(pick("CONTRAST", agent=agent, ml=ml_txt, spread=spread))
    proc.append(s["inj"])
    if s["p"].get("views") and "saved_images" not in omit:
        proc.append(pick("SAVED"))
    post: list[str] = []
    if "post_procedure_pain_score" not in omit:
        post.append(pick("POST", n=post_n))
    relief = s.get("relief")
    if fam in ("si_joint_injection", "trigger_point") and "percent_relief" not in omit:
        relief = relief or round(100 * (pre_n - post_n) / pre_n / 5) * 5
        post.append(pick("RELIEF", pct=relief))
    if "complications" not in omit:
        post.append(pick("COMPL"))
    post.append(pick("DISPO"))
    dx = [s["dx"][0]]
    secs = [("procedure", [s["t"]]), ("diagnosis", dx), ("history", hist), ("pre", pre), ("technique", proc),
            ("post", post)]
    pain = (None if "pre_procedure_pain_score" in omit else pre_n,
            None if "post_procedure_pain_score" in omit else post_n)
    scales = {_scale_named(x) for x in (pre[:1] if pain[0] is not None else []) + (post[:1] if pain[1] is not None else [])}
    return [(k, v) for k, v in secs if v], {"pain": pain, "relief": relief, "scales_differ": len(scales - {None}) > 1}


def _scale_named(sentence: str) -> str | None:
    """The pain scale a score sentence names ("NRS prior to the injection 7/10" -> NRS), None when unnamed.

    Gold correction (round 2, nec2b): the KB asks for the post score on the same scale as the pre score
    (`requirements.yaml`, `same_scale_as: pre`), and NRS and VAS are different instruments, so a note whose pre
    sentence names one and whose post sentence names the other lists `post_procedure_pain_score`."""
    m = re.search(r"\b(NRS|VAS)\b", sentence)
    return m.group(1) if m else None


HEADS = {
    "caps_headers": {"procedure": "PROCEDURE", "diagnosis": "DIAGNOSIS", "history": "HISTORY OF PRESENT ILLNESS",
                     "pre": "PRE-PROCEDURE", "technique": "DESCRIPTION OF PROCEDURE", "post": "POST-PROCEDURE"},
    "title_headers": {"procedure": "Procedure Performed", "diagnosis": "Preoperative Diagnosis",
                      "history": "Clinical History", "pre": "Preparation", "technique": "Procedure Details",
                      "post": "Recovery"},
    "bullets": {"procedure": "Procedure", "diagnosis": "Diagnosis", "history": "Indications", "pre": "Pre-op",
                "technique": "Technique", "post": "Post-op"},
    "inline_fields": {"procedure": "Procedure", "diagnosis": "Dx", "history": "Hx", "pre": "Pre", "technique": "Technique",
                      "post": "Post"},
    "odd_spacing": {"procedure": "PROCEDURE", "diagnosis": "DX", "history": "HPI", "pre": "PRE PROCEDURE",
                    "technique": "PROCEDURE NOTE", "post": "DISPOSITION"},
    "attestation": {"procedure": "Procedure", "diagnosis": "Diagnosis", "history": "Indication", "pre": "Preparation",
                    "technique": "Description", "post": "Outcome"},
}


def _render(style: str, secs: list[tuple[str, list[str]]], pick: _Picker) -> str:
    if style == "caps_headers":
        return "\n\n".join(f"{HEADS[style][k]}:\n{' '.join(v)}" for k, v in secs)
    if style == "title_headers":
        return "\n\n".join(f"{HEADS[style][k]}\n{' '.join(v)}" for k, v in secs)
    if style == "dictated":
        title = secs[0][1][0]
        rest = dict(secs[1:])
        paras = [f"Procedure note: {title[0].lower() + title[1:]}.",
                 f"The diagnosis is {rest['diagnosis'][0][0].lower() + rest['diagnosis'][0][1:]}. " + " ".join(rest.get("history", [])),
                 " ".join(rest.get("pre", []) + rest.get("technique", [])), " ".join(rest.get("post", []))]
        return "\n\n".join(p.strip() for p in paras if p.strip())
    if style == "bullets":
        out = []
        for k, v in secs:
            out.append(f"{HEADS[style][k]}:")
            out += [f"- {x}" for x in v]
        return "\n".join(out)
    if style == "inline_fields":
        return "\n".join(f"{HEADS[style][k]}: {' '.join(v)}" for k, v in secs)
    if style == "odd_spacing":
        out = []
        for i, (k, v) in enumerate(secs):
            sep = "  " if i % 2 else " "
            out.append(f"{HEADS[style][k]} :{sep}" + "  ".join(v) + ("   " if i % 3 == 0 else ""))
        return "\n".join(out)
    if style == "attestation":
        body = "\n\n".join(f"{HEADS[style][k]}: {' '.join(v)}" for k, v in secs)
        return body + "\n\nAttestation: " + " ".join(ATTEST)
    raise ValueError(style)


def _truncate(text: str, cut: str) -> str:
    """Cut the note off inside the sentence `cut` (no final full stop): everything after it is unsaid."""
    i = text.index(cut)
    return text[: i + len(cut)]


def _gold_spec(s: dict, info: dict) -> dict:
    """The goldkit spec of one note (procedures, drugs, dates, absent elements, diagnosis reading)."""
    omit = set(s.get("omit", ()))
    if s.get("cut"):
        omit |= {"post_procedure_pain_score", "complications"}  # the post-procedure block is cut away
    p = dict(s["p"])
    drugs = [{"generic": g, "dose": d, "dose_unit": u} for g, d, u in s["drugs"]]
    fam = p["family"]
    esi = fam in goldkit.ESI
    necessity = {k: False for k in goldkit.NECESSITY}
    necessity["diagnosis"] = "diagnosis" not in omit
    if fam in goldkit.ESI | goldkit.FACET | {"si_joint_injection"}:
        for k in ("symptom_duration", "conservative_care", "functional_impairment"):
            necessity[k] = k not in omit
    if esi:
        necessity["imaging_findings"] = "imaging_findings" not in omit
        necessity["radicular_findings"] = s.get("story") in ("leg", "both", "arm") and "radicular_findings" not in omit
    return {"id": s["id"], "procedures": [p], "drugs": drugs, "date_of_service": s["dos"],
            "place_of_service": s["pos"], "absent": sorted(omit - {"radicular_findings", "saved_images",
                                                                    "contrast", "diagnostic_block_relief"}),
            "necessity": necessity, "dx": s["dx"][1], "relief": info["relief"]}


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:
    rng = random.Random(SEED)
    pick = _Picker(rng)
    specs = _specs()
    styles = [STYLES[i % len(STYLES)] for i in range(len(specs))]
    rng.shuffle(styles)
    for s, style in zip(specs, styles):
        secs, info = _sections(s, pick, rng)
        text = _render(style, secs, pick)
        if s.get("cut"):
            # the cut sentence goes just before the post-procedure block; the note ends inside it
            text = _insert_cut(text, s["cut"])
            style_name = style + "+truncated"
        else:
            style_name = style
        spec = _gold_spec(s, info)
        codes = goldkit.code_lines(spec)
        findings = goldkit.finding_elements(spec)
        if info["scales_differ"] and not s.get("cut"):  # pre on NRS, post on VAS: no post score on the pre's scale
            findings = sorted(set(findings) | {"post_procedure_pain_score"})
        pain = info["pain"]
        if s.get("cut"):
            pain = (pain[0], None)
        gp = {k: s["p"].get(k) for k in goldkit.PROC_KEYS if k != "family"}
        gp["levels"] = list(gp["levels"] or [])
        nec = tuple(k for k, v in spec["necessity"].items() if v)
        drugs = [given(g, d, u) for g, d, u in s["drugs"]]
        omit = set(spec["absent"])
        add(s["id"], style_name, text, procs=[proc(s["p"]["family"], **gp)], drugs=drugs, pain=pain, need=nec,
            codes=codes, findings=findings, dos=s["dos"], pos=s["pos"], consent="consent" not in omit,
            complications=None if "complications" in omit else "none", payer=s.get("payer", "medicare"),
            comment=s.get("comment"))
        # generated notes: the kit's `add` marks origin 'hand'; this batch is all generator-written
        add.__globals__["NOTES"][-1]["origin"] = "generated"


def _insert_cut(text: str, cut: str) -> str:
    """Place the unfinished sentence after the technique block and drop everything the note would have said next."""
    for marker in ("POST-PROCEDURE", "Recovery\n", "Post-op:", "Post:", "DISPOSITION", "Outcome:"):
        i = text.find(marker)
        if i >= 0:
            return text[:i].rstrip() + " " + cut
    # dictated: the last paragraph holds the post-procedure sentences
    i = text.rfind("\n\n")
    return text[:i].rstrip() + " " + cut
