"""The facts contract: what a procedure note says, as typed data.

The NLP layer (`nlp`) produces a :class:`NoteFacts`; integrators that extract facts elsewhere
may send the same structure as JSON. The coding engine reads nothing else, which is why every
field is optional: a fact that is absent is a fact the note did not document, and the checker
turns that absence into a finding. Every fact carries its evidence (character offsets into the
source note and the text there); evidence is empty when facts arrive as JSON.

Vocabularies are closed (`Literal`) where the knowledge base keys on them, so a typo in
integrator JSON is a validation error instead of a silently missed rule.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

# --- closed vocabularies -------------------------------------------------------------------

Family = Literal[
    "interlaminar_epidural",  # interlaminar and caudal
    "transforaminal_epidural",
    "facet_injection",  # intra-articular or medial branch block
    "facet_rfa",
    "si_joint_injection",
    "si_joint_nerve_block",
    "si_joint_rfa",
    "trigger_point",
    "occipital_nerve_block",
    "peripheral_nerve_block",
    "genicular_nerve_block",
    "genicular_rfa",
    "sympathetic_block",
    "joint_injection",
    "scs_trial",
    "scs_implant",
    "vertebral_augmentation",
    "pump_refill",
]
FAMILIES: tuple[str, ...] = Family.__args__  # type: ignore[attr-defined]

Approach = Literal[
    "interlaminar",
    "caudal",
    "transforaminal",
    "intra_articular",
    "medial_branch",
    "lateral_branch",  # SI joint: L5 dorsal ramus and S1-S3 lateral branches
    "periarticular",
    "percutaneous",
    "open",
    "vertebroplasty",
    "kyphoplasty",  # augmentation with cavity creation
]

Region = Literal[
    "cervical",
    "thoracic",
    "lumbar",
    "sacral",
    "sacroiliac",
    "occipital",
    "knee",
    "hip",
    "shoulder",
    "elbow",
    "wrist",
    "hand",
    "ankle",
    "foot",
    "other",
]

Side = Literal["left", "right", "bilateral"]
ImagingModality = Literal["fluoroscopy", "ct", "ultrasound", "none"]
Intent = Literal["diagnostic", "therapeutic"]
SedationType = Literal["none", "local", "minimal", "moderate", "deep", "mac", "general"]
PlaceOfService = str  # CMS two-digit code: "11" office, "19"/"22" hospital outpatient, "24" ASC
Timing = Literal["baseline", "pre", "post", "follow_up"]
MentionSource = Literal["title", "header", "body"]


class Model(BaseModel):
    """Base for all facts: strict about unknown keys so integrator JSON typos surface."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class Evidence(Model):
    """Where a fact was read: half-open character offsets into the note and the text there."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    section: str | None = Field(default=None, description="Section the span lies in, e.g. 'indications'.")


class Fact(Model):
    """Anything the note states, with the places it states it."""

    evidence: list[Evidence] = Field(default_factory=list)


class TextFact(Fact):
    value: str


class FlagFact(Fact):
    """A yes/no fact; `value=False` means the note says it explicitly did not happen."""

    value: bool


class NumberFact(Fact):
    value: float


class ValueMention(Fact):
    """One place a value was written (title, header field or body), kept to detect conflicts."""

    value: str
    source: MentionSource = "body"


# --- procedures -------------------------------------------------------------------------------


class Level(Fact):
    """A treated level. Joints normalise to 'L4-L5', 'L5-S1', 'C7-T1', 'T12-L1'; roots to 'L5', 'S1';
    vertebral bodies to 'L1'; SI joint and peripheral targets use their own names."""

    name: str
    kind: Literal["joint", "root", "body", "segment", "other"] = "joint"
    side: Side | None = None


class Nerve(Fact):
    """A nerve named in the note, e.g. 'L4 medial branch', 'L5 dorsal ramus', 'superomedial genicular'."""

    name: str
    side: Side | None = None


class Imaging(Fact):
    modality: ImagingModality | None = None
    saved_images: bool | None = Field(default=None, description="Permanent images saved/recorded.")
    views: int | None = Field(default=None, description="Number of views saved, when stated.")


class Contrast(Fact):
    used: bool | None = None
    agent: str | None = Field(default=None, description="Generic or brand, e.g. 'iohexol'.")
    strength_mg_iodine_per_ml: float | None = None
    volume_ml: float | None = None
    reason_not_used: str | None = Field(default=None, description="E.g. 'contrast allergy', 'pregnancy'.")


class Sedation(Fact):
    type: SedationType | None = None
    agents: list[str] = Field(default_factory=list)
    doses: list[str] = Field(default_factory=list, description="As written, e.g. '2 mg midazolam'.")
    start_time: str | None = Field(default=None, description="HH:MM as documented.")
    stop_time: str | None = None
    intraservice_minutes: int | None = None
    independent_observer: bool | None = None
    by_proceduralist: bool | None = Field(default=None, description="False when another clinician sedated.")
    justification: str | None = None


class RadiofrequencyParams(Fact):
    technique: Literal["thermal", "cooled", "pulsed", "chemical", "cryo", "other"] | None = None
    temperature_c: float | None = None
    duration_s: float | None = None
    lesions_per_nerve: int | None = None


class Device(Fact):
    """SCS leads and generators, pumps."""

    kind: Literal["lead", "paddle", "generator", "pump"]
    count: int = 1
    name: str | None = None


class Procedure(Fact):
    family: Family
    approach: Approach | None = None
    target: str | None = Field(
        default=None,
        description="Named target where the family needs one: sympathetic ganglion ('stellate', "
        "'lumbar_sympathetic', 'thoracic_sympathetic', 'celiac', 'superior_hypogastric', "
        "'ganglion_impar'), joint ('knee', 'shoulder', 'wrist', 'finger', ...), nerve "
        "('greater_occipital', 'lesser_occipital', 'suprascapular', ...).",
    )
    region: Region | None = None
    laterality: Side | None = None
    levels: list[Level] = Field(default_factory=list)
    nerves: list[Nerve] = Field(default_factory=list)
    muscles: list[TextFact] = Field(default_factory=list, description="Trigger point muscles.")
    imaging: Imaging | None = None
    contrast: Contrast | None = None
    sedation: Sedation | None = None
    catheter_left_in_place: bool | None = None
    intent: Intent | None = None
    radiofrequency: RadiofrequencyParams | None = None
    devices: list[Device] = Field(default_factory=list)
    cavity_creation: bool | None = Field(default=None, description="Vertebral augmentation: balloon/cavity.")
    pump_reprogrammed: bool | None = None
    performed_by_physician: bool | None = Field(default=None, description="Pump refill needing physician skill.")
    laterality_mentions: list[ValueMention] = Field(
        default_factory=list, description="Every place a side was written, to detect conflicts."
    )
    level_mentions: list[ValueMention] = Field(
        default_factory=list, description="Every place a level set was written, to detect conflicts."
    )
    incomplete: bool | None = Field(default=None, description="Planned levels not all done / discontinued.")
    repeat: FlagFact | None = Field(
        default=None, description="The note says this procedure repeats an earlier one of the same kind."
    )


# --- drugs ------------------------------------------------------------------------------------


class Drug(Fact):
    generic: str = Field(description="Normalised generic name, e.g. 'methylprednisolone_acetate'.")
    written: str | None = Field(default=None, description="Name as written, e.g. 'Depo-Medrol'.")
    dose: float | None = Field(default=None, description="Total administered amount in `dose_unit`.")
    dose_unit: Literal["mg", "mcg", "units", "ml"] | None = None
    concentration: str | None = Field(default=None, description="As written, e.g. '40 mg/mL', '0.25%'.")
    volume_ml: float | None = None
    per_site: bool | None = Field(default=None, description="Dose stated per site and multiplied out.")
    sites: int | None = None
    route: str | None = None
    container: Literal["single_dose", "multi_dose"] | None = None
    discarded: float | None = Field(default=None, description="Amount discarded, in `dose_unit`.")
    role: Literal["steroid", "anesthetic", "contrast", "sedative", "toxin", "nsaid", "other"] | None = None


# --- assessments and necessity ----------------------------------------------------------------


class PainScore(Fact):
    timing: Timing
    value: float
    scale_max: float | None = 10
    scale: str | None = Field(default=None, description="'NRS', 'VAS', 'ODI', ...")


class Relief(Fact):
    percent: float
    duration_days: float | None = None
    ordinal: int | None = Field(default=None, description="1 for the first diagnostic block, 2 for the second.")
    procedure: str | None = None


class Assessments(Model):
    pain_scores: list[PainScore] = Field(default_factory=list)
    percent_relief: list[Relief] = Field(default_factory=list, description="Relief after this procedure.")
    diagnostic_blocks: list[Relief] = Field(default_factory=list, description="Prior diagnostic block results.")
    prior_procedure_response: list[Relief] = Field(default_factory=list)
    functional_scales: list[TextFact] = Field(default_factory=list, description="ODI, PDAS, ... as written.")


class Diagnosis(Fact):
    text: str
    icd10: str | None = None


class Duration(Fact):
    weeks: float


class ConservativeCare(Fact):
    modality: str = Field(description="'physical_therapy', 'nsaids', 'home_exercise', 'chiropractic', ...")
    weeks: float | None = None
    outcome: Literal["failed", "partial", "helped", "intolerant"] | None = None


class PsychologicalEvaluation(Fact):
    """A psychological evaluation before spinal cord stimulation (NCD 160.7 patient selection).

    `performed=False` when the note says it has not been done (or is still pending); `cleared` is
    the stated result: True when the patient was cleared / found an appropriate candidate, False
    when the evaluation found a contraindication, None when the note gives no result."""

    performed: bool = True
    cleared: bool | None = None


class Necessity(Model):
    diagnoses: list[Diagnosis] = Field(default_factory=list)
    symptom_duration: Duration | None = None
    conservative_care: list[ConservativeCare] = Field(default_factory=list)
    functional_impairment: list[TextFact] = Field(default_factory=list)
    imaging_findings: list[TextFact] = Field(default_factory=list)
    radicular_findings: list[TextFact] = Field(default_factory=list)
    exam_findings: list[TextFact] = Field(
        default_factory=list,
        description="Examination findings a requirement names (trigger points: taut band, twitch, referred pain).",
    )
    indication: TextFact | None = Field(default=None, description="The stated reason for the procedure.")
    psychological_evaluation: PsychologicalEvaluation | None = Field(
        default=None, description="Psychological evaluation before spinal cord stimulation, when mentioned."
    )


class PriorSessions(Fact):
    """Earlier sessions of a procedure that the note's history reports, for LCD frequency limits.

    One entry per statement: "her fifth lumbar ESI in the past 12 months" gives `prior_count` 4
    and `window_days` 365; "prior injections 1/2026, 4/2026 and 7/2026" gives three `prior_dates`;
    "last TFESI 6 weeks ago" gives `last_days_ago` 42. The facts keep what was written; the checker
    decides which entries fall in the rolling window of the date of service and which procedure
    they are about (`procedure` is matched like `Relief.procedure`)."""

    procedure: str | None = Field(
        default=None, description="The procedure as written ('lumbar ESI', 'RFA'); None when generic ('injections')."
    )
    region: Region | None = None
    intent: Intent | None = None
    prior_count: int | None = Field(
        default=None, ge=0, description="Sessions before this one that the statement counts within `window_days`."
    )
    window_days: int | None = Field(
        default=None, ge=1, description="Every counted session lies within this many days before the date of service."
    )
    prior_dates: list[dt.date] = Field(
        default_factory=list, description="Dates of earlier sessions; a month alone is its first day."
    )
    last_days_ago: float | None = Field(default=None, ge=0, description="Days from the most recent earlier session.")


class DocumentedElement(Fact):
    """A documentation element a learned verifier (`nlp.presence`) reads as documented in a sentence.

    Separate from the rule facts on purpose: it carries no value, only "this sentence documents E"
    with the model's probability, so the checker can hold back a missing-element finding for E and
    show the sentence for confirmation instead, never feed it into a code or a value check."""

    element: str = Field(description="Finding element, e.g. 'time_out'.")
    score: float = Field(ge=0.0, le=1.0, description="The verifier's probability for the sentence.")


class Encounter(Model):
    date_of_service: dt.date | None = None
    place_of_service: PlaceOfService | None = None
    payer: str | None = None


class NoteFacts(Model):
    """Everything the coding engine needs from one note."""

    source: str | None = Field(default=None, description="File name or caller reference; never note text.")
    encounter: Encounter = Field(default_factory=Encounter)
    procedures: list[Procedure] = Field(default_factory=list)
    drugs: list[Drug] = Field(default_factory=list)
    assessments: Assessments = Field(default_factory=Assessments)
    necessity: Necessity = Field(default_factory=Necessity)
    consent: FlagFact | None = None
    time_out: FlagFact | None = None
    complications: TextFact | None = Field(default=None, description="value 'none' when none documented.")
    discharge_condition: TextFact | None = None
    placeholders: list[Evidence] = Field(
        default_factory=list, description="Unfilled template blanks found in the note ('***', '____')."
    )
    prior_sessions: list[PriorSessions] = Field(
        default_factory=list, description="Earlier sessions the history reports (for frequency limits)."
    )
    documented_elements: list[DocumentedElement] = Field(
        default_factory=list,
        description="Sentences the presence verifier reads as documenting an element, for the elements whose presence "
        "check failed having read nothing (analyze runs the verifier only for those; nlp.extract: every element).",
    )
