"""Sealed final-check batch `dev_fresh_ck` (`fck-*`): 15 generated + 15 hand-dictated fictional notes.

Generated half: `build_generated` renders 15 procedure specs in seven styles from phrasing pools written for
this batch (at least six paraphrases per element), drawn with a fixed seed. Hand half: `_hand_spine` and
`_hand_other`, prose and shorthand carrying the hard cases. Gold (codes, levels, findings) is written in each
spec from corpora/README conventions, labelled before any Painpoint run. No names, record numbers or dates of birth.
"""

from __future__ import annotations

import random

SEED = 2811

# --- phrasing pools (>= 6 paraphrases per element) ----------------------------------------------------------
RADICULAR_LEG = [
    "Shooting pain runs from the {side} buttock down the back of the thigh into the calf.",
    "She describes burning pain radiating into the {side} leg to the top of the foot, with tingling in the big toe.",
    "Electric pain travels down the {side} lower extremity past the knee, worse with sitting.",
    "Reports {side} leg pain in a dermatomal band to the lateral ankle with numbness of the foot.",
    "The pain shoots down the {side} leg to the heel; straight leg raise on the {side} reproduces it.",
    "Radiating {side} thigh and shin pain with pins and needles in the foot; ankle reflex diminished on that side.",
]
RADICULAR_BOTH = [
    "Pain radiates down both legs into the calves with heaviness after short walks.",
    "He has aching and tingling in both lower extremities below the knees.",
    "Bilateral leg pain to the feet, worse standing, eased by bending forward.",
    "Both legs go numb and burn after a few minutes upright.",
    "Radiating pain into both thighs and calves with intermittent foot numbness.",
    "Describes cramping pain down the backs of both legs with paresthesias in the soles.",
]
RADICULAR_ARM = [
    "Pain shoots from the {side} side of the neck into the forearm and thumb with tingling.",
    "{Side} arm pain radiates over the shoulder blade to the index finger; Spurling test reproduces it.",
    "She has burning pain down the {side} arm to the hand and grip feels weak.",
    "Radiating pain from the neck into the {side} upper extremity with numb fingertips.",
    "Reports an electric ache along the {side} arm into the middle finger, worse looking up.",
    "Neck pain with {side} radicular arm symptoms to the wrist and reduced triceps reflex.",
]
DURATION = [
    "Symptoms began about {n} months ago.",
    "Pain has been present for {n} months.",
    "Onset was roughly {n} months back without a clear injury.",
    "This has been going on for {n} months now.",
    "Duration of symptoms: {n} months.",
    "Ongoing for the past {n} months and steadily worse.",
]
CARE = [
    "{w} weeks of physical therapy and meloxicam did not relieve the pain.",
    "Completed {w} weeks of supervised PT plus daily NSAIDs without meaningful benefit.",
    "Despite {w} weeks of home exercise and formal therapy the pain persists.",
    "Failed {w} weeks of conservative management including PT and gabapentin.",
    "A {w}-week course of physical therapy gave no lasting relief, and naproxen upset the stomach.",
    "Therapy for {w} weeks and oral anti-inflammatories have not helped.",
]
FUNCTION = [
    "Cannot stand longer than ten minutes at work.",
    "Sleep is broken nightly and walking is limited to about one block.",
    "Has stopped driving because turning and sitting aggravate the pain.",
    "Unable to lift groceries or do yard work anymore.",
    "Needs help with dressing and cannot sit through a meal.",
    "Oswestry disability index 44%; unable to finish full shifts.",
]
IMAGING = [
    "MRI shows {finding} at {lvl}.",
    "Recent MRI: {finding} at {lvl}.",
    "MRI of the spine demonstrates {finding}, {lvl}.",
    "Imaging reviewed: {finding} at the {lvl} level.",
    "The MRI report describes {finding} at {lvl}.",
    "On MRI there is {finding} at {lvl}.",
]
PRE = [
    "Pain {n}/10 before the procedure.",
    "Pre-procedure NRS {n}/10.",
    "Rates the pain {n} out of 10 on arrival.",
    "Baseline pain score {n}/10.",
    "Pain at check-in {n}/10.",
    "VAS prior to the injection: {n}/10.",
]
POST = [
    "Pain {n}/10 afterwards.",
    "Post-procedure NRS {n}/10.",
    "Rated the pain {n} out of 10 in recovery.",
    "Pain score after the injection {n}/10.",
    "At discharge pain was {n}/10.",
    "VAS following the procedure: {n}/10.",
]
CONSENT = [
    "Risks, benefits and alternatives were discussed and written consent was obtained.",
    "Informed consent was signed after discussing bleeding, infection and nerve injury.",
    "The patient gave written informed consent.",
    "Consent obtained, witnessed and placed on the chart.",
    "The procedure was explained and the patient consented in writing.",
    "We reviewed risks including headache and infection, and the consent form was signed.",
]
TIMEOUT = [
    "A time-out confirmed the patient, side and site.",
    "Universal protocol pause was performed before starting.",
    "Time out completed with all staff in agreement.",
    "Pre-procedure verification and time-out were done.",
    "Team time-out held; the site was marked and confirmed.",
    "Timeout performed, correct level and laterality verified.",
]
SEDATION = [
    "No sedation was given.",
    "Done without any IV sedation.",
    "Performed awake; no sedatives were used.",
    "The patient declined sedation.",
    "No anxiolytics or IV sedation administered.",
    "Sedation: none.",
]
GUIDANCE = [
    "under fluoroscopic guidance",
    "with live fluoroscopy",
    "using C-arm fluoroscopic guidance",
    "under intermittent fluoroscopy",
    "with fluoroscopic imaging",
    "under AP and oblique fluoroscopy",
]
SAVED = [
    "AP and lateral images were saved.",
    "Two fluoroscopic views were stored to PACS.",
    "Final needle position saved in AP and lateral projections.",
    "Images archived: AP and lateral.",
    "Permanent images were recorded in two planes.",
    "AP and oblique spot images were retained in the record.",
]
COMPLICATIONS = [
    "No complications.",
    "There were no complications.",
    "Complications: none.",
    "Tolerated well without complication.",
    "No immediate complications were noted.",
    "Left the suite in stable condition; no complications occurred.",
]
CONTRAST = [
    "{agent} {ml} mL showed {pattern} with no vascular uptake.",
    "After injection of {ml} mL of {agent}, {pattern} was seen without intravascular spread.",
    "Contrast ({agent}, {ml} mL) confirmed {pattern}; no vascular runoff.",
    "{ml} mL {agent} outlined {pattern}, no venous filling on live imaging.",
    "Injected {agent} {ml} mL: {pattern}, negative for vascular pattern.",
    "Using {ml} mL of {agent}, {pattern} was confirmed and intravascular flow excluded.",
]
RELIEF = [
    "Reported {p}% relief of the usual pain at 30 minutes.",
    "About {p}% improvement in her typical pain before discharge.",
    "Relief estimated at {p}% on provocative maneuvers afterward.",
    "Post-block relief: {p}%.",
    "States the pain is {p}% better.",
    "Improvement of roughly {p}% documented in recovery.",
]
DIAG_RELIEF = [
    "Two prior diagnostic medial branch blocks gave {a}% and {b}% relief.",
    "Dual comparative blocks produced {a}% and {b}% improvement.",
    "Previous diagnostic blocks: first {a}% relief, second {b}% relief.",
    "Confirmatory medial branch blocks on two occasions relieved {a}% and then {b}% of the pain.",
    "He had {a}% relief after the first diagnostic block and {b}% after the second.",
    "Both diagnostic medial branch blocks were positive at {a}% and {b}%.",
]
PLAN = [
    "Follow up in clinic in four weeks.",
    "Return visit in one month to review the response.",
    "Pain diary given; recheck in 3-4 weeks.",
    "Resume home exercises; clinic follow-up in a month.",
    "Will see back in four weeks.",
    "Call with any fever or new weakness; follow-up scheduled.",
]

# --- the 15 generated specs ---------------------------------------------------------------------------------
# each spec: id, style, what the note says (fields rendered) and its gold (procs, drugs, codes, findings)


def _specs(proc, line, given, ESI_NEED, SPINE_NEED, minus):
    S = []
    S.append(dict(
        id="fck-tfesi-01", style="caps_headers", dos="2026-02-17", pos="11", pain=(7, 2), limb="leg", side="left",
        title="Left L5-S1 transforaminal epidural steroid injection",
        dx="Lumbosacral radiculopathy (M54.17)", n=5, w=8, lvl="L5-S1",
        finding="a left foraminal disc protrusion abutting the exiting root",
        tech="A 22-gauge spinal needle was advanced {g} via a left transforaminal approach into the L5-S1 neural foramen.",
        contrast=dict(agent="Omnipaque 240", ml="1", pattern="spread along the L5 nerve root into the epidural space"),
        drugs_text="Injectate: triamcinolone (Kenalog) 40 mg with 1 mL of 0.25% bupivacaine.",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left",
                    levels=["L5-S1"], imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("triamcinolone_acetonide", 40), given("bupivacaine", 2.5), given("iohexol", 1, "ml")],
        need=ESI_NEED, codes=[line("64483", "LT"), line("J3301", units=4)], findings=[], omit=()))
    S.append(dict(
        id="fck-tfesi-02", style="title_headers", dos="2025-09-03", pos="24", pain=(8, 3), limb="leg", side="right",
        title="Right L4-L5 and L5-S1 transforaminal epidural steroid injections",
        dx="Lumbar disc herniation with radiculopathy (M51.16)", n=4, w=6, lvl="L4-L5 and L5-S1",
        finding="right foraminal narrowing with disc bulging",
        tech="Needles were placed {g} through a right transforaminal approach at the L4-L5 and L5-S1 foramina.",
        contrast=dict(agent="Isovue-M 300", ml="2", pattern="epidural flow along each root"),
        drugs_text="Dexamethasone 5 mg and 1 mL of 1% lidocaine were injected at each level.",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("dexamethasone_sodium_phosphate", 10), given("lidocaine", 20), given("iopamidol", 2, "ml")],
        need=ESI_NEED, codes=[line("64483", "RT"), line("64484", "RT")], findings=["time_out"], omit=("timeout",)))
    S.append(dict(
        id="fck-tfesi-03", style="dictated", dos="2025-06-12", pos="11", pain=(6, 2), limb="both", side="bilateral",
        title="Bilateral L4-L5 transforaminal epidural steroid injection",
        dx="Lumbar radiculopathy (M54.16)", n=7, w=0, lvl="L4-L5",
        finding="a broad-based disc bulge narrowing both foramina",
        tech="Using a bilateral transforaminal approach {g}, a needle was placed into the left and the right L4-L5 foramen.",
        contrast=dict(agent="Omnipaque 300", ml="1.5", pattern="good epidural spread on each side"),
        drugs_text="On each side 6 mg of betamethasone (Celestone) and 1 mL of 0.2% ropivacaine were given.",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                    levels=["L4-L5"], imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("betamethasone_sodium_phosphate_acetate", 12), given("ropivacaine", 4), given("iohexol", 1.5, "ml")],
        need=minus(ESI_NEED, "conservative_care"), codes=[line("64483", "50"), line("J0702", units=2)],
        findings=["conservative_care"], omit=("care",)))
    S.append(dict(
        id="fck-tfesi-04", style="bullets", dos="2024-11-20", pos="22", pain=(7, 4), limb="arm", side="left",
        title="Left C6-C7 transforaminal epidural steroid injection",
        dx="Cervical radiculopathy (M54.12)", n=3, w=6, lvl="C6-C7",
        finding="left uncovertebral spurring with foraminal stenosis",
        tech="A blunt needle was guided {g} by a left transforaminal approach into the posterior C6-C7 foramen.",
        contrast=dict(agent="Isovue-M 200", ml="0.5", pattern="contrast outlining the C7 root"),
        drugs_text="Dexamethasone 10 mg was injected slowly after a negative test dose.",
        procs=[proc("transforaminal_epidural", approach="transforaminal", region="cervical", laterality="left",
                    levels=["C6-C7"], imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("dexamethasone_sodium_phosphate", 10), given("iopamidol", 0.5, "ml")],
        need=ESI_NEED, codes=[line("64479", "LT")], findings=["saved_images"], omit=("saved",)))
    S.append(dict(
        id="fck-ilesi-01", style="inline_fields", dos="2026-05-05", pos="11", pain=(6, 3), limb="arm", side="right",
        title="Cervical interlaminar epidural steroid injection, C7-T1",
        dx="Cervical radiculopathy (M54.12)", n=6, w=10, lvl="C6-C7",
        finding="a right paracentral disc herniation",
        tech="A 20-gauge Tuohy needle entered the C7-T1 interspace {g} by an interlaminar approach, loss of resistance to saline.",
        contrast=dict(agent="Omnipaque 240", ml="2", pattern="a linear epidural pattern"),
        drugs_text="Triamcinolone 60 mg diluted with 2 mL preservative-free saline.",
        procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C7-T1"],
                    imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("triamcinolone_acetonide", 60), given("iohexol", 2, "ml")],
        need=ESI_NEED, codes=[line("62321"), line("J3301", units=6)], findings=[], omit=()))
    S.append(dict(
        id="fck-caudal-01", style="odd_spacing", dos="2023-10-10", pos="11", pain=(None, 3), limb="both", side="",
        title="Caudal epidural steroid injection",
        dx="Lumbar spinal stenosis with neurogenic claudication (M48.062)", n=12, w=12, lvl="L3-L4 and L4-L5",
        finding="moderate central canal stenosis",
        tech="The sacral hiatus was entered {g} and a needle advanced into the caudal epidural space.",
        contrast=dict(agent="Omnipaque 240", ml="3", pattern="cephalad epidural filling to L4"),
        drugs_text="Depo-Medrol 80 mg in 8 mL of preservative-free normal saline was injected.",
        procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy",
                    contrast=True, sedation="none")],
        drugs=[given("methylprednisolone_acetate", 80), given("iohexol", 3, "ml")],
        need=ESI_NEED, codes=[line("62323"), line("J1040")], findings=["pre_procedure_pain_score"], omit=("pre",)))
    S.append(dict(
        id="fck-mbb-01", style="boilerplate", dos="2026-08-19", pos="11", pain=(6, 1), limb=None, side="bilateral",
        title="Bilateral L4-L5 and L5-S1 lumbar medial branch blocks (diagnostic)",
        dx="Lumbar spondylosis without radiculopathy (M47.816)", n=9, w=12, lvl="L4-L5 and L5-S1",
        finding="bilateral facet hypertrophy",
        tech="Diagnostic medial branch blocks of the bilateral L4-L5 and L5-S1 facet joints were done {g}; needles were set at the L3 and L4 medial branches and the L5 dorsal ramus on each side.",
        contrast=None,
        drugs_text="0.5 mL of 0.5% bupivacaine was placed at each of the six nerves.",
        procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic", sedation="none")],
        drugs=[given("bupivacaine", 15)],
        need=SPINE_NEED, codes=[line("64493", "50", "KX"), line("64494", "50", "KX")], findings=[], omit=()))
    S.append(dict(
        id="fck-facet-01", style="caps_headers", dos="2025-03-04", pos="22", pain=(7, 3), limb=None, side="right",
        title="Right L4-L5 intra-articular facet joint injection (therapeutic)",
        dx="Lumbar spondylosis without radiculopathy (M47.816)", n=14, w=8, lvl="L4-L5",
        finding="right facet effusion",
        tech="A 25-gauge needle was placed {g} into the right L4-L5 facet joint by an intra-articular approach for therapeutic injection.",
        contrast=None, diag=(90, 85),
        drugs_text="Kenalog 20 mg mixed with 0.5 mL of 0.5% bupivacaine was injected into the joint.",
        procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="right",
                    levels=["L4-L5"], imaging="fluoroscopy", intent="therapeutic", sedation="none")],
        drugs=[given("triamcinolone_acetonide", 20), given("bupivacaine", 2.5)],
        need=SPINE_NEED, codes=[line("64493", "RT")], findings=["complications"], omit=("complications",)))
    S.append(dict(
        id="fck-mbb-02", style="title_headers", dos="2026-01-27", pos="24", pain=(7, 2), limb=None, side="left",
        title="Left C3-C4, C4-C5 and C5-C6 cervical facet medial branch blocks, diagnostic",
        dx="Cervical spondylosis without myelopathy or radiculopathy (M47.812)", n=8, w=10, lvl="C3-C4 through C5-C6",
        finding="left facet arthropathy",
        tech="Diagnostic medial branch blocks were performed {g} for the left C3-C4, C4-C5 and C5-C6 facet joints from a lateral approach.",
        contrast=None,
        drugs_text="Each medial branch received 0.3 mL of 0.5% bupivacaine (four nerves).",
        procs=[proc("facet_injection", approach="medial_branch", region="cervical", laterality="left",
                    levels=["C3-C4", "C4-C5", "C5-C6"], imaging="fluoroscopy", intent="diagnostic", sedation="none")],
        drugs=[given("bupivacaine", 6)],
        need=SPINE_NEED, codes=[line("64490", "KX", "LT"), line("64491", "KX", "LT"), line("64492", "KX", "LT")],
        findings=["level_limit"], omit=()))
    S.append(dict(
        id="fck-rfa-01", style="dictated", dos="2026-04-14", pos="24", pain=(8, 4), limb=None, side="left",
        title="Left L4-L5 and L5-S1 radiofrequency ablation of the medial branches",
        dx="Lumbar facet arthropathy (M47.816)", n=18, w=12, lvl="L4-L5 and L5-S1",
        finding="facet arthropathy",
        tech="Thermal radiofrequency lesions were made {g} of the left L3 and L4 medial branches and the L5 dorsal ramus, treating the L4-L5 and L5-S1 facet joints, at 80 degrees C for 90 seconds each after motor testing.",
        contrast=None, diag=(90, 80),
        drugs_text="Before each lesion 0.5 mL of 2% lidocaine was given (three sites).",
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="left",
                    levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", sedation="none")],
        drugs=[given("lidocaine", 30)],
        need=SPINE_NEED, codes=[line("64635", "LT"), line("64636", "LT")], findings=[], omit=()))
    S.append(dict(
        id="fck-rfa-02", style="bullets", dos="2025-12-02", pos="22", pain=(7, 5), limb=None, side="bilateral",
        title="Repeat bilateral L3-L4, L4-L5, L5-S1 medial branch radiofrequency neurotomy",
        dx="Lumbar spondylosis without radiculopathy (M47.816)", n=30, w=12, lvl="L3-L4 to L5-S1",
        finding="multilevel facet degeneration",
        tech="Conventional thermal RF at 85 degrees C for 90 seconds was carried out {g} on both sides at the L2, L3 and L4 medial branches and the L5 dorsal ramus for the L3-L4, L4-L5 and L5-S1 joints.",
        contrast=None, prior="The previous ablation eleven months ago gave 70% relief for about eight months.",
        drugs_text="Lidocaine 2%, 0.5 mL, before each lesion (eight sites).",
        procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="bilateral",
                    levels=["L3-L4", "L4-L5", "L5-S1"], imaging="fluoroscopy", sedation="none")],
        drugs=[given("lidocaine", 80)],
        need=SPINE_NEED, codes=[line("64635", "50"), line("64636", "50", units=2)], findings=[], omit=()))
    S.append(dict(
        id="fck-si-01", style="inline_fields", dos="2026-06-30", pos="11", pain=(7, 1), limb=None, side="left",
        title="Left sacroiliac joint injection, diagnostic",
        dx="Sacroiliitis (M46.1)", n=5, w=8, lvl=None, finding=None, relief=85,
        tech="A 22-gauge needle was advanced {g} into the inferior left sacroiliac joint for an intra-articular diagnostic injection.",
        contrast=dict(agent="Isovue-M 200", ml="0.5", pattern="an intra-articular arthrogram"),
        drugs_text="Injected triamcinolone 40 mg with 2 mL of 0.5% bupivacaine.",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="left",
                    imaging="fluoroscopy", contrast=True, intent="diagnostic", sedation="none")],
        drugs=[given("triamcinolone_acetonide", 40), given("bupivacaine", 10), given("iopamidol", 0.5, "ml")],
        need=SPINE_NEED, codes=[line("27096", "LT"), line("J3301", units=4)], findings=[], omit=()))
    S.append(dict(
        id="fck-si-02", style="odd_spacing", dos="2025-10-08", pos="24", pain=(6, 2), limb=None, side="right",
        title="Right sacroiliac joint injection (therapeutic)",
        dx="Sacroiliitis (M46.1)", n=10, w=6, lvl=None, finding=None, relief=75, si_prior=90,
        tech="The right sacroiliac joint was entered {g} at its caudal third for a therapeutic intra-articular injection.",
        contrast=dict(agent="Omnipaque 180", ml="1", pattern="contrast confined to the joint"),
        drugs_text="Methylprednisolone 40 mg with 1.5 mL of 0.25% bupivacaine.",
        procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="right",
                    imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("methylprednisolone_acetate", 40), given("bupivacaine", 3.75), given("iohexol", 1, "ml")],
        need=SPINE_NEED, codes=[line("27096", "RT")], findings=["consent"], omit=("consent",), consent=False))
    S.append(dict(
        id="fck-gnb-01", style="boilerplate", dos="2026-09-15", pos="11", pain=(7, 2), limb=None, side="right",
        title="Right genicular nerve block",
        dx="Primary osteoarthritis of the right knee (M17.11)", n=24, w=12, lvl=None, finding=None,
        tech="The superomedial, superolateral and inferomedial genicular nerves of the right knee were blocked {g}.",
        contrast=None,
        drugs_text="1 mL of 0.5% bupivacaine at each of the three genicular nerves.",
        procs=[proc("genicular_nerve_block", target="genicular", region="knee", laterality="right",
                    imaging="fluoroscopy", sedation="none")],
        drugs=[given("bupivacaine", 15)],
        need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        codes=[line("64454", "RT")], findings=[], omit=()))
    S.append(dict(
        id="fck-onb-01", style="dictated", dos="2026-10-21", pos="11", pain=(8, None), limb=None, side="bilateral",
        title="Bilateral greater occipital nerve blocks",
        dx="Occipital neuralgia (M54.81)", n=6, w=6, lvl=None, finding=None, nofluoro=True,
        tech="Landmark-guided blocks of the greater occipital nerve were done on both sides just medial to the occipital artery.",
        contrast=None,
        drugs_text="Each side received 10 mg of triamcinolone with 2 mL of 1% lidocaine.",
        procs=[proc("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="bilateral",
                    imaging="none", sedation="none")],
        drugs=[given("triamcinolone_acetonide", 20), given("lidocaine", 40)],
        need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        codes=[line("64405", "50"), line("J3301", units=2)], findings=["post_procedure_pain_score"], omit=("post",)))
    return S


def _fields(s: dict, rng: random.Random) -> list[tuple[str, str]]:
    """The note's elements as (label, sentence) pairs, each drawn from its pool; `omit` leaves some out."""
    side = s["side"]
    out: list[tuple[str, str]] = [("Procedure", s["title"]), ("Diagnosis", s["dx"])]
    hx: list[str] = []
    if s["limb"] == "leg":
        hx.append(rng.choice(RADICULAR_LEG).format(side=side))
    elif s["limb"] == "arm":
        t = rng.choice(RADICULAR_ARM)
        hx.append(t.format(side=side, Side=side.capitalize()))
    elif s["limb"] == "both":
        hx.append(rng.choice(RADICULAR_BOTH))
    elif s["id"].startswith("fck-si"):
        hx.append(f"Pain over the {side} sacroiliac joint and buttock; Fortin finger test, thigh thrust and FABER provoke it.")
    elif s["id"].startswith("fck-gnb"):
        hx.append("Medial and anterior right knee pain, worse on stairs; not a surgical candidate at this time.")
    elif s["id"].startswith("fck-onb"):
        hx.append("Stabbing pain from the base of the skull over the scalp on both sides, tender at the occipital notches.")
    else:
        hx.append("Axial low back pain without radiation, worse on extension and rotation." if s["dx"].startswith("Lumbar")
                  else "Axial neck pain without arm symptoms, worse turning the head; paraspinal facet tenderness.")
    hx.append(rng.choice(DURATION).format(n=s["n"]))
    if "care" not in s["omit"]:
        hx.append(rng.choice(CARE).format(w=s["w"]))
    hx.append(rng.choice(FUNCTION))
    if s.get("finding"):
        hx.append(rng.choice(IMAGING).format(finding=s["finding"], lvl=s["lvl"]))
    if s.get("diag"):
        hx.append(rng.choice(DIAG_RELIEF).format(a=s["diag"][0], b=s["diag"][1]))
    if s.get("prior"):
        hx.append(s["prior"])
    if s.get("si_prior"):
        hx.append(f"A diagnostic injection of this joint last spring gave {s['si_prior']}% relief.")
    out.append(("History", " ".join(hx)))
    if "pre" not in s["omit"]:
        out.append(("Pre-procedure pain", rng.choice(PRE).format(n=s["pain"][0])))
    if "consent" not in s["omit"]:
        out.append(("Consent", rng.choice(CONSENT)))
    if "timeout" not in s["omit"]:
        out.append(("Time-out", rng.choice(TIMEOUT)))
    out.append(("Sedation", rng.choice(SEDATION)))
    tech = s["tech"].format(g=rng.choice(GUIDANCE))
    prep = ("Seated, skin cleaned with chlorhexidine. " if s.get("nofluoro") else
            "Supine with the knee slightly flexed, sterile prep and drape. " if s["id"].startswith("fck-gnb") else
            "Prone position, sterile prep and drape. ")
    out.append(("Technique", prep + tech))
    if s.get("contrast"):
        out.append(("Contrast", rng.choice(CONTRAST).format(**s["contrast"])))
    out.append(("Medications", s["drugs_text"]))
    if s.get("contrast") and "saved" not in s["omit"]:
        out.append(("Images", rng.choice(SAVED)))
    if "complications" not in s["omit"]:
        out.append(("Complications", rng.choice(COMPLICATIONS)))
    if "post" not in s["omit"]:
        out.append(("Post-procedure pain", rng.choice(POST).format(n=s["pain"][1])))
    if s.get("relief"):
        out.append(("Response", rng.choice(RELIEF).format(p=s["relief"])))
    out.append(("Plan", rng.choice(PLAN)))
    return out


def _render(style: str, f: list[tuple[str, str]], rng: random.Random) -> str:
    """One of the seven styles (a pooled sentence that repeats its own label loses it under a header)."""
    if style != "dictated":  # a dictated paragraph keeps 'Complications: none.' whole
        f = [(k, v[len(k) + 1:].strip() if v.lower().startswith(k.lower() + ":") else v) for k, v in f]
    if style == "caps_headers":
        return "\n\n".join(f"{k.upper()}:\n{v}" for k, v in f)
    if style == "title_headers":
        head = {"Procedure": "Procedure Performed", "Diagnosis": "Pre-Procedure Diagnosis",
                "History": "Clinical Summary"}
        return "\n".join(f"{head.get(k, k.title())}: {v}" for k, v in f)
    if style == "dictated":
        title, rest = f[0][1], [v for _, v in f[1:]]
        dx = rest[0]
        body1 = f"The patient comes in for {title[0].lower() + title[1:]} for {dx[0].lower() + dx[1:]}. " + rest[1]
        body2 = " ".join(v if v.endswith(".") else v + "." for v in rest[2:])
        return f"{title.upper()}\n\n{body1}\n\n{body2}"
    if style == "bullets":
        return f[0][1] + "\n" + "\n".join(f"- {k}: {v}" for k, v in f[1:])
    if style == "inline_fields":
        short = {"Procedure": "Proc", "Diagnosis": "Dx", "History": "Hx", "Pre-procedure pain": "Pain pre",
                 "Post-procedure pain": "Pain post", "Medications": "Meds", "Complications": "Compl"}
        return "\n".join(f"{short.get(k, k)}: {v}" for k, v in f)
    if style == "odd_spacing":
        return "\n\n\n".join(f"{k.upper()} :   {v.replace('. ', '.  ')}" for k, v in f) + "\n\n"
    if style == "boilerplate":
        body = "\n\n".join(f"{k}:\n{v}" for k, v in f)
        return (body + "\n\nATTESTATION: I personally performed the procedure described above and was present for "
                "all key portions. This report was generated from a standard template and reviewed for accuracy. "
                "Electronically signed by the attending physician.")
    raise ValueError(style)


def build_generated(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:
    rng = random.Random(SEED)
    for s in _specs(proc, line, given, ESI_NEED, SPINE_NEED, minus):
        text = _render(s["style"], _fields(s, rng), rng)
        add(s["id"], s["style"], text, procs=s["procs"], drugs=s["drugs"], pain=s["pain"], need=s["need"],
            codes=s["codes"], findings=s["findings"], dos=s["dos"], pos=s["pos"], consent=s.get("consent", True),
            complications=None if "complications" in s["omit"] else "none")


# --- hand-dictated half -------------------------------------------------------------------------------------


def _hand_spine(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:
    add("fck-h-mbb-01", "hand_prose", """
Lumbar medial branch block, both sides

Dx: Lumbosacral spondylosis without radiculopathy (M47.817). Axial low back pain for two years, worse standing and
leaning back, nothing down the legs. Eight weeks of physical therapy and a trial of celecoxib failed to help. He can
no longer golf or stand at his workbench for more than 15 minutes. MRI shows facet arthropathy from L4 to S1.

Consent signed after the risks were reviewed. Time-out done. No sedation. Pain before the block 6/10.

Prone. With fluoroscopy, 22 g needles were placed at the right L3 and L4 medial branches at the junction of the
transverse and superior articular processes, and at the right L5 dorsal ramus in the groove at the sacral ala.
0.5 mL of 0.5% bupivacaine was injected at each. The same was repeated on the contralateral side. This is a
diagnostic block.

No complications. Pain after 1/10 and he could extend without pain. Pain diary given.
""", procs=[proc("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="diagnostic", sedation="none")],
        drugs=[given("bupivacaine", 15)], pain=(6, 1), need=SPINE_NEED,
        codes=[line("64493", "50", "KX"), line("64494", "50", "KX")], findings=[], dos="2026-07-08", pos="11",
        comment="Medial branches named (L3, L4 MB and L5 dorsal ramus) = joints L4-L5 and L5-S1; 'repeated on the "
                "contralateral side' makes it bilateral; diagnostic facet lines carry KX.")

    add("fck-h-facet-01", "hand_header_fields", """
PROCEDURE: Left lumbar facet joint injections, therapeutic
LEVELS: L3-4, L4-5
INDICATION: Left-sided low back pain from facet arthropathy (M47.816) for 10 months, no radiation. Failed 12 weeks
of physical therapy and NSAIDs. She cannot sleep on her left side and quit her walking group. MRI: facet
degeneration L4 to S1. Medial branch blocks in June and July gave 90% and 85% relief for the duration of the
anesthetic.

Consent obtained. Time-out performed. Pre 7/10. Local anesthetic only, no sedation.

Under fluoroscopy a 22 gauge needle was placed into the left L4-L5 facet joint, where 0.5 mL of Kenalog 40 mg/mL with
0.5 mL of 0.5% bupivacaine was injected. A second needle went into the left L5-S1 facet joint; there 1 mL of
dexamethasone 4 mg/mL with 0.5 mL of 0.5% bupivacaine was given. Intra-articular spread confirmed on the oblique view.

No complications. Post 2/10.
""", procs=[proc("facet_injection", approach="intra_articular", region="lumbar", laterality="left",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", intent="therapeutic", sedation="none")],
        drugs=[given("triamcinolone_acetonide", 20), given("dexamethasone_sodium_phosphate", 4), given("bupivacaine", 5)],
        pain=(7, 2), need=SPINE_NEED,
        codes=[line("64493", "LT"), line("64494", "LT"), line("J3301", units=2), line("J1100", units=4)],
        findings=["laterality_conflict"], dos="2026-03-24", pos="11",
        comment="Header levels L3-4, L4-5 but the needles went into L4-L5 and L5-S1: levels follow the description, the "
                "difference is a laterality_conflict (corpora/README, lead round 11). A different steroid per joint: "
                "Kenalog 20 mg at L4-L5, dexamethasone 4 mg at L5-S1; bupivacaine 2.5 + 2.5 mg.")

    add("fck-h-ilesi-01", "hand_header_fields", """
Cervical epidural steroid injection, interlaminar, C6-C7

HISTORY: Neck pain with right arm pain radiating to the thumb and index finger and numbness of both fingers for five
months. Six weeks of physical therapy and gabapentin gave no relief. She drops objects and cannot work at her computer
for more than an hour. MRI: disc osteophyte complexes at C5-C6 and C6-C7 with right foraminal narrowing.
DIAGNOSIS: Cervical radiculopathy (M54.12).
ALLERGY: Iodinated contrast (hives and throat tightness), so no contrast was used today.

Consent signed. Time-out completed. No sedation. Pain 7/10.

Prone with the neck flexed. Using fluoroscopy in AP and contralateral oblique views, an 18 g Tuohy needle was advanced
in the midline at C6-C7 by an interlaminar approach until loss of resistance to saline. Because of the contrast
allergy, depth was confirmed on the contralateral oblique view only. Dexamethasone 10 mg with 2 mL of preservative
free saline was injected. AP and lateral images were saved.

No complications. Pain 4/10 at discharge.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C6-C7"],
                 imaging="fluoroscopy", contrast=False, sedation="none")],
        drugs=[given("dexamethasone_sodium_phosphate", 10)], pain=(7, 4), need=ESI_NEED,
        codes=[line("62321")], findings=[], dos="2026-02-03", pos="22",
        comment="Contrast withheld for a documented allergy: contrast false with its reason, no finding.")

    add("fck-h-tfesi-01", "hand_prose", """
LEFT L4-5 TFESI

Indication: right leg pain down the front of the shin to the ankle for four months, with numbness over the medial
ankle. MRI shows an L4-L5 foraminal herniation compressing the right L4 root. Six weeks of physical therapy and
meloxicam did not help. She limps and cannot climb the stairs at home. Dx: Lumbar radiculopathy (M54.16).

Consent was signed and a time-out held. No sedation. Pain 8/10.

With fluoroscopy the right L4-L5 foramen was approached by a right transforaminal route with a 22 g needle.
Omnipaque 180, 1 mL, showed epidural spread along the right L4 root with no vascular uptake. Triamcinolone 40 mg and
1 mL of 1% lidocaine were injected. AP and lateral images saved.

No complications. Pain 3/10 afterwards.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                 levels=["L4-L5"], imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("triamcinolone_acetonide", 40), given("lidocaine", 10), given("iohexol", 1, "ml")],
        pain=(8, 3), need=ESI_NEED, codes=[line("64483", "RT")], findings=["laterality_conflict"],
        dos="2025-05-20", pos="24",
        comment="Title says LEFT; history, MRI and the needle are right: codes follow the description (RT), the "
                "difference is a laterality_conflict.")

    add("fck-h-tfesi-02", "hand_bullets", """
Repeat right L5-S1 transforaminal ESI
- Dx: Lumbar radiculopathy, M54.1
- Returns with recurrent right buttock and posterior calf pain into the sole, numb lateral foot.
- The first injection at this level in September gave about 70% relief lasting roughly four months; now wearing off.
- Symptoms for 14 months overall. PT for 10 weeks and duloxetine without lasting benefit.
- Sitting limited to 20 minutes; she has had to stop her cleaning job.
- MRI: right paracentral extrusion at L5-S1 contacting the traversing S1 root.
- Consent reviewed and signed. Time-out done. No sedation. Pain 7/10.
- Fluoroscopic guidance, right transforaminal approach into the L5-S1 foramen with a 22 g needle.
- Isovue-M 200, 1 mL: clean epidural flow, no vascular pattern.
- Dexamethasone 10 mg injected.
- AP and lateral images saved.
- No complications. Pain 2/10 on leaving.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right",
                 levels=["L5-S1"], imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("dexamethasone_sodium_phosphate", 10), given("iopamidol", 1, "ml")], pain=(7, 2), need=ESI_NEED,
        codes=[line("64483", "RT"), line("J1100", units=10)], findings=["code_validity"], dos="2026-01-13", pos="11",
        comment="M54.1 is a non-billable category (icd10.yaml billable: false): code_validity. The repeat has a "
                "documented response (70% for about four months, >= 50% and >= 90 days): no prior_procedure_response.")

    add("fck-h-tfesi-03", "hand_shorthand", """
B/L TFESI L4/5 & L5/S1

Dx: lumbar stenosis w/ neurogenic claudication (M48.062)
Hx: B/L leg pain/numbness to calves x 9 mo, walks 1 block then has to sit. PT x 8 wk + gabapentin - no help.
Pre 8/10. Consent signed. TO done. No sedation.
Fluoro guided, B/L L4/5 and L5/S1 foramina, 22g needles. Omnipaque 240 2 mL total, neurograms w/o vasc uptake.
Kenalog 20 mg each site (80 mg total) + 0.5 mL 0.25% bupi each site. AP/lat saved.
no cx. Post 3/10. f/u 4 wk.
""", procs=[proc("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("triamcinolone_acetonide", 80), given("bupivacaine", 5), given("iohexol", 2, "ml")], pain=(8, 3),
        need=minus(ESI_NEED, "imaging_findings"),
        codes=[line("64483", "50"), line("64484", "50"), line("J3301", units=8)], findings=["imaging_findings"],
        dos="2026-10-06", pos="11",
        comment="No imaging findings written. Triamcinolone 80 mg total is at, not above, the ceiling.")

    add("fck-h-ilesi-02", "hand_prose", """
Thoracic interlaminar epidural steroid injection T9-T10

This is her third thoracic epidural. She says the last ones helped some. She has band-like pain wrapping around the
left lower ribs to the upper abdomen with burning skin for eight months, from thoracic radiculopathy (M54.14); MRI
shows a left foraminal disc protrusion at T9-T10. Gabapentin and a TENS unit for ten weeks brought no improvement. She
cannot wear a bra or sit through a church service.

Consent signed. Time-out held. No sedation. Pain 7/10.

Under fluoroscopy a 20 g Tuohy needle was advanced by a left paramedian interlaminar approach at T9-T10 to loss of
resistance. Isovue-M 200, 1.5 mL, gave an epidurogram without vascular spread. Depo-Medrol 80 mg with 2 mL of saline
was injected. AP and lateral images kept. No complications. Pain 4/10.
""", procs=[proc("interlaminar_epidural", approach="interlaminar", region="thoracic", levels=["T9-T10"],
                 imaging="fluoroscopy", contrast=True, sedation="none")],
        drugs=[given("methylprednisolone_acetate", 80), given("iopamidol", 1.5, "ml")], pain=(7, 4), need=ESI_NEED,
        codes=[line("62321")], findings=["prior_procedure_response"], dos="2025-08-12", pos="22",
        comment="'Her third thoracic epidural' makes a repeat; 'helped some' is no documented response. No window, "
                "so no frequency count.")

    add("fck-h-caudal-01", "hand_prose", """
Caudal epidural steroid injection under monitored anesthesia care

Indication: failed back surgery syndrome (M96.1) after an L4-S1 fusion, with burning and numbness in both legs to
the feet for three years. Six months of physical therapy, pool therapy and pregabalin have not relieved it. She walks
with a cane and cannot stand long enough to cook. CT myelogram: epidural fibrosis at L5-S1, hardware intact.

Sedation: severe procedural anxiety and a vasovagal episode at an earlier awake injection, so MAC was provided by the
CRNA: propofol 70 mg total and fentanyl 50 mcg IV, sedation start 10:02, end 10:21, per the anesthesia record.

Consent signed. Time-out completed. Pain 7/10 before.

Prone. With fluoroscopy a 20 g needle was placed through the sacral hiatus into the caudal canal. Omnipaque 240,
3 mL, filled the epidural space up to L5 with no vascular uptake. Triamcinolone 80 mg diluted in 5 mL of preservative
free saline was injected. AP and lateral images saved.

No complications. Pain 4/10 in recovery.
""", procs=[proc("interlaminar_epidural", approach="caudal", region="sacral", imaging="fluoroscopy", contrast=True,
                 sedation="mac")],
        drugs=[given("triamcinolone_acetonide", 80), given("iohexol", 3, "ml")], pain=(7, 4), need=ESI_NEED,
        codes=[line("62323")], findings=[], dos="2026-06-09", pos="24",
        comment="MAC by the CRNA: propofol and fentanyl are not listed (anaesthesia claim); agents, doses, times and a "
                "justification are written, so no sedation_details.")

    add("fck-h-rfa-01", "hand_prose", """
Pulsed radiofrequency, left L4-5 and L5-S1 facets

Left-sided axial low back pain for three years from lumbar facet arthropathy (M47.816). Two diagnostic medial branch
blocks in February and March gave 85% and 90% relief. Twelve weeks of physical therapy did not help, and NSAIDs were
stopped after a GI bleed. She cannot garden or stand at the stove for more than ten minutes. After discussing the
options she chose pulsed treatment.

Consent signed. Time-out done. No sedation. Pain 7/10.

Under fluoroscopy 20 g RF cannulas were placed at the left L3 and L4 medial branches and the left L5 dorsal ramus.
Sensory stimulation reproduced her pain at 0.4 V; motor testing gave no leg response. Pulsed RF at 42 degrees C,
2 Hz, 120 seconds per site, two cycles. Afterwards 0.5 mL of 0.5% bupivacaine at each site.

No complications. Pain 5/10.
""", procs=[proc("facet_rfa", approach="medial_branch", region="lumbar", laterality="left",
                 levels=["L4-L5", "L5-S1"], imaging="fluoroscopy", sedation="none")],
        drugs=[given("bupivacaine", 7.5)], pain=(7, 5), need=SPINE_NEED, codes=[line("64999")], findings=["approach"],
        dos="2026-05-19", pos="11",
        comment="Pulsed RF is not destruction: unlisted 64999, one line without side modifier (the KB gives 64999 no "
                "bilateral indicator); not thermal at 80 C or more (rfa.technique: approach). "
                "Joints L4-L5, L5-S1 from the L3, L4 MB and L5 dorsal ramus.")


def _hand_other(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:
    add("fck-h-si-01", "hand_shorthand", """
L SIJ inj - therapeutic

Dx: sacroiliitis L (M46.1)
L buttock/SIJ pain x 1 yr, + thigh thrust, compression, Gaenslen. PT 8 wks + HEP, no change. Can't sit > 20 min in
the car. Diagnostic L SIJ block in March gave 80% relief x 6 hrs.
Consent signed, TO done, no sedation. Pre 6/10.
Fluoro, 22g into inferior L SIJ, Isovue-M 200 0.5 mL arthrogram, then Kenalog 40 mg + 1.5 mL 0.5% bupi.
AP + oblique saved. No cx. Relief reported 60%.
""", procs=[proc("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="left",
                 imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation="none")],
        drugs=[given("triamcinolone_acetonide", 40), given("bupivacaine", 7.5), given("iopamidol", 0.5, "ml")],
        pain=(6, None), need=SPINE_NEED, codes=[line("27096", "LT"), line("J3301", units=4)],
        findings=["post_procedure_pain_score"], dos="2026-08-04", pos="11",
        comment="No post-procedure score (a percent relief is no score).")

    add("fck-h-impar-01", "hand_prose", """
Ganglion impar block

Coccydynia (M53.3) for 14 months after a fall on the ice. Sitting is intolerable beyond a few minutes. A coccyx
cushion, naproxen and eight weeks of pelvic floor therapy failed. Pain 8/10 sitting on the exam chair.

Consent obtained. No sedation.

Prone. Under fluoroscopy in the lateral view a 22 g needle was passed through the sacrococcygeal junction to the
ganglion impar. Omnipaque 240, 1 mL, spread anterior to the coccyx in an apostrophe shape, no vascular uptake.
Injected 4 mL of 0.5% bupivacaine and triamcinolone 40 mg. Lateral image saved.

No complications. 2/10 sitting at discharge.
""", procs=[proc("sympathetic_block", target="ganglion_impar", region="sacral", imaging="fluoroscopy",
                 contrast=True, sedation="none")],
        drugs=[given("bupivacaine", 20), given("triamcinolone_acetonide", 40), given("iohexol", 1, "ml")],
        pain=(8, 2), need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        codes=[line("64999"), line("77002"), line("Q9966"), line("J3301", units=4)], findings=["time_out"],
        dos="2026-04-28", pos="11",
        comment="Ganglion impar: 64999 with 77002 (not imaging-inclusive), and in the office contrast by iodine "
                "strength (Omnipaque 240: Q9966, 1 mL). Midline: no side. No time-out written.")

    add("fck-h-tpi-01", "hand_prose", """
Trigger point injections with onabotulinumtoxinA

Dx: Myofascial pain of the neck and upper back (M79.12). Two years of cervicothoracic myofascial pain with taut bands
and referred headache. Dry needling and physical therapy for three months helped only for a day or two at a time. She
can no longer work a full day at her desk.

Consent for botulinum toxin reviewed and signed. Time-out held. No sedation. Pain 7/10.

Botox from a 200 unit single-dose vial was reconstituted with 4 mL of preservative free saline. With a 27 g needle
the following were injected: right upper trapezius 25 units, left upper trapezius 25 units, right levator scapulae
15 units, left levator scapulae 15 units, right rhomboid minor 20 units. Five muscles, 100 units in total. The
remaining 100 units were discarded, witnessed by the nurse.

No complications. Pain 6/10 before leaving; the toxin is expected to take effect over one to two weeks.
""", procs=[proc("trigger_point", region="other", imaging="none", sedation="none")],
        drugs=[given("onabotulinumtoxinA", 100, "units")], pain=(7, 6),
        need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        codes=[line("20553"), line("J0585", units=100), line("J0585", "JW", units=100)],
        findings=["percent_relief"], dos="2026-09-01", pos="11",
        comment="Five muscles: 20553. 100 units given, 100 discarded from a single-dose vial: J0585 x100 and a JW line "
                "x100 (no JZ). No percent relief stated (TPI requirement).")

    add("fck-h-pump-01", "hand_prose", """
Intrathecal pump refill and reprogramming

Dx: Chronic pain syndrome (G89.4) with an implanted intrathecal morphine pump after lumbar laminectomy.

Consent reviewed and signed today. Time-out completed.

I accessed the reservoir with the template under sterile technique and aspirated 3 mL of old drug (3.2 mL expected).
The reservoir was refilled with 20 mL of morphine 25 mg/mL. The pump was interrogated and reprogrammed, raising the
daily dose from 4.0 to 4.4 mg per day based on her diary. Next refill alarm set.

No complications; the site is clean.
""", procs=[proc("pump_refill", target="intrathecal_pump", imaging="none")],
        drugs=[given("morphine", 500)], pain=(None, None), need=("diagnosis",),
        codes=[line("62370")], findings=["indication"], dos="2026-02-24", pos="11",
        comment="Physician refilled ('I accessed') and reprogrammed: 62370. Dose placed in the reservoir 20 mL x 25 mg/mL. "
                "Only a diagnosis says why the pump is used: indication.")

    add("fck-h-pump-02", "hand_shorthand", """
ITB pump refill

Dx: spasticity from incomplete paraplegia (G82.22), intrathecal baclofen pump.
Refill done by our pump nurse (RN). No programming change; continuous 250 mcg/day unchanged.
Consent obtained. Time-out done. Residual volume 2.5 mL withdrawn. Reservoir filled with 18 mL of baclofen
2000 mcg/mL. No complications.
""", procs=[proc("pump_refill", target="intrathecal_pump", imaging="none")],
        drugs=[given("baclofen", 36)], pain=(None, None), need=("diagnosis",),
        codes=[line("95990")], findings=["indication"], dos="2025-11-18", pos="11", payer="medicare_cgs",
        comment="Refilled by clinical staff, not reprogrammed: 95990. 18 mL x 2 mg/mL = 36 mg. Only a diagnosis says "
                "why the pump is used: indication.")

    add("fck-h-knee-01", "hand_prose", """
Left knee injection, ultrasound guided

Dx: Primary osteoarthritis, left knee (M17.12). Medial knee pain for three years, Kellgren-Lawrence grade 3 on
x-ray. Physical therapy and topical diclofenac failed; she can no longer walk her dog. Pain 7/10.

Consent signed. Time-out done. No sedation.

Supine with the knee slightly flexed. With a linear transducer the suprapatellar recess was identified and a 22 g
needle advanced in plane into the recess. Triamcinolone 40 mg with 4 mL of 1% lidocaine was injected under direct
visualization. An image of the needle in the recess was saved to the chart.

No complications. Pain 3/10.
""", procs=[proc("joint_injection", target="knee", region="knee", laterality="left", imaging="ultrasound",
                 sedation="none")],
        drugs=[given("triamcinolone_acetonide", 40), given("lidocaine", 40)], pain=(7, 3),
        need=("diagnosis", "symptom_duration", "conservative_care", "functional_impairment"),
        codes=[line("20611", "LT"), line("J3301", units=4)], findings=[], dos="2026-11-10", pos="11", payer="medicare_cgs",
        comment="Ultrasound with a saved image: 20611 (major joint with recorded guidance), LT.")


def build(add, proc, line, given, ESI_NEED, SPINE_NEED, minus) -> None:
    build_generated(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
    _hand_spine(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
    _hand_other(add, proc, line, given, ESI_NEED, SPINE_NEED, minus)
