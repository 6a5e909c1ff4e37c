"""Round 21 (post21, dev_fresh_dw): an earlier procedure told with relief called short is not today's."""
import nlp


def _families(text):
    return sorted((p.family, p.approach) for p in nlp.extract(text).procedures)


def test_prior_si_injection_with_short_relief_is_history():
    text = ("Left sacral lateral branch blk (diagnostic)\n"
            "Lt SI region pain 2 yrs. SIJ inj x3 = short relief only.\n"
            "Fluoro. L5 dorsal ramus + S1-S3 lateral branches, 0.5 mL 0.5% bupivacaine each.\n")
    assert _families(text) == [("si_joint_nerve_block", "lateral_branch")]


def test_prior_si_injection_with_brief_relief_is_history():
    text = ("Right SI lateral branch block\n"
            "Intra-articular SI joint injections twice, short-term relief.\n"
            "Fluoroscopy; right L5 dorsal ramus and S1-S3 lateral branches, 0.5 mL 0.25% bupivacaine at each.\n")
    assert _families(text) == [("si_joint_nerve_block", "lateral_branch")]


def test_today_si_injection_still_read():
    # near miss: today's injection with no earlier-outcome words stays today's
    text = ("Right SI joint injection\n"
            "R SIJ inj performed under fluoroscopy with 40 mg triamcinolone and 2 mL 0.5% bupivacaine.\n")
    assert _families(text) == [("si_joint_injection", "intra_articular")]
