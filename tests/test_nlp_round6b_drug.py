"""Round 6b (DRUG): dose wordings of the families met in dev_fresh_aa/ab/ac/ae/af (teaching-hospital, OCR, ASC,
vendor-export, letter and international-English notes), as fictional snippets written for these tests.

Every case gives the exact totals the reader must return and failed before its change; the guards (named so)
pin readings the change must keep.
"""

from __future__ import annotations

import pytest

from nlp import extract


def _drugs(text: str) -> list[tuple[str, float | None]]:
    """(generic, total dose) of each drug read, in order."""
    return [(d.generic, d.dose) for d in extract(text).drugs]


# --- OCR / word-processor hyphenation of a drug name at a line end ------------------------------------------------

@pytest.mark.parametrize("text, drugs", [
    ("PROCEDURE: Right SI joint injection.\nDepo-Medrol 40 mg with 1 mL 1% lido-\ncaine was injected.",
     [("methylprednisolone_acetate", 40.0), ("lidocaine", 10.0)]),
    ("PROCEDURE: Left L5-S1 TFESI.\nInjected triam-\ncinolone 40 mg and 2 mL of 0.25% bupiva-\n  caine.",
     [("triamcinolone_acetonide", 40.0), ("bupivacaine", 5.0)]),
    ("PROCEDURE: Right L4-5 TFESI.\nOmni-\npaque 240 1 mL, then dexa-\nmethasone 10 mg.",
     [("iohexol", 1.0), ("dexamethasone_sodium_phosphate", 10.0)]),
    ("PROCEDURE: Right knee injection.\n2 mL of 1% lig-\nnocaine and methylpred-\nnisolone 40 mg.",
     [("lidocaine", 20.0), ("methylprednisolone_acetate", 40.0)]),
])
def test_hyphenated_name_across_a_line_end(text: str, drugs: list) -> None:
    assert _drugs(text) == drugs


# --- UK / Commonwealth names, spellings and units ------------------------------------------------------------------

@pytest.mark.parametrize("text, drugs", [
    ("PROCEDURE: Right L4-5 TFESI.\nInjected Depo-Medrone 40 mg with 2 mls of 0.5% Marcain.",
     [("methylprednisolone_acetate", 40.0), ("bupivacaine", 10.0)]),
    ("PROCEDURE: Right L4-5 TFESI.\nInjected Kenacort 40 mg with 2 mL of 0.25% Chirocaine.",
     [("triamcinolone_acetonide", 40.0), ("levobupivacaine", 5.0)]),
    ("PROCEDURE: Right L4-5 TFESI.\nNiopam 300 1 mL, then triamcinolone 40 mg with 4 mL 0.125% levobupivacaine.",
     [("iopamidol", 1.0), ("triamcinolone_acetonide", 40.0), ("levobupivacaine", 5.0)]),
    ("PROCEDURE: Stellate ganglion block.\nInjected 5 ml 1 per cent lignocaine.", [("lidocaine", 50.0)]),
])
def test_international_names(text: str, drugs: list) -> None:
    assert _drugs(text) == drugs


def test_levobupivacaine_has_no_drug_line() -> None:
    """Levobupivacaine has no HCPCS code: a local anaesthetic packaged in the procedure, like lidocaine."""
    from api.pipeline import analyze_text
    result = analyze_text("PROCEDURE: Right L4-5 transforaminal epidural steroid injection under fluoroscopy.\n"
                          "Injected Kenalog 40 mg with 2 mL of 0.25% Chirocaine.")
    assert [(d.generic, d.dose) for d in result.drugs] == [("triamcinolone_acetonide", 40.0), ("levobupivacaine", 5.0)]
    assert sorted(c.code for c in result.codes if c.code.startswith(("J", "S", "Q"))) == ["J3301"]


# --- a volume that is not given: residual drug taken out, a diluent's own volume -----------------------------------

@pytest.mark.parametrize("text, drugs", [
    ("PROCEDURE: Intrathecal pump refill.\nPump interrogated; 2 mL residual withdrawn; baclofen 1000 mcg/mL, 20 mL "
     "placed into the reservoir.", [("baclofen", 20.0)]),
    ("PROCEDURE: Intrathecal pump refill.\nMorphine 25 mg/mL; 3.5 mL of residual drug aspirated, 20 mL instilled.",
     [("morphine", 500.0)]),
    ("PROCEDURE: Caudal epidural injection.\nInjected Depo-Medrone 80 mg with 0.25% bupivacaine 6 mls and saline 4\n"
     "mls.", [("methylprednisolone_acetate", 80.0), ("bupivacaine", 15.0)]),
    ("PROCEDURE: Caudal epidural injection.\nKenalog 40 mg, 1% lidocaine 3 mL and normal saline 5 mL were injected.",
     [("triamcinolone_acetonide", 40.0), ("lidocaine", 30.0)]),
])
def test_volume_not_given(text: str, drugs: list) -> None:
    assert _drugs(text) == drugs


# --- contrast that "gave an" + newline + "arthrogram"; a ticked-Yes checkbox row ----------------------------------

@pytest.mark.parametrize("text, drugs", [
    ("Today I performed a right sacroiliac joint injection under fluoroscopy. A 22-gauge needle entered the joint; "
     "Omnipaque 240 0.5 mL gave an\narthrogram, and triamcinolone 40 mg was injected.",
     [("iohexol", 0.5), ("triamcinolone_acetonide", 40.0)]),
    ("PROCEDURE: Interlaminar epidural steroid injection L5-S1.\nContrast: [X] Yes  [ ] No   Agent: Omnipaque 300, "
     "1.5 mL\nMedications injected: Depo-Medrol 80 mg + 0.25% bupivacaine 2 mL",
     [("iohexol", 1.5), ("methylprednisolone_acetate", 80.0), ("bupivacaine", 5.0)]),
    ("PROCEDURE: Interlaminar epidural steroid injection L5-S1.\nContrast used: Yes [x] No [ ]  Isovue-M 300 2 mL\n"
     "Depo-Medrol 80 mg.", [("iopamidol", 2.0), ("methylprednisolone_acetate", 80.0)]),
])
def test_contrast_read_as_given(text: str, drugs: list) -> None:
    assert _drugs(text) == drugs


@pytest.mark.parametrize("text, drugs", [
    # an earlier block's result stays historical; an unticked "Yes" with a ticked "No" still negates
    ("PROCEDURE: Right SI joint injection.\nHistory: a prior SI injection with Kenalog gave 80% relief.\n"
     "Today Depo-Medrol 40 mg was injected.", [("methylprednisolone_acetate", 40.0)]),
    ("PROCEDURE: Interlaminar epidural steroid injection L5-S1.\nContrast: [ ] Yes  [X] No\n"
     "Medications injected: Depo-Medrol 80 mg.", [("methylprednisolone_acetate", 80.0)]),
])
def test_guard_past_and_ticked_no(text: str, drugs: list) -> None:
    assert _drugs(text) == drugs


# --- per-site amounts: nerves that "each" got the dose; a mixture made per side -----------------------------------

@pytest.mark.parametrize("text, drugs", [
    ("PROCEDURE: Left lumbar medial branch blocks.\nFluoroscopy. Left L2, L3 and L4 medial branches and the left L5 "
     "dorsal ramus each blocked with 0.5 mL of 2% lidocaine.", [("lidocaine", 40.0)]),
    # an indented wrap between the volume and its drug; the 2 mL of mixture is the 1 + 1 mL made for each side
    ("Procedure ............ Greater occipital nerve block, BILATERAL, landmark technique\n"
     "Technique ............ 27 g needle on each side; 2 mL of a mixture of 1 mL\n"
     "                       Decadron 4 mg/mL and 1 mL 0.5% Marcaine per side\n"
     "Post pain ............ 1/10",
     [("dexamethasone_sodium_phosphate", 8.0), ("bupivacaine", 10.0)]),
])
def test_per_site_families(text: str, drugs: list) -> None:
    assert _drugs(text) == drugs


@pytest.mark.parametrize("text, drugs", [
    # "each received" (read before) keeps counting the nerves of the list
    ("PROCEDURE: Right lumbar medial branch blocks.\nThe right L3 and L4 medial branches and the L5 dorsal ramus each "
     "received 0.5 mL of 0.5% bupivacaine.", [("bupivacaine", 7.5)]),
    # a solution prepared once and shared out stays a share of what was prepared
    ("PROCEDURE: Bilateral L4-5 facet joint injections.\nA solution of 1 mL Kenalog 40 mg/mL and 3 mL 0.25% "
     "bupivacaine was prepared; 1 mL was injected at each of 2 joints.",
     [("triamcinolone_acetonide", 20.0), ("bupivacaine", 3.75)]),
])
def test_guard_shared_solution_and_each_received(text: str, drugs: list) -> None:
    assert _drugs(text) == drugs


# --- older open items of the same families (cross.md): relief percents, summary fields, a wrapped restated total -

@pytest.mark.parametrize("text, drugs", [
    # an earlier block's relief written before its percent is no strength, so its bracketed drug stays in the past
    ("PROCEDURE: Right C5-C6 medial branch blocks.\n- 1st block 5/12: near complete relief, roughly 85 percent, "
     "lasting about six hours (lidocaine)\n- Technique: fluoroscopy, 25 g needles to the right C5, C6 and C7 medial "
     "branches; 2% lidocaine 0.5 mL at\n  each of the three sites", [("lidocaine", 30.0)]),
    # a field naming only the strength restates the amounts written in the body
    ("PROCEDURE: Left L5-S1 transforaminal epidural steroid injection with fluoroscopy\nANESTHESIA: 1% lidocaine "
     "skin infiltration\nDESCRIPTION: 2 mL 1% lidocaine to the skin. 12 mg betamethasone with 1 mL 1% lidocaine "
     "injected.", [("lidocaine", 30.0), ("betamethasone_sodium_phosphate_acetate", 12.0)]),
    # the restated whole wrapped on to the next line in brackets
    ("Procedures: Trigger point injection(s)\nProcedure Notes: Consent obtained. 0.5% Sensorcaine 2 mL injected at "
     "each point\n(4 mL total) with a 25 g needle. Post 3/10.", [("bupivacaine", 20.0)]),
    # a dictated "period" ends the contrast's sentence before the steroid "divided among the 4 needles"
    ("this is a bilateral L4-5 and L5-S1 transforaminal epidural steroid injection period after negative aspiration "
     "iohexol 180 showed good epidural spread at\neach of the 4 needles, 0.5 mL per needle period Depo-Medrol 80 mg "
     "total was divided among the 4 needles with\n4 mL of preservative free normal saline period",
     [("iohexol", 2.0), ("methylprednisolone_acetate", 80.0)]),
])
def test_older_open_families(text: str, drugs: list) -> None:
    assert _drugs(text) == drugs


@pytest.mark.parametrize("text, drugs", [
    # the same strength-only wording in the body itself leaves the total unknown (dose: null by the conventions)
    ("PROCEDURE: Left L5-S1 transforaminal epidural steroid injection.\n1% lidocaine was used for the skin. "
     "12 mg betamethasone with 1 mL 1% lidocaine injected.",
     [("lidocaine", None), ("betamethasone_sodium_phosphate_acetate", 12.0)]),
])
def test_guard_strength_only_in_the_body(text: str, drugs: list) -> None:
    assert _drugs(text) == drugs


@pytest.mark.parametrize("text, agent, volume", [
    ("Today I performed a right sacroiliac joint injection under fluoroscopy. A 22-gauge needle entered the joint; "
     "Omnipaque 240 0.5 mL gave an\narthrogram, and triamcinolone 40 mg was injected.", "iohexol", 0.5),
    ("PROCEDURE: Interlaminar epidural steroid injection L5-S1.\nContrast: [X] Yes  [ ] No   Agent: Omnipaque 300, "
     "1.5 mL\nDiagnosis: lumbar stenosis (M48.062)", "iohexol", 1.5),
])
def test_contrast_use_follows_the_drug_reading(text: str, agent: str, volume: float) -> None:
    """The contrast fact (documentation checks, Q-code lines) takes a use the drug reader accepted."""
    c = extract(text).procedures[0].contrast
    assert c is not None and (c.used, c.agent, c.volume_ml) == (True, agent, volume)


# --- unit forms: international micrograms and the OCR slip of 'm' read as 'rn' ------------------------------------

@pytest.mark.parametrize("text, drugs", [
    ("PROCEDURE: Stellate ganglion block.\nclonidine 75 \u00b5g and 5 ml 0.5% ropivacaine.",
     [("clonidine", 0.075), ("ropivacaine", 25.0)]),
    ("PROCEDURE: Stellate ganglion block.\nclonidine 75 ug with 5 ml 0.5% ropivacaine.",
     [("clonidine", 0.075), ("ropivacaine", 25.0)]),
    ("PROCEDURE: Intrathecal pump refill.\nclonidine 100 \u00b5g/ml, 20 ml instilled.", [("clonidine", 2.0)]),
    ("PROCEDURE: Right L5-S1 transforaminal epidural steroid injection.\nDepo-Medrol 80 mg with 2 rnL of 1% "
     "lidocaine and Omnipaque 240 1 rnl.", [("methylprednisolone_acetate", 80.0), ("lidocaine", 20.0), ("iohexol", 1.0)]),
    ("PROCEDURE: Right L5-S1 TFESI.\nKenalog 40 rng with 2 mL of 1% lidocaine.",
     [("triamcinolone_acetonide", 40.0), ("lidocaine", 20.0)]),
])
def test_unit_forms(text: str, drugs: list) -> None:
    assert _drugs(text) == drugs


# --- template shorthand of other vendors: bracketed amounts after a strength, "cc's", "ea level" ------------------

@pytest.mark.parametrize("text, drugs", [
    ("PROCEDURE: Right L5-S1 TFESI.\nTriamcinolone 40 mg/mL (1 mL) and ropivacaine 0.2% (2 mL) were injected.",
     [("triamcinolone_acetonide", 40.0), ("ropivacaine", 4.0)]),
    ("PROCEDURE: Right L5-S1 TFESI.\nKenalog 40 mg/mL (40 mg total) was injected.", [("triamcinolone_acetonide", 40.0)]),
    ("PROCEDURE: Right L5-S1 TFESI.\nDepomedrol 80mg/2cc with 4 cc's of 0.25% Marcaine.",
     [("methylprednisolone_acetate", 80.0), ("bupivacaine", 10.0)]),
    ("PROCEDURE: Right L4-5 and L5-S1 TFESI.\n2ml 0.25% bupi + 40mg kenalog ea level",
     [("bupivacaine", 10.0), ("triamcinolone_acetonide", 80.0)]),
])
def test_vendor_shorthand(text: str, drugs: list) -> None:
    assert _drugs(text) == drugs


# --- trigger points counted muscle by muscle; a mixture's total volume named after its drugs ----------------------

@pytest.mark.parametrize("text, drugs", [
    ("PROCEDURE: TPI.\nTrigger points injected in the right trapezius x2 and right rhomboid x1, 1 cc 1% lidocaine "
     "each.", [("lidocaine", 30.0)]),
    ("Trigger Point Injection Procedure Note\nLocation: right upper trapezius (2 points), right levator scapulae (1), "
     "right rhomboid major (1)\nMedication: 1% lidocaine, 1 mL per trigger point\nPost-procedure pain: 3/10",
     [("lidocaine", 40.0)]),
    ("PROCEDURE: Right L5-S1 TFESI.\nSolution injected: 10 mg dexamethasone + 2 ml 1% lidocaine, total 3 ml",
     [("dexamethasone_sodium_phosphate", 10.0), ("lidocaine", 20.0)]),
    ("PROCEDURE: Right L5-S1 TFESI.\nKenalog 40 mg and 2 mL 1% lidocaine, total volume of 3 mL.",
     [("triamcinolone_acetonide", 40.0), ("lidocaine", 20.0)]),
])
def test_counted_points_and_mixture_total(text: str, drugs: list) -> None:
    assert _drugs(text) == drugs


@pytest.mark.parametrize("text, drugs", [
    # "A total of 3 mL of ..." names the drug's own volume; a bracketed "(total 4 mL bupi, ...)" still restates
    ("PROCEDURE: Right L5-S1 TFESI.\nA total of 3 mL of 0.25% bupivacaine and 40 mg of triamcinolone was injected.",
     [("bupivacaine", 7.5), ("triamcinolone_acetonide", 40.0)]),
    ("Bilateral GON blocks.\nLandmark technique. 2 mL 0.5% bupivacaine\n+ 0.5 mL Depo-Medrol 40 mg/mL each side "
     "(total 4 mL bupi, 40 mg methylpred).", [("bupivacaine", 20.0), ("methylprednisolone_acetate", 40.0)]),
])
def test_guard_total_wordings(text: str, drugs: list) -> None:
    assert _drugs(text) == drugs


# --- a toxin vial reconstituted before its doses, in one sentence -------------------------------------------------

@pytest.mark.parametrize("text, drugs", [
    ("PROCEDURE: Chemodenervation for chronic migraine.\nBotox 200 units diluted in 4 mL saline; 5 units per site at "
     "31 sites (155 units), 45 units wasted.", [("onabotulinumtoxinA", 155.0)]),
    ("PROCEDURE: Chemodenervation.\nBotox 200 unit vial reconstituted with 4 mL saline; 50 units to each of the 4 "
     "muscles.", [("onabotulinumtoxinA", 200.0)]),
])
def test_toxin_vial_then_doses(text: str, drugs: list) -> None:
    assert _drugs(text) == drugs


@pytest.mark.parametrize("text, drugs", [
    # no other amount: the reconstituted vial was given whole
    ("PROCEDURE: Chemodenervation.\nBotox 100 units reconstituted with 2 mL saline and injected into the trapezius.",
     [("onabotulinumtoxinA", 100.0)]),
])
def test_guard_toxin_vial_alone(text: str, drugs: list) -> None:
    assert _drugs(text) == drugs


# --- decimal commas (European / Indian English): never a ten- or hundred-fold misread ------------------------------

@pytest.mark.parametrize("text, drugs", [
    ("PROCEDURE: Right L5-S1 TFESI.\nInjected bupivacaine 0,25% 4 ml with dexamethasone 6,6 mg.",
     [("bupivacaine", 10.0), ("dexamethasone_sodium_phosphate", 6.6)]),
    ("PROCEDURE: Right knee injection.\nInjected 0,5 ml Kenalog 40 mg/ml and 2,5 ml 1% lidocaine.",
     [("triamcinolone_acetonide", 20.0), ("lidocaine", 25.0)]),
])
def test_decimal_comma(text: str, drugs: list) -> None:
    assert _drugs(text) == drugs


@pytest.mark.parametrize("text, drugs", [
    # a comma with a space, or between a strength and a volume, stays a separator
    ("PROCEDURE: Right L5-S1 TFESI.\nKenalog 40 mg, 2 mL 1% lidocaine.",
     [("triamcinolone_acetonide", 40.0), ("lidocaine", 20.0)]),
    ("PROCEDURE: Right L5-S1 TFESI.\nDepo-Medrol 80 mg and lidocaine 1%,2 mL.",
     [("methylprednisolone_acetate", 80.0), ("lidocaine", 20.0)]),
])
def test_guard_comma_separators(text: str, drugs: list) -> None:
    assert _drugs(text) == drugs


# --- hospital EHR medication-administration lines: '<drug> (<BRAND>) <strength> injection <dose>' ---------------

@pytest.mark.parametrize("text, drugs", [
    ("PROCEDURE: Right L5-S1 TFESI.\nMedications administered:\ntriamcinolone acetonide (KENALOG-40) 40 mg/mL "
     "injection 40 mg\nlidocaine (PF) (XYLOCAINE) 10 mg/mL (1 %) injection 3 mL\niohexol (OMNIPAQUE) 240 mg "
     "iodine/mL injection 2 mL",
     [("triamcinolone_acetonide", 40.0), ("lidocaine", 30.0), ("iohexol", 2.0)]),
    ("PROCEDURE: Right L5-S1 TFESI.\nMedications:\ndexamethasone (DECADRON) injection 10 mg\nbupivacaine (PF) "
     "(MARCAINE) 0.25 % (2.5 mg/mL) injection 5 mL",
     [("dexamethasone_sodium_phosphate", 10.0), ("bupivacaine", 12.5)]),
    ("PROCEDURE: Right L5-S1 TFESI.\nmethylPREDNISolone acetate (DEPO-MEDROL) injection 80 mg\nlidocaine 1 % "
     "injection 2 mL", [("methylprednisolone_acetate", 80.0), ("lidocaine", 20.0)]),
])
def test_ehr_administration_lines(text: str, drugs: list) -> None:
    assert _drugs(text) == drugs


@pytest.mark.parametrize("text, drugs", [
    # an amount after "injection" that does not end its line still goes to the drug it precedes
    ("PROCEDURE: Right L5-S1 TFESI.\nDepo-Medrol was used for the injection 2 mL of 1% lidocaine was added.",
     [("methylprednisolone_acetate", None), ("lidocaine", 20.0)]),
])
def test_guard_injection_word_mid_line(text: str, drugs: list) -> None:
    assert _drugs(text) == drugs


# --- labelled field lines: an amount closing its line after a strength stays that line's --------------------------

@pytest.mark.parametrize("text, drugs", [
    ("PROCEDURE: Right L5-S1 TFESI.\nSteroid: Dexamethasone 10 mg\nLocal: Lidocaine 1% 2 mL\nContrast: Omnipaque 240, "
     "1.5 mL", [("dexamethasone_sodium_phosphate", 10.0), ("lidocaine", 20.0), ("iohexol", 1.5)]),
    ("PROCEDURE: Right L5-S1 TFESI.\nSteroid: Kenalog 40 mg/mL 1 mL\nContrast: Omnipaque 240, 1.5 mL",
     [("triamcinolone_acetonide", 40.0), ("iohexol", 1.5)]),
])
def test_field_line_own_amount(text: str, drugs: list) -> None:
    assert _drugs(text) == drugs


# --- a steroid given only by its class: the drug_name finding (corpora/README convention), not drug_dose ----------

def _elements(text: str) -> set[str]:
    """Finding elements that count (error or warning, as `painpoint eval` counts them)."""
    from api.pipeline import analyze_text
    return {f.element for f in analyze_text(text).findings if f.severity in ("error", "warning")}


@pytest.mark.parametrize("text, name, dose", [
    # named anaesthetics beside an unnamed steroid: the steroid still wants its name
    ("Procedure: R L4-5 transforaminal epidural steroid injection under fluoroscopy.\nSkin wheal with 2 cc 2% "
     "Xylocaine. Isovue-M 300 2 mL showed epidural flow. 10 mg of corticosteroid with 1 mL of 0.5% Marcaine was "
     "injected.", True, False),
    # unnamed and undosed: one finding, drug_name, which asks for the dose too
    ("Caudal epidural injection.\nUnder fluoroscopy the sacral hiatus was entered with a 20 g Tuohy needle and 10 mL "
     "of steroid and saline mixture was injected into the caudal epidural space.", True, False),
    # guard: a named steroid without an amount is drug_dose, not drug_name
    ("Caudal epidural injection.\nUnder fluoroscopy the sacral hiatus was entered with a 20 g Tuohy needle and "
     "Depo-Medrol was injected into the caudal epidural space.", False, True),
])
def test_unnamed_steroid_findings(text: str, name: bool, dose: bool) -> None:
    found = _elements(text)
    assert ("drug_name" in found, "drug_dose" in found) == (name, dose)


@pytest.mark.parametrize("text, drugs", [
    ("- Procedure: trigger point injections\n- TPI: 27 g, 1 mL 1% lidocaine into the right and into the left lumbar "
     "paraspinal trigger point (2 muscles)", [("lidocaine", 20.0)]),
    ("PROCEDURE: Trigger point injections.\n2 mL 0.5% bupivacaine in the right trapezius and in the left trapezius.",
     [("bupivacaine", 20.0)]),
])
def test_each_side_named_again(text: str, drugs: list) -> None:
    assert _drugs(text) == drugs


def test_guard_right_and_left_shared() -> None:
    """'to the right and left foramina' (one preposition) may share the amount out: it stays the total."""
    assert _drugs("PROCEDURE: Bilateral L5-S1 TFESI.\nDepo-Medrol 80 mg was injected to the right and left L5-S1 "
                  "foramina.") == [("methylprednisolone_acetate", 80.0)]


# --- OCR digit slips in amounts: 'O' for 0 inside a number, 'l' for a lone 1 and 'O.5' in volumes -----------------

@pytest.mark.parametrize("text, drugs", [
    ("PROCEDURE: Right L5-S1 TFESI.\nKenalog 4O mg and 2 mL 1% lidocaine.",
     [("triamcinolone_acetonide", 40.0), ("lidocaine", 20.0)]),
    ("PROCEDURE: Right L5-S1 TFESI.\nDexamethasone 1O mg with l mL of 1% lidocaine and O.5 mL Omnipaque 240.",
     [("dexamethasone_sodium_phosphate", 10.0), ("lidocaine", 10.0), ("iohexol", 0.5)]),
])
def test_ocr_digit_slips(text: str, drugs: list) -> None:
    assert _drugs(text) == drugs
