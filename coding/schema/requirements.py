"""Schema of `coding/kb/requirements.yaml`: documentation requirements per procedure family.

Each requirement names one documentation element (the closed `coding.result.Element` vocabulary),
the families it applies to, the preconditions under which it applies, and a *named check with
parameters*. The check logic lives in `coding.documentation`; the knowledge (which check, which
thresholds, which families, which payers, since when) lives here as data so a practice overlay or
an LCD revision changes YAML, not code.

The check parameters are a discriminated union on `kind`, so an unknown check name or a misspelt
parameter fails at load time with the entry's id in the message rather than silently at coding time.
Fix sentences may contain slots such as `{pre_score}`; the set of slot names is closed
(:data:`FIX_SLOTS`) and validated here so a typo cannot leak a raw brace into a physician's note.
"""

from __future__ import annotations

import datetime as dt
import re
import string
from typing import Annotated, Literal, Union

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator, model_validator

from coding.facts import FAMILIES, Approach, ImagingModality, Intent, Region, SedationType
from coding.knowledge import kb_section
from coding.result import Element, Severity
from coding.schema.payers import PayerSettings


def _compiles(patterns: list[str] | None) -> list[str] | None:
    """Regexes in the KB are compiled at load time so a broken one fails there, not while coding."""
    for pattern in patterns or []:
        try:
            re.compile(pattern)
        except re.error as exc:  # a ValueError, so pydantic reports it with the entry's path
            raise ValueError(f"invalid regular expression {pattern!r}: {exc}") from None
    return patterns


#: A list of regular expressions, each checked to compile when the knowledge base loads.
Patterns = Annotated[list[str], AfterValidator(_compiles)]

FamilyOrAll = Literal[FAMILIES + ("all",)]  # type: ignore[valid-type]

# Slots a fix sentence may use; `coding.documentation` fills them from facts, '___' when unknown.
FIX_SLOTS: frozenset[str] = frozenset(
    {
        "family",  # human label of the procedure family, e.g. 'transforaminal epidural'
        "levels",  # 'L4-L5, L5-S1'
        "side",  # 'left', 'right', 'bilateral'
        "approach",
        "modality",  # imaging modality as written in the facts
        "pre_score",
        "post_score",
        "scale",  # 'NRS'
        "scale_max",  # '10'
        "symptom_weeks",
        "care_weeks",
        "relief",  # best documented relief percent for the check's source
        "relief_days",
        "drugs",  # names of drugs missing a dose, or all drugs
        "temperature",
        "views",
        "missing",  # the sub-items a compound check found missing, e.g. 'start and stop times'
        "sessions",  # sessions the history counts in the rolling window, this one included
        "max_sessions",  # the frequency limit of the requirement
    }
)

# Fact paths the generic `present` check may read. `procedure.*` is the procedure being checked.
FactPath = Literal[
    "necessity.indication",
    "necessity.diagnoses",
    "necessity.functional_impairment",
    "necessity.imaging_findings",
    "necessity.radicular_findings",
    "necessity.exam_findings",
    "necessity.symptom_duration",
    "necessity.conservative_care",
    "necessity.psychological_evaluation",
    "assessments.functional_scales",
    "assessments.percent_relief",
    "consent",
    "time_out",
    "complications",
    "discharge_condition",
    "procedure.levels",
    "procedure.muscles",
    "procedure.nerves",
    "procedure.devices",
    "procedure.target",
    "procedure.intent",
    "procedure.region",
    "procedure.pump_reprogrammed",
    "procedure.performed_by_physician",
]
ReliefSource = Literal["percent_relief", "diagnostic_blocks", "prior_procedure_response"]
SedationItem = Literal[
    "agents", "doses", "start_time", "stop_time", "intraservice_minutes", "independent_observer", "justification"
]
DrugRole = Literal["steroid", "anesthetic", "contrast", "sedative", "toxin", "nsaid", "other"]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


# --- check parameters: one model per named check kind -----------------------------------------


class PresentCheck(Strict):
    """Met when any of `paths` holds a value (non-empty list, text, or a flag that is true), or when
    every path of one `or_all_of` group does (e.g. an indication stated as diagnosis plus history)."""

    kind: Literal["present"]
    paths: list[FactPath] = Field(min_length=1)
    or_all_of: list[list[FactPath]] = Field(default_factory=list)


class MinWeeksCheck(Strict):
    """Symptom duration documented and at least `min_weeks` (None: documented at all)."""

    kind: Literal["symptom_duration"]
    min_weeks: float | None = Field(default=None, ge=0)


class ConservativeCareCheck(Strict):
    """Some conservative care with an outcome in `outcomes`, lasting `min_weeks` (longest modality)."""

    kind: Literal["conservative_care"]
    min_weeks: float | None = Field(default=None, ge=0)
    outcomes: list[Literal["failed", "partial", "helped", "intolerant"]] = Field(
        default_factory=lambda: ["failed", "intolerant", "partial"]
    )


class PainScoreCheck(Strict):
    """A pain score at `timing`; with `same_scale_as`, on the same scale as that timing's score."""

    kind: Literal["pain_score"]
    timing: Literal["baseline", "pre", "post", "follow_up"]
    same_scale_as: Literal["baseline", "pre", "post", "follow_up"] | None = None


class ReliefCheck(Strict):
    """`count` relief entries in `source`, each at least `min_percent` for at least `min_days`."""

    kind: Literal["relief"]
    source: ReliefSource
    min_percent: float | None = Field(default=None, ge=0, le=100)
    min_days: float | None = Field(default=None, ge=0)
    count: int = Field(default=1, ge=1)
    derive_from_scores: bool = Field(
        default=False,
        description="percent_relief only: without a stated percent, derive it from the pre and post "
        "pain scores when both are on the same scale ((pre - post) / pre).",
    )
    stated: bool = Field(
        default=False,
        description="The percent must be written in the note: a derived one leaves the check unmet but "
        "capped at info, with the derived value offered in the fix sentence.",
    )


class ImagingCheck(Strict):
    kind: Literal["imaging_modality_in"]
    values: list[ImagingModality] = Field(min_length=1)


class ContrastCheck(Strict):
    """Contrast used, or not used for a reason matching one of `accepted_reasons` (regexes)."""

    kind: Literal["contrast"]
    accepted_reasons: Patterns = Field(default_factory=list)


class SavedImagesCheck(Strict):
    """Images saved; with `min_views`, the note must state at least that many views."""

    kind: Literal["saved_images"]
    min_views: int | None = Field(default=None, ge=1)


class DrugNamedCheck(Strict):
    """At least one drug whose role is not in `exclude_roles` (contrast and sedatives by default)."""

    kind: Literal["drug_named"]
    exclude_roles: list[DrugRole] = Field(default_factory=lambda: ["contrast", "sedative"])


class DrugDoseCheck(Strict):
    """Every drug (roles not excluded) has a dose with unit, or a volume with a concentration."""

    kind: Literal["drug_dose"]
    exclude_roles: list[DrugRole] = Field(default_factory=lambda: ["contrast", "sedative"])


class DoseCeilingCheck(Strict):
    """Steroid totals of the session against their ceilings (drugs.yaml `session_ceiling`). `reading:
    over_ceiling` reports a total above the ceiling that is still a plausible dose; `misread` one above the
    misread bound (drugs.yaml `dose_sanity`), for which no drug line is proposed."""

    kind: Literal["dose_ceiling"]
    reading: Literal["over_ceiling", "misread"]


class LateralityCheck(Strict):
    kind: Literal["laterality"]


class LevelsCheck(Strict):
    """At least `min_count` levels; with `accept_nerves`, named nerves (e.g. 'L4 medial branch') count too,
    since the engine maps them to the joints they supply."""

    kind: Literal["levels"]
    min_count: int = Field(default=1, ge=1)
    accept_nerves: bool = False


class ApproachCheck(Strict):
    kind: Literal["approach_in"]
    values: list[Approach] = Field(min_length=1)


class IntentCheck(Strict):
    kind: Literal["intent"]


class RadiofrequencyCheck(Strict):
    """Lesion technique in `techniques` and temperature >= `min_temperature_c` (inclusive)."""

    kind: Literal["radiofrequency"]
    techniques: list[Literal["thermal", "cooled", "pulsed", "chemical", "cryo", "other"]] = Field(min_length=1)
    min_temperature_c: float | None = None


class SedationCheck(Strict):
    kind: Literal["sedation"]
    require: list[SedationItem] = Field(min_length=1)


class TextMentionsCheck(Strict):
    """Some text fact in `paths` matches one of `patterns` (case-insensitive regexes).

    For elements the facts contract has no field for (e.g. a psychological evaluation before SCS)."""

    kind: Literal["text_mentions"]
    paths: list[FactPath] = Field(min_length=1)
    patterns: Patterns = Field(min_length=1)


class FrequencyCheck(Strict):
    """At most `max_sessions` sessions of the family, this one included, within `window_days` before the
    date of service, counted from the history's `prior_sessions` entries.

    An entry is about this family when its procedure name matches the family's
    `meta.procedure_patterns` and none of `not_patterns` (e.g. 'ablation' is another family's
    session for a facet injection); unnamed entries ('prior injections') count. Entries of another
    `region_groups` group than the procedure's are another region's sessions. With `same_intent`,
    only entries of the procedure's intent (or of unstated intent) count. Entries may restate the
    same sessions, so the largest count of one entry is used, never a sum."""

    kind: Literal["frequency"]
    max_sessions: int = Field(ge=1)
    window_days: int = Field(default=365, ge=1)
    region_groups: list[list[Region]] = Field(default_factory=list)
    not_patterns: Patterns = Field(default_factory=list)
    same_intent: bool = False


class PsychologicalEvaluationCheck(Strict):
    """A psychological evaluation is documented as performed and not stated to have found a
    contraindication; with `require_cleared`, its result (cleared) must be written.

    Facts without the structured field (integrator JSON written before it existed) fall back to a
    text fact in `mention_paths` matching one of `mention_patterns`; such a mention states no result."""

    kind: Literal["psychological_evaluation"]
    require_cleared: bool = False
    mention_paths: list[FactPath] = Field(default_factory=list)
    mention_patterns: Patterns = Field(default_factory=list)


class ImagingPerLevelCheck(Strict):
    """Every treated level is named in an imaging finding that matches one of `patterns`."""

    kind: Literal["imaging_per_level"]
    patterns: list[str] = Field(min_length=1)


class DiagnosisSupportCheck(Strict):
    """The diagnoses (mapped to ICD-10 through `icd10.yaml`) support the procedure family.

    `closed_list`: the payer lists the covered codes, so a diagnosis not on it is a defect; otherwise
    only a diagnosis the knowledge base marks as *not* supporting the family is flagged."""

    kind: Literal["diagnosis_supports"]
    closed_list: bool = False


class DiagnosisDocumentedCheck(Strict):
    """A diagnosis list, or (without one) an indication that names a codable diagnosis. Entries
    without a code that match a `vague_patterns` regex ('same', 'see prior notes') do not count."""

    kind: Literal["diagnosis_documented"]
    vague_patterns: Patterns = Field(default_factory=list)


class DiagnosisSpecificCheck(Strict):
    """Each diagnosis without a valid written code states the region / side / limb / muscle site
    its ICD-10 code needs (qualifiers of the first matching text rule in icd10.yaml)."""

    kind: Literal["diagnosis_specific"]


class Icd10ValidCheck(Strict):
    """Every ICD-10 code written in the note exists, is billable and is valid on the date of service."""

    kind: Literal["icd10_valid"]


CheckSpec = Annotated[
    Union[
        PresentCheck,
        MinWeeksCheck,
        ConservativeCareCheck,
        PainScoreCheck,
        ReliefCheck,
        ImagingCheck,
        ContrastCheck,
        SavedImagesCheck,
        DrugNamedCheck,
        DrugDoseCheck,
        DoseCeilingCheck,
        LateralityCheck,
        LevelsCheck,
        ApproachCheck,
        IntentCheck,
        RadiofrequencyCheck,
        SedationCheck,
        TextMentionsCheck,
        FrequencyCheck,
        PsychologicalEvaluationCheck,
        ImagingPerLevelCheck,
        DiagnosisSupportCheck,
        DiagnosisDocumentedCheck,
        DiagnosisSpecificCheck,
        Icd10ValidCheck,
    ],
    Field(discriminator="kind"),
]
CHECK_KINDS: tuple[str, ...] = tuple(
    m.model_fields["kind"].annotation.__args__[0]  # type: ignore[union-attr]
    for m in CheckSpec.__origin__.__args__  # type: ignore[attr-defined]
)


# --- preconditions -----------------------------------------------------------------------------


class AppliesWhen(Strict):
    """Preconditions; all given ones must hold. Absent means 'regardless'.

    * `intent`: the procedure's stated intent (an unstated intent matches neither value).
    * `sedation_given`: sedation of a level listed in `meta.sedation_levels` was given.
    * `sedation_types`: sedation type is one of these.
    * `sedation_by_proceduralist`: False only when the note says another clinician sedated.
    * `drugs_given`: any drug other than contrast and sedatives was given.
    * `paired_structure`: the target has a left and a right (see `meta.paired`).
    * `repeat`: the note documents the response to a prior procedure (a prior-response entry);
      a note silent about earlier procedures is read as a first procedure.
    * `prior_diagnostic_blocks`: prior diagnostic block results are documented.
    * `approach` / `target`: the procedure's approach / target is one of these.
    * `not_approach`: the procedure's approach is not one of these (an unstated approach passes).
    * `codes_any`: a proposed code line has one of these codes.
    * `unless_diagnosis`: the requirement does not apply when a diagnosis of the note maps to an
      ICD-10 code matching one of these regexes (e.g. '^B02\\.' for the acute-zoster exception).
    * `payer_setting` / `not_payer_setting`: a yes/no setting of the payer profile (payers.yaml) is
      on / off; how a payer resolves an unconfirmed or conflicting rule (e.g. FCSO's facet limit).
    """

    intent: Intent | None = None
    sedation_given: bool | None = None
    sedation_types: list[SedationType] | None = None
    sedation_by_proceduralist: bool | None = None
    drugs_given: bool | None = None
    paired_structure: bool | None = None
    repeat: bool | None = None
    prior_diagnostic_blocks: bool | None = None
    approach: list[Approach] | None = None
    not_approach: list[Approach] | None = None
    target: list[str] | None = None
    codes_any: list[str] | None = None
    unless_diagnosis: Patterns | None = None
    payer_setting: str | None = None
    not_payer_setting: str | None = None

    @field_validator("payer_setting", "not_payer_setting")
    @classmethod
    def _yes_no_setting(cls, value: str | None) -> str | None:
        """Only a boolean payer setting can switch a requirement on or off."""
        if value is not None:
            field = PayerSettings.model_fields.get(value)
            if field is None or field.annotation is not bool:
                raise ValueError(f"{value!r} is not a yes/no setting of coding.schema.payers.PayerSettings")
        return value


# --- the requirement ---------------------------------------------------------------------------


class InputSpec(Strict):
    """How a note template asks for the element."""

    type: Literal[
        "choice", "multi_choice", "text", "number", "score", "levels", "side", "drug_dose", "time", "yes_no"
    ]
    options: list[str] | None = None
    unit: str | None = None


class Source(Strict):
    text: str = Field(min_length=1, description="The rule in our own words.")
    citation: str = Field(min_length=1, description="Document ids/URLs with reliability tags [P]/[S]/[T]/[D].")

    @field_validator("citation")
    @classmethod
    def _tagged(cls, value: str) -> str:
        if not re.search(r"\[(P|S|T|D)[^\]]*\]", value):
            raise ValueError("citation must carry a reliability tag such as [P], [S], [T] or [D]")
        return value


class Effective(Strict):
    from_: dt.date = Field(alias="from")
    to: dt.date | None = None

    @model_validator(mode="after")
    def _ordered(self) -> "Effective":
        if self.to is not None and self.to < self.from_:
            raise ValueError("effective.to is before effective.from")
        return self

    def covers(self, day: dt.date) -> bool:
        return self.from_ <= day and (self.to is None or day <= self.to)


_SEVERITY_RANK = {"error": 0, "warning": 1, "info": 2}


class Requirement(Strict):
    id: str = Field(pattern=r"^[a-z0-9_]+(\.[a-z0-9_]+)+$")
    element: Element
    families: list[FamilyOrAll] = Field(min_length=1)  # type: ignore[valid-type]
    severity: Severity
    scope: Literal["procedure", "note"] = Field(
        default="procedure",
        description="'note': a note-wide element, reported once (procedure_index None) however many "
        "procedures the note has; 'procedure': reported per procedure.",
    )
    applies_when: AppliesWhen = Field(default_factory=AppliesWhen)
    check: CheckSpec
    message: str = Field(min_length=1)
    fix: str = Field(min_length=1)
    prompt: str = Field(min_length=1)
    input: InputSpec
    payers: list[str] = Field(min_length=1)
    source: Source
    effective: Effective
    status: Literal["confirmed", "unconfirmed", "conflict"] = "confirmed"

    @field_validator("fix")
    @classmethod
    def _known_slots(cls, value: str) -> str:
        for _, name, spec, conv in string.Formatter().parse(value):
            if name is None:
                continue
            if name not in FIX_SLOTS or spec or conv:
                raise ValueError(f"unknown fix slot {{{name}}}; allowed: {sorted(FIX_SLOTS)}")
        return value

    @model_validator(mode="after")
    def _uncertain_not_error(self) -> "Requirement":
        if self.status != "confirmed" and self.severity == "error":
            raise ValueError(f"status {self.status} requires severity warning or info, not error")
        return self

    def applies_to_family(self, family: str) -> bool:
        return "all" in self.families or family in self.families

    def applies_to_payer(self, payer: str) -> bool:
        return "all" in self.payers or payer in self.payers


def severity_rank(severity: str) -> int:
    """Sort key: errors first."""
    return _SEVERITY_RANK[severity]


class PairedSpec(Strict):
    families: list[FamilyOrAll] = Field(default_factory=list)  # type: ignore[valid-type]
    midline_targets: list[str] = Field(default_factory=list)
    sideless_families: list[FamilyOrAll] = Field(  # type: ignore[valid-type]
        default_factory=list,
        description="Families whose side words name a device site or both pedicles, never a side billed: no side conflict.",
    )


class UnparsedPresenceText(Strict):
    """Wording of the info that replaces a missing-element finding when the presence verifier holds a
    sentence for it ({label}: the element in words, {evidence}: that sentence)."""

    message: str
    fix: str


class PresenceSitesSpec(Strict):
    """Body sites a presence-verifier sentence may name (pv20): for `elements`, a sentence naming sites of which none
    fits the region of a procedure of `families` is about another procedure ('70% relief for 4 months after a knee
    injection' in a lumbar ESI note) and holds none of its findings back. A sentence naming no site, a procedure of
    another family or a region `fits` does not list is not judged."""

    elements: list[Element] = Field(default_factory=list)
    families: list[str] = Field(default_factory=list)
    sites: dict[str, list[str]] = Field(default_factory=dict, description="Site -> regexes naming it.")
    fits: dict[str, list[str]] = Field(default_factory=dict, description="Procedure region -> sites that are it.")

    @field_validator("families")
    @classmethod
    def _known_families(cls, value: list[str]) -> list[str]:
        unknown = [f for f in value if f not in FAMILIES]
        if unknown:
            raise ValueError(f"presence_sites: unknown families {unknown}")
        return value

    @field_validator("sites")
    @classmethod
    def _regexes(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        for patterns in value.values():
            for pattern in patterns:
                re.compile(pattern)
        return value

    @model_validator(mode="after")
    def _fits_name_sites(self) -> "PresenceSitesSpec":
        unknown = {s for sites in self.fits.values() for s in sites} - set(self.sites)
        if unknown:
            raise ValueError(f"presence_sites.fits: sites without patterns {sorted(unknown)}")
        return self


class RequirementsMeta(Strict):
    """File-wide settings the checks share (sedation levels, paired families, diluents, labels)."""

    title: str
    default_payer: str = "medicare"
    sedation_levels: list[SedationType] = Field(default_factory=lambda: ["moderate", "deep", "mac", "general"])
    diluent_patterns: list[str] = Field(
        default_factory=list, description="Regexes on a drug's generic name for diluents (saline), never an injectate."
    )
    paired: PairedSpec = Field(default_factory=PairedSpec)
    procedure_patterns: dict[str, list[str]] = Field(
        default_factory=dict,
        description="Family -> regexes recognising a prior procedure named in a prior-response entry.",
    )
    family_labels: dict[str, str] = Field(default_factory=dict)
    unparsed_presence: UnparsedPresenceText | None = Field(
        default=None,
        description="Wording of the `presence.unparsed` info (nlp/presence); a KB without it keeps every finding.",
    )
    placeholder_sections: dict[str, list[Element]] = Field(
        default_factory=dict,
        description="Note section (as the NLP names it) -> elements an unfilled blank there leaves undocumented.",
    )
    presence_sites: PresenceSitesSpec | None = Field(
        default=None, description="Body sites that tell a verifier sentence about another procedure (pv20)."
    )

    @field_validator("procedure_patterns")
    @classmethod
    def _families_and_regexes(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        for family, patterns in value.items():
            if family not in FAMILIES:
                raise ValueError(f"procedure_patterns: unknown family {family!r}")
            for pattern in patterns:
                re.compile(pattern)
        return value


@kb_section("requirements")
class RequirementsFile(Strict):
    meta: RequirementsMeta
    requirements: list[Requirement]

    @model_validator(mode="after")
    def _unique_ids(self) -> "RequirementsFile":
        seen: set[str] = set()
        for req in self.requirements:
            if req.id in seen:
                raise ValueError(f"duplicate requirement id {req.id!r}")
            seen.add(req.id)
        return self
