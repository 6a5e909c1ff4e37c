"""Round 16b (p2): procedures, sides and intent in the wording families behind the twelfth session's second-round
batches (dev_fresh_cb, cc, cd); fictional snippets in our own wordings (never a corpus sentence), exact values, near
misses beside.

- A bare history label in a bullet template ('Past:', 'Prior:', 'Past hx:'): the procedures it lists are earlier ones.
- A later procedure that today's test is done ahead of ('testing the nerves before ablation'): the aim, not today's;
  an ablation's own steps ('stimulation was checked before lesioning') stay today's.
- Another complaint's side left for another day ('right hip pain (bursitis), not treated today'): not today's side.
- An intent label run into its value ('intent diagnostic', 'Purpose - therapeutic').
"""

from __future__ import annotations

from api.pipeline import analyze_text


def _procs(text: str) -> list[tuple]:
    r = analyze_text(text)
    return [(p.family, p.laterality, [lv.name for lv in p.levels]) for p in r.procedures]


def _codes(text: str) -> list[tuple]:
    r = analyze_text(text)
    return sorted((c.code, tuple(sorted(c.modifiers)), c.units) for c in r.codes)


def _mbb(past_line: str) -> str:
    return ("Right C4-5 medial branch block, diagnostic\n\n"
            "- 58 yo man, right neck pain for 2 years, no arm pain\n"
            f"- {past_line}\n"
            "- Consent signed; time-out done\n"
            "- Prone; fluoroscopy; 25 g needles to the right C4 and C5 medial branches\n"
            "- Bupivacaine 0.5% 0.5 mL at each nerve\n"
            "- No complications\n")


def test_bare_past_label_lists_earlier_procedures():
    for line in ("Past: appendectomy 2009; right TFESI L5 2021 with good relief",
                 "Prior: L TFESI L4 2023 w/ relief; knee scope 2015",
                 "Past hx: cholecystectomy; right TFESI L5-S1 2020 with relief"):
        assert _procs(_mbb(line)) == [("facet_injection", "right", ["C4-C5"])], line


def test_past_label_near_miss_today_stays():
    # a 'Prior to ...' clause is no label: the technique under it is today's
    text = ("Left L5-S1 transforaminal epidural steroid injection\n"
            "Prior to the injection the skin was prepped. Under fluoroscopy a needle was placed at the left L5-S1 "
            "foramen and triamcinolone 40 mg was injected. No complications.\n")
    assert _procs(text) == [("transforaminal_epidural", "left", ["L5-S1"])]


def _gnb(aim: str) -> str:
    return ("Right genicular nerve block under fluoroscopy\n\n"
            f"Right knee osteoarthritis (M17.11) with pain for three years. {aim}\n"
            "Consent signed. Time-out done. Under fluoroscopy a 22-gauge needle was placed at the superolateral, "
            "superomedial and inferomedial genicular nerves and 2 mL of 0.5% bupivacaine was given at each. "
            "No complications.\n")


def test_block_ahead_of_ablation_is_not_an_ablation():
    for aim in ("Blocking the genicular nerves today before genicular radiofrequency ablation.",
                "Testing these genicular nerves now, before genicular radiofrequency ablation."):
        assert _codes(_gnb(aim)) == [("64454", ("RT",), 1)], aim


def test_ablation_steps_before_lesioning_stay_today():
    text = ("Genicular radiofrequency ablation\n\n"
            "Right knee osteoarthritis (M17.11). Consent signed. Time-out done. Under fluoroscopy cannulae were "
            "placed at the right superolateral, superomedial and inferomedial genicular nerves. Sensory and motor "
            "stimulation were tested before radiofrequency ablation at 80 C for 90 seconds at each. No complications.\n")
    assert [p[0] for p in _procs(text)] == ["genicular_rfa"]


def _tfesi(extra: str) -> str:
    return ("OPERATIVE REPORT\n\nProcedure: Left C5-6 transforaminal epidural steroid injection, fluoroscopic guidance.\n"
            "Indications: left arm pain for 5 months. He had a left C5-6 transforaminal injection on 04/02/2025 with "
            f"relief.\n{extra}\n\n"
            "Description of procedure: under fluoroscopy a 25-gauge needle was placed at the left C5-6 foramen; contrast "
            "outlined the C6 root and dexamethasone 4 mg was injected. No complications.\n")


def test_other_complaint_side_not_treated_today():
    for extra in ("She also has right hip pain (bursitis), not treated today.",
                  "Also right knee pain (OA) - not addressed today."):
        assert _procs(_tfesi(extra)) == [("transforaminal_epidural", "left", ["C5-C6"])], extra


def test_other_side_treated_near_miss_is_bilateral():
    text = _tfesi("").replace("at the left C5-6 foramen", "at the left and right C5-6 foramina")
    assert _procs(text) == [("transforaminal_epidural", "bilateral", ["C5-C6"])]


def _sij(intent: str) -> str:
    return ("Procedure: Right sacroiliac joint injection\n"
            "Diagnosis: sacroiliitis (M46.1).\n"
            f"Technique: prone; under fluoroscopy a 22-gauge needle was placed into the right SI joint{intent}. "
            "Contrast confirmed the joint and triamcinolone 40 mg was injected. No complications.\n")


def _intent_warned(text: str) -> bool:
    return any(f.id == "si.intent" for f in analyze_text(text).findings)


def test_intent_label_without_colon():
    assert not _intent_warned(_sij("; intent diagnostic"))
    assert not _intent_warned(_sij(", purpose - therapeutic"))


def test_intent_missing_still_warned():
    assert _intent_warned(_sij(""))
    assert _intent_warned(_sij("; intent to be decided"))


def _sij_generic(sentence: str) -> str:
    return ("LEFT SACROILIAC JOINT INJECTION\n\n"
            "DIAGNOSIS:\nSacroiliitis (M46.1).\n\n"
            "PROCEDURE:\n"
            f"Prone, prepped and draped. {sentence} Triamcinolone 40 mg was injected. No complications.\n")


def test_generic_intra_articular_name_is_the_si_injection():
    for sentence in ("Under fluoroscopy the lower third of the left SI joint was entered (therapeutic intra-articular "
                     "injection) and contrast outlined the joint.",
                     "A 22-gauge needle reached the left sacroiliac joint under fluoroscopy; the intra-articular "
                     "injection followed after contrast confirmed the joint."):
        assert [p[0] for p in _procs(_sij_generic(sentence))] == ["si_joint_injection"], sentence


def test_generic_name_beside_a_limb_joint_stays_its_own():
    sentence = ("Under fluoroscopy the left SI joint was entered and contrast outlined the joint. The left knee was then "
                "given an intra-articular injection of the same mixture.")
    assert sorted(p[0] for p in _procs(_sij_generic(sentence))) == ["joint_injection", "si_joint_injection"]
