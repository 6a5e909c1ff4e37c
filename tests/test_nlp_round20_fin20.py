"""Round 20 (fin20): procedure recognition of the sixteenth session's final checks' wording families.

A permanent spinal cord stimulator told by its generator's pocket or its generator's kind, never a trial's external
generator; a procedure its clause says was only talked about is no procedure of today, unless the talk is consent.
All sentences are new wordings, fictional."""
from __future__ import annotations

import pytest

from nlp import extract

_SCS_BODY = ("Consent was signed and a time-out held. Under fluoroscopy two percutaneous leads were steered to the "
             "top of T9 through 14-gauge needles at T12-L1. {generator} The wounds were closed. No complications.")


def _families(text: str) -> list[str]:
    return [p.family for p in extract(text).procedures]


@pytest.mark.parametrize("generator", [
    "A pocket was created in the right buttock for the pulse generator, and the leads were tunneled there.",
    "Leads were tunneled to the flank, where the implantable pulse generator was connected and sutured in place.",
    "Then implantation of a rechargeable pulse generator in the left buttock followed.",
])
def test_scs_implant_named_by_generator_or_pocket(generator: str) -> None:
    text = "Low back and leg pain, failed back surgery.\n\n" + _SCS_BODY.format(generator=generator)
    assert _families(text) == ["scs_implant"]


def test_guard_trial_external_generator_is_no_implant() -> None:
    text = ("Low back and leg pain, failed back surgery.\n\n" + _SCS_BODY.format(
        generator="The leads were taped to the skin and the external trial pulse generator was connected."))
    assert "scs_implant" not in _families(text)


_BLOCK = ("Right infraspinatus region pain from rotator cuff arthropathy.\n\nUnder ultrasound guidance a right "
          "suprascapular nerve block was done with 5 mL of 0.25% bupivacaine. Pain went from 6/10 to 2/10. {plan}")


@pytest.mark.parametrize("plan", [
    "Radiofrequency ablation of the same nerve was mentioned to him for the future.",
    "Pulsed radiofrequency treatment of this nerve has been briefly discussed as something to revisit.",
])
def test_procedure_only_talked_about_is_not_today(plan: str) -> None:
    assert _families(_BLOCK.format(plan=plan)) == ["peripheral_nerve_block"]


def test_guard_consent_talk_keeps_procedure() -> None:
    text = ("Neck pain.\n\nCervical facet disease. Right C4-5 and C5-6 medial branch radiofrequency ablation was "
            "discussed including its risks, and she agreed to proceed; the ablation was carried out under "
            "fluoroscopy with lesions at 80 C for 90 seconds.")
    assert "facet_rfa" in _families(text)
