"""Hand-written notes: free dictated prose, written one by one for this corpus (all fictional).

Each entry is the note text plus the annotator's reading of it (a spec). `build_hand.py` turns the
spec into the gold JSON through `goldkit.build_gold`, so codes and findings follow the same coder
rules as the generated notes. Spec keys:

* `nec`: which necessity elements the note documents — d(iagnosis) s(ymptom duration)
  c(onservative care) f(unctional impairment) i(maging findings) r(adicular findings);
* `pain`: (pre, post) scores as written (None = not documented);
* `consent`, `timeout`: documented or not; `comp`: 'none', an event label, or None (not documented);
* `relief`: immediate % relief written after a diagnostic SI block (None = not written);
* `absent`: other documentation gaps (indication, muscle_count, drug_name, frequency, code_validity...);
* `extra`: findings that are not absences (laterality_conflict);
* `dx`: the coder's reading of the diagnosis where it matters to a rule (`goldkit.dx_reading`): the code
  it supports, and the qualifiers (side, region) it lacks; notes without it were read as specific and
  supporting the procedure;
* procedure keys as in the gold, plus `saved_images` (two views stated), `views` (a stated count of saved views),
  `diag_relief` (prior diagnostic block %),
  `repeat` / `prior_response` ((percent, days)), `sedation_detail`, `contrast_reason`, `muscles`.
"""

from __future__ import annotations


def P(family: str, **kw) -> dict:
    return {"family": family, "levels": [], "sedation": None, **kw}


SED_OK = {"agents": True, "doses": True, "times": True, "observer": True, "minutes": 0, "justification": True}

NOTES: list[dict] = []


def note(id: str, split: str, style: str, dos: str, pos: str, text: str, procs: list[dict], drugs: list, pain=(None, None),
         nec: str = "dscfi", consent: bool = True, timeout: bool = True, comp: str | None = "none", relief=None,
         absent=(), extra=(), comment: str | None = None, codes=None, dx: dict | None = None) -> None:
    NOTES.append(dict(id=id, split=split, style=style, dos=dos, pos=pos, text=text.strip() + "\n", procs=procs, drugs=drugs, pain=pain,
                      nec=nec, consent=consent, timeout=timeout, comp=comp, relief=relief, absent=list(absent), extra=list(extra),
                      comment=comment, codes=codes, dx=dx))


# ----------------------------------------------------------------------------- transforaminal
note("h-tfesi-01", "dev", "dictated", "2025-02-11", "11", """
Procedure: Left L5-S1 transforaminal epidural steroid injection.

This is a 64-year-old woman with left leg pain for about 5 months, shooting down the back of the thigh into the lateral
foot. She did 8 weeks of physical therapy and has been on meloxicam and gabapentin without much change. She can only
stand about 10 minutes before she has to sit, and she has stopped walking her dog. Exam shows a positive straight leg
raise on the left and a diminished left Achilles reflex. MRI from December shows a left paracentral L5-S1 disc
extrusion contacting the descending S1 root. Diagnosis: left S1 radiculopathy, M54.17.

Pain today before the procedure 8/10. We reviewed risks including infection, bleeding, headache, nerve injury and
steroid side effects; she signed consent. Time-out performed. No sedation.

She was placed prone. After chlorhexidine prep and draping, the skin over the left L5-S1 foramen was anesthetized with
2 mL of 1% lidocaine. Under fluoroscopic guidance a 22-gauge 3.5 inch spinal needle was walked to the subpedicular
position of the left L5-S1 neural foramen. Omnipaque 240, 1 mL, showed a nice neurogram along the S1 root with
epidural flow and no vascular uptake on live fluoroscopy. We then injected dexamethasone 10 mg (1 mL of 10 mg/mL) with
1 mL of 0.25% bupivacaine. AP and lateral images were saved.

Afterward pain was 3/10. No complications. Discharged home with her husband. Follow-up in 3 weeks.
""", [P("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left", levels=["L5-S1"], imaging="fluoroscopy",
        contrast=True, saved_images=True, intent="therapeutic", sedation="none")],
     [("lidocaine", 20), ("iohexol", 1, "ml"), ("dexamethasone_sodium_phosphate", 10), ("bupivacaine", 2.5)], pain=(8, 3), nec="dscfir")

note("h-tfesi-02", "dev", "dictated", "2023-11-07", "11", """
Right L4-5 and L5-S1 selective nerve root blocks

History: This 71 year old man has right L5 radicular pain for 7 months after lifting a mulch bag. He failed 10 weeks of
PT, a Medrol dosepak and tramadol. ODI 46%. Numbness on the top of the right foot and weak great toe extension, 4/5.
MRI: right foraminal stenosis at L4-5 and L5-S1 from disc bulge and facet hypertrophy.
Dx: Lumbar radiculopathy (M54.16).

Pre NRS 7. Consent signed, time out done. He declined sedation.

Technique: prone, chlorhexidine x2, sterile drape. Using fluoroscopy in an oblique view I placed a 22 g needle into the
right L4-5 foramen and a second needle into the right L5-S1 foramen. Isovue-M 200 0.5 mL at each level outlined the L4
and L5 roots with epidural spread, no vascular runoff. At each level I injected 1 mL of a mix made of 1 mL Depo-Medrol
80 mg/mL and 1 mL 0.5% ropivacaine (so 40 mg Depo-Medrol per level). Two views of each needle saved.

Post NRS 2. There were no complications. He walked out to the car without difficulty.
Plan: recheck 2-3 weeks, consider repeat only if at least 50% relief.
""", [P("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right", levels=["L4-L5", "L5-S1"],
        imaging="fluoroscopy", contrast=True, saved_images=True, intent="therapeutic", sedation="none")],
     [("iopamidol", 1, "ml"), ("methylprednisolone_acetate", 80), ("ropivacaine", 10)], pain=(7, 2), nec="dscfir", comment="80 mg before 2024-04-01: J1040 x1")

note("h-tfesi-03", "test", "dictated", "2024-06-18", "24", """
Cervical TFESI, right C6-7

Indication: 52 yo with right arm pain and numbness into the middle finger for 3 months, failing 6 weeks of PT and
prednisone taper; can't sleep more than 2 hours, NDI 40%. Spurling positive on the right, triceps 4+/5. MRI cervical
spine with right C6-7 foraminal disc osteophyte complex compressing the C7 root. Dx cervical radiculopathy (M54.12).

Pain 6/10 beforehand. Informed consent obtained; time-out completed. No IV sedation given; patient awake and
conversant throughout.

With the patient supine and head turned left, after sterile prep the right C6-7 foramen was localized with fluoroscopy in
the oblique view. A 25 g 2.5 inch needle was advanced to the posterior aspect of the foramen. 0.8 mL Omnipaque 180 under
live fluoroscopy and digital subtraction: no vascular uptake, epidural and perineural flow. Injected 10 mg preservative-free
dexamethasone. AP and oblique images were saved to PACS.

Post: 1/10. No complications. Discharged in stable condition.
""", [P("transforaminal_epidural", approach="transforaminal", region="cervical", laterality="right", levels=["C6-C7"], imaging="fluoroscopy",
        contrast=True, saved_images=True, intent="therapeutic", sedation="none")],
     [("iohexol", 0.8, "ml"), ("dexamethasone_sodium_phosphate", 10)], pain=(6, 1), nec="dscfir")

note("h-tfesi-04", "test", "dictated", "2025-08-05", "11", """
The patient returns for bilateral L4-5 transforaminal epidural steroid injections. She had the same injection in March
which gave her about 60% relief that lasted nearly 4 months, now wearing off. Pain in both legs, worse on the right,
neurogenic claudication after one block. Has been doing her home exercise program and was through 12 weeks of PT last
year; pain present for more than 2 years. MRI shows L4-5 degenerative spondylolisthesis with bilateral foraminal
stenosis. Exam: positive straight leg raise bilaterally, decreased sensation L5 bilaterally.
Diagnosis: Lumbar stenosis with neurogenic claudication, M48.062.

Pre-procedure 7/10. Consent reviewed and signed. Time-out.

Prone, prepped and draped. Skin local with 1% lidocaine 3 mL. Under fluoro, the right L4-5 foramen was accessed with a
22-gauge needle, contrast (Omnipaque 240, 1 mL) confirmed spread, and 40 mg Kenalog with 1 mL 0.25% Marcaine was
injected. The procedure was then repeated on the contralateral side with the same medications. AP and lateral images
saved for each side.

Post-procedure 3/10. No complications. Home with daughter.
""", [P("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral", levels=["L4-L5"], imaging="fluoroscopy",
        contrast=True, saved_images=True, intent="therapeutic", sedation="none", repeat=True, prior_response=(60, 110))],
     [("lidocaine", 30), ("iohexol", 2, "ml"), ("triamcinolone_acetonide", 80), ("bupivacaine", 5)], pain=(7, 3), nec="dscfir")

note("h-tfesi-05", "dev", "dictated", "2024-09-12", "22", """
Left L3-4, L4-5 and L5-S1 transforaminal epidural steroid injection.

He comes back for another round of injections; he tells me the last ones "helped some". Pain in the left thigh and shin
for a year and a half, failed therapy for 6 weeks and NSAIDs; he has trouble walking through the grocery store. MRI
multilevel left foraminal stenosis L3-4 through L5-S1. Left quadriceps weakness 4/5 and decreased patellar reflex.
Dx lumbar radiculopathy M54.16.

Pain 8/10 pre. Consent signed. Time out.

Under fluoroscopy, 22 g needles were placed into the left L3-4, L4-5 and L5-S1 foramina. Omnipaque 240, 1 mL per level,
showed epidural flow at each level. Dexamethasone 4 mg was injected at each level (12 mg total) with 1 mL of 0.25%
bupivacaine per level. Images were saved (AP and lateral).

Post 4/10. No complications.
""", [P("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left", levels=["L3-L4", "L4-L5", "L5-S1"],
        imaging="fluoroscopy", contrast=True, saved_images=True, intent="therapeutic", sedation=None, repeat=True, prior_response=None)],
     [("iohexol", 3, "ml"), ("dexamethasone_sodium_phosphate", 12), ("bupivacaine", 7.5)], pain=(8, 4), nec="dscfir",
     comment="three levels: level_limit; 'another round of injections' states a repeat and 'helped some' is no documented response: prior_procedure_response")

note("h-tfesi-06", "test", "dictated", "2025-04-22", "11", """
RIGHT L5-S1 TFESI

Pt with right sciatica x 3 months. PT 6 weeks, naproxen, no help. Cannot sit for more than 20 minutes at work. Right S1
sensory loss, SLR positive right. MRI right L5-S1 HNP. Dx: lumbar radiculopathy.

Pre 6/10. Consent. Time out.

Prone. Sterile prep. The left L5-S1 foramen was targeted under fluoroscopy with a 22 g needle; contrast spread along the
left S1 root without vascular uptake. Betamethasone 6 mg (Celestone 1 mL) with 1 mL 1% lidocaine injected. AP/lateral images
saved.

Post 2/10. No complications.
""", [P("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left", levels=["L5-S1"], imaging="fluoroscopy",
        contrast=True, saved_images=True, intent="therapeutic", sedation=None)],
     [("betamethasone_sodium_phosphate_acetate", 6), ("lidocaine", 10)], pain=(6, 2), nec="dscfir",
     extra=["laterality_conflict"], comment="title and indication say right, procedure says left: side conflict; gold side = where the needle went")

note("h-tfesi-07", "dev", "dictated", "2026-01-14", "11", """
Transforaminal epidural, L4-5 right

She has had right leg pain since the summer. Tried a few weeks of therapy. MRI shows a disc bulge at L4-5.

Consent obtained. Time out. Under fluoroscopy a needle was placed into the right L4-5 foramen and 40 mg triamcinolone
with 1 mL bupivacaine 0.25% was injected after contrast confirmed flow. She tolerated it well, no complications.
""", [P("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right", levels=["L4-L5"], imaging="fluoroscopy",
        contrast=True, saved_images=False, intent="therapeutic", sedation=None)],
     [("triamcinolone_acetonide", 40), ("bupivacaine", 2.5)], pain=(None, None), nec="i",
     comment="vague duration (since the summer) and therapy weeks; no diagnosis, function, radicular exam, pain scores or saved images")

# ----------------------------------------------------------------------------- interlaminar / caudal
note("h-ilesi-01", "dev", "dictated", "2024-02-20", "11", """
Lumbar interlaminar epidural steroid injection at L5-S1

This 68 year old man has bilateral buttock and leg pain with walking, for about a year, from lumbar stenosis. He has done
two courses of PT over the last 6 months and takes acetaminophen and meloxicam, without lasting relief. He can walk about a block. MRI shows
severe central stenosis at L4-5 and moderate at L5-S1. Neurogenic claudication, no focal deficits, but leg symptoms
reproduced with extension. Diagnosis: spinal stenosis, lumbar region with neurogenic claudication (M48.062).

Pain score 7/10 before. Consent was obtained after discussing risks including dural puncture and headache. Time-out.

Prone. After chlorhexidine prep, the skin was numbed with 3 mL 1% lidocaine. Under AP fluoroscopy an 18-gauge Tuohy
needle was advanced at the L5-S1 interlaminar space; loss of resistance to saline was obtained and confirmed on the
contralateral oblique view. Omnipaque 180, 2 mL, showed epidural spread without intrathecal or vascular pattern.
Depo-Medrol 80 mg (1 mL of 80 mg/mL) with 4 mL preservative-free saline was injected. Two images (AP and contralateral
oblique) were saved.

Post 3/10. No complications. He was observed 15 minutes and discharged.
""", [P("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L5-S1"], imaging="fluoroscopy", contrast=True,
        saved_images=True, intent="therapeutic", sedation=None)],
     [("lidocaine", 30), ("iohexol", 2, "ml"), ("methylprednisolone_acetate", 80)], pain=(7, 3), nec="dscfir", comment="J1040 x1 before 2024-04-01")

note("h-ilesi-02", "test", "dictated", "2025-10-02", "24", """
Caudal epidural steroid injection

Post-laminectomy syndrome (M96.1) after L4-5 fusion in 2019, with bilateral leg pain and numbness for over a year.
Failed PT (12 weeks), gabapentin and duloxetine. ODI 54%. MRI: postoperative changes with epidural fibrosis surrounding
the L5 roots. Bilateral L5 dermatomal hypoesthesia.

Pre 8/10. Signed consent. Time out. Anesthesia: local.

Prone with a pillow under the hips. Sterile prep and drape. The sacral cornua were palpated and the sacral hiatus was
identified on a lateral fluoroscopic view. After 2 mL of 1% lidocaine skin wheal, a 20-gauge Tuohy needle was passed
through the sacrococcygeal ligament into the caudal canal. 3 mL Isovue-M 200 demonstrated cephalad epidural spread
to L5. Injected 80 mg of triamcinolone (Kenalog-40, 2 mL) diluted with 8 mL normal saline. Lateral and AP images
stored.

Post-procedure 4/10. No complications. Discharged.
""", [P("interlaminar_epidural", approach="caudal", region="sacral", levels=[], imaging="fluoroscopy", contrast=True, saved_images=True,
        intent="therapeutic", sedation="local")],
     [("lidocaine", 20), ("iopamidol", 3, "ml"), ("triamcinolone_acetonide", 80)], pain=(8, 4), nec="dscfir")

note("h-ilesi-03", "dev", "dictated", "2025-05-27", "11", """
Cervical interlaminar ESI C7-T1

Neck and left arm pain for 9 months from a C5-6 disc herniation with left C6 radiculopathy. Left biceps reflex reduced.
8 weeks therapy, oral steroids, no lasting help; NDI 36%, can't turn head to drive. MRI: left paracentral C5-6 herniation.
Dx M54.12. She has a documented iodinated contrast allergy (hives, anaphylaxis risk) so no contrast was used; loss of
resistance technique under fluoroscopy alone.

Pre 7/10. Consent signed, time out.

Prone with the neck flexed. Under fluoroscopy, a 20 g Tuohy needle entered the C7-T1 interlaminar space by loss of
resistance on the contralateral oblique view. No contrast given (allergy). Dexamethasone 10 mg in 2 mL saline injected.
Saved two images, AP and contralateral oblique.

Post 2/10. No complications.
""", [P("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C7-T1"], imaging="fluoroscopy", contrast=False,
        contrast_reason="allergy", saved_images=True, intent="therapeutic", sedation=None)],
     [("dexamethasone_sodium_phosphate", 10)], pain=(7, 2), nec="dscfir")

note("h-ilesi-04", "test", "dictated", "2024-11-19", "22", """
Thoracic interlaminar epidural steroid injection T9-T10

Band-like right-sided chest wall pain for 5 months, T9 dermatome, from a small right T9-10 disc protrusion on MRI. Failed
6 weeks of PT and lidocaine patches; he cannot lift his grandchildren. Dx thoracic radiculopathy M54.14.

Pain 6 of 10. Consent and time-out done. Moderate sedation was provided with midazolam 2 mg and fentanyl 50 mcg IV
because of needle phobia with a prior vasovagal event; an independent RN monitored the patient. Start 10:02, stop 10:19.

Under fluoroscopy an 18 g Tuohy needle entered the T9-T10 interlaminar space, confirmed by loss of resistance and
1.5 mL Omnipaque 240 showing epidural spread. Injected dexamethasone 10 mg plus 2 mL saline. AP and lateral images
saved.

Post 1/10. No complications. Recovered to baseline and discharged.
""", [P("interlaminar_epidural", approach="interlaminar", region="thoracic", levels=["T9-T10"], imaging="fluoroscopy", contrast=True,
        saved_images=True, intent="therapeutic", sedation="moderate",
        sedation_detail={**SED_OK, "minutes": 17})],
     [("midazolam", 2), ("fentanyl", 0.05), ("iohexol", 1.5, "ml"), ("dexamethasone_sodium_phosphate", 10)], pain=(6, 1), nec="dscfir")

note("h-ilesi-05", "dev", "dictated", "2025-07-08", "11", """
L4-5 epidural steroid injection

Low back pain for years, worse lately. This is her fifth lumbar epidural in the past 12 months; the others helped for a
few weeks each. She has done PT before. Pain limits her cleaning the house. MRI L4-5 disc bulge.
Diagnosis: low back pain, M54.5.

Pre 7/10, post 5/10. Consent obtained. Time-out. Under fluoroscopy an 18 gauge Tuohy needle entered the epidural space at
L4-5 using loss of resistance; contrast confirmed spread; 80 mg Kenalog in 3 mL saline was injected. Images saved.
No complications.
""", [P("interlaminar_epidural", approach=None, region="lumbar", levels=["L4-L5"], imaging="fluoroscopy", contrast=True, saved_images=False,
        intent="therapeutic", sedation=None, repeat=True, prior_response=None)],
     [("triamcinolone_acetonide", 80)], pain=(7, 5), nec="dsfi",
     absent=["frequency", "code_validity", "diagnosis"],
     comment="approach not stated (Tuohy + LOR suggests interlaminar; coder codes 62323 but flags approach); M54.5 invalid after 2021-09-30; fifth ESI in 12 months (a stated repeat, response not documented: prior_procedure_response)")

# ----------------------------------------------------------------------------- facet injections
note("h-facet-01", "dev", "dictated", "2025-03-18", "24", """
Bilateral L4-5 and L5-S1 medial branch blocks, first diagnostic block.

Axial low back pain for 2 years, worse with extension and rotation, no radicular symptoms. Failed 12 weeks of PT, NSAIDs,
chiropractic. ODI 42%, has to stop gardening after 10 minutes. MRI: facet arthropathy L4-5 and L5-S1, no stenosis.
Diagnosis: lumbar spondylosis without myelopathy or radiculopathy, M47.816.

Pre-procedure NRS 7. Consent obtained, time out done. No sedation.

Prone. Chlorhexidine prep. Under fluoroscopy, 22 g spinal needles were placed at the junction of the superior articular
process and transverse process for the bilateral L3 and L4 medial branches, and at the sacral ala for the L5 dorsal
rami. After negative aspiration, 0.5 mL of 0.5% bupivacaine was injected at each of the six sites.

Post NRS 1, 85% relief of usual pain during the 30 minute observation. Pain diary given. No complications.
Will consider a confirmatory block and then RFA if this is positive.
""", [P("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral", levels=["L4-L5", "L5-S1"],
        imaging="fluoroscopy", intent="diagnostic", sedation="none")],
     [("bupivacaine", 15)], pain=(7, 1), nec="dscfi", comment="medial branches map to joints: L3+L4 MB and L5 DR -> L4-L5, L5-S1; KX on both lines")

note("h-facet-02", "test", "dictated", "2023-08-29", "11", """
Right C3-4 and C4-5 cervical facet (medial branch) blocks — confirmatory diagnostic block #2

Right-sided neck pain radiating to the occiput for 14 months after a rear-end collision. Failed PT x 10 weeks, NSAIDs,
muscle relaxants. NDI 44%. X-rays show facet arthrosis; no radiculopathy on exam. First diagnostic block on 7/25 gave
85% relief for 6 hours with lidocaine. Dx cervical spondylosis M47.812.

Pre 6/10. Consent signed. Time out.

Prone, neck flexed. Under fluoroscopy (lateral view) 25 g needles were placed on the right C3, C4 and C5 medial branches at
the waists of the articular pillars. 0.3 mL 0.75% bupivacaine at each nerve.

Post 1/10, 90% relief. No complications.
""", [P("facet_injection", approach="medial_branch", region="cervical", laterality="right", levels=["C3-C4", "C4-C5"], imaging="fluoroscopy",
        intent="diagnostic", sedation=None, diag_relief=[85])],
     [("bupivacaine", 6.75)], pain=(6, 1), nec="dscfi")

note("h-facet-03", "dev", "dictated", "2024-05-07", "11", """
Left L3-4, L4-5, L5-S1 facet joint injections (intra-articular), therapeutic.

Left-sided axial back pain for 3 years; two prior diagnostic medial branch blocks at these levels gave 80% and 90% relief,
but she is not an RFA candidate because of her spinal cord stimulator leads and insists on injections. Ongoing home
exercise program; failed PT. ODI 40%. Diagnosis lumbar facet arthropathy, M47.816.

Pain before 8/10. Consent, time-out.

Prone, sterile prep. Under fluoroscopy with oblique tilt, 22 gauge needles entered the left L3-4, L4-5 and L5-S1 facet
joints; a small amount of Omnipaque confirmed intra-articular position. A solution of 2 mL triamcinolone 40 mg/mL and
2 mL 0.25% bupivacaine was prepared and 1 mL injected into each of the 3 joints.

Post 2/10. No complications.
""", [P("facet_injection", approach="intra_articular", region="lumbar", laterality="left", levels=["L3-L4", "L4-L5", "L5-S1"],
        imaging="fluoroscopy", contrast=True, intent="therapeutic", sedation=None, diag_relief=[80, 90])],
     [("iohexol", None, "ml"), ("triamcinolone_acetonide", 60), ("bupivacaine", 3.75)], pain=(8, 2), nec="dscfi",
     comment="3 joints: 64493-LT, 64494-LT, 64495-LT + level_limit; 60 mg triamcinolone -> J3301 x6")

note("h-facet-04", "test", "dictated", "2025-09-30", "22", """
Bilateral lumbar facet injections L2-3, L3-4, L4-5, L5-S1

This is a 77 year old with diffuse low back pain for over a year who failed physical therapy. Pain keeps him from
standing long. MRI with multilevel facet arthropathy L2 to S1. Dx lumbar spondylosis M47.816.

Pain 9/10. Consent, time out. Moderate sedation was given (versed).

Under fluoroscopy needles were placed bilaterally at the L2-3, L3-4, L4-5 and L5-S1 facet joints and 0.5 mL of a mixture
of Depo-Medrol 40 mg and 4 mL 0.25% bupivacaine was injected into each joint.

Post 4/10. No complications.
""", [P("facet_injection", approach="intra_articular", region="lumbar", laterality="bilateral", levels=["L2-L3", "L3-L4", "L4-L5", "L5-S1"],
        imaging="fluoroscopy", intent=None, sedation="moderate", sedation_detail={"agents": True})],
     [("methylprednisolone_acetate", 32), ("bupivacaine", 8)], pain=(9, 4), nec="dscfi",
     comment="mixture 40 mg in 5 mL, 8 x 0.5 mL given = 32 mg; 4 joints bilateral: 64493-50, 64494-50, 64495-50; intent not stated (no KX; approach finding); sedation without doses/times/observer/justification")

note("h-facet-05", "dev", "dictated", "2026-02-03", "11", """
Thoracic facet joint injection

Mid back pain on the right between the shoulder blades for 8 months, failed PT 8 weeks and NSAIDs; interferes with
sitting at work. Thoracic spondylosis M47.814. Diagnostic medial branch block, first block.

Pre 6/10. Consent, time out. Under fluoroscopy a 22 gauge needle was placed on the right T5 and T6 medial branches at
the superolateral transverse processes, 0.5 mL of 0.5% bupivacaine at each. Post 2/10. 70% relief. No complications.
""", [P("facet_injection", approach="medial_branch", region="thoracic", laterality="right", levels=[], imaging="fluoroscopy",
        intent="diagnostic", sedation=None)],
     [("bupivacaine", 5)], pain=(6, 2), nec="dscf",
     comment="nerves named but the joint is not: T5+T6 MB supply T6-T7 by the usual table, but the note never states the level; coder flags levels and codes one level")

note("h-facet-06", "test", "dictated", "2024-10-15", "11", """
Lumbar facet injection, right L4-5

Right low back pain 6 months, no leg symptoms, failed 8 weeks PT and ibuprofen, ODI 30%. MRI L4-5 facet effusion.
Dx lumbar spondylosis M47.816. Pain 7/10 today. Consent and time out.

Under ultrasound guidance the right L4-5 facet joint was identified and a 22 g needle advanced into the joint; Kenalog 20 mg
with 0.5 mL 1% lidocaine injected. Post pain 3/10. No complications.
""", [P("facet_injection", approach="intra_articular", region="lumbar", laterality="right", levels=["L4-L5"], imaging="ultrasound",
        intent=None, sedation=None)],
     [("triamcinolone_acetonide", 20), ("lidocaine", 5)], pain=(7, 3), nec="dscfi",
     comment="ultrasound-guided facet: imaging_guidance finding (LCD wants fluoro/CT); coder still reports 64493-RT as documented; no intent")

# ----------------------------------------------------------------------------- facet RFA
note("h-rfa-01", "dev", "dictated", "2025-01-21", "24", """
Bilateral L4-5 and L5-S1 radiofrequency ablation (medial branch neurotomy)

Chronic axial low back pain for 3 years. Two diagnostic medial branch blocks at L4-5 and L5-S1 gave 90% and 85% relief.
Failed PT and NSAIDs; ODI 48%. Dx lumbar spondylosis M47.816.

Pain 7/10 pre. Consent. Time out. Moderate sedation by me, midazolam 2 mg and fentanyl 100 mcg IV, independent RN
observer; sedation start 07:40, end 08:15; sedation was used because the patient cannot tolerate lying prone for long
lesioning without it.

Under fluoroscopy, 18-gauge 10 mm active tip RF cannulas were placed along the bilateral L3 and L4 medial branches and
the L5 dorsal rami. Sensory stimulation at 50 Hz reproduced concordant pain <0.5 V; motor stimulation at 2 Hz showed
multifidus twitch only. 1 mL 2% lidocaine at each of the 6 sites, then thermal lesions at 80 degrees C for 90 seconds.

Post 3/10. No complications.
""", [P("facet_rfa", approach="medial_branch", region="lumbar", laterality="bilateral", levels=["L4-L5", "L5-S1"], imaging="fluoroscopy",
        sedation="moderate", diag_relief=[90, 85], sedation_detail={**SED_OK, "minutes": 35})],
     [("midazolam", 2), ("fentanyl", 0.1), ("lidocaine", 120)], pain=(7, 3), nec="dscfi")

note("h-rfa-02", "test", "dictated", "2025-06-10", "11", """
Repeat left C5-6 and C6-7 radiofrequency neurotomy

Left neck pain, cervical spondylosis (M47.812), for 4 years. Her previous RFA in October gave about 70% relief for
8 months and she went back to swimming; pain is returning. Failed PT previously. NDI 38%. This is her third cervical RFA
in the last 12 months counting the right side in March.

Pre 6/10. Consent, time out, no sedation.

Under fluoroscopy, RF cannulas were placed on the left C5, C6 and C7 medial branches. Sensory and motor testing were
appropriate. 0.5 mL 2% lidocaine at each site, then lesions at 85 degrees C for 90 seconds, two lesions per nerve.

Post 2/10. No complications.
""", [P("facet_rfa", approach="medial_branch", region="cervical", laterality="left", levels=["C5-C6", "C6-C7"], imaging="fluoroscopy",
        sedation="none", repeat=True, prior_response=(70, 240))],
     [("lidocaine", 30)], pain=(6, 2), nec="dscfi", absent=["frequency"],
     comment="repeat RFA with 70% x 8 months: no prior-response finding; third RFA session in 12 months: frequency (not in KB)")

note("h-rfa-03", "dev", "dictated", "2024-08-20", "11", """
Right lumbar medial branch rhizotomy L4-5, L5-S1

Right sided back pain for 2 years, axial. Had medial branch blocks before with good relief. Failed PT. ODI 35%.
Lumbar facet syndrome, M47.817.

Pre 7/10. Consent, time out. Under fluoroscopy RF needles were placed at the right L3 and L4 medial branches and L5
dorsal ramus; after sensory/motor testing, pulsed radiofrequency at 42 degrees was applied for 120 seconds at each.
1 mL 0.5% bupivacaine per site. Post 4/10. No complications.
""", [P("facet_rfa", approach="medial_branch", region="lumbar", laterality="right", levels=["L4-L5", "L5-S1"], imaging="fluoroscopy",
        sedation=None, diag_relief=None)],
     [("bupivacaine", 15)], pain=(7, 4), nec="dscfi", absent=["approach"], codes=[("64999", [], 1)],
     comment="pulsed RF is not neurolytic destruction: unlisted 64999; not thermal at 80 C or more (approach); block relief not quantified")

# ----------------------------------------------------------------------------- SI joint
note("h-si-01", "dev", "dictated", "2025-11-04", "11", """
Left sacroiliac joint injection, diagnostic.

Left buttock pain below L5 for 6 months; positive FABER, thigh thrust, compression and Gaenslen's on the left. Failed
8 weeks PT and NSAIDs. Sacroiliitis M46.1.

Pain 7/10 before. Consent signed. Time out.

Prone. Under fluoroscopy, a 22 gauge needle entered the inferior left SI joint; 0.5 mL Omnipaque 240 produced an
arthrogram. Injected 40 mg Kenalog and 1.5 mL 0.5% bupivacaine. AP and oblique images saved.

Post 1/10 — 85% relief at 30 minutes. No complications.
""", [P("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="left", imaging="fluoroscopy", contrast=True,
        saved_images=True, intent="diagnostic", sedation=None)],
     [("iohexol", 0.5, "ml"), ("triamcinolone_acetonide", 40), ("bupivacaine", 7.5)], pain=(7, 1), relief=85, nec="dscf")

note("h-si-02", "test", "dictated", "2024-03-12", "24", """
Bilateral SI joint injections

Bilateral SI pain for 5 months. Positive provocative tests bilaterally. A prior diagnostic injection gave 80% relief; this is
a therapeutic injection. Failed PT x 6 weeks. Dx sacroiliitis.

Pre 8/10. Consent obtained. Time-out done.

Under fluoroscopy each SI joint was entered and Depo-Medrol 40 mg with 1 mL 0.25% bupivacaine was injected into each
joint after contrast confirmed intra-articular spread. Images saved.

Post 3/10. No complications.
""", [P("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="bilateral", imaging="fluoroscopy", contrast=True,
        saved_images=False, intent="therapeutic", sedation=None, diag_relief=[80])],
     [("methylprednisolone_acetate", 80), ("bupivacaine", 5)], pain=(8, 3), relief=None, nec="dscf",
     comment="POS 24: drugs not on the physician claim; 'Images saved' without two views; % relief not written")

note("h-si-03", "dev", "dictated", "2025-12-09", "11", """
Right L5 dorsal ramus and S1, S2, S3 lateral branch blocks

Right SI region pain for over a year, positive provocation tests, failed therapy; considering SI RFA. Diagnostic block.
Pain 6/10. Consent, time-out. Under fluoroscopy needles were placed at the right L5 dorsal ramus and S1-S3 lateral sacral
foramina; 0.5 mL 0.5% ropivacaine at each of 4 sites. Post 1/10. No complications.
""", [P("si_joint_nerve_block", approach="lateral_branch", region="sacroiliac", laterality="right", imaging="fluoroscopy", intent="diagnostic",
        sedation=None)],
     [("ropivacaine", 10)], pain=(6, 1), nec="dscf", dx={"code": "M53.3"},
     comment="no diagnosis line: the indication (right SI region pain) stands in for it, M53.3")

note("h-si-04", "test", "dictated", "2026-03-03", "22", """
Left sacroiliac joint radiofrequency ablation (lateral branch)

Left SI joint pain for 2 years; two lateral branch blocks gave more than 80% relief. Failed PT. SI joint dysfunction.
Pre 7/10. Consent, time out. Under fluoroscopy, cooled RF probes were placed lateral to the left S1, S2 and S3 foramina and at
the L5 dorsal ramus; lesions at 60 degrees C (cooled) for 150 seconds. 1% lidocaine used locally. Post 3/10. No complications.
""", [P("si_joint_rfa", approach="lateral_branch", region="sacroiliac", laterality="left", imaging="fluoroscopy", sedation=None)],
     [("lidocaine", None)], pain=(7, 3), nec="dsc")

# ----------------------------------------------------------------------------- trigger points
note("h-tpi-01", "dev", "dictated", "2025-02-25", "11", """
Trigger point injections

Myofascial pain of the neck and shoulders for 6 months. On exam there are taut bands with twitch responses and referred
pain in the right upper trapezius, left upper trapezius, right levator scapulae and right rhomboid major. Failed PT.

Pain 7/10 pre. Consent, time-out. Using a 27 gauge needle, 1 mL of 1% lidocaine was injected into each of the 4 muscles.
Immediately after, pain 3/10, about 60% relief. No complications.
""", [P("trigger_point", muscles=4, imaging="none", sedation=None)], [("lidocaine", 40)], pain=(7, 3), relief=60, nec="dscf")

note("h-tpi-02", "test", "dictated", "2024-12-10", "11", """
TPI x 3

Low back myofascial pain, palpable trigger points, 4 months, failed PT. Pain 6/10. Consent, time out.
Trigger points injected in the low back with lidocaine and Marcaine. Post 2/10. No complications.
""", [P("trigger_point", muscles=1, imaging=None, sedation=None)], [("lidocaine", None), ("bupivacaine", None)], pain=(6, 2), relief=None,
     nec="dsc", absent=["muscle_count"], comment="no muscles named, no doses, no % relief; 20552 is all a coder can support")

note("h-tpi-03", "dev", "dictated", "2025-09-16", "11", """
Botox trigger point injections, cervical paraspinals and trapezius

Chronic myofascial neck pain for 2 years with trigger points in the bilateral cervical paraspinals, bilateral upper trapezius
and left splenius capitis (5 muscles), failed PT, TPIs with lidocaine, and dry needling.
Pain 8/10. Consent, time-out.

A 100 unit single-dose vial of Botox was reconstituted with 2 mL preservative-free saline. 80 units were injected across the
trigger points of the five muscles; 20 units were discarded. Post 5/10, 40% relief. No complications.
""", [P("trigger_point", muscles=5, imaging="none", sedation=None)],
     [{"generic": "onabotulinumtoxinA", "dose": 80, "dose_unit": "units", "container": "single_dose", "discarded": 20}], pain=(8, 5), relief=40,
     nec="dscf", comment="J0585 x80 + J0585-JW x20")

# ----------------------------------------------------------------------------- occipital / peripheral
note("h-onb-01", "test", "dictated", "2025-05-13", "11", """
Bilateral greater occipital nerve blocks

Occipital neuralgia (M54.81) with shooting pain from the base of the skull to the vertex on both sides for 4 months, tender
over both greater occipital nerves. Gabapentin partially helps.
Pain 8/10. Consent, time out.
Landmark technique: a 25 g needle was placed medial to the occipital artery on each side at the superior nuchal line and 2 mL
of 0.5% bupivacaine with 2 mg dexamethasone was injected on each side (4 mL and 4 mg total).
Post 2/10. No complications.
""", [P("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="bilateral", imaging="none", sedation=None,
        nerves=["greater_occipital"])],
     [("bupivacaine", 20), ("dexamethasone_sodium_phosphate", 4)], pain=(8, 2), nec="dsc")

note("h-pnb-01", "dev", "dictated", "2024-07-23", "11", """
Right suprascapular nerve block under ultrasound

Right shoulder pain from rotator cuff arthropathy for a year; not a surgical candidate. Pain 7/10. Consent and time-out.
Using a linear probe the suprascapular notch was visualized and the needle advanced in plane; 8 mL 0.5% ropivacaine with
40 mg Kenalog deposited around the nerve. A permanent image was recorded to the chart.
Post 2/10. No complications.
""", [P("peripheral_nerve_block", target="suprascapular", region="shoulder", laterality="right", imaging="ultrasound", saved_images=True,
        sedation=None)],
     [("ropivacaine", 40), ("triamcinolone_acetonide", 40)], pain=(7, 2), nec="ds")

# ----------------------------------------------------------------------------- genicular
note("h-gen-01", "dev", "dictated", "2025-03-25", "11", """
Left genicular nerve radiofrequency ablation

Severe left knee osteoarthritis for years, not a replacement candidate due to heart failure. Diagnostic genicular nerve
block in January gave 85% relief for 8 hours. Pain 8/10. Consent, time-out.
Under fluoroscopy, RF cannulas were placed at the superolateral, superomedial and inferomedial genicular nerves.
After sensory and motor testing and 1 mL 2% lidocaine at each site, thermal lesions at 80 C for 90 s were performed.
Post 3/10. No complications.
""", [P("genicular_rfa", target="knee", region="knee", laterality="left", imaging="fluoroscopy", sedation=None, diag_relief=[85])],
     [("lidocaine", 60)], pain=(8, 3), nec="dsc")

note("h-gen-02", "test", "dictated", "2024-04-30", "11", """
Genicular nerve block, diagnostic, knee

Knee osteoarthritis with chronic knee pain. Pain 7/10. Consent obtained, time out.
Under ultrasound, the superior lateral, superior medial and inferior medial genicular nerves were blocked with 1 mL of 0.5%
bupivacaine each. Post 1/10. No complications.
""", [P("genicular_nerve_block", target="knee", region="knee", laterality=None, imaging="ultrasound", intent="diagnostic", sedation=None)],
     [("bupivacaine", 15)], pain=(7, 1), nec="d", dx={"code": "M17.10", "missing": ["side"]},
     comment="side never stated (procedure and diagnosis: knee OA needs the side for M17.11/M17.12)")

# ----------------------------------------------------------------------------- sympathetic
note("h-symp-01", "dev", "dictated", "2025-10-21", "22", """
Right stellate ganglion block

CRPS type I of the right upper limb (G90.511) after a wrist fracture 6 months ago, with allodynia, swelling and color
change; failed PT and gabapentin. Pain 8/10. Consent, time out.
Supine. Under ultrasound, the right C6 anterior tubercle and longus colli were identified; a 25 g needle was advanced in
plane and 5 mL 0.25% bupivacaine injected beneath the prevertebral fascia. A permanent image was saved. Ipsilateral Horner's
syndrome and a rise in hand temperature from 29 to 33 C followed.
Post 3/10. No complications.
""", [P("sympathetic_block", target="stellate", region="cervical", laterality="right", imaging="ultrasound", saved_images=True,
        intent="diagnostic", sedation=None)],
     [("bupivacaine", 12.5)], pain=(8, 3), nec="dsc", comment="POS 22: 76942-26")

note("h-symp-02", "test", "dictated", "2025-01-07", "11", """
Ganglion impar block

Chronic coccydynia for 10 months after a fall, failed a cushion, NSAIDs and pelvic floor PT. Pain 7/10.
Consent. Time out. Prone. Under fluoroscopy a 22 g needle was passed through the sacrococcygeal junction to the ganglion
impar; 1 mL Omnipaque showed retroperitoneal spread. Injected 4 mL 0.25% bupivacaine with 40 mg Kenalog.
Post 1/10. No complications.
""", [P("sympathetic_block", target="ganglion_impar", region="sacral", laterality=None, imaging="fluoroscopy", contrast=True,
        intent="therapeutic", sedation=None)],
     [("iohexol", 1, "ml"), ("bupivacaine", 10), ("triamcinolone_acetonide", 40)], pain=(7, 1), nec="dsc",
     comment="no specific CPT code: 64999 unlisted + 77002 + J3301 x4")

# ----------------------------------------------------------------------------- joints
note("h-joint-01", "dev", "dictated", "2025-04-08", "11", """
Right knee injection with ketorolac

Right knee osteoarthritis, flares despite PT and acetaminophen; steroid avoided because of poorly controlled diabetes.
Pain 7/10. Consent, time out. Superolateral approach, 30 mg ketorolac (1 mL of 30 mg/mL) with 4 mL 1% lidocaine injected into
the right knee joint. Post 3/10. No complications.
""", [P("joint_injection", target="knee", region="knee", laterality="right", imaging="none", sedation=None)],
     [("ketorolac_tromethamine", 30), ("lidocaine", 40)], pain=(7, 3), nec="dc")

note("h-joint-02", "test", "dictated", "2024-01-16", "11", """
Left shoulder glenohumeral joint injection under ultrasound

Glenohumeral OA with stiffness for a year. Pain 6/10. Consent, time-out. Posterior approach under ultrasound, needle in
plane into the joint; 40 mg Depo-Medrol with 3 mL 1% lidocaine. Ultrasound used for guidance; no image stored.
Post 2/10. No complications.
""", [P("joint_injection", target="shoulder", region="shoulder", laterality="left", imaging="ultrasound", saved_images=False, sedation=None)],
     [("methylprednisolone_acetate", 40), ("lidocaine", 30)], pain=(6, 2), nec="ds", dx={"code": "M19.019", "missing": ["side"]},
     comment="US without a stored image: 20610-LT, not 20611; DOS before 2024-04-01: J1030 x1; 'Glenohumeral OA' lacks its side")

# ----------------------------------------------------------------------------- SCS / augmentation / pump
note("h-scs-01", "dev", "dictated", "2025-08-19", "24", """
Spinal cord stimulator permanent implant

Failed back surgery syndrome (M96.1) with bilateral leg pain for 4 years, failed PT, medications, and injections.
Psychological evaluation completed and cleared. She had a trial in July.
Consent, time-out. MAC by anesthesia.
Under fluoroscopy, two percutaneous 8-contact leads were placed via Tuohy needles at L1-2 and advanced to T8 and T9.
Generator pocket in the right flank; leads tunneled and connected; closure in layers. Local 1% lidocaine 20 mL.
No complications.
""", [P("scs_implant", approach="percutaneous", region="thoracic", imaging="fluoroscopy", sedation="mac", leads=2,
        sedation_detail={"by_proceduralist": False, "justification": True})],
     [("lidocaine", 200)], nec="dsc", comment="trial result not documented: prior_procedure_response; MAC without agents or times: sedation_details")

note("h-va-01", "test", "dictated", "2025-06-24", "22", """
L1 balloon kyphoplasty

Acute osteoporotic compression fracture of L1 (M80.08XA) after a fall 5 weeks ago; MRI shows L1 fracture with marrow edema and
25% height loss. Pain 9/10 despite bracing and opioids for 4 weeks. Consent. Time out. Moderate sedation by me with midazolam
3 mg and fentanyl 75 mcg, RN monitoring independently, 11:05 to 11:37.
Under biplanar fluoroscopy, bipedicular trocars were placed into L1; balloon tamps created a cavity and PMMA was injected
without extravasation. Local: 10 mL 1% lidocaine. Post 4/10. No complications.
""", [P("vertebral_augmentation", approach="kyphoplasty", region="lumbar", levels=["L1"], imaging="fluoroscopy", sedation="moderate",
        sedation_detail={**SED_OK, "minutes": 32, "justification": False})],
     [("midazolam", 3), ("fentanyl", 0.075), ("lidocaine", 100)], pain=(9, 4), nec="dsci",
     comment="22514 + 99152 + 99153 x1 (32 min)")

note("h-pump-01", "dev", "dictated", "2025-02-04", "11", """
Intrathecal pump refill and reprogramming

Intrathecal morphine pump for cancer-related pain. The pump was interrogated; the reservoir was emptied of 2.1 mL (expected
2.3). I refilled it with 20 mL preservative-free morphine 10 mg/mL supplied by the home infusion pharmacy and increased the
daily dose by 10%. Pain 6/10 before. No complications.
""", [P("pump_refill", region=None, reprogrammed=True, physician=True, sedation=None)], [("morphine", 200)], pain=(6, None),
     nec="d", consent=False, timeout=False)

# ----------------------------------------------------------------------------- part 2: gaps, conflicts, mixed styles
note("h-tfesi-08", "test", "dictated", "2025-11-18", "11", """
Procedure: right L5-S1 transforaminal epidural.
Diagnosis: lumbar radiculopathy (M54.1).

He has had right leg pain down to the heel for 4 months. Eight weeks of PT and a course of prednisone did not help, and he
now can't finish his shift as a mail carrier. Positive right straight leg raise with an absent right ankle jerk.

Pain 8/10 before. Consent signed after discussing risks. Time-out performed. No sedation.

Prone, prepped. Skin: 2 mL of 1% lidocaine. Under fluoroscopy the needle was advanced to the right L5-S1 foramen in the
oblique view. 80 mg of steroid was then injected with 2 mL of 0.25% bupivacaine. AP and lateral views were saved.
Post 3/10. No complications. Will consider a repeat in 6-8 weeks only if the benefit is meaningful.
""", [P("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right", levels=["L5-S1"], imaging="fluoroscopy",
        contrast=None, saved_images=True, intent="therapeutic", sedation="none")],
     [("lidocaine", 20), ("bupivacaine", 5)], pain=(8, 3), nec="dscfr", absent=["drug_name", "code_validity"],
     comment="no contrast statement, no imaging findings, steroid not named (the KB check passes on the named bupivacaine), M54.1 is a non-billable category")

note("h-tfesi-09", "dev", "bulleted", "2024-05-21", "11", """
LEFT L4-5 TRANSFORAMINAL ESI
- Indication: left L4 radiculopathy (M54.16) x 6 months; failed 8 wks PT + NSAIDs; ODI 40%
- Exam: weak left quad, diminished left patellar reflex, positive femoral stretch
- MRI: left foraminal L4-5 disc protrusion
- This is his fifth transforaminal injection in 12 months (prior ones each helped ~50% for 2-3 weeks)
- Pre NRS 7/10
- Consent signed; time-out done
- Fluoroscopic guidance, 22g needle to left L4-5 foramen, Omnipaque 240 1 mL, good perineural spread, no vascular uptake
- Injectate: dexamethasone 10 mg + 1 mL 0.25% bupivacaine
- AP + lateral images saved
- Post NRS 2/10
- Complications: none
""", [P("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left", levels=["L4-L5"], imaging="fluoroscopy",
        contrast=True, saved_images=True, intent="therapeutic", sedation=None, repeat=True, prior_response=(50, 18))],
     [("iohexol", 1, "ml"), ("dexamethasone_sodium_phosphate", 10), ("bupivacaine", 2.5)], pain=(7, 2), nec="dscfir", absent=["frequency"],
     comment="prior relief 50% for 2-3 weeks: below 90 days -> prior_procedure_response; fifth TFESI in 12 months -> frequency")

note("h-ilesi-06", "test", "templated", "2025-09-09", "22", """
Procedure Performed: Cervical Interlaminar Epidural Steroid Injection, C6-C7
Pre-Procedure Diagnosis: Cervical Radiculopathy (M54.12)
Anesthesia: Local

History: Right arm pain and paresthesias into the index finger for 4 months. Failed 6 weeks of physical therapy and NSAIDs.
MRI shows right C6-7 foraminal narrowing. Positive Spurling on the right with decreased right triceps reflex.

Pain Before: 7/10
Consent: Signed
Time Out: Performed

Procedure: Prone position. Under fluoroscopic guidance, an 18-gauge Tuohy needle entered the C6-C7 epidural space by loss of
resistance to saline. Contrast was not used. Injected 10 mg dexamethasone in 2 mL preservative-free saline. AP and contralateral
oblique images were saved.

Pain After: 2/10
Complications: None
""", [P("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C6-C7"], imaging="fluoroscopy", contrast=False,
        saved_images=True, intent="therapeutic", sedation="local")],
     [("dexamethasone_sodium_phosphate", 10)], pain=(7, 2), nec="dscir",
     comment="contrast not used with no reason; functional impairment not documented")

note("h-ilesi-07", "dev", "dictated", "2025-03-04", "11", """
Repeat lumbar interlaminar epidural steroid injection, L4-L5.

She is back for her second epidural; the first, on November 5, gave her 70% relief of leg pain that lasted about four months,
and she was able to walk her neighborhood loop again. Bilateral leg pain with walking for two years from lumbar stenosis,
failed 12 weeks of PT and NSAIDs. Leg pain reproduced with extension, decreased sensation in both L5 dermatomes.
Dx: lumbar stenosis with neurogenic claudication (M48.062).

Pain 7/10. Consent; time-out.
Prone. 1% lidocaine 3 mL skin. Under fluoroscopy, 20 g Tuohy at L4-L5, loss of resistance, 2 mL Omnipaque 240 confirmed epidural
spread. Kenalog 40 mg in 4 mL saline injected. AP and lateral images saved.
Post 3/10. No complications.
""", [P("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L4-L5"], imaging="fluoroscopy", contrast=True,
        saved_images=True, intent="therapeutic", sedation=None, repeat=True, prior_response=(70, 120))],
     [("lidocaine", 30), ("iohexol", 2, "ml"), ("triamcinolone_acetonide", 40)], pain=(7, 3), nec="dscr",
     comment="walking noted only as improvement after the first ESI, not as current impairment; no imaging findings")

note("h-facet-07", "test", "dictated", "2023-10-10", "11", """
Bilateral L4-5 and L5-S1 medial branch blocks, confirmatory diagnostic block

Axial low back pain for 18 months, worse with standing and extension; failed 10 weeks PT, NSAIDs. MRI: L4-5 and L5-S1 facet
arthropathy. Lumbar spondylosis M47.816. The first diagnostic MBB two weeks ago gave 60% relief for 4 hours.

Pre 6/10. Consent, time-out. Under fluoroscopy 22 g needles were placed on the bilateral L3 and L4 medial branches and L5 dorsal
rami and 0.5 mL of 2% lidocaine injected at each of the 6 sites. Post 2/10, 70% relief. No complications.
""", [P("facet_injection", approach="medial_branch", region="lumbar", laterality="bilateral", levels=["L4-L5", "L5-S1"],
        imaging="fluoroscopy", intent="diagnostic", sedation=None, diag_relief=[60])],
     [("lidocaine", 60)], pain=(6, 2), nec="dsci",
     comment="confirmatory block after a first block below 80%: diagnostic_block_relief; no functional impairment")

note("h-facet-08", "dev", "dictated", "2025-07-29", "11", """
Right L3-4 and L4-5 intra-articular facet injections (therapeutic, repeat)

Right-sided back pain for 3 years, diagnosis lumbar spondylosis (M47.81). Two diagnostic medial branch blocks in 2024 gave
85% and 80% relief; he declined RFA because of a prior poor experience with cautery burns. His last therapeutic facet injection
in March gave 60% relief for 4 months. Ongoing home exercises; failed PT. ODI 34%.

Pre 6/10. Consent, time out. Under fluoroscopy 22 g needles entered the right L3-4 and L4-5 facet joints; 20 mg Kenalog and
0.5 mL 0.5% bupivacaine per joint. Post 1/10. No complications.
""", [P("facet_injection", approach="intra_articular", region="lumbar", laterality="right", levels=["L3-L4", "L4-L5"], imaging="fluoroscopy",
        intent="therapeutic", sedation=None, diag_relief=[85, 80], repeat=True, prior_response=(60, 120))],
     [("triamcinolone_acetonide", 40), ("bupivacaine", 5)], pain=(6, 1), nec="dscf", absent=["code_validity"],
     comment="M47.81 is a non-billable category (needs the region character)")

note("h-rfa-04", "test", "dictated", "2025-12-16", "24", """
Repeat bilateral L4-5, L5-S1 radiofrequency ablation

Axial low back pain for 4 years (M47.816). The last RFA in August gave 50% relief for 4 months. Failed PT; ODI 44%.
Pre 7/10. Consent, time-out. No sedation. Under fluoroscopy, RF cannulas at bilateral L3, L4 medial branches and L5 dorsal
rami; thermal lesions at 85 degrees for 90 seconds after sensory and motor testing and 1 mL 1% lidocaine at each site.
Post 3/10. No complications.
""", [P("facet_rfa", approach="medial_branch", region="lumbar", laterality="bilateral", levels=["L4-L5", "L5-S1"], imaging="fluoroscopy",
        sedation="none", repeat=True, prior_response=(50, 120))],
     [("lidocaine", 60)], pain=(7, 3), nec="dscf", comment="repeat RFA needs >=50% for >=6 months: prior_procedure_response")

note("h-tpi-04", "dev", "dictated", "2025-05-06", "11", """
Trigger point injections, upper back

Myofascial pain with palpable taut bands in the upper back for a year; PT and massage failed. This is her fourth trigger point
session in the last 12 months. Pain 6/10. Consent, time out. 1 mL of 0.5% bupivacaine was injected into each of 5 trigger points
in the upper back. Post 2/10, 70% relief. No complications.
""", [P("trigger_point", muscles=1, imaging=None, sedation=None)], [("bupivacaine", 25)], pain=(6, 2), relief=70, nec="dsc",
     absent=["muscle_count", "frequency"], comment="trigger points counted, muscles not named; fourth TPI session in 12 months (LCD: 3)")

note("h-tpi-05", "test", "dictated", "2024-09-03", "11", """
TRIGGER POINT INJECTIONS. Myofascial pain (M79.18), neck. Taut bands with referred pain found on exam.
Pain 7/10. Consent obtained; time out. Trigger points were injected with a total of 6 mL 1% lidocaine after negative aspiration.
Post 3/10, 60% better. No complications.
""", [P("trigger_point", muscles=1, imaging=None, sedation=None)], [("lidocaine", 60)], pain=(7, 3), relief=60, nec="d",
     absent=["muscle_count"])

note("h-scs-02", "dev", "dictated", "2025-04-15", "22", """
Spinal cord stimulator trial

CRPS of the left lower limb (G90.522) for 2 years, failed PT, gabapentin, duloxetine, lumbar sympathetic blocks. Pain 8/10.
Consent. Time out. Moderate sedation administered by me, midazolam 2 mg IV, with an independent RN observer; 13:10 to 13:32.
Under fluoroscopy two percutaneous leads were placed through Tuohy needles at L1-2 and steered to T10 and T11 with good
paresthesia coverage of the left leg; anchored and connected to the external trial generator. 1% lidocaine 10 mL local.
Post 3/10. No complications. Trial for 7 days.
""", [P("scs_trial", approach="percutaneous", region="thoracic", imaging="fluoroscopy", sedation="moderate", leads=2,
        sedation_detail={**SED_OK, "minutes": 22})],
     [("midazolam", 2), ("lidocaine", 100)], pain=(8, 3), nec="dsc", absent=["indication"],
     comment="no psychological evaluation documented (scs.psychological_evaluation -> indication); 99152 x1 (22 min)")

note("h-va-02", "dev", "dictated", "2024-06-11", "22", """
T12 and L1 vertebroplasty

Back pain for 6 weeks after lifting a laundry basket; known osteoporosis. Chronic pain G89.2. Pain 9/10 despite a brace and
tramadol. Consent and time-out.
Under biplanar fluoroscopy, 11 g needles were placed transpedicularly into T12 and L1 and PMMA cement was injected into each
without extravasation. No balloon or cavity creation. 1% lidocaine 10 mL. Moderate sedation by anesthesia CRNA.
Post 5/10. No complications.
""", [P("vertebral_augmentation", approach="vertebroplasty", region="thoracic", levels=["T12", "L1"], imaging="fluoroscopy",
        sedation="moderate", sedation_detail={"by_proceduralist": False})],
     [("lidocaine", 100)], pain=(9, 5), nec="dsc", absent=["code_validity"],
     comment="no fracture on imaging documented; G89.2 is a category; sedation by CRNA without agents or times; 22510 + 22512")

note("h-pump-02", "test", "dictated", "2025-10-14", "11", """
Intrathecal baclofen pump refill

Spasticity from multiple sclerosis with an intrathecal baclofen pump. Consent on file and reviewed today; time-out. The nurse
interrogated the pump and refilled the reservoir with 20 mL baclofen 2000 mcg/mL from the specialty pharmacy under my
supervision. No change to the program. Pain 3/10 before and after. No complications.
""", [P("pump_refill", region=None, reprogrammed=False, physician=False, sedation=None)], [("baclofen", 40)], pain=(3, 3), nec="d",
     comment="refill by clinical staff without reprogramming: 95990")

note("h-joint-03", "dev", "dictated", "2025-01-28", "11", """
Bilateral knee injections

Bilateral knee osteoarthritis with pain for years; failed PT and NSAIDs. Pain 7/10. Consent and time out. Each knee was
injected through a superolateral approach with 40 mg Kenalog and 3 mL 1% lidocaine. Post 3/10. No complications.
""", [P("joint_injection", target="knee", region="knee", laterality="bilateral", imaging="none", sedation=None)],
     [("triamcinolone_acetonide", 80), ("lidocaine", 60)], pain=(7, 3), nec="dsc", comment="20610-50 + J3301 x8")

note("h-joint-04", "test", "dictated", "2025-06-03", "11", """
Right hip intra-articular injection under fluoroscopy

Right hip osteoarthritis with groin pain for 8 months, failed PT. Pain 8/10. Consent and time-out. Supine. Under fluoroscopy a
22 g spinal needle was advanced to the femoral head-neck junction; 2 mL Omnipaque 300 confirmed intra-articular flow; 80 mg
Depo-Medrol with 4 mL 0.25% bupivacaine injected. Post 2/10. No complications.
""", [P("joint_injection", target="hip", region="hip", laterality="right", imaging="fluoroscopy", contrast=True, sedation=None)],
     [{"generic": "iohexol", "dose": 2, "dose_unit": "ml", "strength": 300}, ("methylprednisolone_acetate", 80), ("bupivacaine", 10)],
     pain=(8, 2), nec="dsc", comment="20610-RT + 77002 + J1010 x80 + Q9967 x2 (contrast with a code that does not include imaging, office)")

note("h-onb-02", "dev", "dictated", "2025-08-26", "11", """
Left greater and lesser occipital nerve blocks under ultrasound

Left occipital neuralgia (M54.81) for 6 months, failed gabapentin. Pain 7/10. Consent, time out. The left greater occipital
nerve was identified over the obliquus capitis inferior and the lesser occipital nerve at the posterior border of the
sternocleidomastoid; each was blocked in plane with 2 mL 0.5% bupivacaine and 3 mg betamethasone (6 mg total). Images of
both needle positions were saved.
Post 1/10. No complications.
""", [P("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="left", imaging="ultrasound", saved_images=True,
        sedation=None, nerves=["greater_occipital", "lesser_occipital"])],
     [("bupivacaine", 20), ("betamethasone_sodium_phosphate_acetate", 6)], pain=(7, 1), nec="dc",
     comment="64405-LT + 64450-LT + 76942 + J0702 x1")

note("h-pnb-02", "test", "dictated", "2024-10-29", "11", """
Left ilioinguinal nerve block

Left groin pain for 9 months after inguinal hernia repair, consistent with ilioinguinal neuralgia. Pain 7/10. Consent, time out.
By landmarks, 2 cm medial and inferior to the ASIS, a 25 g needle was advanced through the external oblique fascia and 5 mL
0.25% bupivacaine with 4 mg dexamethasone was injected. Post 2/10. No complications.
""", [P("peripheral_nerve_block", target="ilioinguinal", region="other", laterality="left", imaging="none", sedation=None)],
     [("bupivacaine", 12.5), ("dexamethasone_sodium_phosphate", 4)], pain=(7, 2), nec="ds")

note("h-symp-03", "dev", "dictated", "2025-02-18", "24", """
Left lumbar sympathetic block at L2-L3

CRPS of the left leg (G90.5) after ankle surgery, 7 months, failed PT and medications. Pain 8/10. Consent, time out.
Prone. Under fluoroscopy a 22 g needle was advanced to the anterolateral L3 vertebral body; 3 mL Isovue-M 200 showed
paravertebral spread without vascular uptake; 10 mL 0.25% bupivacaine injected incrementally. Left foot temperature rose
from 28 to 33 C. Post 3/10. No complications.
""", [P("sympathetic_block", target="lumbar_sympathetic", region="lumbar", laterality="left", imaging="fluoroscopy", contrast=True,
        sedation=None, levels=["L3"])],
     [("iopamidol", 3, "ml"), ("bupivacaine", 25)], pain=(8, 3), nec="dsc", absent=["code_validity"],
     comment="G90.5 is a category (needs G90.52x); 64520 + 77002-26 (POS 24)")

note("h-tfesi-10", "test", "templated", "2025-07-15", "11", """
PROCEDURE: Right transforaminal epidural steroid injection
LEVELS: L4-5
LATERALITY: Right
DIAGNOSIS: Lumbar radiculopathy, M54.16

HISTORY: Right leg pain for 5 months with an L5 pattern; failed 8 weeks of PT and NSAIDs; limits walking to 15 minutes. MRI shows
right L4-5 and L5-S1 foraminal stenosis. Right SLR positive, EHL 4/5.

PRE-PROCEDURE PAIN: 7/10. Informed consent signed. Time out performed.

DESCRIPTION: Under fluoroscopic guidance, needles were placed at the right L4-5 and right L5-S1 foramina. Omnipaque 240, 1 mL at each
level, showed perineural and epidural flow. Dexamethasone 5 mg with 1 mL 0.25% bupivacaine was injected at each level. AP and lateral
images were saved.

POST-PROCEDURE PAIN: 2/10. COMPLICATIONS: None.
""", [P("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right", levels=["L4-L5", "L5-S1"],
        imaging="fluoroscopy", contrast=True, saved_images=True, intent="therapeutic", sedation=None)],
     [("iohexol", 2, "ml"), ("dexamethasone_sodium_phosphate", 10), ("bupivacaine", 5)], pain=(7, 2), nec="dscfir", extra=["laterality_conflict"],
     comment="header lists one level, the procedure two: level conflict (reported under laterality_conflict); codes follow the description")

note("h-facet-09", "dev", "truncated", "2024-12-03", "11", """
Left L4-5 and L5-S1 medial branch blocks, diagnostic (first)

Left axial low back pain for 14 months, no leg symptoms, failed 8 weeks PT and NSAIDs, ODI 36%. MRI: left L4-5 and L5-S1 facet
arthropathy. Lumbar spondylosis M47.816.

Pre 7/10. Consent signed. Time out.
Under fluoroscopy, 22 g needles were placed at the left L3 and L4 medial branches and the left L5 dorsal ramus, and 0.5 mL of
0.5% bupivacaine was injected at each of the three
""", [P("facet_injection", approach="medial_branch", region="lumbar", laterality="left", levels=["L4-L5", "L5-S1"], imaging="fluoroscopy",
        intent="diagnostic", sedation=None)],
     [("bupivacaine", 7.5)], pain=(7, None), nec="dscfi", comp=None, comment="dictation cut off: no post score or complications")

note("h-ilesi-08", "dev", "templated", "2025-02-04", "11", """
PROCEDURE: Lumbar interlaminar epidural steroid injection, L5-S1
DIAGNOSIS: Lumbar degenerative disc disease with radiculopathy (M51.36)

INDICATIONS: Bilateral buttock and posterior thigh pain, left worse than right, for 8 months; failed 12 weeks of PT and
meloxicam; unable to sit through church. MRI L5-S1 broad disc bulge with mild bilateral foraminal narrowing. Left SLR positive.

PRE: 6/10. CONSENT: signed. TIME OUT: done. SEDATION: none.

PROCEDURE: Prone. Under fluoroscopy, 18 g Tuohy needle into the L5-S1 epidural space by loss of resistance; 2 mL Omnipaque 180
confirmed epidural spread. 80 mg Depo-Medrol with 3 mL saline injected. AP and lateral images saved.

POST: 2/10. COMPLICATIONS: none.
""", [P("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L5-S1"], imaging="fluoroscopy", contrast=True,
        saved_images=True, intent="therapeutic", sedation="none")],
     [("iohexol", 2, "ml"), ("methylprednisolone_acetate", 80)], pain=(6, 2), nec="dscfir", absent=["code_validity"],
     comment="M51.36 stopped being billable on 2024-10-01; 62323 + J1010 x80")

# ----------------------------------------------------------------------------- part 3: more gaps
note("h-tfesi-11", "test", "dictated", "2024-08-27", "22", """
Left L5-S1 transforaminal epidural steroid injection

He reports left buttock and calf pain, failed 6 weeks of therapy and oral steroids, and can no longer do his warehouse job.
Positive left SLR and decreased left ankle reflex. Diagnosis: left S1 radiculopathy (M54.17).

Consent signed. Time-out. Under fluoroscopy a 22 gauge needle was advanced to the left L5-S1 foramen and the steroid solution
with 1 mL of 0.5% bupivacaine was injected. AP and lateral images saved.
Afterward his leg pain was 2/10. No complications.
""", [P("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left", levels=["L5-S1"], imaging="fluoroscopy",
        contrast=None, saved_images=True, intent="therapeutic", sedation=None)],
     [("bupivacaine", 5)], pain=(None, 2), nec="dcfr", absent=["drug_name"],
     comment="no duration, no imaging findings, no pre score, no contrast statement, steroid not named")

note("h-ilesi-09", "dev", "dictated", "2025-10-28", "11", """
Caudal epidural injection

Chronic bilateral leg pain after two lumbar surgeries, for 5 years. Failed PT, gabapentin, duloxetine; walking limited to
5 minutes. Bilateral L5 sensory loss. Post-laminectomy syndrome (M96.1). This is her sixth caudal epidural in the last
12 months; each helped for about a month.

Pre 8/10. Consent, time out. Prone. Under fluoroscopy the sacral hiatus was entered with a 20 g Tuohy needle and 10 mL of
steroid and saline mixture was injected into the caudal epidural space. Images saved.
Post 5/10. No complications.
""", [P("interlaminar_epidural", approach="caudal", region="sacral", levels=[], imaging="fluoroscopy", contrast=None, saved_images=False,
        intent="therapeutic", sedation=None, repeat=True, prior_response=(None, 30))],
     [], pain=(8, 5), nec="dsfr", absent=["drug_name", "frequency"],
     comment="no contrast, no imaging findings, steroid unnamed and undosed; conservative care without duration; sixth session in 12 months; a stated repeat whose prior response is unquantified: prior_procedure_response")

note("h-ilesi-10", "test", "dictated", "2025-03-11", "24", """
L4-L5 interlaminar epidural steroid injection

Bilateral leg pain with walking for 9 months from L4-5 stenosis seen on MRI (severe central canal narrowing). Failed 10 weeks of PT
and NSAIDs; can stand only 10 minutes. Neurogenic claudication with bilateral L5 numbness. Dx M48.062.
Pain 8/10. Consent; time out. Under fluoroscopy an 18 g Tuohy needle entered the L4-L5 interlaminar epidural space with loss of
resistance to air. 80 mg methylprednisolone in 4 mL saline injected. AP and lateral images saved. Post 4/10. No complications.
""", [P("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L4-L5"], imaging="fluoroscopy", contrast=None,
        saved_images=True, intent="therapeutic", sedation=None)],
     [("methylprednisolone_acetate", 80)], pain=(8, 4), nec="dscfir", comment="no contrast statement")

note("h-tpi-06", "dev", "dictated", "2024-04-09", "11", """
Trigger point injections

Myofascial pain in the neck and upper back for a year with multiple taut bands and twitch responses. Pain 7/10. Consent,
time out. Trigger points in the upper back were injected with local anesthetic, 1 mL each, 6 sites. Post 3/10, 55% relief.
No complications.
""", [P("trigger_point", muscles=1, imaging=None, sedation=None)], [], pain=(7, 3), relief=55, nec="ds",
     absent=["muscle_count", "drug_name"])

note("h-tpi-07", "test", "dictated", "2026-02-17", "11", """
Trigger point injection

Myofascial low back pain (M79.18) for 8 months with palpable taut bands. Pain 6/10. Consent obtained; time-out. Four trigger
points were injected with 0.5 mL of 0.25% bupivacaine each. Post 2/10, 70% relief. No complications.
""", [P("trigger_point", muscles=1, imaging=None, sedation=None)], [("bupivacaine", 5)], pain=(6, 2), relief=70, nec="ds",
     absent=["muscle_count"])

note("h-facet-10", "test", "dictated", "2025-04-01", "11", """
Right L4-5 facet injection

Right low back pain for 7 months, worse with extension, failed 8 weeks PT and NSAIDs; ODI 32%. Lumbar spondylosis (M47.816).
This is a therapeutic injection; she wants to avoid ablation.
Pre 6/10. Consent. Time-out. Under fluoroscopy a 22 g needle was placed at the right L4-5 facet and 40 mg Kenalog with 1 mL
0.5% bupivacaine was injected. Post 2/10. No complications.
""", [P("facet_injection", approach=None, region="lumbar", laterality="right", levels=["L4-L5"], imaging="fluoroscopy", intent="therapeutic",
        sedation=None)],
     [("triamcinolone_acetonide", 40), ("bupivacaine", 5)], pain=(6, 2), nec="dscf",
     comment="intra-articular vs medial branch not stated: approach; therapeutic without documented diagnostic blocks")

note("h-tfesi-12", "test", "dictated", "2025-12-02", "11", """
Right lumbar transforaminal epidural steroid injection

Right leg pain in an L5 pattern for 3 months; failed 6 weeks of PT and NSAIDs; she stopped her walking group. MRI shows a right
foraminal disc protrusion. Positive right SLR, decreased sensation over the right great toe. Dx lumbar radiculopathy, M54.16.

Pain 8/10. Consent signed. Time-out performed.
Under fluoroscopy a 22 g needle was placed in the right foramen at the symptomatic level; 1 mL Omnipaque 240 confirmed
perineural spread. Dexamethasone 10 mg with 1 mL 0.25% bupivacaine injected. AP and lateral images saved.
Post 2/10. No complications.
""", [P("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right", levels=[], imaging="fluoroscopy",
        contrast=True, saved_images=True, intent="therapeutic", sedation=None)],
     [("iohexol", 1, "ml"), ("dexamethasone_sodium_phosphate", 10), ("bupivacaine", 2.5)], pain=(8, 2), nec="dscfir",
     comment="no level named anywhere: levels finding; one primary line")

note("h-va-03", "dev", "dictated", "2024-02-13", "22", """
Kyphoplasty

Painful osteoporotic compression fracture for 6 weeks despite a brace, calcitonin and acetaminophen; MRI confirms an acute
fracture with edema. Pain 9/10. Consent, time-out. Local anesthesia with 10 mL 1% lidocaine, no sedation.
Under biplanar fluoroscopy, bilateral transpedicular access into the fractured lumbar vertebral body; balloon inflation created a
cavity and cement was injected without leak. Post 4/10. No complications.
""", [P("vertebral_augmentation", approach="kyphoplasty", region="lumbar", levels=[], imaging="fluoroscopy", sedation="local")],
     [("lidocaine", 100)], pain=(9, 4), nec="dsci", comment="vertebral level never named: levels; 22514")

note("h-ilesi-11", "dev", "dictated", "2025-06-17", "24", """
Lumbar interlaminar epidural steroid injection

Bilateral calf pain with walking from lumbar stenosis for 10 months (MRI: moderate central stenosis); failed 8 weeks of PT and
NSAIDs; can walk only 2 blocks. Bilateral L5 hypoesthesia. Dx lumbar stenosis with neurogenic claudication, M48.062.
Pain 7/10. Consent signed; time out. Under fluoroscopy an 18 g Tuohy needle entered the lumbar epidural space by loss of
resistance; 2 mL Omnipaque 180 showed epidural spread. Triamcinolone 80 mg in 4 mL saline injected. AP and lateral images saved.
Post 3/10. No complications.
""", [P("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=[], imaging="fluoroscopy", contrast=True,
        saved_images=True, intent="therapeutic", sedation=None)],
     [("iohexol", 2, "ml"), ("triamcinolone_acetonide", 80)], pain=(7, 3), nec="dscfir", comment="interspace never named: levels")

note("h-facet-11", "test", "templated", "2025-05-20", "24", """
PROCEDURE: Lumbar medial branch block, diagnostic (first block)
LATERALITY: Left

HISTORY: Right-sided axial low back pain for 9 months, worse with extension; failed 10 weeks of PT and NSAIDs; ODI 38%. MRI: lower
lumbar facet arthropathy. Dx: lumbar spondylosis without radiculopathy, M47.816.

Consent signed. Time out performed. No sedation.

PROCEDURE: Under fluoroscopy, 22 g needles were placed on the right medial branches supplying the painful facet joints and
0.5 mL 0.5% bupivacaine was injected at each of 3 sites. Post-procedure pain 2/10 with 80% relief. No complications.
""", [P("facet_injection", approach="medial_branch", region="lumbar", laterality="right", levels=[], imaging="fluoroscopy",
        intent="diagnostic", sedation="none")],
     [("bupivacaine", 7.5)], pain=(None, 2), nec="dscfi", extra=["laterality_conflict"],
     comment="header says left, history and procedure right; joints never named; no pre-procedure score")

note("h-tfesi-13", "dev", "dictated", "2025-09-23", "11", """
Left cervical transforaminal epidural steroid injection

Left arm pain into the thumb for 4 months; failed 6 weeks of PT, NSAIDs and a prednisone taper; can't hold her tablet at work.
Spurling positive on the left; left biceps reflex diminished. MRI: left foraminal stenosis from a disc osteophyte complex.
Dx cervical radiculopathy M54.12.

Consent signed. Time-out. Under fluoroscopy a 25 g needle was placed in the left foramen at the level of her symptoms; 0.5 mL
Omnipaque 180 showed perineural spread without vascular uptake on digital subtraction. Dexamethasone 10 mg injected. AP and
oblique images saved. After the injection her arm pain was 1/10. No complications.
""", [P("transforaminal_epidural", approach="transforaminal", region="cervical", laterality="left", levels=[], imaging="fluoroscopy",
        contrast=True, saved_images=True, intent="therapeutic", sedation=None)],
     [("iohexol", 0.5, "ml"), ("dexamethasone_sodium_phosphate", 10)], pain=(None, 1), nec="dscfir",
     comment="no level named; no pre-procedure score")

note("h-si-05", "test", "dictated", "2024-07-16", "11", """
Left sacroiliac joint injection

Right buttock pain below L5 for 8 months with 4 positive provocation tests on the right; failed 8 weeks of PT. Sacroiliitis, M46.1.
This is a diagnostic injection. Consent signed; time-out.
Under fluoroscopy a 22 g needle entered the inferior right SI joint; 0.5 mL Isovue-M 200 gave an arthrogram. Kenalog 40 mg with 1 mL
0.5% bupivacaine injected. AP and oblique images saved. Post-procedure pain 2/10, 80% relief. No complications.
""", [P("si_joint_injection", approach="intra_articular", region="sacroiliac", laterality="right", imaging="fluoroscopy", contrast=True,
        saved_images=True, intent="diagnostic", sedation=None)],
     [("iopamidol", 0.5, "ml"), ("triamcinolone_acetonide", 40), ("bupivacaine", 5)], pain=(None, 2), relief=80, nec="dsc",
     extra=["laterality_conflict"], comment="title left, history and procedure right; no pre-procedure score")

# ----------------------------------------------------------------------------- part 4: abbreviations and shorthand
note("h-tfesi-14", "test", "dictated", "2025-10-07", "22", """
B/L TFESI L4/5 & L5/S1

62 yo s/p L4-5 microdiscectomy 2022, now recurrent B/L leg pain R>L x 5 mos. Failed PT x 8 wks, gabapentin, NSAIDs. ODI 46%.
SLR + B/L, diminished B/L Achilles. MRI: recurrent L4/5 disc with B/L foraminal stenosis at L4/5 and L5/S1.
Dx: lumbar radiculopathy M54.16. Pre NRS 8.

Consent signed, TO done, no sedation. Prone, sterile prep. Under fluoro, 22g needles to B/L L4/5 and L5/S1 foramina. Omnipaque 240,
0.5 mL per needle, good spread, no vascular uptake. Each foramen: dexamethasone 2.5 mg + 0.5 mL 0.25% bupivacaine (10 mg dex total).
AP + lat images saved. Post NRS 3. No cx.
""", [P("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="bilateral", levels=["L4-L5", "L5-S1"],
        imaging="fluoroscopy", contrast=True, saved_images=True, intent="therapeutic", sedation="none")],
     [("iohexol", 2, "ml"), ("dexamethasone_sodium_phosphate", 10), ("bupivacaine", 5)], pain=(8, 3), nec="dscfir",
     comment="slash levels and abbreviations (B/L, TO, cx); 64483-50 + 64484-50")

note("h-rfa-05", "test", "dictated", "2025-02-25", "11", """
RFA R L3 and L4 MB and L5 DR

Axial R low back pain x 3 yrs, M47.816. Dual MBBs 1/7 and 1/28 with 85% and 90% relief. Failed PT, NSAIDs; ODI 40%.
Pre 7/10. Consent, TO. Local only.
Fluoro-guided 18g RF cannulae parallel to R L3 MB, L4 MB and L5 DR. Sensory/motor testing appropriate. 1 mL 1% lido at each,
lesions 90 C x 90 s. Post 4/10. No complications.
""", [P("facet_rfa", approach="medial_branch", region="lumbar", laterality="right", levels=["L4-L5", "L5-S1"], imaging="fluoroscopy",
        sedation="local", diag_relief=[85, 90])],
     [("lidocaine", 30)], pain=(7, 4), nec="dscf", comment="nerves only, in shorthand; joints L4-L5 and L5-S1")

note("h-ilesi-12", "test", "dictated", "2024-12-17", "11", """
ESI L5/S1, interlaminar approach

Bilateral buttock and leg pain for 6 months from L5-S1 disc degeneration with bilateral foraminal narrowing on MRI; failed PT
8 weeks and meloxicam; limited to 15 minutes of standing. Bilateral S1 hypoesthesia. Dx M51.17 lumbosacral disc disorder with
radiculopathy. Pre 6/10.
Consent; time out. Seated, flexed. Landmark technique: an 18 g Tuohy needle was walked into the L5/S1 interspace and the epidural
space identified by loss of resistance to saline. Triamcinolone 80 mg with 5 mL saline injected. Post 3/10. No complications.
""", [P("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L5-S1"], imaging="none", contrast=None,
        saved_images=False, intent="therapeutic", sedation=None)],
     [("triamcinolone_acetonide", 80)], pain=(6, 3), nec="dscfir",
     comment="no imaging guidance: 62322; imaging, contrast and saved images missing")

note("h-symp-04", "dev", "dictated", "2025-11-11", "22", """
Superior hypogastric plexus block

Chronic pelvic pain for 2 years after hysterectomy, failed pelvic floor PT, gabapentin and amitriptyline. Pain 7/10. Consent, time out.
Prone. Under fluoroscopy, bilateral 22 g needles were advanced to the anterolateral L5-S1 junction; 3 mL Omnipaque 240 showed
retroperitoneal spread anterior to the sacral promontory. 8 mL of 0.25% bupivacaine injected on each side (16 mL total).
Post 2/10. No complications.
""", [P("sympathetic_block", target="superior_hypogastric", region="lumbar", laterality=None, imaging="fluoroscopy", contrast=True,
        intent="diagnostic", sedation=None)],
     [("iohexol", 3, "ml"), ("bupivacaine", 40)], pain=(7, 2), nec="dsc", comment="midline target, two needles: 64517 + 77002-26")

note("h-gen-03", "test", "dictated", "2025-08-12", "11", """
Bilateral genicular nerve blocks (diagnostic)

Bilateral knee OA, not surgical candidate. Pain 8/10. Consent and time out. Under fluoroscopy the superomedial, superolateral
and inferomedial genicular nerves of each knee were targeted at the metaphysis-epiphysis junctions; 1 mL 0.5% bupivacaine at
each of the 6 sites. Post 2/10. No complications.
""", [P("genicular_nerve_block", target="knee", region="knee", laterality="bilateral", imaging="fluoroscopy", intent="diagnostic",
        sedation=None)],
     [("bupivacaine", 30)], pain=(8, 2), nec="d", comment="64454-50")

note("h-joint-05", "test", "dictated", "2024-11-05", "11", """
Right wrist (radiocarpal) injection under ultrasound

Right wrist OA after a scaphoid fracture, pain for a year. Pain 6/10. Consent; time-out. Dorsal approach under ultrasound, needle
seen entering the radiocarpal joint; permanent image stored. Dexamethasone 4 mg with 1 mL 1% lidocaine. Post 2/10. No complications.
""", [P("joint_injection", target="wrist", region="wrist", laterality="right", imaging="ultrasound", saved_images=True, sedation=None)],
     [("dexamethasone_sodium_phosphate", 4), ("lidocaine", 10)], pain=(6, 2), nec="ds", comment="20606-RT + J1100 x4")

note("h-pnb-03", "dev", "dictated", "2025-03-18", "11", """
Left lateral femoral cutaneous nerve block

Burning anterolateral left thigh pain for 5 months, meralgia paresthetica. Pain 6/10. Consent, time-out. Ultrasound was used to
find the nerve medial to the ASIS; no image was saved. 5 mL 0.5% ropivacaine with 40 mg Kenalog injected. Post 1/10. No complications.
""", [P("peripheral_nerve_block", target="lateral_femoral_cutaneous", region="other", laterality="left", imaging="ultrasound",
        saved_images=False, sedation=None)],
     [("ropivacaine", 25), ("triamcinolone_acetonide", 40)], pain=(6, 1), nec="ds", comment="64450-LT; no 76942 without a saved image")

note("h-onb-03", "test", "dictated", "2023-09-19", "11", """
Right GON block

Right occipital neuralgia for 3 months. Pain 7/10. Consent obtained. Time out.
Landmarks; 2 mL 0.25% bupivacaine and 40 mg Depo-Medrol injected at the right greater occipital nerve. Post 1/10. No complications.
""", [P("occipital_nerve_block", target="greater_occipital", region="occipital", laterality="right", imaging="none", sedation=None,
        nerves=["greater_occipital"])],
     [("bupivacaine", 5), ("methylprednisolone_acetate", 40)], pain=(7, 1), nec="ds", comment="64405-RT + J1030 x1 (before 2024-04-01)")

# ----------------------------------------------------------------------------- part 5: dev counterparts of test-only phenomena
note("h-pump-03", "dev", "dictated", "2025-04-29", "11", """
Intrathecal pump analysis, reprogramming and refill

Intrathecal hydromorphone pump for failed back surgery syndrome. Consent on file; time-out. Our pump nurse interrogated the device,
aspirated 1.8 mL (expected 2.0), refilled the reservoir with 20 mL hydromorphone 5 mg/mL from the compounding pharmacy and, per
my order, reprogrammed the daily rate down by 5%. Pain 5/10 before and after. No complications.
""", [P("pump_refill", region=None, reprogrammed=True, physician=False, sedation=None)], [("hydromorphone", 100)], pain=(5, 5), nec="d",
     comment="analysis + reprogramming + refill by clinical staff: 62369")

note("h-tfesi-15", "dev", "dictated", "2025-01-14", "11", """
L TFESI L4/5

58 yo with L L5 radic x 4 mos, failed PT x 6 wks + meloxicam; can't walk > 1 block. SLR + L, EHL 4/5 L. MRI: L foraminal HNP L4/5.
Dx M54.16. Pre NRS 7.
Consent, TO. Fluoro: 22g to L L4/5 foramen, Omnipaque 240 1 mL with perineural spread, no vascular uptake. Dex 10 mg + 1 mL 0.25%
bupi. AP/lat saved. Post NRS 2. No cx.
""", [P("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="left", levels=["L4-L5"], imaging="fluoroscopy",
        contrast=True, saved_images=True, intent="therapeutic", sedation=None)],
     [("iohexol", 1, "ml"), ("dexamethasone_sodium_phosphate", 10), ("bupivacaine", 2.5)], pain=(7, 2), nec="dscfir",
     comment="shorthand: L = left, radic, TO, dex, bupi, cx")

note("h-ilesi-13", "dev", "dictated", "2024-05-14", "11", """
Cervical epidural steroid injection C7-T1, interlaminar, landmark technique

Left arm radicular pain for 3 months from a C6-7 disc herniation on MRI; failed 6 weeks of PT and a steroid taper; NDI 34%.
Left C7 sensory loss, triceps 4/5. Dx cervical radiculopathy M54.12. Pre 7/10.
Consent signed; time-out. Seated, neck flexed. By palpation, an 18 g Tuohy needle was advanced at C7-T1 and the epidural space
found by hanging drop. Dexamethasone 10 mg in 3 mL saline injected. Post 3/10. No complications.
""", [P("interlaminar_epidural", approach="interlaminar", region="cervical", levels=["C7-T1"], imaging="none", contrast=None,
        saved_images=False, intent="therapeutic", sedation=None)],
     [("dexamethasone_sodium_phosphate", 10)], pain=(7, 3), nec="dscfir",
     comment="no imaging: 62320; imaging guidance, contrast, saved images missing")

note("h-joint-06", "dev", "dictated", "2025-07-22", "11", """
Bilateral knee injections under ultrasound

Bilateral knee OA for 3 years, failed PT and NSAIDs. Pain 8/10. Consent and time-out. Each knee was entered at the suprapatellar
recess under ultrasound with the needle in plane; images of both needles were saved. Each knee: Kenalog 40 mg and 4 mL 1%
lidocaine. Post 3/10. No complications.
""", [P("joint_injection", target="knee", region="knee", laterality="bilateral", imaging="ultrasound", saved_images=True, sedation=None)],
     [("triamcinolone_acetonide", 80), ("lidocaine", 80)], pain=(8, 3), nec="dsc", comment="20611-50 + J3301 x8")

# ----------------------------------------------------------------------------- part 6: KB rules added later (repeats, zoster, pump)
note("h-ilesi-14", "dev", "dictated", "2025-09-16", "11", """
Repeat lumbar interlaminar epidural steroid injection, L5-S1

He returns for a second epidural. The first, in July, gave about 40% relief of his leg pain for 6 weeks before it wore off.
Bilateral buttock and posterior thigh pain for 10 months from lumbar stenosis; failed 10 weeks of PT and meloxicam; he can walk
only one block. Bilateral S1 hypoesthesia; leg pain reproduced with extension. MRI: moderate central and bilateral foraminal
stenosis at L5-S1. Dx lumbar stenosis with neurogenic claudication, M48.062.

Pain 7/10. Consent signed; time-out. No sedation.
Prone. 1% lidocaine 2 mL to the skin. Under fluoroscopy an 18 g Tuohy needle entered the L5-S1 interlaminar epidural space by
loss of resistance; 2 mL Omnipaque 240 showed epidural spread without vascular uptake. Dexamethasone 10 mg in 3 mL
preservative-free saline injected. AP and lateral images saved.
Post 3/10. No complications.
""", [P("interlaminar_epidural", approach="interlaminar", region="lumbar", levels=["L5-S1"], imaging="fluoroscopy", contrast=True,
        saved_images=True, intent="therapeutic", sedation="none", repeat=True, prior_response=(40, 42))],
     [("lidocaine", 20), ("iohexol", 2, "ml"), ("dexamethasone_sodium_phosphate", 10)], pain=(7, 3), nec="dscfir",
     comment="repeat ESI after 40% relief for 6 weeks (needs 50% for 3 months): prior_procedure_response")

note("h-tfesi-16", "test", "dictated", "2024-10-08", "22", """
Right L5-S1 transforaminal epidural steroid injection (repeat)

Right S1 radicular pain for 9 months from a right L5-S1 disc protrusion on MRI. The previous right L5-S1 TFESI in June gave 70%
relief that lasted about 6 weeks. Failed 8 weeks of PT, NSAIDs and gabapentin; she cannot sit through a work meeting. Positive
right straight leg raise, reduced right ankle reflex. Dx: lumbosacral radiculopathy (M54.17).

Pre-procedure pain 7/10. Consent signed. Time-out performed. No sedation.
Prone, sterile prep. Under fluoroscopy a 22 g needle was placed at the right L5-S1 foramen; 1 mL Omnipaque 240 outlined the S1
root without vascular uptake. Triamcinolone 40 mg with 1 mL 0.25% bupivacaine injected. AP and lateral images saved.
Post 2/10. No complications.
""", [P("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right", levels=["L5-S1"], imaging="fluoroscopy",
        contrast=True, saved_images=True, intent="therapeutic", sedation="none", repeat=True, prior_response=(70, 42))],
     [("iohexol", 1, "ml"), ("triamcinolone_acetonide", 40), ("bupivacaine", 2.5)], pain=(7, 2), nec="dscfir",
     comment="repeat ESI after 70% relief lasting 6 weeks (needs 3 months): prior_procedure_response; POS 22: no drug lines")

note("h-tfesi-17", "dev", "dictated", "2025-11-25", "11", """
Left T8 transforaminal epidural steroid injection for acute herpes zoster

Acute herpes zoster of the left T8 dermatome; the rash began 12 days ago and is now crusting. Severe burning band-like pain
around the left chest wall with allodynia in the T8 dermatome. On valacyclovir since day 2. He cannot sleep or wear a shirt.
MRI thoracic spine: enhancement of the left T8 nerve root, no disc herniation. Dx: acute herpes zoster radiculopathy, left T8
(B02.29).

Pain 9/10. Consent signed; time-out. No sedation.
Prone. 1% lidocaine 2 mL to the skin. Under fluoroscopy a 22 g needle was advanced to the left T8-T9 foramen; 1 mL Omnipaque 240
showed perineural and epidural spread without vascular uptake. Dexamethasone 10 mg with 1 mL 0.25% bupivacaine injected. AP and
lateral images saved.
Post 4/10. No complications.
""", [P("transforaminal_epidural", approach="transforaminal", region="thoracic", laterality="left", levels=["T8-T9"], imaging="fluoroscopy",
        contrast=True, saved_images=True, intent="therapeutic", sedation="none")],
     [("lidocaine", 20), ("iohexol", 1, "ml"), ("dexamethasone_sodium_phosphate", 10), ("bupivacaine", 2.5)], pain=(9, 4), nec="dfir",
     dx={"code": "B02.29"},
     comment="acute zoster (B02.29): exempt from the ESI 4-week duration and conservative-care rules (12 days, antivirals only)")

note("h-pump-04", "dev", "dictated", "2025-06-10", "11", """
Intrathecal pump refill

Spasticity from multiple sclerosis with an intrathecal baclofen pump. Consent on file; time-out. The pump was interrogated and the
residual volume was 2.6 mL (expected 2.8). The reservoir was refilled with 20 mL baclofen 2000 mcg/mL from the specialty pharmacy.
Pain 4/10 before and after. No complications.
""", [P("pump_refill", region=None, reprogrammed=None, physician=None, sedation=None)], [("baclofen", 40)], pain=(4, 4), nec="d",
     comment="neither who refilled nor whether the pump was reprogrammed is stated (pump.performed_by, pump.reprogramming: approach); "
             "the author is assumed: 95991")

note("h-tpi-08", "dev", "dictated", "2023-03-14", "11", """
Botox trigger point injections, neck and upper back

Chronic myofascial pain of the neck and upper back for 3 years with taut bands and twitch responses in the bilateral upper
trapezius and bilateral levator scapulae (4 muscles); failed PT, lidocaine trigger point injections and dry needling.
Pain 7/10. Consent signed; time-out.
A 200 unit single-dose vial of Botox was reconstituted with 4 mL preservative-free saline; 150 units were injected across the
trigger points of the four muscles and 50 units were discarded. Post 4/10, 40% relief. No complications.
""", [P("trigger_point", muscles=4, imaging="none", sedation=None)],
     [{"generic": "onabotulinumtoxinA", "dose": 150, "dose_unit": "units", "container": "single_dose", "discarded": 50}], pain=(7, 4),
     relief=40, nec="dscf", comment="before 2023-07-01: J0585 x150 + J0585-JW x50 (JW from 2017), no JZ; saline is the diluent")

note("h-tfesi-18", "dev", "dictated", "2025-04-15", "11", """
Right L4-5 transforaminal epidural steroid injection

Right L5 radicular pain for 5 months from a right L4-5 foraminal disc protrusion on MRI; failed 8 weeks of PT and NSAIDs; she can
no longer walk her dog. Positive right straight leg raise, weak right EHL. Dx lumbar radiculopathy, M54.16.

Pain 8/10. Consent signed; time-out. No sedation.
Prone. 1% lidocaine 2 mL to the skin. Under fluoroscopy a 22 g needle was placed at the right L4-5 foramen; 1 mL Omnipaque 240
showed perineural spread without vascular uptake. Dexamethasone 10 mg with 1 mL 0.25% bupivacaine injected. One AP image was saved.
Post 2/10. No complications.
""", [P("transforaminal_epidural", approach="transforaminal", region="lumbar", laterality="right", levels=["L4-L5"], imaging="fluoroscopy",
        contrast=True, saved_images=True, views=1, intent="therapeutic", sedation="none")],
     [("lidocaine", 20), ("iohexol", 1, "ml"), ("dexamethasone_sodium_phosphate", 10), ("bupivacaine", 2.5)], pain=(8, 2), nec="dscfir",
     comment="a stated count of one saved view (esi.saved_images needs two): saved_images")
