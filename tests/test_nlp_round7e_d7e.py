"""Round 7e (DRUG): a sedative or analgesic given by a SEPARATE anaesthesia provider (CRNA, anaesthesia team or
service, anaesthesiologist giving MAC) is on the anaesthesia record and claim, not in ``drugs[]``; the proceduralist's
own sedation ("moderate sedation by me", "I administered") is. This is the convention of ``corpora/README.md``
(``drugs[]`` row) and of tests/test_nlp_drugs.py; these fictional snippets cover the other ways a note says who gave
the agents: the provider named in an earlier sentence of the same anaesthesia/sedation field, the provider as the
subject ('the CRNA administered'), 'per anesthesia', the provider in brackets or as a field of its own.

Every case of the first group failed before its change; the guards (named so) pin readings the change must keep.
The sedation facts (type, who) are read as before either way.
"""

from __future__ import annotations

import pytest

from nlp import extract


def _drugs(text: str) -> list[tuple[str, float | None]]:
    """(generic, total dose) of each drug read, in order."""
    return [(d.generic, d.dose) for d in extract(text).drugs]


@pytest.mark.parametrize("text, drugs", [
    # the provider in the field's first sentence, the agents in the next (a wrapped line of the same field)
    ("Right L4-5 and L5-S1 medial branch radiofrequency ablation.\n"
     "ANESTHESIA: Monitored anesthesia care by the CRNA because the patient could not hold still prone from anxiety at\n"
     "his diagnostic blocks. Midazolam 2 mg and fentanyl 100 mcg IV. Start 08:10, stop 08:34.\n"
     "Local: 1% lidocaine 3 mL to the skin.",
     [("lidocaine", 30.0)]),
    ("Left L5-S1 transforaminal epidural steroid injection.\n"
     "SEDATION: MAC provided by the anesthesia team. Versed 2 mg, fentanyl 50 mcg. Dexamethasone 10 mg was injected.",
     [("dexamethasone_sodium_phosphate", 10.0)]),
    # the provider as the subject of the giving
    ("Right SI joint injection.\nAnesthesia: The CRNA administered midazolam 1 mg and propofol 40 mg IV.\n"
     "Triamcinolone 40 mg was injected into the joint.",
     [("triamcinolone_acetonide", 40.0)]),
    ("Left knee genicular nerve block.\nThe anesthesiologist gave fentanyl 50 mcg IV for MAC.\n"
     "Each nerve received 2 mL of 0.5% bupivacaine, three nerves.",
     [("bupivacaine", 30.0)]),
    # 'per anesthesia', British spelling, the provider in brackets
    ("Right T10 transforaminal epidural.\nSedation: midazolam 2 mg IV per anesthesia.\nKenalog 40 mg injected.",
     [("triamcinolone_acetonide", 40.0)]),
    ("Left L4-5 interlaminar epidural.\nAnaesthesia: sedation by the anaesthetist; midazolam 2 mg IV.\n"
     "Depo-Medrol 80 mg injected.",
     [("methylprednisolone_acetate", 80.0)]),
    ("Right L5-S1 facet joint injection.\nAnesthesia: MAC (CRNA). Propofol 50 mg IV.\n"
     "Kenalog 40 mg injected into the joint.",
     [("triamcinolone_acetonide", 40.0)]),
])
def test_sedatives_given_by_a_separate_anaesthesia_provider_are_not_ours(text: str, drugs: list) -> None:
    assert _drugs(text) == drugs


@pytest.mark.parametrize("text, drugs", [
    # the proceduralist's own sedation stays, also after an anaesthesia word in the field
    ("Right L4-5 and L5-S1 medial branch radiofrequency ablation.\n"
     "SEDATION: Moderate sedation by me with an independent RN observer. Midazolam 2 mg and fentanyl 100 mcg IV.",
     [("midazolam", 2.0), ("fentanyl", 0.1)]),
    ("Left L5-S1 transforaminal epidural steroid injection.\n"
     "ANESTHESIA: Local anesthesia. I administered midazolam 2 mg IV for anxiolysis.\nDexamethasone 10 mg injected.",
     [("midazolam", 2.0), ("dexamethasone_sodium_phosphate", 10.0)]),
    # the nearer statement wins: anaesthesia on standby, then the proceduralist's own sedation
    ("Right SI joint injection.\nSEDATION: Anesthesia standby by the CRNA was not needed. Moderate sedation by me: "
     "midazolam 1 mg IV.\nTriamcinolone 40 mg injected.",
     [("midazolam", 1.0), ("triamcinolone_acetonide", 40.0)]),
])
def test_guard_the_proceduralists_own_sedation_stays(text: str, drugs: list) -> None:
    assert _drugs(text) == drugs


def test_guard_a_sedation_field_of_its_own_after_the_anaesthesia_field() -> None:
    """The provider named in the ANESTHESIA field does not reach into a separate SEDATION field by the proceduralist."""
    text = ("Right L5-S1 transforaminal epidural.\nANESTHESIA: Local by the anesthesia team standby only.\n"
            "SEDATION: Moderate sedation by me. Midazolam 2 mg IV.\nDexamethasone 10 mg injected.")
    assert _drugs(text) == [("midazolam", 2.0), ("dexamethasone_sodium_phosphate", 10.0)]


def test_guard_the_sedation_facts_are_read_either_way() -> None:
    text = ("Right L4-5 and L5-S1 medial branch radiofrequency ablation.\n"
            "ANESTHESIA: Monitored anesthesia care by the CRNA. Midazolam 2 mg and fentanyl 100 mcg IV.")
    facts = extract(text)
    sed = facts.procedures[0].sedation
    assert (sed.type, sed.by_proceduralist) == ("mac", False)
    assert sorted(sed.agents) == ["fentanyl", "midazolam"]


def test_sedatives_listed_elsewhere_in_a_note_whose_anaesthesia_field_names_a_separate_provider() -> None:
    text = ("Right L5-S1 transforaminal epidural steroid injection.\nANESTHESIA: MAC by the CRNA.\n"
            "MEDICATIONS: Midazolam 2 mg IV, fentanyl 50 mcg IV, dexamethasone 10 mg.")
    assert _drugs(text) == [("dexamethasone_sodium_phosphate", 10.0)]


def test_guard_a_medications_list_with_the_proceduralists_own_sedation_elsewhere() -> None:
    text = ("Right L5-S1 transforaminal epidural steroid injection.\nANESTHESIA: Local; MAC by the CRNA was declined.\n"
            "I administered the sedation myself.\nMEDICATIONS: Midazolam 2 mg IV, dexamethasone 10 mg.")
    assert _drugs(text) == [("midazolam", 2.0), ("dexamethasone_sodium_phosphate", 10.0)]


@pytest.mark.parametrize("text, drugs", [
    # the anaesthesia provider's sedative keeps its own amount: the other drug of the sentence is not 2 mg more
    ("Left L5-S1 transforaminal epidural.\nAnesthesia: MAC by the CRNA with Versed 2 mg; Decadron 10 mg was injected.",
     [("dexamethasone_sodium_phosphate", 10.0)]),
    ("Left L5-S1 transforaminal epidural.\nMedications given by the CRNA: midazolam 2 mg IV and dexamethasone 10 mg.",
     [("dexamethasone_sodium_phosphate", 10.0)]),
])
def test_a_sedative_not_ours_keeps_its_amount_from_the_other_drugs(text: str, drugs: list) -> None:
    assert _drugs(text) == drugs
