"""Hand-written development notes for the steroid per-session ceiling (`dose_ceiling`, round 6).

Fictional epidural notes whose steroid total is above its `drugs.yaml` ceiling, written in three wordings (a
per-site amount multiplied out, a volume of a named strength, a plain total). Same shape as the entries of
`hand_notes.py`; `build_hand.py` writes them into `corpora/notes/dev` through `goldkit.build_gold`, which derives
the element by rule (`goldkit.dose_ceiling`), never from this file. Development split only.
"""

from __future__ import annotations

FULL = "dscfir"  # every necessity element documented (letters of build_hand.NEC)


def _esi(family: str, approach: str, region: str, side: str | None, levels: list[str]) -> dict:
    return {"family": family, "approach": approach, "target": None, "region": region, "laterality": side,
            "levels": levels, "imaging": "fluoroscopy", "contrast": True, "intent": "therapeutic", "sedation": None,
            "views": 2}  # every note saves two views


NOTES: list[dict] = [
    {
        "id": "h-ceil-tfesi-01", "split": "dev", "style": "narrative", "dos": "2025-05-12", "pos": "11",
        "procs": [_esi("transforaminal_epidural", "transforaminal", "lumbar", "bilateral", ["L4-L5", "L5-S1"])],
        "drugs": [("lidocaine", 40), ("iohexol", 4, "ml"), ("methylprednisolone_acetate", 160)],
        "nec": FULL, "pain": (8, 3), "consent": True, "timeout": True, "comp": "none", "relief": None,
        "absent": [], "extra": [],
        "text": """Bilateral L4-5 and L5-S1 transforaminal epidural steroid injections

History: 59 year old woman with bilateral L5 radicular pain down both legs to the dorsum of the feet for 5 months,
numbness in the L5 distribution, positive straight leg raise on both sides. Eight weeks of physical therapy and
a Medrol dosepak gave no lasting relief. She cannot stand long enough to cook a meal. MRI: bilateral foraminal
stenosis at L4-5 and L5-S1 with a broad disc bulge. Diagnosis: lumbar radiculopathy (M54.16).

Pain 8/10 before. Consent signed after risks were reviewed. Time-out completed.

Prone. Skin at each of the four entry sites anesthetized with 1 mL of 1% lidocaine. Under fluoroscopy a 22-gauge
spinal needle was placed at the left and right L4-5 and L5-S1 foramina; Omnipaque 240, 1 mL at each level and side,
outlined the exiting roots without vascular uptake. Depo-Medrol 40 mg was injected at each of the four foramina.
AP and lateral images saved.

Post-procedure pain 3/10. No complications.
""",
    },
    {
        "id": "h-ceil-ilesi-01", "split": "dev", "style": "template", "dos": "2025-08-04", "pos": "11",
        "procs": [_esi("interlaminar_epidural", "interlaminar", "cervical", None, ["C7-T1"])],
        "drugs": [("lidocaine", 20), ("iohexol", 2, "ml"), ("dexamethasone_sodium_phosphate", 20)],
        "nec": FULL, "pain": (7, 2), "consent": True, "timeout": True, "comp": "none", "relief": None,
        "absent": [], "extra": [],
        "text": """PROCEDURE: Cervical interlaminar epidural steroid injection, C7-T1.
INDICATION: Right C6 radiculopathy (M54.12) with arm pain and thumb numbness for 4 months; weak right wrist
extension 4/5, Spurling positive. Failed 6 weeks of physical therapy and gabapentin without improvement. Unable
to work at a keyboard. MRI: right C5-6 disc protrusion narrowing the foramen.
PRE-PROCEDURE PAIN: 7/10.
CONSENT: Written consent obtained. TIME-OUT: Performed.
TECHNIQUE: Prone. 2 mL of 1% lidocaine to the skin. Under fluoroscopy an 18-gauge Tuohy needle entered the
C7-T1 epidural space by loss of resistance; Omnipaque 240, 2 mL, confirmed epidural spread on AP and contralateral
oblique views (images saved). Injectate: dexamethasone 10 mg/mL, 2 mL (20 mg), with 2 mL preservative-free saline.
POST-PROCEDURE PAIN: 2/10.
COMPLICATIONS: None.
""",
    },
    {
        "id": "h-ceil-caudal-01", "split": "dev", "style": "shorthand", "dos": "2025-10-20", "pos": "11",
        "procs": [_esi("interlaminar_epidural", "caudal", "sacral", None, [])],
        "drugs": [("lidocaine", 30), ("iohexol", 3, "ml"), ("betamethasone_sodium_phosphate_acetate", 18)],
        "nec": FULL, "pain": (6, 2), "consent": True, "timeout": True, "comp": "none", "relief": None,
        "absent": [], "extra": [],
        "text": """Caudal ESI
71M, bilat S1 radicular pain buttocks to calves x 7 mo, absent ankle jerks both sides. PT 10 wk + meloxicam, no
help. Can't walk his dog. MRI: multilevel lumbar stenosis, L5-S1 lateral recess narrowing bilat.
Dx lumbosacral radiculopathy (M54.17).
Pre 6/10. Consent + time-out done.
Prone, 3 mL 1% lido skin. Fluoro: 20 g needle through the sacral hiatus, Omnipaque 240 3 mL - epidural filling
to S1, no vascular. Celestone Soluspan 6 mg/mL 3 mL + 5 mL NS injected. AP + lat images saved.
Post 2/10. No complications.
""",
    },
]
