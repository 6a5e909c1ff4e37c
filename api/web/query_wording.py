"""Drafting a documentation query to the physician from one finding.

A compliant query (AHIMA/ACDIS query practice) is open-ended, states the clinical indicators found
in the record, asks the physician to clarify in their own words, and never suggests an answer,
never offers the fix sentence, and never mentions payment, codes or their effect. The wording comes
from the finding's element (what is unclear) and its requirement (why it is asked), never from the
finding's `fix`. Requirement texts written for coders can mention billing, so such a text is left
out and only its citation kept.
"""

from __future__ import annotations

import datetime as dt
import re

from coding.result import Finding

# What the physician is asked to clarify, per documentation element.
TOPICS: dict[str, str] = {
    "indication": "the indication for the procedure",
    "diagnosis": "the diagnosis or diagnoses that the procedure addressed",
    "symptom_duration": "how long the patient's symptoms have been present",
    "conservative_care": "the conservative care the patient has received before the procedure, and its outcome",
    "functional_impairment": "the patient's functional status or limitations",
    "imaging_findings": "the imaging findings relevant to this procedure",
    "pre_procedure_pain_score": "the patient's pain level before the procedure",
    "post_procedure_pain_score": "the patient's pain level after the procedure",
    "percent_relief": "the degree of relief the patient reported",
    "diagnostic_block_relief": "the patient's response to the prior diagnostic block(s)",
    "prior_procedure_response": "the patient's response to prior procedures",
    "levels": "the spinal level(s) or site(s) treated",
    "laterality": "the side(s) treated",
    "approach": "the approach used for the procedure",
    "imaging_guidance": "the guidance used during the procedure",
    "saved_images": "whether images were saved to the record",
    "contrast": "the use of contrast during the procedure",
    "drug_name": "the medication(s) administered",
    "drug_dose": "the dose and amount of each medication administered",
    "dose_ceiling": "the total steroid dose given in this session",
    "consent": "the consent process for the procedure",
    "time_out": "the pre-procedure verification (time-out)",
    "complications": "any complications, or their absence",
    "sedation_details": "the sedation provided, including who monitored the patient and the times",
    "muscle_count": "the muscles injected",
    "frequency": "the timing of this procedure relative to prior treatments",
    "level_limit": "the level(s) or site(s) treated in this session",
    "laterality_conflict": "the side(s) treated, which the note describes in more than one way",
    "code_validity": "the diagnosis, as specifically as the clinical findings allow",
}

FORBIDDEN = re.compile(
    r"reimburs|payment|\bpaid\b|\bpay\b|payer|bill|\bclaim|\bcpt\b|\bhcpcs\b|\bicd|\bcodes?\b|coding|modifier"
    r"|revenue|denial|\bdenied\b|money|dollar|\brvu",
    re.IGNORECASE,
)


def draft_query(finding: Finding, date_of_service: dt.date | None, indicators: list[str]) -> str:
    """The query text. `indicators` are the note passages the finding points at (may be empty)."""
    topic = TOPICS.get(finding.element, finding.element.replace("_", " "))
    when = f" dated {date_of_service.isoformat()}" if date_of_service else ""
    parts = [f"Documentation clarification request for the procedure note{when}."]
    if indicators:
        quoted = "; ".join(f'"{i.strip()}"' for i in indicators if i.strip())
        parts.append(f"The note states: {quoted}.")
    parts.append(f"The documentation of {topic} is unclear or could not be found in the note.")
    requirement = finding.requirement
    if not FORBIDDEN.search(requirement.text):
        parts.append(f"Documentation standard: {requirement.text.strip()}")
    if not FORBIDDEN.search(requirement.source):
        parts.append(f"(Reference: {requirement.source.strip()})")
    parts.append(
        f"Based on your clinical judgment, please clarify {topic} in the medical record. "
        "If this cannot be clinically determined, please document that."
    )
    return " ".join(parts)
