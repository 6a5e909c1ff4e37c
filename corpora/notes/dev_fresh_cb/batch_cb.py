"""Sealed precision batch `dev_fresh_cb` (`fcb-*`): 30 generated procedure notes and their gold.

A small deterministic generator (SEED below) renders 30 hand-chosen procedure specs in seven styles from
phrasing pools written fresh for this batch (at least ten paraphrases per documentation element). The gold of
each spec (codes, levels, drugs, findings) was labelled by hand from the spec, following corpora/README.md,
before and without any Painpoint run. Six notes leave out one element each (`omit`).
"""

from __future__ import annotations

import random

SEED = 27113

STYLES = ("capitalised_headers", "title_case_headers", "dictated_paragraph", "bullets", "inline_fields",
          "odd_spacing", "boilerplate_attestation")

# --- phrasing pools (own wordings) ------------------------------------------------------------------------
DURATION = [
    "Symptoms began {dur} ago.",
    "The pain has been present for {dur}.",
    "Onset {dur} ago, steadily worse since.",
    "{Dur} of this pain at this point.",
    "The patient says it started {dur} back.",
    "Duration: {dur}.",
    "Ongoing for the past {dur}.",
    "The complaint dates back {dur}.",
    "Has lived with this pain for {dur} now.",
    "Pain first noticed {dur} before this visit.",
    "Present continuously over the last {dur}.",
]
RADICULAR = [
    "Pain shoots from the {prox} down {the_limb} to the {dist}.",
    "Radiating pain in {the_limb}, dermatomal in pattern, reaching the {dist}.",
    "Describes burning pain traveling down {the_limb} with tingling in the {dist}.",
    "Electric, lancinating pain along {the_limb} into the {dist}.",
    "Pain in {the_limb} follows a radicular course to the {dist}, with numbness.",
    "Pins and needles run down {the_limb} as far as the {dist}.",
    "Radicular pain in {the_limb}, worse than the axial pain, extends to the {dist}.",
    "Pain radiates past the {joint} in {the_limb} and into the {dist}; coughing aggravates it.",
    "Exam: reduced light-touch sensation in the {dist}, with pain radiating down {the_limb}.",
    "Shooting pain into {the_limb} that ends in the {dist}.",
    "Sensory change and radiating pain in {the_limb}, down to the {dist}.",
]
CARE = [
    "Completed {cw} of physical therapy without meaningful relief.",
    "Despite {cw} of PT and daily naproxen, the pain persists.",
    "Failed conservative management: PT for {cw}, NSAIDs and a home exercise program.",
    "Physical therapy over {cw} did not help; meloxicam upset the stomach and was stopped.",
    "Physical therapy ({cw}) and gabapentin have given no lasting benefit.",
    "Conservative care: PT x {cw}, NSAIDs -- ineffective.",
    "{Cw} of supervised therapy plus ibuprofen failed to control the pain.",
    "Tried chiropractic care for {cw} and an NSAID trial, neither of which reduced the pain.",
    "The pain continues in spite of {cw} of home exercise and physical therapy.",
    "Non-operative care over {cw} (therapy, anti-inflammatories, activity modification) was unsuccessful.",
    "No improvement after {cw} of formal PT; an oral steroid taper was not tolerated.",
]
FUNCTION = [
    "Unable to stand longer than ten minutes.",
    "Cannot sit through a full meal because of the pain.",
    "The pain wakes the patient most nights and has stopped work.",
    "Walking tolerance is down to about one block.",
    "Needs help with dressing and with household chores.",
    "{scale} {score}% today.",
    "Had to stop working because of the pain.",
    "Driving and lifting are markedly limited.",
    "Daily activities are restricted: no yard work, groceries only with help.",
    "Can no longer carry laundry or lift a grandchild.",
    "Difficulty climbing stairs and getting up from a chair.",
]
IMAGING = [
    "MRI shows a paracentral disc protrusion at {lvl} contacting the traversing root, {sidew}.",
    "MRI of the spine: foraminal narrowing at {lvl}, moderate to severe, {sidew}.",
    "Imaging (MRI, this year) demonstrates a disc extrusion at {lvl} with root impingement {sidew}.",
    "CT myelogram: lateral recess stenosis at {lvl}, {sidew}.",
    "Recent MRI reveals a {lvl} disc herniation compressing the nerve root {sidew}.",
    "Per the MRI, there is severe foraminal stenosis at {lvl} {sidew}.",
    "MR imaging: broad-based bulge at {lvl} with moderate canal and foraminal stenosis {sidew}.",
    "The MRI from last month was reviewed: {lvl} protrusion abutting the root {sidew}.",
    "Advanced imaging showed a herniated disc at {lvl}, {sidew}.",
    "Degenerative disc disease at {lvl} with foraminal encroachment {sidew} on MRI.",
    "MRI: {lvl} annular fissure and protrusion narrowing the neural foramen {sidew}.",
]
CONSENT = [
    "Consent: signed.",
    "Written informed consent was obtained after discussing risks, benefits and alternatives.",
    "Risks including bleeding, infection and nerve injury were reviewed, and the patient consented.",
    "Informed consent signed today and placed in the chart.",
    "The patient gave written consent.",
    "Consent obtained (risks, benefits and alternatives explained; questions answered).",
    "After a full discussion of risks and alternatives, the consent form was signed.",
    "Procedural consent reviewed and signed by the patient.",
    "Patient consented in writing after the risk discussion.",
    "Informed consent: obtained, witnessed.",
    "We went over the risks and the expected benefit, and written consent was given.",
]
TIMEOUT = [
    "Time-out: done.",
    "A universal protocol time-out was completed before the start.",
    "Time out performed, confirming patient, procedure, side and level.",
    "Safety pause (time-out) completed with the whole team.",
    "The team paused for a time-out; identity and site were verified.",
    "Timeout completed.",
    "Pre-procedure time-out called, and all present agreed.",
    "Before any needle placement, a formal time-out verified the correct side.",
    "Time-out: completed, site marked.",
    "Surgical safety time out held per protocol.",
    "A verification time-out was carried out prior to prepping.",
]
PRE = [
    "Pre-procedure pain {pre}/10.",
    "Pain score before the injection: {pre} of 10.",
    "Rates the pain {pre}/10 on arrival.",
    "NRS {pre}/10 pre-procedure.",
    "Pain today before starting was {pre} out of 10.",
    "Pain prior to the block: {pre}/10.",
    "Entering pain level {pre}/10.",
    "Pre: {pre}/10.",
    "The patient rated the pain {pre} on a 0-10 scale before we began.",
    "Pain intensity before the procedure was {pre}/10 (numeric scale).",
    "Pre-injection NRS: {pre}.",
]
POST = [
    "Post-procedure pain {post}/10.",
    "After the injection, pain was {post} of 10.",
    "Discharge pain score {post}/10.",
    "NRS {post}/10 post-procedure.",
    "Pain fell to {post}/10 at fifteen minutes.",
    "Pain after the block: {post}/10.",
    "Leaving pain level {post}/10.",
    "Post: {post}/10.",
    "On recheck twenty minutes later the patient rated it {post} of 10.",
    "Pain intensity after the procedure was {post}/10 (numeric scale).",
    "Post-injection NRS: {post}.",
]
COMPLICATIONS = [
    "Complications: none.",
    "There were no complications.",
    "No complications occurred; tolerated well.",
    "The procedure was completed without complication.",
    "Complications: none apparent.",
    "No immediate complications were noted.",
    "No complication; vital signs stable throughout.",
    "Complications - nil.",
    "Tolerated without any complication.",
    "Free of complications; discharged ambulatory.",
    "No procedural complications, no hematoma.",
]
IMAGES = [
    "AP and lateral images were saved.",
    "Images: retained (AP, lateral).",
    "Two fluoroscopic views were stored to the record.",
    "Representative AP and oblique images saved in PACS.",
    "Final needle position documented on 2 saved images.",
    "Saved images: AP and lateral views.",
    "Both AP and lateral spot films were archived.",
    "Fluoroscopic images in two planes were captured and kept.",
    "Permanent images (two views) are in the chart.",
    "Images retained in AP and contralateral oblique projections.",
    "A pair of views (AP/lateral) was saved.",
]
CONTRAST = [
    "{cml} mL of {cname} confirmed appropriate spread without vascular uptake.",
    "Contrast ({cname}, {cml} mL) outlined the target with no intravascular flow.",
    "After injection of {cml} mL {cname}, the expected contrast pattern was seen.",
    "Contrast: {cname} {cml} mL, appropriate spread.",
    "Under live fluoroscopy {cml} mL of {cname} showed good flow and no vascular pattern.",
    "{cname} ({cml} mL) was injected; the spread was satisfactory.",
    "Injection of {cml} mL of contrast ({cname}) confirmed placement.",
    "Contrast flow with {cname}, {cml} mL, was appropriate and non-vascular.",
    "We injected {cml} mL of {cname}, which outlined the target without vascular runoff.",
    "Confirmatory contrast: {cml} mL {cname}; no intravascular or intrathecal spread.",
]
FLUORO = [
    "under fluoroscopic guidance", "using C-arm fluoroscopy", "with fluoroscopy", "under live fluoroscopy",
    "using fluoroscopic imaging", "guided by fluoroscopy", "with fluoroscopic control",
    "with biplanar fluoroscopic guidance", "under x-ray (fluoroscopic) guidance", "with real-time fluoroscopy",
    "via fluoroscopic visualization",
]
PRIOR = [
    "Previous {what} gave {pct}% relief that lasted {dur}.",
    "The last {what}, {dur} ago, reduced the pain by {pct}% for {dur}.",
    "Response to the prior {what}: {pct}% improvement sustained {dur}.",
    "After the earlier {what} the pain was {pct}% better for {dur}.",
    "{Pct}% relief for {dur} followed the previous {what}.",
    "The first {what} helped by {pct} percent, and the benefit held for {dur}.",
    "Prior {what}: {pct}% relief, duration {dur}.",
    "Had {pct}% pain reduction lasting {dur} from the earlier {what}.",
    "The preceding {what} afforded {pct}% relief over {dur}.",
    "Good response last time -- {pct}% less pain for {dur} after the {what}.",
]
DIAG_BLOCKS = [
    "Two diagnostic medial branch blocks gave {a}% and {b}% relief.",
    "Dual comparative medial branch blocks: {a}% and {b}% relief of the index pain.",
    "First MBB {a}% relief, confirmatory MBB {b}% relief.",
    "Relief after the two diagnostic blocks was {a}% and then {b}%.",
    "Both prior diagnostic MBBs were positive ({a}% and {b}%).",
    "The diagnostic medial branch blocks produced {a} percent and {b} percent relief respectively.",
    "Medial branch blocks x2: {a}% / {b}% improvement during the anesthetic phase.",
    "Concordant relief with each diagnostic block: {a}% with the first and {b}% with the second.",
    "She had {a}% relief with the first medial branch block and {b}% with the repeat diagnostic block.",
    "Diagnostic blocks, two sessions: {a}% and {b}% pain reduction.",
]
RELIEF = [
    "Percent relief: {pct}%.",
    "The patient reports {pct}% relief after the injection.",
    "Estimated {pct} percent improvement at discharge.",
    "Relief of {pct}% with provocative maneuvers repeated.",
    "{Pct}% reduction of the usual pain.",
    "Immediate relief {pct}%.",
    "Pain relief afterward: {pct}%.",
    "The patient describes the pain as {pct}% better.",
    "Reports a {pct}% decrease in pain post procedure.",
    "Percentage of relief: {pct}.",
]
ATTEST = [
    "I personally performed the entire procedure described above and reviewed this report.",
    "I was present for and performed all key portions of this procedure.",
    "This report was reviewed and signed electronically by the performing physician.",
]
WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine", 10: "ten",
         12: "twelve", 16: "sixteen", 20: "twenty"}


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _pick(rng: random.Random, pool: list[str], **kw) -> str:
    kw = {**kw, **{_cap(k): _cap(str(v)) for k, v in kw.items()}}
    return rng.choice(pool).format(**kw)


# --- the 30 specs ------------------------------------------------------------------------------------------
# side: left/right/bilateral; lv_text: how the levels read in the note; drug_text: the injectate sentence;
# gold: procs, drugs, codes, findings, need, pain; omit: the element left out (one at most).


def specs(proc, line, given, ESI_NEED, SPINE_NEED, minus):
    F = "fluoroscopy"
    S = []

    def tf(nid, side, lv_text, levels, region, pos, dos, drug_text, drugs, codes, pain, dx, omit=None, prior=None,
           dur="five months", cw="eight weeks"):
        return dict(id=nid, kind="tfesi", side=side, lv_text=lv_text, pos=pos, dos=dos, drug_text=drug_text,
                    pain=pain, dx=dx, omit=omit, prior=prior, dur=dur, cw=cw, region=region,
                    procs=[proc("transforaminal_epidural", approach="transforaminal", region=region, laterality=side,
                                levels=levels, imaging=F, contrast=True)], drugs=drugs, codes=codes)

    S.append(tf("fcb-tfesi-01", "left", "L5-S1", ["L5-S1"], "lumbar", "22", "2026-02-11",
                "Dexamethasone 10 mg (1 mL) mixed with 1 mL of 1% lidocaine was injected slowly.",
                [given("dexamethasone_sodium_phosphate", 10), given("lidocaine", 10), given("iohexol", 2, "ml")],
                [line("64483", "LT")], (7, 2), "Lumbar radiculopathy (M54.16)", dur="four months",
                ) | dict(cname="Omnipaque 240", cml="2"))
    S.append(tf("fcb-tfesi-02", "right", "L4-L5 and L5-S1", ["L4-L5", "L5-S1"], "lumbar", "11", "2025-06-03",
                "At each of the two levels, triamcinolone 40 mg with 1 mL of 0.25% bupivacaine was delivered "
                "(80 mg triamcinolone in total).",
                [given("triamcinolone_acetonide", 80), given("bupivacaine", 5), given("iohexol", 2, "ml")],
                [line("64483", "RT"), line("64484", "RT"), line("J3301", units=8)], (8, 3),
                "Lumbosacral radiculopathy, M54.17", dur="seven months", cw="ten weeks")
             | dict(cname="Omnipaque 300", cml="2"))
    S.append(tf("fcb-tfesi-03", "bilateral", "L5-S1", ["L5-S1"], "lumbar", "24", "2026-08-19",
                "Betamethasone (Celestone) 6 mg was given on each side, 12 mg in all, with 1 mL of 1% lidocaine per side.",
                [given("betamethasone_sodium_phosphate_acetate", 12), given("lidocaine", 20), given("iopamidol", 3, "ml")],
                [line("64483", "50")], (6, 1), "Lumbar radiculopathy (M54.16)", omit="functional_impairment",
                dur="twenty weeks", cw="six weeks") | dict(cname="Isovue-M 200", cml="3"))
    S.append(tf("fcb-tfesi-04", "left", "C6-C7", ["C6-C7"], "cervical", "22", "2025-12-02",
                "Dexamethasone 4 mg with 0.5 mL of 1% lidocaine was injected.",
                [given("dexamethasone_sodium_phosphate", 4), given("lidocaine", 5), given("iopamidol", 1, "ml")],
                [line("64479", "LT")], (7, 3), "Cervical radiculopathy (M54.12)", dur="six months",
                cw="two months") | dict(cname="Isovue-M 300", cml="1", limb="arm"))
    S.append(tf("fcb-tfesi-05", "right", "S1", ["S1"], "lumbar", "11", "2026-04-14",
                "Depo-Medrol 40 mg and 1 mL of 1% lidocaine were instilled.",
                [given("methylprednisolone_acetate", 40), given("lidocaine", 10), given("iohexol", 1.5, "ml")],
                [line("64483", "RT"), line("J1010", units=40)], (6, 2), "S1 radiculopathy (M54.17)",
                prior=("right S1 transforaminal injection", 70, "four months"), dur="one year",
                cw="twelve weeks") | dict(cname="Omnipaque 240", cml="1.5"))
    S.append(tf("fcb-tfesi-06", "left", "L3-L4 and L4-L5", ["L3-L4", "L4-L5"], "lumbar", "22", "2026-10-05",
                "Dexamethasone 5 mg was placed at each foramen (10 mg total) with 1 mL of 0.25% bupivacaine at each.",
                [given("dexamethasone_sodium_phosphate", 10), given("bupivacaine", 5), given("iohexol", 2, "ml")],
                [line("64483", "LT"), line("64484", "LT")], (8, 4), "Lumbar radiculopathy (M54.16)",
                omit="imaging_findings", dur="eight months", cw="3 months") | dict(cname="Omnipaque 240", cml="2"))
    S.append(tf("fcb-tfesi-07", "right", "L4-L5", ["L4-L5"], "lumbar", "11", "2023-10-17",
                "Methylprednisolone acetate 80 mg (2 mL) with 1 mL of 1% lidocaine was injected.",
                [given("methylprednisolone_acetate", 80), given("lidocaine", 10), given("iohexol", 1, "ml")],
                [line("64483", "RT"), line("J1040")], (9, 4), "Lumbar radiculopathy (M54.16)",
                dur="5 months", cw="6 weeks") | dict(cname="Omnipaque 300", cml="1"))

    def il(nid, lv_text, levels, region, pos, dos, drug_text, drugs, codes, pain, dx, omit=None, prior=None,
           approach="interlaminar", dur="six months", cw="eight weeks", side="bilateral", **kw):
        return dict(id=nid, kind="ilesi", side=side, lv_text=lv_text, pos=pos, dos=dos, drug_text=drug_text, pain=pain,
                    dx=dx, omit=omit, prior=prior, dur=dur, cw=cw, region=region, approach=approach,
                    procs=[proc("interlaminar_epidural", approach=approach, region=region, levels=levels, imaging=F,
                                contrast=True)], drugs=drugs, codes=codes, **kw)

    S.append(il("fcb-ilesi-01", "L5-S1", ["L5-S1"], "lumbar", "11", "2026-01-20",
                "Kenalog 80 mg diluted in 2 mL preservative-free saline was injected into the epidural space.",
                [given("triamcinolone_acetonide", 80), given("lidocaine", 10), given("iohexol", 2, "ml")],
                [line("62323"), line("J3301", units=8)], (7, 3),
                "Lumbar spinal stenosis with neurogenic claudication (M48.062)", cname="Omnipaque 240", cml="2",
                skin="1 mL of 1% lidocaine"))
    S.append(il("fcb-ilesi-02", "C7-T1", ["C7-T1"], "cervical", "22", "2026-03-30",
                "Triamcinolone 60 mg in 3 mL of normal saline was injected.",
                [given("triamcinolone_acetonide", 60), given("iopamidol", 1, "ml")],
                [line("62321")], (8, 3), "Cervical radiculopathy (M54.12)", omit="saved_images",
                side="left", limb="arm", cname="Isovue-M 300", cml="1", dur="four months", cw="seven weeks"))
    S.append(il("fcb-ilesi-03", "L4-L5", ["L4-L5"], "lumbar", "24", "2025-09-09",
                "Dexamethasone 10 mg with 3 mL of saline was injected.",
                [given("dexamethasone_sodium_phosphate", 10), given("iohexol", 2, "ml")],
                [line("62323")], (7, 2), "Lumbar radiculopathy (M54.16)", side="right",
                prior=("lumbar epidural", 60, "five months"), cname="Omnipaque 240", cml="2", dur="ten months",
                cw="8 weeks"))
    S.append(il("fcb-ilesi-04", "", [], "sacral", "11", "2026-06-22",
                "Triamcinolone 80 mg with 8 mL of preservative-free saline was delivered through the needle.",
                [given("triamcinolone_acetonide", 80), given("iohexol", 3, "ml")],
                [line("62323"), line("J3301", units=8)], (8, 4),
                "Post-laminectomy syndrome (M96.1) with bilateral leg pain", approach="caudal",
                cname="Omnipaque 300", cml="3", dur="two years", cw="twelve weeks"))
    S.append(il("fcb-ilesi-05", "T10-T11", ["T10-T11"], "thoracic", "22", "2026-09-15",
                "Betamethasone 9 mg (1.5 mL) diluted with 2 mL of saline was injected.",
                [given("betamethasone_sodium_phosphate_acetate", 9), given("iopamidol", 1, "ml")],
                [line("62321")], (6, 2), "Thoracic radiculopathy (M54.14)", side="right", limb="chest",
                cname="Isovue-M 200", cml="1", dur="four months", cw="six weeks"))

    def fac(nid, side, joints, levels, region, pos, dos, nerves, drug_text, drugs, codes, pain, dx, omit=None,
            intent="diagnostic", approach="medial_branch", diag=None, dur="eight months", cw="ten weeks"):
        return dict(id=nid, kind="facet", side=side, lv_text=joints, nerves=nerves, pos=pos, dos=dos,
                    drug_text=drug_text, pain=pain, dx=dx, omit=omit, dur=dur, cw=cw, region=region, intent=intent,
                    approach=approach, diag=diag,
                    procs=[proc("facet_injection", approach=approach, region=region, laterality=side, levels=levels,
                                imaging=F, intent=intent)], drugs=drugs, codes=codes)

    S.append(fac("fcb-mbb-01", "bilateral", "L4-L5 and L5-S1 facet joints", ["L4-L5", "L5-S1"], "lumbar", "22",
                 "2026-05-12", "L3 and L4 medial branches and the L5 dorsal ramus on both sides",
                 "0.5 mL of 0.5% bupivacaine was placed at each of the six targets (15 mg total).",
                 [given("bupivacaine", 15)], [line("64493", "50", "KX"), line("64494", "50", "KX")], (7, 2),
                 "Lumbar spondylosis without radiculopathy (M47.816)"))
    S.append(fac("fcb-mbb-02", "right", "C4-C5 and C5-C6 facet joints", ["C4-C5", "C5-C6"], "cervical", "24",
                 "2026-07-07", "right C4, C5 and C6 medial branches",
                 "Each medial branch received 0.5 mL of 0.5% bupivacaine (7.5 mg in all).",
                 [given("bupivacaine", 7.5)], [line("64490", "KX", "RT"), line("64491", "KX", "RT")], (6, 1),
                 "Cervical spondylosis without myelopathy or radiculopathy (M47.812)", dur="one year", cw="8 weeks"))
    S.append(fac("fcb-mbb-03", "left", "L5-S1 facet joint", ["L5-S1"], "lumbar", "11", "2026-02-24",
                 "left L4 medial branch and L5 dorsal ramus",
                 "2% lidocaine 0.5 mL was injected at each of the two nerves (20 mg total).",
                 [given("lidocaine", 20)], [line("64493", "KX", "LT")], (8, 3),
                 "Lumbosacral facet syndrome (M47.817)", dur="seven months"))
    S.append(fac("fcb-mbb-04", "bilateral", "L3-L4 and L4-L5 facet joints", ["L3-L4", "L4-L5"], "lumbar", "22",
                 "2025-11-18", "L2 and L3 medial branches and the L4 medial branch, bilaterally",
                 "0.5 mL of 0.75% ropivacaine at each of the six nerves (22.5 mg total).",
                 [given("ropivacaine", 22.5)], [line("64493", "50", "KX"), line("64494", "50", "KX")], (7, 2),
                 "Lumbar spondylosis without radiculopathy (M47.816)", omit="consent", dur="sixteen weeks"))
    S.append(fac("fcb-facet-05", "right", "L4-L5 facet joint", ["L4-L5"], "lumbar", "11", "2026-09-29",
                 "", "Triamcinolone 20 mg with 0.5 mL of 0.5% bupivacaine was injected into the joint.",
                 [given("triamcinolone_acetonide", 20), given("bupivacaine", 2.5)],
                 [line("64493", "RT"), line("J3301", units=2)], (7, 3),
                 "Lumbar spondylosis without radiculopathy (M47.816)", intent="therapeutic",
                 approach="intra_articular", diag=(85, 90), dur="nine months"))

    def rfa(nid, side, joints, levels, region, pos, dos, nerves, drug_text, drugs, codes, pain, dx, diag, omit=None,
            dur="ten months", cw="twelve weeks"):
        return dict(id=nid, kind="rfa", side=side, lv_text=joints, nerves=nerves, pos=pos, dos=dos,
                    drug_text=drug_text, pain=pain, dx=dx, omit=omit, dur=dur, cw=cw, region=region, diag=diag,
                    procs=[proc("facet_rfa", approach="medial_branch", region=region, laterality=side,
                                levels=levels, imaging=F)], drugs=drugs, codes=codes)

    S.append(rfa("fcb-rfa-01", "right", "L4-L5 and L5-S1 facet joints", ["L4-L5", "L5-S1"], "lumbar", "22",
                 "2026-04-28", "right L3 and L4 medial branches and the L5 dorsal ramus",
                 "Before each lesion, 1 mL of 2% lidocaine was given (60 mg total).", [given("lidocaine", 60)],
                 [line("64635", "RT"), line("64636", "RT")], (7, 3),
                 "Lumbar spondylosis without radiculopathy (M47.816)", (90, 85)))
    S.append(rfa("fcb-rfa-02", "left", "L3-L4 and L4-L5 facet joints", ["L3-L4", "L4-L5"], "lumbar", "24",
                 "2025-08-12", "left L2, L3 and L4 medial branches",
                 "Each nerve was anesthetized with 0.5 mL of 2% lidocaine (30 mg in all) before lesioning.",
                 [given("lidocaine", 30)], [line("64635", "LT"), line("64636", "LT")], (8, 4),
                 "Lumbar spondylosis without radiculopathy (M47.816)", (80, 90), omit="complications"))
    S.append(rfa("fcb-rfa-03", "bilateral", "C5-C6 facet joints", ["C5-C6"], "cervical", "11", "2026-11-03",
                 "C5 and C6 medial branches on both sides",
                 "1% lidocaine 1 mL at each of the four nerves (40 mg total) preceded lesioning.",
                 [given("lidocaine", 40)], [line("64633", "50")], (6, 2),
                 "Cervical spondylosis without myelopathy or radiculopathy (M47.812)", (85, 80), dur="two years"))

    def si(nid, side, pos, dos, drug_text, drugs, codes, pain, relief, omit=None, **kw):
        return dict(id=nid, kind="si", side=side, pos=pos, dos=dos, drug_text=drug_text, pain=pain, relief=relief,
                    dx="Sacroiliitis (M46.1)", omit=omit, dur=kw.pop("dur", "six months"), cw=kw.pop("cw", "eight weeks"),
                    region="sacroiliac",
                    procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality=side,
                                imaging=F, contrast=True, intent="diagnostic")], drugs=drugs, codes=codes, **kw)

    S.append(si("fcb-si-01", "left", "11", "2026-03-03",
                "Triamcinolone 40 mg with 2 mL of 0.5% bupivacaine was injected into the joint.",
                [given("triamcinolone_acetonide", 40), given("bupivacaine", 10), given("iopamidol", 1, "ml")],
                [line("27096", "LT"), line("J3301", units=4)], (7, 1), 85, cname="Isovue-M 200", cml="1"))
    S.append(si("fcb-si-02", "right", "22", "2026-10-27",
                "2 mL of 0.5% ropivacaine with dexamethasone 4 mg was injected intra-articularly.",
                [given("ropivacaine", 10), given("dexamethasone_sodium_phosphate", 4), given("iohexol", 1, "ml")],
                [line("27096", "RT")], (8, 2), 80, omit="time_out", cname="Omnipaque 240", cml="1",
                dur="five months", cw="two months"))
    S.append(si("fcb-si-03", "bilateral", "24", "2025-05-06",
                "Each joint received 1.5 mL of 0.25% bupivacaine and 20 mg of Kenalog (40 mg and 7.5 mg in total).",
                [given("bupivacaine", 7.5), given("triamcinolone_acetonide", 40), given("iohexol", 2, "ml")],
                [line("27096", "50")], (6, 1), 90, cname="Omnipaque 300", cml="2", dur="one year"))

    S.append(dict(id="fcb-onb-01", kind="onb", side="bilateral", pos="11", dos="2026-01-13", pain=(7, 2),
                  dx="Occipital neuralgia (M54.81)", omit=None, dur="four months",
                  drug_text="On each side 2 mL of 0.5% bupivacaine with triamcinolone 10 mg was injected "
                            "(20 mg bupivacaine and 20 mg triamcinolone in total).",
                  procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital",
                              laterality="bilateral", imaging="none")],
                  drugs=[given("bupivacaine", 20), given("triamcinolone_acetonide", 20)],
                  codes=[line("64405", "50"), line("J3301", units=2)]))
    S.append(dict(id="fcb-gnb-01", kind="gnb", side="right", pos="22", dos="2026-06-09", pain=(8, 2),
                  dx="Primary osteoarthritis, right knee (M17.11)", omit=None, dur="three years",
                  drug_text="2 mL of 0.25% bupivacaine was placed at each of the three nerves (15 mg total).",
                  procs=[proc("genicular_nerve_block", region="knee", laterality="right", imaging=F, intent="diagnostic")],
                  drugs=[given("bupivacaine", 15)], codes=[line("64454", "RT")]))
    S.append(dict(id="fcb-knee-01", kind="knee", side="left", pos="11", dos="2026-07-21", pain=(7, 3),
                  dx="Primary osteoarthritis, left knee (M17.12)", omit=None, dur="two years",
                  drug_text="Kenalog 40 mg with 3 mL of 1% lidocaine was injected into the joint.",
                  procs=[proc("joint_injection", approach="intra_articular", target="knee", region="knee",
                              laterality="left", imaging="ultrasound")],
                  drugs=[given("triamcinolone_acetonide", 40), given("lidocaine", 30)],
                  codes=[line("20611", "LT"), line("J3301", units=4)]))
    S.append(dict(id="fcb-hip-01", kind="hip", side="right", pos="24", dos="2025-10-14", pain=(8, 3),
                  dx="Primary osteoarthritis, right hip (M16.11)", omit=None, dur="eighteen months",
                  drug_text="Triamcinolone 40 mg with 4 mL of 0.5% ropivacaine was injected.",
                  cname="Omnipaque 240", cml="1",
                  procs=[proc("joint_injection", approach="intra_articular", target="hip", region="hip",
                              laterality="right", imaging=F, contrast=True)],
                  drugs=[given("triamcinolone_acetonide", 40), given("ropivacaine", 20), given("iohexol", 1, "ml")],
                  codes=[line("20610", "RT"), line("77002", "26")]))
    S.append(dict(id="fcb-tpi-01", kind="tpi", side="right", pos="11", dos="2026-05-26", pain=(7, 3), relief=60,
                  dx="Myofascial pain syndrome (M79.18)", omit=None, dur="five months",
                  drug_text="1 mL of 1% lidocaine was injected at each of the three points (30 mg total).",
                  procs=[proc("trigger_point", region="other", laterality="right", imaging="none")],
                  drugs=[given("lidocaine", 30)], codes=[line("20553")]))
    S.append(dict(id="fcb-stellate-01", kind="stellate", side="right", pos="24", dos="2026-08-04", pain=(8, 4),
                  dx="Complex regional pain syndrome type I of the right upper limb (G90.511)", omit=None,
                  dur="seven months",
                  drug_text="5 mL of 0.5% ropivacaine was injected in divided doses after negative aspiration.",
                  procs=[proc("sympathetic_block", target="stellate", region="cervical", laterality="right",
                              imaging="ultrasound")],
                  drugs=[given("ropivacaine", 25)], codes=[line("64510"), line("76942", "26")]))
    S.append(dict(id="fcb-pump-01", kind="pump", side=None, pos="11", dos="2026-11-10", pain=(None, None),
                  dx="Chronic pain syndrome (G89.4) with intrathecal drug delivery system", omit=None,
                  procs=[proc("pump_refill", region="lumbar")], drugs=[given("morphine", 500)],
                  codes=[line("95991")]))
    return S


# --- rendering -----------------------------------------------------------------------------------------------
TITLES = {
    "tfesi": "{Side} {lv} transforaminal epidural steroid injection",
    "ilesi": "{lv} interlaminar epidural steroid injection",
    "caudal": "Caudal epidural steroid injection",
    "facet": "{Side} {lv} {what}",
    "rfa": "{Side} radiofrequency ablation, {lv}",
    "si": "{Side} sacroiliac joint injection",
    "onb": "Bilateral greater occipital nerve blocks",
    "gnb": "Right genicular nerve block",
    "knee": "Left knee joint injection under ultrasound",
    "hip": "Right hip joint injection under fluoroscopy",
    "tpi": "Trigger point injections",
    "stellate": "Right stellate ganglion block",
    "pump": "Intrathecal pump refill",
}


def _limb(spec: dict) -> dict:
    limb = spec.get("limb", "leg")
    side = spec["side"]
    if limb == "chest":
        the = "both sides of the chest wall" if side == "bilateral" else f"the {side} chest wall"
        return dict(the_limb=the, dist="front of the chest", prox="mid back", joint="ribs")
    plural = side == "bilateral"
    dist = {"leg": "foot", "arm": "hand"}[limb] + ("" if not plural else ("" if limb == "leg" else "s"))
    if limb == "leg" and plural:
        dist = "feet"
    the = f"both {limb}s" if plural else f"the {side} {limb}"
    return dict(the_limb=the, dist=dist, prox="buttock" if limb == "leg" else "shoulder",
                joint="knee" if limb == "leg" else "elbow")


def _sections(spec: dict, rng: random.Random) -> tuple[str, list[tuple[str, list[str]]], dict]:
    """Title, labelled sections of sentences, and the necessity flags the text documents."""
    k, side, omit = spec["kind"], spec["side"], spec.get("omit")
    need: set[str] = {"diagnosis"}
    hx: list[str] = []
    esi = k in ("tfesi", "ilesi")
    spine = esi or k in ("facet", "rfa", "si")
    fl = rng.choice(FLUORO)
    if k in ("tfesi", "ilesi", "facet", "rfa", "si", "onb", "gnb", "knee", "hip", "tpi", "stellate"):
        hx.append(_pick(rng, DURATION, dur=spec["dur"]))
        need.add("symptom_duration")
    if esi:
        hx.append(_pick(rng, RADICULAR, **_limb(spec)))
        need.add("radicular_findings")
    if spine and omit != "conservative_care":
        hx.append(_pick(rng, CARE, cw=spec["cw"]))
        need.add("conservative_care")
    if (esi or k in ("facet", "rfa", "si")) and omit != "functional_impairment":
        scale = "Neck Disability Index" if spec.get("region") == "cervical" else "Oswestry Disability Index"
        hx.append(_pick(rng, FUNCTION, scale=scale, score=rng.choice((38, 42, 46, 52))))
        need.add("functional_impairment")
    if esi and omit != "imaging_findings":
        lvl = spec["lv_text"].split(" and ")[0] or "L5-S1"
        lvl = {"S1": "L5-S1"}.get(lvl, lvl)
        a, _, b = lvl.partition("-")
        lvl = f"{a}-{b[1:]}" if b and a[0] == b[0] and rng.random() < 0.5 else lvl
        sidew = {"left": "on the left", "right": "on the right", "bilateral": "bilaterally"}[side]
        hx.append(_pick(rng, IMAGING, lvl=lvl, sidew=sidew))
        need.add("imaging_findings")
    if spec.get("prior"):
        what, pct, dur = spec["prior"]
        hx.append(_pick(rng, PRIOR, what=what, pct=pct, dur=dur))
    if spec.get("diag"):
        a, b = spec["diag"]
        hx.append(_pick(rng, DIAG_BLOCKS, a=a, b=b))
    if k == "tpi":
        hx.append("Exam: palpable taut bands with a local twitch response and referred pain in the right upper "
                  "trapezius, levator scapulae and rhomboid major.")
    if k == "stellate":
        hx.append("Allodynia, color change and swelling of the right hand persist despite therapy and medications.")
    if k == "pump":
        hx.append("Seen for a scheduled reservoir refill; the alarm date is approaching.")

    pre: list[str] = []
    if omit != "consent":
        pre.append(rng.choice(CONSENT))
    if omit != "time_out":
        pre.append(rng.choice(TIMEOUT))
    if spec["pain"][0] is not None:
        pre.append(_pick(rng, PRE, pre=spec["pain"][0]))

    body = _technique(spec, rng, fl)
    post: list[str] = []
    if spec["pain"][1] is not None:
        post.append(_pick(rng, POST, post=spec["pain"][1]))
    if spec.get("relief") is not None:
        post.append(_pick(rng, RELIEF, pct=spec["relief"]))
    if omit != "complications":
        post.append(rng.choice(COMPLICATIONS))
    plan = [rng.choice(["Follow up in clinic in two weeks.", "Return to clinic in 2-3 weeks with a pain diary.",
                        "Discharged home with written instructions; clinic follow-up arranged.",
                        "Ice to the site as needed; follow up in two to three weeks."])]
    if k == "pump":
        plan = ["Next refill in about three months."]
    ttl = _title(spec)
    secs = [("Diagnosis", [spec["dx"] + "."]), ("Indication", hx), ("Pre-procedure", pre), ("Procedure", body),
            ("Post-procedure", post), ("Plan", plan)]
    return ttl, [(lab, sents) for lab, sents in secs if sents], {"need": need}


def _title(spec: dict) -> str:
    k = spec["kind"]
    if k == "ilesi" and spec.get("approach") == "caudal":
        k = "caudal"
    lv = spec.get("lv_text", "").replace(" facet joints", "").replace(" facet joint", "")
    what = "medial branch block" if spec.get("approach") == "medial_branch" else "facet joint injection"
    side = spec["side"] or ""
    return TITLES[k].format(Side=_cap(side), lv=lv, what=what)


def _technique(spec: dict, rng: random.Random, fl: str) -> list[str]:
    k, side = spec["kind"], spec["side"]
    out: list[str] = []
    prep = rng.choice(["Prone position, sterile prep and drape.", "The patient was positioned prone; the skin was prepped with chlorhexidine and draped.",
                       "Standard sterile preparation in the prone position."])
    contrast = lambda: _pick(rng, CONTRAST, cname=spec["cname"], cml=spec["cml"])  # noqa: E731
    if k == "tfesi":
        lv = spec["lv_text"]
        fora = "foramina" if " and " in lv else "foramen"
        out.append(prep)
        tgt = f"the {side} {lv} neural {fora}" if side != "bilateral" else f"the {lv} neural foramina on both sides"
        out.append(rng.choice([
            f"A 22-gauge spinal needle was advanced {fl} into {tgt} by a transforaminal approach.",
            f"Transforaminal injection into {tgt} performed {fl}, needle tip in the safe triangle.",
            f"Transforaminal approach: {tgt}, {fl}.",
            f"{_cap(fl)}, a curved-tip needle was placed at {tgt} (transforaminal).",
        ]))
        out.append(contrast())
        out.append(spec["drug_text"])
        if spec.get("omit") != "saved_images":
            out.append(rng.choice(IMAGES))
    elif k == "ilesi":
        out.append(prep)
        if spec.get("approach") == "caudal":
            out.append(rng.choice([
                f"The sacral hiatus was identified {fl} and a 20-gauge Tuohy needle entered the caudal canal.",
                f"Caudal approach through the sacral hiatus {fl}.",
            ]))
        else:
            lv = spec["lv_text"]
            out.append(rng.choice([
                f"{_cap(fl)}, an 18-gauge Tuohy needle was walked to the {lv} interspace and the epidural space found by loss of resistance to saline (interlaminar approach).",
                f"Interlaminar entry at {lv}, {spec['side'] if spec['side'] != 'bilateral' else 'midline'} paramedian, loss of resistance technique {fl}.",
                f"The {lv} interlaminar epidural space was accessed {fl} with a Tuohy needle using loss of resistance.",
            ]).replace("midline paramedian", "midline"))
        if spec.get("skin"):
            out.append(f"Skin wheal with {spec['skin']}.")
        out.append(contrast())
        out.append(spec["drug_text"])
        if spec.get("omit") != "saved_images":
            out.append(rng.choice(IMAGES))
    elif k == "facet":
        out.append(prep)
        if spec["approach"] == "medial_branch":
            out.append(rng.choice([
                f"Diagnostic medial branch block of the {spec['nerves']}, supplying the {spec['lv_text']}, {fl}.",
                f"{_cap(fl)}, needles were placed at the {spec['nerves']} ({spec['lv_text']}); this is a diagnostic block.",
                f"Intent: diagnostic. Targets: {spec['nerves']}, for the {spec['lv_text']}, reached {fl}.",
            ]))
        else:
            out.append(f"{_cap(fl)}, a 22-gauge needle entered the {side} {spec['lv_text']} (intra-articular, therapeutic injection).")
        out.append(spec["drug_text"])
    elif k == "rfa":
        out.append(prep)
        out.append(rng.choice([
            f"RF cannulae were placed {fl} along the {spec['nerves']}, for the {spec['lv_text']}.",
            f"{_cap(fl)}, 18-gauge 10 mm active-tip cannulae were positioned at the {spec['nerves']} ({spec['lv_text']}).",
        ]))
        out.append("Sensory stimulation at 50 Hz reproduced concordant pain below 0.5 V; motor stimulation at 2 Hz produced no limb movement.")
        out.append(spec["drug_text"])
        out.append(rng.choice([
            "Thermal lesions were made at 80 degrees C for 90 seconds at each nerve.",
            "Conventional (thermal) radiofrequency lesioning at 85 C for 90 s per site.",
            "Lesioning: thermal RF, 80 C x 90 seconds, two lesions per nerve.",
        ]))
    elif k == "si":
        out.append(prep)
        out.append(rng.choice([
            f"The inferior pole of the {side} sacroiliac joint was entered {fl} (diagnostic intra-articular injection).",
            f"Diagnostic {side} SI joint injection: needle into the posterior joint line {fl}.",
            f"{_cap(fl)}, a 22-gauge needle was placed into the {side} SI joint; intent diagnostic.",
        ]).replace("bilateral sacroiliac joint", "sacroiliac joints on both sides").replace(
            "bilateral SI joint injection: needle", "bilateral SI joint injections: a needle on each side").replace(
            "the bilateral SI joint", "each SI joint (bilateral)"))
        out.append(contrast())
        out.append(spec["drug_text"])
        out.append(rng.choice(IMAGES))
    elif k == "onb":
        out.append("Seated, neck flexed; landmark technique without imaging, medial to the occipital artery on each side.")
        out.append(spec["drug_text"])
    elif k == "gnb":
        out.append(f"Supine with the knee bolstered. The superolateral, superomedial and inferomedial genicular nerves were targeted {fl}.")
        out.append(spec["drug_text"])
    elif k == "knee":
        out.append("Supine. Using a linear ultrasound probe, the suprapatellar recess was identified and the needle advanced in plane.")
        out.append(spec["drug_text"])
        out.append("A permanent ultrasound image of the needle in the joint was saved.")
    elif k == "hip":
        out.append(f"Supine. A 22-gauge spinal needle was advanced to the femoral head-neck junction of the right hip {fl}.")
        out.append(contrast())
        out.append(spec["drug_text"])
    elif k == "tpi":
        out.append("Three trigger points on the right -- upper trapezius, levator scapulae and rhomboid major -- were injected with a 25-gauge needle.")
        out.append(spec["drug_text"])
    elif k == "stellate":
        out.append("Supine. Under ultrasound guidance, a 22-gauge needle was advanced to the right prevertebral fascia at C6, anterior to longus colli.")
        out.append(spec["drug_text"])
        out.append("An ultrasound image of the final needle position was saved. Ipsilateral Horner sign and warming of the right hand followed.")
    elif k == "pump":
        out.append("The residual volume of 3 mL was aspirated, matching the expected volume.")
        out.append("I refilled the reservoir with 20 mL of morphine 25 mg/mL using sterile technique.")
        out.append("No reprogramming was done; the current settings were left unchanged and the alarm date updated.")
    return out


def render(style: str, title: str, secs: list[tuple[str, list[str]]], rng: random.Random, dos: str) -> str:
    date = f"Date of service: {dos}"
    if style == "capitalised_headers":
        parts = [title.upper(), date, ""] + [f"{lab.upper()}:\n{' '.join(s)}\n" for lab, s in secs]
    elif style in ("title_case_headers", "boilerplate_attestation"):
        labels = {"Diagnosis": "Pre-Procedure Diagnosis", "Indication": "History Of Present Illness",
                  "Pre-procedure": "Pre-Procedure", "Procedure": "Procedure Details",
                  "Post-procedure": "Post-Procedure", "Plan": "Disposition"}
        parts = [f"Procedure: {title}", date, ""] + [f"{labels[lab]}:\n{' '.join(s)}\n" for lab, s in secs]
        if style == "boilerplate_attestation":
            parts.append("Attestation:\n" + " ".join(ATTEST))
    elif style == "dictated_paragraph":
        d = dict(secs)
        paras = [f"{title}. Working diagnosis is {d['Diagnosis'][0][0].lower()}{d['Diagnosis'][0][1:]}"]
        paras += [" ".join(s) for lab, s in secs if lab != "Diagnosis"]
        parts = [date, ""] + [p + "\n" for p in paras]
    elif style == "bullets":
        parts = [title, date, ""]
        for lab, s in secs:
            parts.append(f"{lab}:")
            parts += [f"- {x}" for x in s]
            parts.append("")
    elif style == "inline_fields":
        parts = [f"Procedure: {title} | {date}"] + [f"{lab}: {' '.join(s)}" for lab, s in secs]
    else:  # odd spacing
        parts = [f"  {title.upper()}  ", f"{date}   ", "", ""]
        for lab, s in secs:
            parts.append(f"{lab.upper()} :   " + "  ".join(s) + "  ")
            parts.append("" if rng.random() < 0.5 else "\n")
    return "\n".join(parts).rstrip() + "\n"


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus):
    rng = random.Random(SEED)
    all_specs = specs(proc, line, given, ESI_NEED, SPINE_NEED, minus)
    for i, spec in enumerate(all_specs):
        style = STYLES[i % len(STYLES)]
        title, secs, info = _sections(spec, rng)
        text = render(style, title, secs, rng, spec["dos"])
        add(spec["id"], style, text, procs=spec["procs"], drugs=spec["drugs"], pain=spec["pain"],
            need=tuple(sorted(info["need"])), codes=spec["codes"], findings=[spec["omit"]] if spec.get("omit") else [],
            dos=spec["dos"], pos=spec["place_of_service"] if "place_of_service" in spec else spec["pos"],
            consent=spec.get("omit") != "consent",
            complications=None if spec.get("omit") == "complications" else "none")
