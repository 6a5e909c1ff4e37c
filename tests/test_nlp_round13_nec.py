"""Documentation elements as the generator of `dev_fresh_bi` words them (round 13, fixer NEC: necessity and
documentation readers): the whole of each phrasing pool of `corpora/notes/dev_fresh_bi/batch_bi.py`, not only the
phrasings its 30 notes drew, in four of its seven layouts (laid out by the batch's own `style`: capitalised headers,
inline 'Label: value' fields, dictated paragraphs, odd spacing with stray blank lines and mid-sentence breaks), plus
the families the pools stand for, in other words.

Families first read in round 13: a failed course named as a whole in shorthand ('Conservative tx >= 10 wks (PT, HEP,
NSAID) -> failed'), care 'not helped by' or that 'changed nothing'; a limitation told as a long gerund phrase that is
'a struggle', an outing that 'has stopped', the pain that 'gets in the way of' things; a duration 'dating back N
months' or 'well over half a year' after a sentence whose subject is a pronoun ('Has had it for ...'); the pain's
course with its destination first ('Around to the left upper abdomen the pain travels'); two block results sharing
one unit ('Eighty and ninety percent relief', '80 and 90% relief') or the second told without a relief word ('...
and after the second ninety percent'); a block's result said to follow it in the history ('Relief after the
anesthetic-only SI block: 80%') or named 'confirmatory'; a prior relief held over months written before its percent
('bought five months of roughly 60% relief'); 'Percent relief 57' without a colon; 'Baseline VAS 6/10' under a
pre-procedure label, or as the only score of a note cut off before its post score; a stray blank line under a
label that closes its line ('Imaging:\tMRI:' + blank line + the finding); a history field run on inside the title's
line of an odd-spacing note ('... facet syndrome  History:\tSymptoms x 7 mo.').

Each snippet is fictional. The family tests failed on the reader before the change they test; the pool tests pin
every paraphrase of the pools so a later change cannot lose one.
"""

from __future__ import annotations

import random
import runpy
from pathlib import Path
from types import SimpleNamespace

import pytest

from nlp import extract

_BI = Path(__file__).resolve().parents[1] / "corpora" / "notes" / "dev_fresh_bi" / "batch_bi.py"


B = SimpleNamespace(**runpy.run_path(str(_BI)))  # the generator's pools, read from the batch itself
# One drawn procedure's values: 18 months of pain, 10 weeks of care, a 70% prior relief for 5 months, blocks 80/90%.
V = dict(n=18, nw="eighteen", Nw="Eighteen", wk=10, wkw="ten", Wkw="Ten", pct=70, pctw="seventy", Pctw="Seventy",
         mo=5, mow="five", p1=80, p2=90, p1wd="eighty", p2wd="ninety", P1wd="Eighty", side="left", Side="Left",
         sidew="left", sleg="the left leg", sarm="the left arm", lv="L5-S1", Spine="Lumbar", spine="lumbar")
_TITLE = {"tfesi": "Left L5-S1 transforaminal epidural steroid injection",
          "rfa": "Left lumbar radiofrequency ablation, medial branches to the L4-L5 and L5-S1 facet joints",
          "sij": "Left sacroiliac joint injection (therapeutic)"}
_DX = {"tfesi": "Lumbar radiculopathy (M54.16).", "rfa": "Lumbar spondylosis without myelopathy (M47.816).",
       "sij": "Left sacroiliitis (M46.1)."}
_TECH = {"tfesi": "A 22 g spinal needle was directed under fluoroscopic guidance into the left L5-S1 neural foramen. "
                  "Omnipaque 240 1 mL showed the expected spread. Dexamethasone 10 mg injected.",
         "rfa": "RF cannulas placed under fluoroscopic guidance along the L3 medial branch, L4 medial branch and L5 dorsal "
                "ramus on the left. Lesions at 80 C for 90 seconds at each target.",
         "sij": "A 22 g needle was advanced into the inferior left sacroiliac joint under fluoroscopic guidance. "
                "Omnipaque 300 1 mL confirmed placement. Delivered: 40 mg of methylprednisolone acetate."}
_DEFAULT = {"dur": B.DURATION[0], "radic": B.RADIC_L[0], "care": B.CONS[0], "func": B.FUNC[0], "img": B.IMGF[0],
            "prior": B.PRIOR[0], "dbr": "", "pre": B.PRE[0], "consent": B.CONSENT[0], "timeout": B.TIMEOUT[0],
            "post": B.POST[0], "pct": "", "cx": B.COMPL[0]}
_LABELS = (("History", "dur"), ("Exam", "radic"), ("Conservative care", "care"), ("Function", "func"),
           ("Imaging", "img"), ("Prior procedure", "prior"), ("Diagnostic blocks", "dbr"), ("Pre-procedure", "pre"),
           ("Consent", "consent"), ("Time-out", "timeout"), ("Technique", None), ("Post-procedure", "post"),
           ("Relief", "pct"), ("Complications", "cx"))


def _note(layout: str, fam: str = "tfesi", **items: str) -> str:
    """A note of `fam` laid out by the batch's own `style` (its seven layouts), with the pools' first phrasing of each
    element, `items` replacing some (empty: left out)."""
    said = {k: items.get(k, _DEFAULT[k]).format(**(V | {"n": {"pre": 7, "post": 2}.get(k, V["n"])})) for k in _DEFAULT}
    if fam != "tfesi":
        said["radic"] = said["img"] = said["prior"] = ""
    body = [("Procedure", _TITLE[fam] + "."), ("Diagnosis", _DX[fam])]
    body += [(label, _TECH[fam] if key is None else said[key]) for label, key in _LABELS if key is None or said[key]]
    spec = {"style": layout, "omit": set(), "truncated": False}
    return B.style(random.Random(f"{fam}-{layout}-{sorted(items.items())}"), spec, body)


_LAYOUTS = ("caps_headers", "inline_fields", "dictated", "odd_spacing")


def _cases(pool: list[str]) -> list:
    return [pytest.param(layout, i, id=f"{layout}-{i}") for layout in _LAYOUTS for i in range(len(pool))]


# ------------------------------------------------------------------ the pools, every paraphrase, two layouts
@pytest.mark.parametrize("layout, i", _cases(B.DURATION))
def test_pool_symptom_duration(layout: str, i: int) -> None:
    facts = extract(_note(layout, dur=B.DURATION[i]))
    expected = 26.0 if "half a year" in B.DURATION[i] else 78.0  # half a year, or 18 months
    assert facts.necessity.symptom_duration is not None
    assert facts.necessity.symptom_duration.weeks == expected


@pytest.mark.parametrize("layout, i", _cases(B.CONS))
def test_pool_conservative_care(layout: str, i: int) -> None:
    facts = extract(_note(layout, care=B.CONS[i]))
    care = [c for c in facts.necessity.conservative_care if c.outcome in ("failed", "intolerant", "partial")]
    assert max((c.weeks or 0) for c in care) == 10.0


_READ = (("func", "FUNC", "functional_impairment"), ("radic", "RADIC_L", "radicular_findings"),
         ("radic", "RADIC_T", "radicular_findings"), ("img", "IMGF", "imaging_findings"))


@pytest.mark.parametrize("key, pool, attr, layout, i", [
    pytest.param(key, pool, attr, layout, i, id=f"{pool}-{layout}-{i}")
    for key, pool, attr in _READ for layout in _LAYOUTS for i in range(len(getattr(B, pool)))])
def test_pool_element_read(key: str, pool: str, attr: str, layout: str, i: int) -> None:
    facts = extract(_note(layout, **{key: getattr(B, pool)[i]}))
    assert getattr(facts.necessity, attr)


@pytest.mark.parametrize("layout, i", _cases(B.PRIOR))
def test_pool_prior_procedure_response(layout: str, i: int) -> None:
    facts = extract(_note(layout, prior=B.PRIOR[i]))
    prior = facts.assessments.prior_procedure_response
    assert [p.percent for p in prior] == [70.0]
    assert prior[0].duration_days == pytest.approx(151.67, abs=0.01)  # 5 months (5 x 52/12 weeks)


@pytest.mark.parametrize("layout, i", _cases(B.DBR))
def test_pool_two_diagnostic_blocks(layout: str, i: int) -> None:
    facts = extract(_note(layout, "rfa", dbr=B.DBR[i]))
    assert sorted(b.percent for b in facts.assessments.diagnostic_blocks) == [80.0, 90.0]


@pytest.mark.parametrize("layout, i", _cases(B.SI_DBR))
def test_pool_si_diagnostic_block(layout: str, i: int) -> None:
    facts = extract(_note(layout, "sij", dbr=B.SI_DBR[i]))
    assert [b.percent for b in facts.assessments.diagnostic_blocks] == [80.0]
    assert facts.assessments.prior_procedure_response == []


@pytest.mark.parametrize("layout, i", _cases(B.PCT))
def test_pool_percent_relief(layout: str, i: int) -> None:
    facts = extract(_note(layout, "sij", pct=B.PCT[i]))
    assert [r.percent for r in facts.assessments.percent_relief] == [70.0]


@pytest.mark.parametrize("layout, i", _cases(B.PRE))
def test_pool_pre_and_post_scores(layout: str, i: int) -> None:
    facts = extract(_note(layout, pre=B.PRE[i], post=B.POST[i]))
    assert [(p.timing, p.value) for p in facts.assessments.pain_scores] == [("pre", 7.0), ("post", 2.0)]


# ------------------------------------------------------------------ the families, in other words
_HX = "PROCEDURE: Right L4-5 transforaminal epidural steroid injection.\nDIAGNOSIS: Lumbar radiculopathy (M54.16).\nHISTORY:\n"
_TAIL = "\nTECHNIQUE:\nUnder fluoroscopy a needle was placed at the right L4-5 foramen. Dexamethasone 10 mg injected.\n"


def _hx(line: str) -> str:
    return _HX + line + _TAIL


@pytest.mark.parametrize("line, expected", [
    ("Conservative mgmt >= 8 wks (physical therapy, ibuprofen) -> no relief.", 8.0),
    ("Non-op tx x 6 weeks: PT and naproxen, both failed.", 6.0),
    ("Not helped by 9 weeks of physical therapy.", 9.0),
    ("She did aquatic therapy, seven weeks of it, and it achieved nothing.", 7.0),
])
def test_failed_care_shorthand(line: str, expected: float) -> None:
    care = [c for c in extract(_hx(line)).necessity.conservative_care if c.outcome == "failed"]
    assert max((c.weeks or 0) for c in care) == expected


@pytest.mark.parametrize("line", [
    "Climbing up and down the stairs to her apartment is a daily struggle.",
    "His rides with the cycling club have stopped since the spring.",
    "The pain stands in the way of his job as a mechanic.",
])
def test_functional_families(line: str) -> None:
    assert extract(_hx(line)).necessity.functional_impairment


@pytest.mark.parametrize("line, expected", [
    ("Chronic, dates back about 9 months.", 39.0),
    ("Low back and leg pain going back 6 months.", 26.0),
    ("He has had it for half a year.", 26.0),
    ("Intermittent, x >= 12 wks.", 12.0),
])
def test_duration_families(line: str, expected: float) -> None:
    d = extract(_hx(line)).necessity.symptom_duration
    assert d is not None and d.weeks == expected


def test_radicular_destination_first() -> None:
    line = "Into the right calf and foot the pain shoots when he stands."
    assert extract(_hx(line)).necessity.radicular_findings
    line = "The burning radiates around to the right chest wall."
    assert extract(_hx(line)).necessity.radicular_findings


def _rfa(history: str) -> str:
    return (_note("caps_headers", "rfa", dbr="").replace("HISTORY:\n", "HISTORY:\n" + history + " "))


@pytest.mark.parametrize("line", [
    "Two comparative MBBs gave 85 and 90% relief.",
    "Medial branch blocks x2: eighty-five and ninety percent relief.",
    "Relief after the first of the two comparative medial branch blocks was 85 percent and after the second 90 percent.",
])
def test_two_block_results_listed(line: str) -> None:
    facts = extract(_rfa(line))
    assert sorted(b.percent for b in facts.assessments.diagnostic_blocks) == [85.0, 90.0]


def test_a_range_is_not_two_results() -> None:
    facts = extract(_rfa("A diagnostic MBB gave between 80 and 90% relief."))
    assert [b.percent for b in facts.assessments.diagnostic_blocks] == [90.0]


@pytest.mark.parametrize("line", [
    "Relief after the lidocaine-only SI block: 85%.",
    "The comparative SI block in March produced 85% improvement.",
])
def test_si_block_result_in_history(line: str) -> None:
    facts = extract(_note("caps_headers", "sij", dbr=line))
    assert [b.percent for b in facts.assessments.diagnostic_blocks] == [85.0]
    assert facts.assessments.percent_relief == []


def test_prior_relief_months_before_percent() -> None:
    facts = extract(_hx("Repeat; the last one gave her four months of about 65% relief."))
    prior = facts.assessments.prior_procedure_response
    assert [(p.percent, round(p.duration_days, 2)) for p in prior] == [(65.0, 121.33)]


def test_percent_label_without_colon() -> None:
    facts = extract(_note("caps_headers", "sij", pct="Percent improvement 60."))
    assert [r.percent for r in facts.assessments.percent_relief] == [60.0]
    facts = extract(_note("caps_headers", "sij", pct="Percent relief 2 weeks after the last one."))
    assert facts.assessments.percent_relief == []


def test_baseline_under_pre_procedure_label() -> None:
    text = ("Procedure: Right L4-5 and L5-S1 facet medial branch blocks, diagnostic.\n"
            "Diagnosis: M47.816 lumbar spondylosis\nHistory: Axial low back pain for 9 months.\n"
            "Pre-Procedure: Baseline NRS 6/10.\nConsent: Signed.\n"
            "Technique: Needles placed under fluoroscopy at the L3 and L4 medial branches and the L5 dorsal ramus on the "
            "right. 0.5 mL of 0.5% bupivacaine at each.\nComplications: None.\n")
    facts = extract(text)
    assert [(p.timing, p.value) for p in facts.assessments.pain_scores] == [("pre", 6.0)]


def test_baseline_only_score_of_a_cut_off_note() -> None:
    text = _note("odd_spacing", pre="Baseline VAS 8/10.", post="", cx="").rstrip() + " Patient was taken to recov\n"
    facts = extract(text)
    assert [(p.timing, p.value) for p in facts.assessments.pain_scores] == [("pre", 8.0)]


def test_imaging_value_after_a_stray_blank_line() -> None:
    text = ("Right L4-5 transforaminal epidural steroid injection.  Diagnosis:\tLumbar radiculopathy (M54.16).\n"
            "Shooting pain down the right leg.  Imaging:\tCT:\n\nL4-5 foraminal stenosis with\n"
            "root impingement.  Under fluoroscopy a needle was placed at the right L4-5 foramen.\n")
    assert extract(text).necessity.imaging_findings


def test_history_field_on_the_title_line() -> None:
    text = ("Procedure:\tRight L4-5 and L5-S1 facet medial branch blocks,\n\ndiagnostic.  M47.816 lumbar spondylosis  "
            "History:\tSymptoms x\n\n9 mo.  Pain before: 6/10.  Needles placed under fluoroscopy at the L3 and L4 medial\n"
            "branches and the L5 dorsal ramus on the right. 0.5 mL of 0.5% bupivacaine at each.  Pain after: 1/10.\n")
    d = extract(text).necessity.symptom_duration
    assert d is not None and d.weeks == 39.0


def test_unlabelled_diagnosis_with_its_code_is_no_radicular_finding() -> None:
    text = ("L4-5 interlaminar epidural steroid injection.  Lumbar radiculopathy (M54.16)  Chronic, dating back 5\n"
            "months.  Per the MRI report an extruded L4-5 disc fragment abuts the traversing root.  NRS 7/10 on arrival.\n"
            "With a Tuohy needle the L4-5 epidural space was reached under fluoroscopy. Then Kenalog-40 40 mg.\n")
    assert extract(text).necessity.radicular_findings == []
    text = text.replace("(M54.16)  Chronic", "(M54.16) with burning pain down the left leg.  Chronic")
    assert extract(text).necessity.radicular_findings
