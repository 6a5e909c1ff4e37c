"""Round 7e (NEC): the sedation facts (type, who sedated, agents) of a sedation given by a SEPARATE anaesthesia
provider in the wordings the drug reader learnt in D7e (lexicon ``sedative_by_other_provider``, shared by both
readers): the provider as the subject ('The CRNA administered'), 'per anesthesia', in brackets ('MAC (CRNA)'),
British spellings ('by the anaesthetist'). Before, type and who sedated stayed blank (or no sedation was read at
all, as the drug list leaves those sedatives out). The proceduralist's own statement ('Moderate sedation by me')
stays the proceduralist's, also after a provider named on standby.

Every case of the first group failed before its change; the guards (named so) pin readings the change must keep.
All snippets are fictional.
"""

from __future__ import annotations

import pytest

from nlp import extract


def _sedation(text: str) -> tuple[str | None, bool | None, list[str]] | None:
    """(type, by_proceduralist, agents) of the first procedure's sedation, None when no sedation is read."""
    sed = extract(text).procedures[0].sedation
    return None if sed is None else (sed.type, sed.by_proceduralist, sed.agents)


@pytest.mark.parametrize("text, expected", [
    # the provider as the subject of the giving, in an ANESTHESIA field (no sedation level named)
    ("Right SI joint injection.\nAnesthesia: The CRNA administered midazolam 1 mg and propofol 40 mg IV.\n"
     "Triamcinolone 40 mg was injected into the joint.",
     ("moderate", False, ["midazolam", "propofol"])),
    # 'per anesthesia' after the agent
    ("Right T10 transforaminal epidural.\nSedation: midazolam 2 mg IV per anesthesia.\nKenalog 40 mg injected.",
     ("moderate", False, ["midazolam"])),
    # the provider in brackets after MAC
    ("Right L5-S1 facet joint injection.\nAnesthesia: MAC (CRNA). Propofol 50 mg IV.\n"
     "Kenalog 40 mg injected into the joint.",
     ("mac", False, ["propofol"])),
    # British spelling
    ("Left L4-5 interlaminar epidural.\nAnaesthesia: sedation by the anaesthetist; midazolam 2 mg IV.\n"
     "Depo-Medrol 80 mg injected.",
     ("moderate", False, ["midazolam"])),
])
def test_sedation_by_a_separate_anaesthesia_provider_is_read(text: str, expected: tuple) -> None:
    assert _sedation(text) == expected


def test_the_later_own_sedation_wins_over_a_provider_on_standby() -> None:
    text = ("Right SI joint injection.\nSEDATION: Anesthesia standby by the CRNA was not needed. Moderate sedation by "
            "me: midazolam 1 mg IV.\nTriamcinolone 40 mg injected.")
    assert _sedation(text) == ("moderate", True, ["midazolam"])


@pytest.mark.parametrize("text, expected", [
    ("Right L4-5 and L5-S1 medial branch radiofrequency ablation.\n"
     "SEDATION: Moderate sedation by me with an independent RN observer. Midazolam 2 mg and fentanyl 100 mcg IV.",
     ("moderate", True, ["midazolam", "fentanyl"])),
    ("Right L4-5 and L5-S1 medial branch radiofrequency ablation.\n"
     "ANESTHESIA: Monitored anesthesia care by the CRNA. Midazolam 2 mg and fentanyl 100 mcg IV.",
     ("mac", False, ["midazolam", "fentanyl"])),
])
def test_guard_readings_kept(text: str, expected: tuple) -> None:
    assert _sedation(text) == expected


def test_guard_a_sedative_left_out_for_another_reason_opens_no_sedation() -> None:
    """Only a provider named in the sedative's own sentence opens a sedation the drug list left out."""
    text = ("Right L5-S1 transforaminal epidural.\nAllergies: midazolam (agitation).\n"
            "Local anesthesia only. Dexamethasone 10 mg injected.")
    sed = extract(text).procedures[0].sedation
    assert sed is None or sed.by_proceduralist is None
