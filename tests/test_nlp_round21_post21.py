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


def _doses(text):
    return sorted((d.generic, d.dose, d.dose_unit) for d in nlp.extract(text).drugs)


_TF = ("Bilateral L3-4 and L4-5 transforaminal epidural steroid injections\n"
       "DOS 2/2/2023. Needle at the left L3-4 foramen, contrast confirmed, then 1 mL of dexamethasone 10 mg/mL "
       "with 1 mL of 1% lidocaine was given. ")


def test_repeat_with_contrast_total_multiplies_first_site():
    text = _TF + "The same was repeated at the other level and on the opposite side, using 3 mL of Omnipaque 300 overall.\n"
    assert _doses(text) == [("dexamethasone_sodium_phosphate", 40.0, "mg"), ("iohexol", 3.0, "ml"),
                            ("lidocaine", 40.0, "mg")]


def test_repeat_at_remaining_level_with_contrast_in_all():
    text = (_TF.replace("dexamethasone 10 mg/mL", "Depo-Medrol 40 mg/mL")
            + "This was repeated at the remaining level, then on the right; 5 mL of Isovue in all.\n")
    assert _doses(text) == [("iopamidol", 5.0, "ml"), ("lidocaine", 40.0, "mg"),
                            ("methylprednisolone_acetate", 160.0, "mg")]


def test_repeat_naming_its_own_drug_is_not_multiplied():
    # near miss: the repeat gives its own steroid amount, so the first sentence stays one site's
    text = _TF + "The same was repeated at the other level and on the opposite side with 0.5 mL of dexamethasone 10 mg/mL each.\n"
    assert _doses(text) == [("dexamethasone_sodium_phosphate", 30.0, "mg"), ("lidocaine", 10.0, "mg")]


_MBB = ("Right L4-5 medial branch block\n"
        "Indication: axial low back pain for 2 years, {}\n"
        "Dx M47.816. Failed 8 weeks of PT. Consent signed. Time-out done. Pain 7/10 before, 2/10 after. "
        "0.5 mL 0.5% bupivacaine at each. No complications.\n")


def _impaired(sentence):
    return bool(nlp.extract(_MBB.format(sentence)).necessity.functional_impairment)


def test_could_no_longer_is_an_impairment():
    assert _impaired("and since spring he could no longer climb the ladder at work.")
    assert _impaired("so that she could no longer garden.")


def test_could_no_longer_afford_is_not_an_impairment():
    assert not _impaired("and he could no longer afford physical therapy.")


def test_pain_not_spreading_does_not_negate_the_limitation():
    assert _impaired("non-radiating, keeping him from sitting through a movie.")
    assert _impaired("no radiation, limiting her ability to lift her grandson.")


def test_denied_limitation_after_not_radiating_stays_denied():
    assert not _impaired("not radiating, no difficulty walking.")


_TF_CARE = ("Right L5-S1 transforaminal epidural steroid injection\n"
            "Indication: right leg pain for 6 months. {}\n"
            "MRI shows L5-S1 herniation. Dx M54.16. Consent signed. Time-out done. Pain 7/10 before, 2/10 after. "
            "Dexamethasone 10 mg. No complications.\n")


def _care_outcomes(sentence):
    return [c.outcome for c in nlp.extract(_TF_CARE.format(sentence)).necessity.conservative_care]


def test_neither_made_headway_is_failed_care():
    assert _care_outcomes("Did 10 weeks of PT and took naproxen; neither has honestly made much headway.") == ["failed", "failed"]
    assert _care_outcomes("Chiropractic for 2 months and celecoxib, and neither has really had an impact.") == ["failed", "failed"]


def test_limitation_without_still_or_neither_leaves_care_without_outcome():
    assert _care_outcomes("Completed 8 weeks of PT; unable to sit through a work meeting.") == [None]
    assert _care_outcomes("Home exercise program for 8 weeks and ibuprofen; neither shoulder is painful.") == [None, None]


_RFA = ("Left L4-L5 and L5-S1 radiofrequency ablation\n"
        "Axial back pain, M47.816. Consent signed, time-out done. Pain 6/10 before.\n"
        "{} midazolam 2 mg IV, 10:10 to 10:30, RN monitoring independently. Lesions at 80 C for 90 s. "
        "Pain 1/10 after. No complications.\n")


def _sedation_reason(sentence):
    sed = nlp.extract(_RFA.format(sentence)).procedures[0].sedation
    return sed.justification if sed else None


def test_long_cause_clause_opening_the_sedation_sentence_is_its_reason():
    assert _sedation_reason("Since she felt faint and shaky halfway through the ablation on the other side last autumn "
                            "under local alone, I gave moderate sedation:") == (
        "she felt faint and shaky halfway through the ablation on the other side last autumn under local alone")
    assert _sedation_reason("Because he panicked and pulled away during both of his previous medial branch blocks in the "
                            "clinic, moderate sedation was given with") == (
        "he panicked and pulled away during both of his previous medial branch blocks in the clinic")


def test_long_cause_clause_before_no_sedation_is_not_a_reason():
    assert _sedation_reason("Because he panicked and pulled away during both of his previous medial branch blocks in the "
                            "clinic, no sedation was planned; he later asked for") is None


def _pre_score_findings(post_line):
    import datetime as dt

    from api import pipeline

    text = ("PROCEDURE: Left L4-L5 and L5-S1 facet joint injections under fluoroscopy.\n"
            "INDICATION: Axial low back pain for 2 years, failed 12 weeks of PT, cannot stand to cook. M47.816.\n"
            "Consent obtained; time-out performed. 1 mL of 0.5% bupivacaine with 10 mg triamcinolone into each joint.\n"
            f"COMPLICATIONS: None.\n{post_line}\n")
    res = pipeline.analyze_text(text, payer="medicare", date_of_service=dt.date(2026, 6, 23),
                                place_of_service="11", source="post21")
    return sorted(str(f.severity).split(".")[-1].lower() for f in res.findings if f.element == "pre_procedure_pain_score")


def test_post_labelled_score_is_no_pre_score():
    # one-word 'postprocedure(al)' headers (the verifier read them as a pre score)
    assert _pre_score_findings("POSTPROCEDURAL PAIN: 2/10.") == ["error"]
    assert _pre_score_findings("POSTPROCEDURE PAIN SCORE: 1/10.") == ["error"]


def test_score_told_before_and_after_still_counts_as_pre():
    assert _pre_score_findings("Pain was 7/10 before and 2/10 after the injections.") == []
