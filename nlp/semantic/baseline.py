"""The "rules only" side of the semantic evaluation, for one sentence.

When the rule pipeline's ``nlp.extract`` exists it is the baseline (run with the matcher
switched off). Until it lands, a small keyword baseline stands in for it: roughly the phrases a
first rule set catches ("8 weeks of physical therapy", "MRI shows", "radiates", "80% relief
after the medial branch block"). Reports always say which baseline was used.
"""

from __future__ import annotations

import os
import re
from typing import Callable

from pydantic import BaseModel

from coding.facts import ConservativeCare, Duration, Evidence, NoteFacts, Relief, TextFact

#: Element -> pattern(s) that must all match for the keyword baseline to claim the element.
KEYWORDS: dict[str, tuple[str, ...]] = {
    "symptom_duration": (r"\b(?:pain|symptoms?)\b.*\b(?:for|x)\s+(?:the\s+(?:past|last)\s+)?\d+\s+(?:weeks?|months?|years?)\b",),
    "conservative_care": (
        r"\b(?:physical\s+therapy|pt|nsaids?|home\s+exercise|chiropractic|conservative\s+(?:care|treatment|management))\b",
        r"\b(?:failed|without\s+(?:relief|benefit|improvement)|no\s+(?:relief|improvement))\b",
    ),
    "functional_impairment": (r"\b(?:oswestry|odi|unable\s+to|difficulty\s+(?:walking|standing|sitting|sleeping)|adls?)\b",),
    "imaging_findings": (r"^\s*(?:mri|ct|x-?rays?)\b.*\b(?:shows?|demonstrates?|reveals?|:)", ),
    "radicular_findings": (r"\b(?:radiat\w*|radicul\w*|dermatom\w*|positive\s+straight\s+leg\s+raise|slr\s+positive)\b",),
    "prior_procedure_response": (
        r"\b(?:prior|previous|last)\b.*\b(?:injection|epidural|esi|ablation|rfa)\b",
        r"\d+\s*%",
    ),
    "diagnostic_block_relief": (r"\b(?:medial\s+branch\s+blocks?|mbb|diagnostic\s+blocks?)\b", r"\d+\s*%\s+relief"),
}


def keyword_facts(text: str) -> NoteFacts:
    """Facts the keyword baseline finds in one sentence (evidence = the whole sentence)."""
    facts = NoteFacts()
    ev = [Evidence(start=0, end=len(text), text=text)]
    low = text.lower()
    hit = {e: all(re.search(p, low) for p in ps) for e, ps in KEYWORDS.items()}
    n, a = facts.necessity, facts.assessments
    if hit["symptom_duration"]:
        n.symptom_duration = Duration(weeks=0, evidence=ev)  # the element, not its value, is scored
    if hit["conservative_care"]:
        n.conservative_care.append(ConservativeCare(modality="other", outcome="failed", evidence=ev))
    for element in ("functional_impairment", "imaging_findings", "radicular_findings"):
        if hit[element]:
            getattr(n, element).append(TextFact(value=text, evidence=ev))
    if hit["prior_procedure_response"]:
        a.prior_procedure_response.append(Relief(percent=0, evidence=ev))
    if hit["diagnostic_block_relief"]:
        a.diagnostic_blocks.append(Relief(percent=0, evidence=ev))
    return facts


#: Each sentence is read as the body of a history section, where necessity statements live
#: (and where section-aware rules look for them); evidence offsets are shifted back afterwards.
SENTENCE_PREFIX = "HISTORY:\n"


def _shift(model: BaseModel, delta: int) -> None:
    """Move every Evidence offset inside `model` by `delta` characters (in place)."""
    if isinstance(model, Evidence):
        model.start = max(0, model.start + delta)
        model.end = max(0, model.end + delta)
        return
    for name in type(model).model_fields:
        value = getattr(model, name)
        items = value if isinstance(value, list) else [value]
        for item in items:
            if isinstance(item, BaseModel):
                _shift(item, delta)


class RulesOnly:
    """``nlp.extract`` with the matcher switched off, on ``SENTENCE_PREFIX + sentence``.

    A sentence it fails on counts as no facts (and is counted in `errors`, which the evaluation
    prints) so one rule bug cannot hide the table.
    """

    name = "rule pipeline (nlp.extract on 'HISTORY:' + sentence, semantic off)"

    def __init__(self, extract: Callable[[str], NoteFacts]) -> None:
        self.extract = extract
        self.errors = 0

    def __call__(self, text: str) -> NoteFacts:
        previous = os.environ.get("PAINPOINT_SEMANTIC")  # rules-only baseline: matcher off for this call
        os.environ["PAINPOINT_SEMANTIC"] = "0"
        try:
            facts = self.extract(SENTENCE_PREFIX + text)
            if not isinstance(facts, NoteFacts):
                return NoteFacts()
            facts = facts.model_copy(deep=True)
            _shift(facts, -len(SENTENCE_PREFIX))
            return facts
        except Exception:  # noqa: BLE001 - reported as a count, never with the text
            self.errors += 1
            return NoteFacts()
        finally:
            if previous is None:
                os.environ.pop("PAINPOINT_SEMANTIC", None)
            else:
                os.environ["PAINPOINT_SEMANTIC"] = previous


def rule_extractor(prefer: str = "auto") -> tuple[str, Callable[[str], NoteFacts]]:
    """(name, function) of the rules-only extractor: ``auto`` takes ``nlp.extract`` when it
    exists, else the keyword baseline; ``keywords`` forces the keyword baseline."""
    if prefer != "keywords":
        try:
            from nlp import extract  # type: ignore[attr-defined]
        except ImportError:
            pass
        else:
            return RulesOnly.name, RulesOnly(extract)
    reason = "" if prefer == "keywords" else " (nlp.extract not available yet)"
    return f"keyword baseline{reason}", keyword_facts


def elements_present(facts: NoteFacts) -> set[str]:
    """Necessity elements a NoteFacts documents."""
    n, a = facts.necessity, facts.assessments
    found = {
        "symptom_duration": n.symptom_duration is not None,
        "conservative_care": bool(n.conservative_care),
        "functional_impairment": bool(n.functional_impairment or a.functional_scales),
        "imaging_findings": bool(n.imaging_findings),
        "radicular_findings": bool(n.radicular_findings),
        "prior_procedure_response": bool(a.prior_procedure_response),
        "diagnostic_block_relief": bool(a.diagnostic_blocks),
    }
    return {e for e, present in found.items() if present}
