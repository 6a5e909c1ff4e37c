"""Drug and dose wordings found by `dev_fresh_v/w/x` after their first (untuned) reading (round 5b, PROC-DRUG).

Each snippet is fictional and written in a wording of the family (not a sentence of the notes), with the exact
totals the reader must return; each failed on the reader before the change it tests, except the guards (named
so) that pin what the new rules must leave alone.
"""

from __future__ import annotations

import pytest

from nlp import extract


def _drugs(text: str) -> list[tuple[str, float | None]]:
    return [(d.generic, d.dose) for d in extract(text).drugs]


# --- dictated strengths and amounts in words -------------------------------------------------------------

@pytest.mark.parametrize("text, drugs", [
    # "one percent", "two percent" after a volume in words
    ("the skin was numbed with three milliliters of one percent lidocaine period",
     [("lidocaine", 30.0)]),
    ("half a milliliter of two\npercent lidocaine was injected at the right knee period", [("lidocaine", 10.0)]),
    ("ten milliliters of one percent lidocaine were used for the skin period", [("lidocaine", 100.0)]),
    # "half percent", "one half percent", "a quarter percent", "point two five percent"
    ("two milliliters of half percent bupivacaine were injected period", [("bupivacaine", 10.0)]),
    ("then four milliliters of one half percent bupivacaine period", [("bupivacaine", 20.0)]),
    ("we injected two milliliters of a quarter percent bupivacaine period", [("bupivacaine", 5.0)]),
    ("three milliliters of point two five percent bupivacaine were given period", [("bupivacaine", 7.5)]),
    # "one and a half milliliters" is 1.5, not the "a half" inside it
    ("40 milligrams of kenalog with one and a half milliliters of half percent bupivacaine were injected period",
     [("triamcinolone_acetonide", 40.0), ("bupivacaine", 7.5)]),
    # "forty milligrams", "eighty milligrams" of a steroid in words
    ("depo medrol forty milligrams with four milliliters of one percent lidocaine was injected period",
     [("methylprednisolone_acetate", 40.0), ("lidocaine", 40.0)]),
    ("kenalog eighty milligrams mixed with saline was injected period", [("triamcinolone_acetonide", 80.0)]),
])
def test_dictated_strengths_and_amounts_in_words(text: str, drugs: list) -> None:
    assert _drugs(text) == drugs


@pytest.mark.parametrize("text", [
    "Injected lidocaine 2 mL at the knee with twenty two percent improvement in pain.",
    "Injected lidocaine 2 mL at the knee with twenty-two percent improvement in pain.",
    "Injected lidocaine 2 mL at the knee with one hundred percent improvement in pain.",
])
def test_guard_relief_in_words_is_no_strength(text: str) -> None:
    """The end of a worded relief ('twenty two percent', 'one hundred percent') is no 2% / 1% strength."""
    assert _drugs(text) == [("lidocaine", None)]


# --- "after negative aspiration 2 mL ..." is the injected amount, not one withdrawn --------------------------

@pytest.mark.parametrize("text, drugs", [
    ("After negative aspiration 2 mL of 1% lidocaine was injected.", [("lidocaine", 20.0)]),
    ("following careful aspiration 3 mL of 0.5% bupivacaine was given.", [("bupivacaine", 15.0)]),
])
def test_volume_after_negative_aspiration_is_given(text: str, drugs: list) -> None:
    assert _drugs(text) == drugs


def test_guard_aspirated_volume_is_not_given() -> None:
    assert _drugs("Aspirated 2 mL of clear fluid, then 1 mL of 1% lidocaine was injected.") == [("lidocaine", 10.0)]


# --- "in 1 mL increments": how it was given, not another amount --------------------------------------------

@pytest.mark.parametrize("text", [
    "5 mL of 0.25% bupivacaine was injected in 1 mL increments with negative aspiration.",
    "5 mL of 0.25% bupivacaine was injected slowly in 0.5 mL aliquots.",
    "0.25% bupivacaine 5 mL given incrementally in 0.5 mL boluses.",
])
def test_increments_are_no_extra_amount(text: str) -> None:
    assert _drugs(text) == [("bupivacaine", 12.5)]


# --- a leading "Each:" / "Each side:" label makes the amounts after it per site ------------------------------

def test_each_label_before_amounts_of_listed_nerves() -> None:
    text = ("Procedure: RFA lumbar, left\nTechnique: RF cannulas to the L L3, L4 MB and L L5 dorsal ramus under fluoro.\n"
            "Each: 0.5% bupivacaine 0.5 mL; lesion 80 C x 90 s.\n")
    assert _drugs(text) == [("bupivacaine", 7.5)]


def test_each_side_label_closing_the_line_before() -> None:
    text = ("Procedure: bilateral greater occipital nerve blocks\nTechnique: 25 g needle on each side. Each side:\n"
            "0.5% bupivacaine 2 mL + Kenalog 20 mg.\n")
    assert _drugs(text) == [("bupivacaine", 20.0), ("triamcinolone_acetonide", 40.0)]


# --- "the same mixture on the right" in the sentence of the amounts ----------------------------------------

def test_same_mixture_on_the_other_side_in_one_sentence() -> None:
    text = ("Bilateral greater occipital nerve blocks. After negative aspiration 2 mL of 0.5% bupivacaine with 20 mg "
            "of triamcinolone was injected on the left, and the same mixture on the right.")
    assert _drugs(text) == [("bupivacaine", 20.0), ("triamcinolone_acetonide", 40.0)]


# --- a repeat on the other side restating its amounts in brackets is a second dose --------------------------

def test_other_side_restated_amounts_are_a_second_administration() -> None:
    text = ("Bilateral L5-S1 transforaminal epidural steroid injections.\n"
            "Technique: left foramen first; skin wheal with 2 mL of 1% lidocaine; needle to the foramen.\n"
            "Isovue-M 200 1 mL showed epidural spread. Injected Decadron 5 mg with 1 mL of 1% lidocaine.\n"
            "Identical technique on the right side (2 mL of 1% lidocaine to skin, Isovue-M 200 1 mL, Decadron 5 mg "
            "with 1 mL of 1% lidocaine).\n")
    assert _drugs(text) == [("lidocaine", 60.0), ("iopamidol", 2.0), ("dexamethasone_sodium_phosphate", 10.0)]


# --- a brand name broken over a line ("Celestone" + newline + "Soluspan 6 mg") -----------------------------

def test_brand_name_wrapped_over_a_line_keeps_its_dose() -> None:
    text = ("Omnipaque 240 1 mL showed flow along the nerve root without vascular uptake. Celestone\n"
            "Soluspan 6 mg (1 mL) with 1 mL of 0.25% bupivacaine was then injected.\n")
    assert _drugs(text) == [("iohexol", 1.0), ("betamethasone_sodium_phosphate_acetate", 6.0), ("bupivacaine", 2.5)]


# --- "6 mL in all" restates the per-site total ----------------------------------------------------------

@pytest.mark.parametrize("total", ["6 mL", "six milliliters"])  # the words: a guard of the new word volumes
def test_total_in_all_after_a_per_site_amount_is_a_restatement(total: str) -> None:
    text = f"Trigger point injections: 2 mL of 0.25% bupivacaine into each of the three muscles, {total} in all."
    assert _drugs(text) == [("bupivacaine", 15.0)]


# --- more dictated forms: brand strengths, per-volume strengths, micrograms, ratios in words ----------------

@pytest.mark.parametrize("text, drugs", [
    ("one milliliter of kenalog forty was injected into the joint period", [("triamcinolone_acetonide", 40.0)]),
    ("then one half cc of kenalog forty period", [("triamcinolone_acetonide", 20.0)]),
    ("triamcinolone forty milligrams per milliliter two milliliters period", [("triamcinolone_acetonide", 80.0)]),
    ("fentanyl fifty micrograms and versed two milligrams IV period", [("fentanyl", 0.05), ("midazolam", 2.0)]),
    ("six milliliters of a one to one mixture of kenalog forty and one percent lidocaine period",
     [("triamcinolone_acetonide", 120.0), ("lidocaine", 30.0)]),
])
def test_more_dictated_forms(text: str, drugs: list) -> None:
    assert _drugs(text) == drugs


# --- shorthand: "Left knee: same.", "80mg/4cc 1% lido", "2 mL at a time" -----------------------------------

@pytest.mark.parametrize("text, drugs", [
    ("Right knee: 40 mg triamcinolone + 4 mL 1% lidocaine. Left knee: same.",
     [("triamcinolone_acetonide", 80.0), ("lidocaine", 80.0)]),
    ("Right knee injection. Depo-Medrol 80mg/4cc 1% lido injected into the joint.",
     [("methylprednisolone_acetate", 80.0), ("lidocaine", 40.0)]),
    ("Stellate ganglion block. 10 mL 0.25% bupivacaine injected incrementally, 2 mL at a time.",
     [("bupivacaine", 25.0)]),
])
def test_shorthand_repeats_slashes_and_increments(text: str, drugs: list) -> None:
    assert _drugs(text) == drugs


def test_guard_a_same_without_a_label_of_another_side_repeats_nothing() -> None:
    text = "Right knee injection: 40 mg triamcinolone + 4 mL 1% lidocaine. Pain: the same as before."
    assert _drugs(text) == [("triamcinolone_acetonide", 40.0), ("lidocaine", 40.0)]


def test_guard_two_same_words_in_one_repeat_sentence_repeat_once() -> None:
    text = "Right knee: Kenalog 40 1 cc plus 4 cc 1% lidocaine.\nLeft knee: same approach and the same mixture.\n"
    assert _drugs(text) == [("triamcinolone_acetonide", 80.0), ("lidocaine", 80.0)]


# --- dictated punctuation after "each" and decimals in words ------------------------------------------------

@pytest.mark.parametrize("text, drugs", [
    # the speech recogniser writes the stop as a word: "each period", "at each comma"
    ("Left L4-5 and L5-S1 facet joint injections. Kenalog 40 mg with 1 mL 1% lidocaine each period",
     [("triamcinolone_acetonide", 80.0), ("lidocaine", 20.0)]),
    ("Left L4-5 and L5-S1 facet joint injections. 1 mL of Kenalog 40 mg/mL at each comma with no vascular uptake.",
     [("triamcinolone_acetonide", 80.0)]),
    ("trigger points times three period one milliliter of one percent lidocaine each period", [("lidocaine", 30.0)]),
    ("right knee injection period two point five milliliters of one percent lidocaine period", [("lidocaine", 25.0)]),
])
def test_dictated_each_and_decimals(text: str, drugs: list) -> None:
    assert _drugs(text) == drugs


def test_volume_before_mixed_with_is_the_drugs_own() -> None:
    """'2 mL mixed with ...' is the volume of the drug before it; only 'the mixture', 'mixed solution' name the mix."""
    text = ("Bilateral L4-5, L5-S1 facet injections. Kenalog 40 mg/mL 2 mL mixed with 2 mL 0.5% bupivacaine; 1 mL of the "
            "mixture injected into each joint.")
    assert _drugs(text) == [("triamcinolone_acetonide", 80.0), ("bupivacaine", 10.0)]


# --- template shorthand: "1 cc/site", "0.5 cc/nerve x3", "Depo 80" -----------------------------------------

@pytest.mark.parametrize("text, drugs", [
    ("Procedure: TPI x3 (R trap, R levator, R rhomboid)\n1% lido 1 cc/site\n", [("lidocaine", 30.0)]),
    ("Procedure: Left L3-L5 MBB\n0.5% bupi 0.5 cc/nerve x3\n", [("bupivacaine", 7.5)]),
    ("Procedure: bilateral L4-5, L5-S1 facet inj\nKenalog 10 mg/joint + 0.5 cc/joint 0.5% bupi\n",
     [("triamcinolone_acetonide", 40.0), ("bupivacaine", 10.0)]),
    ("Procedure: caudal ESI\nInjectate: Depo 80 + 8 cc NS\n", [("methylprednisolone_acetate", 80.0)]),
])
def test_template_per_site_slashes_and_short_brand(text: str, drugs: list) -> None:
    assert _drugs(text) == drugs


def test_guard_a_rate_after_a_slash_is_no_site() -> None:
    assert _drugs("Dex 10 mg/1 mL + 1 mL 1% lido injected at the right L4-5 foramen.") == [
        ("dexamethasone_sodium_phosphate", 10.0), ("lidocaine", 10.0)]


# --- "each with", a bracketed component volume of a solution, "½ cc" ----------------------------------------

@pytest.mark.parametrize("text, drugs", [
    ("Bilateral knees were injected, each with 40 mg Kenalog and 4 mL 1% lidocaine.",
     [("triamcinolone_acetonide", 80.0), ("lidocaine", 80.0)]),
    ("Right L4-5 and L5-S1 TFESI. At each level 1.5 mL of a solution of 10 mg dexamethasone (1 mL) and 2 mL 1% "
     "lidocaine was injected.", [("dexamethasone_sodium_phosphate", 10.0), ("lidocaine", 20.0)]),
    ("Right knee injection. \u00bd cc of Kenalog 40 with 3 cc 1% lidocaine.",
     [("triamcinolone_acetonide", 20.0), ("lidocaine", 30.0)]),
])
def test_each_with_bracketed_component_volume_and_half_sign(text: str, drugs: list) -> None:
    assert _drugs(text) == drugs


# --- amounts shared out between levels in other words -------------------------------------------------------

@pytest.mark.parametrize("text, drugs", [
    ("Left L4-5 and L5-S1 TFESI. 80 mg of Kenalog with 2 mL of 1% lidocaine, half at each level.",
     [("triamcinolone_acetonide", 80.0), ("lidocaine", 20.0)]),
    ("Left L4-5 and L5-S1 TFESI. Dexamethasone 10 mg, divided equally, with 1 mL 1% lidocaine at each level.",
     [("dexamethasone_sodium_phosphate", 10.0), ("lidocaine", 20.0)]),
    ("Left L4-5 and L5-S1 TFESI. Dexamethasone 10 mg total, 5 mg at each level.",
     [("dexamethasone_sodium_phosphate", 10.0)]),
])
def test_amounts_shared_out_between_levels(text: str, drugs: list) -> None:
    assert _drugs(text) == drugs


def test_dictated_comma_ends_a_negation_before_a_dosed_drug() -> None:
    text = ("omnipaque 240 one milliliter showed no vascular uptake comma then dexamethasone ten milligrams was "
            "injected period")
    assert _drugs(text) == [("iohexol", 1.0), ("dexamethasone_sodium_phosphate", 10.0)]


@pytest.mark.parametrize("text", [
    "Left L4-5 and L5-S1 TFESI. A mixture of 40 mg of Kenalog and 4 mL of 1% lidocaine, 2 mL of which was injected at "
    "each level.",
    "Left L4-5 and L5-S1 TFESI. A mixture of forty milligrams of kenalog and four milliliters of one percent lidocaine "
    "comma two milliliters of which was injected at each level period",
])
def test_share_of_a_mixture_given_at_each_level_is_no_per_site_component(text: str) -> None:
    """'2 mL of which ... at each level' counts the mixture per level; its components stay the whole."""
    assert _drugs(text) == [("triamcinolone_acetonide", 40.0), ("lidocaine", 40.0)]


# --- dictated pump refills and toxin units ------------------------------------------------------------------

@pytest.mark.parametrize("text, drugs", [
    ("intrathecal pump refill period the reservoir was emptied of 1.5 milliliters and refilled with twenty milliliters "
     "of morphine twenty five milligrams per milliliter period", [("morphine", 500.0)]),
    ("intrathecal pump refill period twenty milliliters of baclofen five hundred micrograms per milliliter period",
     [("baclofen", 10.0)]),
    ("two hundred units of botox were injected period", [("onabotulinumtoxinA", 200.0)]),
])
def test_dictated_pump_strengths_and_toxin_units(text: str, drugs: list) -> None:
    assert _drugs(text) == drugs


@pytest.mark.parametrize("text, drugs", [
    ("Procedure: TPI\n1% lido 1 mL x 4 sites\n", [("lidocaine", 40.0)]),
    ("Procedure: R L3-5 MBB\n0.5% bupi 0.5 mL x 3 nerves\n", [("bupivacaine", 7.5)]),
    ("Bilateral L4-5 facet injections. Kenalog 20 mg at each of L4-5 left and right.",
     [("triamcinolone_acetonide", 40.0)]),
])
def test_site_counts_after_x_and_each_of_a_named_list(text: str, drugs: list) -> None:
    assert _drugs(text) == drugs


@pytest.mark.parametrize("text", [
    "Right genicular nerve block. 2 mL of 0.5% bupivacaine at each of the superomedial, superolateral and "
    "inferomedial nerves.",
    "Right genicular nerve block. 2 mL of 0.5% bupivacaine at each of the superior medial, superior lateral, and "
    "inferior medial genicular nerves.",
])
def test_each_of_a_list_of_named_nerves_counts_them(text: str) -> None:
    assert _drugs(text) == [("bupivacaine", 30.0)]


@pytest.mark.parametrize("text, drugs", [
    ("four milliliters of one-half percent bupivacaine were injected period", [("bupivacaine", 20.0)]),
    ("two point zero milliliters of one percent lidocaine period", [("lidocaine", 20.0)]),
    ("one-and-a-half milliliters of one percent lidocaine period", [("lidocaine", 15.0)]),
])
def test_hyphenated_and_zero_decimal_words(text: str, drugs: list) -> None:
    assert _drugs(text) == drugs


@pytest.mark.parametrize("text, drugs", [
    ("one milliliter each of kenalog forty and half percent bupivacaine period",
     [("triamcinolone_acetonide", 40.0), ("bupivacaine", 5.0)]),
    ("Bilateral L4-5 facet injections. 1 mL each of Kenalog 40 and 0.5% bupivacaine into each joint.",
     [("triamcinolone_acetonide", 80.0), ("bupivacaine", 10.0)]),
])
def test_one_volume_each_of_several_drugs(text: str, drugs: list) -> None:
    assert _drugs(text) == drugs


def test_mass_increments_are_no_extra_amount() -> None:
    assert _drugs("Sedation: fentanyl 100 mcg IV given in 25 mcg increments and midazolam 2 mg.") == [
        ("fentanyl", 0.1), ("midazolam", 2.0)]


def test_each_of_a_bare_list_of_nerve_codes_counts_them() -> None:
    assert _drugs("Procedure: R GNB\n0.5% bupi 2 mL @ each of SM, SL, IM\n") == [("bupivacaine", 30.0)]
