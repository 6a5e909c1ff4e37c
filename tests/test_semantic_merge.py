"""Hits become facts only where rules are silent, asserted, and with the values the contract needs."""

from coding.facts import Duration, Evidence, NoteFacts, TextFact
from nlp.semantic.matcher import SemanticHit
from nlp.semantic.merge import merge_hits

NOTE = (
    "She has had back pain for eight months. "
    "She has done months of therapy and home exercises without benefit. "
    "She can no longer lift her grandson. "
    "The prior epidural gave significant relief."
)


def _hit(label: str, sentence: str, confidence: float = 0.9, modifiers: tuple[str, ...] = ()) -> SemanticHit:
    start = NOTE.index(sentence)
    return SemanticHit(label, confidence, start, start + len(sentence), sentence, "history", modifiers)


S_DURATION = "She has had back pain for eight months."
S_CARE = "She has done months of therapy and home exercises without benefit."
S_FUNCTION = "She can no longer lift her grandson."
S_RELIEF = "The prior epidural gave significant relief."


def test_hits_become_facts_with_evidence() -> None:
    out = merge_hits(NoteFacts(), [_hit("symptom_duration", S_DURATION), _hit("conservative_care", S_CARE),
                                   _hit("functional_impairment", S_FUNCTION)])
    duration = out.necessity.symptom_duration
    assert duration is not None and duration.weeks == 34.67
    assert duration.evidence[0].start == 0 and duration.evidence[0].end == len(S_DURATION)
    assert duration.evidence[0].section == "history"
    care = out.necessity.conservative_care
    assert [(c.modality, c.outcome) for c in care] == [("physical_therapy", "failed"), ("home_exercise", "failed")]
    assert NOTE[care[0].evidence[0].start : care[0].evidence[0].end] == S_CARE
    assert [f.value for f in out.necessity.functional_impairment] == [S_FUNCTION]


def test_rules_win_where_both_speak() -> None:
    start = NOTE.index(S_FUNCTION)
    rules = NoteFacts()
    rules.necessity.functional_impairment.append(
        TextFact(value="lift", evidence=[Evidence(start=start + 24, end=start + 28, text="lift")])
    )
    rules.necessity.symptom_duration = Duration(weeks=30, evidence=[])
    out = merge_hits(rules, [_hit("functional_impairment", S_FUNCTION), _hit("symptom_duration", S_DURATION)])
    assert [f.value for f in out.necessity.functional_impairment] == ["lift"]
    assert out.necessity.symptom_duration.weeks == 30


def test_negated_hits_and_hits_without_values_are_dropped() -> None:
    out = merge_hits(
        NoteFacts(),
        [
            _hit("functional_impairment", S_FUNCTION, modifiers=("NEGATED_EXISTENCE",)),
            _hit("prior_procedure_response", S_RELIEF),  # no figure: no Relief invented
        ],
    )
    assert out.necessity.functional_impairment == []
    assert out.assessments.prior_procedure_response == []


def test_input_facts_are_not_mutated() -> None:
    rules = NoteFacts()
    merge_hits(rules, [_hit("functional_impairment", S_FUNCTION)])
    assert rules.necessity.functional_impairment == []
