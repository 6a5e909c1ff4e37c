"""The closed label set of the semantic matcher: the necessity elements it can add, plus ``none``.

Each label is named for the facts-contract field it fills (``coding/facts.py``), so an element's
name is the same in the corpus, the trained head, the evaluation table and the findings.
"""

from __future__ import annotations

from typing import Literal

Label = Literal[
    "symptom_duration",  # -> Necessity.symptom_duration (Duration, weeks parsed from the sentence)
    "conservative_care",  # -> Necessity.conservative_care (modality, weeks, outcome)
    "functional_impairment",  # -> Necessity.functional_impairment (TextFact)
    "imaging_findings",  # -> Necessity.imaging_findings (TextFact)
    "radicular_findings",  # -> Necessity.radicular_findings (TextFact)
    "prior_procedure_response",  # -> Assessments.prior_procedure_response (Relief, percent parsed)
    "diagnostic_block_relief",  # -> Assessments.diagnostic_blocks (Relief, percent parsed)
    "none",
]
LABELS: tuple[str, ...] = Label.__args__  # type: ignore[attr-defined]
#: Labels that become facts (everything but ``none``).
ELEMENTS: tuple[str, ...] = tuple(label for label in LABELS if label != "none")
