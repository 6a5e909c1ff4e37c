"""Drugs and dose arithmetic: brands, cc = mL, percent strengths, per-site totals, solutions."""

from __future__ import annotations

from nlp import extract


def _drugs(text: str) -> dict[str, tuple]:
    return {d.generic: (d.dose, d.dose_unit) for d in extract(text).drugs}


def test_brand_names_map_to_generics_and_mass_doses_are_read() -> None:
    text = ("PROCEDURE: Right L5-S1 TFESI\n"
            "TECHNIQUE: Depo-Medrol 80 mg and 2 cc of 1% Xylocaine were injected. Omnipaque 240, 1 mL, "
            "confirmed spread.")
    facts = extract(text)
    by = {d.generic: d for d in facts.drugs}
    assert {g: (d.dose, d.dose_unit) for g, d in by.items()} == {
        "methylprednisolone_acetate": (80.0, "mg"), "lidocaine": (20.0, "mg"), "iohexol": (1.0, "ml")}
    assert by["methylprednisolone_acetate"].written == "Depo-Medrol"
    assert by["lidocaine"].concentration == "1%"
    assert by["lidocaine"].volume_ml == 2.0
    contrast = facts.procedures[0].contrast
    assert (contrast.used, contrast.agent, contrast.strength_mg_iodine_per_ml, contrast.volume_ml) == (
        True, "iohexol", 240.0, 1.0)


def test_concentration_times_volume() -> None:
    assert _drugs("L4-5 ILESI. 2 mL of Kenalog 40 mg/mL was injected.") == {"triamcinolone_acetonide": (80.0, "mg")}


def test_per_site_dose_multiplies_by_the_stated_count() -> None:
    text = "Right L4-5 and L5-S1 facet injections. 0.5 mL of 0.5% Marcaine was injected at each of the 2 joints."
    facts = extract(text)
    (drug,) = facts.drugs
    assert (drug.generic, drug.dose, drug.per_site, drug.sites) == ("bupivacaine", 5.0, True, 2)


def test_per_site_without_count_uses_levels_and_sides() -> None:
    text = ("Bilateral L4-5 and L5-S1 transforaminal epidural steroid injections.\n"
            "Dexamethasone 4 mg was injected at each level.")
    (drug,) = extract(text).drugs
    assert (drug.dose, drug.sites) == (16.0, 4)


def test_solution_injected_per_site_gives_per_drug_totals() -> None:
    text = ("Right L3-4, L4-5 and L5-S1 medial branch blocks.\n"
            "1 mL of a solution containing 2 mL of 40 mg/mL triamcinolone and 2 mL of 0.25% bupivacaine "
            "was injected at each of 3 sites.")
    by = {d.generic: d for d in extract(text).drugs}
    assert (by["triamcinolone_acetonide"].dose, by["triamcinolone_acetonide"].volume_ml) == (60.0, 1.5)
    assert (by["bupivacaine"].dose, by["bupivacaine"].volume_ml) == (3.75, 1.5)


def test_solution_prepared_then_injected_in_the_same_sentence() -> None:
    text = ("Left L4-5 facet injection.\n"
            "A solution of 2 mL triamcinolone 40 mg/mL and\n2 mL 0.25% bupivacaine was prepared and 1 mL injected "
            "into each of the 2 joints.")
    assert _drugs(text) == {"triamcinolone_acetonide": (40.0, "mg"), "bupivacaine": (2.5, "mg")}


def test_separate_administrations_add_up_and_restatements_do_not() -> None:
    text = ("Right C5-6 radiofrequency ablation.\n"
            "MEDICATIONS: dexamethasone 4 mg\n"
            "TECHNIQUE: The skin was infiltrated with 3 mL of 1% lidocaine. After 1 cc 2% lidocaine at each of "
            "3 sites, lesions were made. Dexamethasone 4 mg was injected.")
    assert _drugs(text) == {"dexamethasone_sodium_phosphate": (4.0, "mg"), "lidocaine": (90.0, "mg")}


def test_an_administration_without_amount_makes_the_total_unknown() -> None:
    text = ("Left L5-S1 TFESI.\nThe skin was anesthetized with 1% lidocaine. 2 mL of 1% lidocaine was "
            "injected with Kenalog 40 mg.")
    assert _drugs(text)["lidocaine"] == (None, None)


def test_diluent_volume_is_not_the_steroid_volume() -> None:
    text = "C6-7 interlaminar ESI. 2 mL of Celestone 6 mg/mL diluted in 4 mL of preservative-free saline was injected."
    assert _drugs(text) == {"betamethasone_sodium_phosphate_acetate": (12.0, "mg")}


def test_parenthetical_restatement_is_not_added() -> None:
    text = "L4-5 TFESI. Dexamethasone 4 mg was injected at each of 3 levels (12 mg total)."
    assert _drugs(text) == {"dexamethasone_sodium_phosphate": (12.0, "mg")}


def test_micrograms_are_reported_in_mg_and_sedatives_by_anesthesia_are_not_ours() -> None:
    text = ("Right genicular nerve block.\nModerate sedation: midazolam 2 mg IV and fentanyl 50 mcg IV given by the "
            "proceduralist.")
    assert _drugs(text) == {"midazolam": (2.0, "mg"), "fentanyl": (0.05, "mg")}
    text = "SCS trial.\nAnesthesia: MAC by the anesthesia team (propofol infusion)."
    assert _drugs(text) == {}


def test_toxin_discarded_units_are_not_given_units() -> None:
    text = ("Trigger point injections.\nA 100-unit single-dose vial of Botox was reconstituted with 2 mL saline; "
            "50 units were injected and 50 units were discarded.")
    (drug,) = extract(text).drugs
    assert (drug.generic, drug.dose, drug.dose_unit, drug.discarded, drug.container) == (
        "onabotulinumtoxinA", 50.0, "units", 50.0, "single_dose")


def test_negated_and_allergy_drugs_are_not_given() -> None:
    text = "Right SI joint injection.\nAllergies: lidocaine\nNo contrast was used due to contrast allergy."
    facts = extract(text)
    assert facts.drugs == []
    c = facts.procedures[0].contrast
    assert (c.used, c.reason_not_used) == (False, "contrast allergy")


def test_an_unnamed_steroid_is_kept_visible_and_a_named_one_wins() -> None:
    text = ("L3-4 and L4-5 TFESI.\nAt the first level, 10 mg of corticosteroid with 1 mL of 0.5% Marcaine was "
            "injected. The same injectate was given at the remaining level.")
    assert _drugs(text) == {"unspecified_steroid": (20.0, "mg"), "bupivacaine": (10.0, "mg")}
    text = "Right SI joint steroid injection.\nThe steroid, Kenalog 40 mg, was injected."
    assert _drugs(text) == {"triamcinolone_acetonide": (40.0, "mg")}


def test_toxin_units_given_in_the_next_sentence() -> None:
    text = ("Botox trigger point injections.\nA 100 unit single-dose vial of Botox was reconstituted with 2 mL "
            "preservative-free saline. 80 units were injected across the trigger points; 20 units were discarded.")
    (drug,) = extract(text).drugs
    assert (drug.dose, drug.dose_unit, drug.discarded, drug.container) == (80.0, "units", 20.0, "single_dose")
