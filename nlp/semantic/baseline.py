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


def rule_extractor() -> tuple[str, Callable[[str], NoteFacts]]:
    """(name, function) of the best available rules-only extractor."""
    try:
        from nlp import extract  # type: ignore[attr-defined]
    except ImportError:
        return "keyword baseline (nlp.extract not available yet)", keyword_facts

    def rules_only(text: str) -> NoteFacts:
        previous = os.environ.get("PAINPOINT_SEMANTIC")
        os.environ["PAINPOINT_SEMANTIC"] = "0"
        try:
            return extract(text)
        finally:
            if previous is None:
                os.environ.pop("PAINPOINT_SEMANTIC", None)
            else:
                os.environ["PAINPOINT_SEMANTIC"] = previous

    return "rule pipeline (nlp.extract, semantic off)", rules_only


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
