"""Paraphrase probe (round 12): does the reader know the many ways one documentation element is written?

Why: dev folders read ~1.0 after their fixes, yet each new source of notes brings wordings the reader
has never seen, and an element that IS documented becomes a false finding. This probe measures the
reader on whole wording families instead of on notes: `benchmarks/paraphrases/<element>.yaml` holds
fresh positive sentences (written for this probe, not copied from any corpus note) that must count as
the element, and near-miss negatives that must not. Each sentence is swapped into one slot of a small
complete note (every other element documented in a plain wording), the note is analysed with
`api.pipeline.analyze_text`, and the sentence is "read" when the element's finding is absent.

Usage: python benchmarks/paraphrase_probe.py [ELEMENT...] [--show]
Prints per element: positives read / total, negatives wrongly read / total, failing sentence ids
(--show also prints the failing sentences; they are our own fictional wordings, never patient text).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

DATA = Path(__file__).resolve().parent / "paraphrases"

# A complete transforaminal ESI note; each {slot} holds one element's sentence.
ESI_FRAME = """PROCEDURE NOTE

Date of service: 03/14/2025
Procedure: {repeat}Left L5-S1 transforaminal epidural steroid injection under fluoroscopy
Preoperative diagnosis: Lumbar radiculopathy, left (M54.16)
Postoperative diagnosis: Same

HISTORY / INDICATIONS:
{symptom_duration}
{conservative_care}
{functional_impairment}
{radicular_findings}
{imaging_findings}
{prior_procedure_response}

{pre_pain_score}

CONSENT: {consent}
{time_out}

SEDATION: {sedation_details}

PROCEDURE:
The patient was placed prone and the lumbar area was prepped with chlorhexidine and draped sterilely. Under fluoroscopic guidance a 22-gauge spinal needle was advanced to the left L5-S1 neural foramen. {contrast} Dexamethasone 10 mg with 2 mL of 1% lidocaine was injected slowly. The needle was removed intact.
{saved_images}

{complications}
{post_pain_score}
The patient was discharged home in stable condition.
"""

ESI_DEFAULTS = {
    "repeat": "",
    "symptom_duration": "Left leg pain for 8 months.",
    "conservative_care": "Physical therapy for 8 weeks and naproxen failed to relieve the pain.",
    "functional_impairment": "She cannot walk more than one block and cannot work.",
    "radicular_findings": "Exam: positive straight leg raise on the left with decreased left ankle reflex.",
    "imaging_findings": "MRI lumbar spine shows a left L5-S1 disc protrusion contacting the S1 nerve root.",
    "prior_procedure_response": "",
    "pre_pain_score": "Pre-procedure pain score: 7/10.",
    "consent": "Risks, benefits and alternatives were discussed and written informed consent was obtained.",
    "time_out": "A time-out was performed confirming patient, procedure and side.",
    "sedation_details": (
        "Moderate sedation with midazolam 2 mg IV and fentanyl 50 mcg IV given by the nurse under my "
        "supervision; start 09:02, end 09:20; vital signs monitored continuously by an independent trained "
        "observer. Sedation was needed because of severe procedural anxiety."
    ),
    "contrast": (
        "Omnipaque 180, 1 mL, was injected under live fluoroscopy showing epidural spread along the S1 "
        "nerve root without vascular uptake."
    ),
    "saved_images": "AP and lateral fluoroscopic images were saved to the record.",
    "complications": "No complications.",
    "post_pain_score": "Post-procedure pain score: 2/10.",
}

# A complete lumbar facet radiofrequency ablation note; {diagnostic_block_relief} is the slot.
RFA_FRAME = """PROCEDURE NOTE

Date of service: 03/14/2025
Procedure: Right L4-L5 and L5-S1 lumbar facet radiofrequency ablation under fluoroscopy
Preoperative diagnosis: Lumbar facet arthropathy (M47.816)
Postoperative diagnosis: Same

HISTORY / INDICATIONS:
Right-sided low back pain for 2 years. Physical therapy for 12 weeks and meloxicam failed to help.
He cannot stand longer than 15 minutes. Oswestry 44%. MRI shows facet hypertrophy at L4-5 and L5-S1.
{diagnostic_block_relief}

Pre-procedure pain score: 6/10.

CONSENT: Written informed consent was obtained after discussion of risks and benefits.
A time-out was performed.

SEDATION: Local anesthesia only.

PROCEDURE:
The patient was placed prone, prepped and draped. Under fluoroscopic guidance, RF cannulas were placed on the
right L3 and L4 medial branches and the L5 dorsal ramus. Sensory and motor testing were appropriate. After
1 mL of 2% lidocaine at each site, conventional thermal lesions were made at 80 degrees C for 90 seconds.
AP and lateral images were saved.

No complications.
Post-procedure pain score: 2/10.
"""

RFA_DEFAULTS = {
    "diagnostic_block_relief": (
        "Two diagnostic medial branch blocks at these levels each gave 90% relief of his usual pain."
    ),
}

FRAMES = {"esi": (ESI_FRAME, ESI_DEFAULTS), "rfa": (RFA_FRAME, RFA_DEFAULTS)}


def build_note(frame: str, slot: str, sentence: str, extra: dict[str, str] | None = None) -> str:
    """The frame's complete note with `sentence` in `slot` (and any frame-wide overrides)."""
    text, defaults = FRAMES[frame]
    values = dict(defaults)
    values.update(extra or {})
    values[slot] = sentence
    return text.format(**values)


def is_read(spec: dict, sentence: str) -> bool:
    """True when the element's finding is absent, i.e. the reader took the sentence as documenting it."""
    from api.pipeline import analyze_text

    note = build_note(spec["frame"], spec["slot"], sentence, spec.get("frame_values"))
    ids = {f.id for f in analyze_text(note).findings}
    return spec["finding"] not in ids


def load(elements: list[str] | None = None, data: Path = DATA) -> list[dict]:
    """Every probe file of `data` (or the named ones), sorted by name."""
    specs = []
    for path in sorted(data.glob("*.yaml")):
        if elements and path.stem not in elements:
            continue
        spec = yaml.safe_load(path.read_text(encoding="utf-8"))
        spec["element"] = path.stem
        specs.append(spec)
    return specs


def probe(spec: dict) -> dict:
    """Positives read, negatives wrongly read, and the failing ids of one element."""
    pos = spec.get("positives") or []
    neg = spec.get("negatives") or []
    missed = [f"p{i + 1:02d}" for i, s in enumerate(pos) if not is_read(spec, s)]
    wrong = [f"n{i + 1:02d}" for i, s in enumerate(neg) if is_read(spec, s)]
    return {"element": spec["element"], "pos": len(pos), "pos_read": len(pos) - len(missed),
            "neg": len(neg), "neg_read": len(wrong), "missed": missed, "wrong": wrong,
            "frame_ok": is_read(spec, "") is False}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("elements", nargs="*")
    ap.add_argument("--show", action="store_true", help="print the failing sentences")
    ap.add_argument("--dir", type=Path, default=DATA,
                    help="folder of probe files (default: benchmarks/paraphrases; another writer's set, "
                         "e.g. benchmarks/paraphrases_r13/<set>, is scored the same way)")
    args = ap.parse_args(argv)
    tot = [0, 0, 0, 0]
    for spec in load(args.elements, args.dir):
        r = probe(spec)
        tot = [tot[0] + r["pos_read"], tot[1] + r["pos"], tot[2] + r["neg_read"], tot[3] + r["neg"]]
        flag = "" if r["frame_ok"] else "  (frame: empty slot not flagged!)"
        print(f"{r['element']:<26} positives {r['pos_read']:>3}/{r['pos']:<3} negatives wrongly read "
              f"{r['neg_read']:>2}/{r['neg']:<3} missed {' '.join(r['missed']) or '-'}; "
              f"wrong {' '.join(r['wrong']) or '-'}{flag}")
        if args.show:
            for key, pool, ids in (("p", spec.get("positives") or [], r["missed"]),
                                   ("n", spec.get("negatives") or [], r["wrong"])):
                for i in ids:
                    print(f"    {i}: {pool[int(i[1:]) - 1]}")
    print(f"{'TOTAL':<26} positives {tot[0]:>3}/{tot[1]:<3} negatives wrongly read {tot[2]:>2}/{tot[3]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
