"""The presence verifier end to end: a sentence the rules miss but the verifier reads holds back the
missing-element finding and shows an info to confirm instead; switched off, the finding is back.

The verifier here is a hand-built file (one strong n-gram weight per element), not the packaged one:
the packaged weights are retrained whenever the rules change, and these tests are about what the
component and the checker do with a verdict, with exact values. Fictional note; the time-out and
consent wordings are in no corpus note.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from api.pipeline import analyze_text
from coding.engine import propose
from coding.facts import NoteFacts
from nlp import extract
from nlp.presence.model import DEFAULT_MODEL_PATH, FEATURES, PresenceModel, load_model
from nlp.semantic.prefilter import DIM, feature_indices

NOTE = """PROCEDURE: Right L5-S1 transforaminal epidural steroid injection under fluoroscopic guidance.
INDICATION: Right L5 radicular pain from an L5-S1 disc herniation seen on MRI, present for 12 weeks despite 6 weeks of physical therapy that failed. She cannot stand long enough to cook a meal.
DIAGNOSIS: Lumbar radiculopathy (M54.16).
Pre-procedure pain 7/10. Informed consent was obtained. {time_out}
Under fluoroscopy a 22-gauge needle was placed at the right L5-S1 foramen. 1 mL iohexol 300 showed epidural spread. Triamcinolone 40 mg with 1 mL of 1% lidocaine was injected. AP and lateral images were saved.
Complications: none. Post-procedure pain 2/10.
"""
# A safety pause the rules do not read (their pause families grew in round 13: keep this one outside them).
TIME_OUT = "Everyone present halted and read the wristband aloud."
HYPOTHETICAL_CONSENT = "Consent will be obtained at the next visit."


def _bigram(a: str, b: str) -> int:
    """The hashed index of the bigram 'a b' alone (its words' own indices taken out)."""
    (index,) = set(feature_indices(f"{a} {b}")) - set(feature_indices(a)) - set(feature_indices(b))
    return index


@pytest.fixture
def verifier(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """time_out fires on 'present halted', consent on 'consent'; nothing else scores above 0.02."""
    weights = np.zeros((DIM, 2), dtype=np.float32)
    weights[_bigram("present", "halted"), 0] = 60.0
    (consent,) = feature_indices("consent")
    weights[consent, 1] = 60.0
    path = tmp_path / "verifier.npz"
    PresenceModel(("time_out", "consent"), weights, np.array([-4.0, -4.0]), np.array([0.9, 0.9]),
                  np.array([True, True]), {"trained": "test"}).save(path)
    monkeypatch.setenv("PAINPOINT_PRESENCE_MODEL", str(path))
    monkeypatch.delenv("PAINPOINT_PRESENCE", raising=False)
    return path


def _analyze(text: str):
    return analyze_text(text, payer="medicare", date_of_service=dt.date(2026, 3, 2), place_of_service="11")


def _ids(result) -> list[tuple[str, str, str]]:
    return [(f.id, f.element, f.severity) for f in result.findings if f.element in {"time_out", "consent"}]


def test_unparsed_time_out_gives_an_info_not_a_finding(verifier: Path) -> None:
    note = NOTE.format(time_out=TIME_OUT)
    result = _analyze(note)
    assert _ids(result) == [("presence.unparsed", "time_out", "info")]
    (info,) = [f for f in result.findings if f.id == "presence.unparsed"]
    start = note.index(TIME_OUT)
    assert [(e.start, e.end, e.text) for e in info.evidence] == [(start, start + len(TIME_OUT), TIME_OUT)]
    assert info.message == (f'Time out appears documented in words Painpoint\'s rules do not parse: "{TIME_OUT}"; '
                            "please confirm.")
    # The verifier is asked only about what the checker found missing with nothing read: consent is read by the
    # rules ('Informed consent was obtained.'), so only `nlp.extract` (every element) holds its sentence.
    documented = result.facts.documented_elements
    assert [(d.element, d.evidence[0].text) for d in documented] == [("time_out", TIME_OUT)]
    assert documented[0].score > 0.99
    eager = extract(note, None, dt.date(2026, 3, 2)).documented_elements
    assert [(d.element, d.evidence[0].text) for d in eager] == [
        ("time_out", TIME_OUT), ("consent", "Informed consent was obtained.")]
    assert eager[0] == documented[0]
    # the result's facts round-trip: checked again they give the same findings (`painpoint code`)
    again = propose(NoteFacts.model_validate(result.facts.model_dump(mode="json")), payer="medicare",
                    date_of_service=dt.date(2026, 3, 2))
    assert again.findings == result.findings


def test_note_without_the_element_keeps_its_finding(verifier: Path) -> None:
    note = NOTE.format(time_out="")
    result = _analyze(note)
    assert _ids(result) == [("common.time_out", "time_out", "info")]
    assert result.facts.documented_elements == []  # asked about time_out only, and it has no sentence for it
    assert [d.element for d in extract(note).documented_elements] == ["consent"]


def test_switch_off_brings_the_finding_back(verifier: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PAINPOINT_PRESENCE", "0")
    result = _analyze(NOTE.format(time_out=TIME_OUT))
    assert _ids(result) == [("common.time_out", "time_out", "info")]
    assert result.facts.documented_elements == []


def test_hypothetical_sentence_does_not_hold_back(verifier: Path) -> None:
    note = NOTE.format(time_out="A time-out was performed.").replace("Informed consent was obtained.",
                                                                       HYPOTHETICAL_CONSENT)
    result = _analyze(note)
    assert _ids(result) == [("common.consent", "consent", "warning")]
    assert result.facts.documented_elements == []  # the only consent sentence is hypothetical


def test_a_value_read_and_found_short_is_never_held_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Care the rules read as two weeks fails on its value (evidence present): the finding stays even
    though the verifier scores that very sentence as conservative care."""
    weights = np.zeros((DIM, 1), dtype=np.float32)
    weights[_bigram("physical", "therapy"), 0] = 60.0
    path = tmp_path / "care.npz"
    PresenceModel(("conservative_care",), weights, np.array([-4.0]), np.array([0.9]), np.array([True]),
                  {"trained": "test"}).save(path)
    monkeypatch.setenv("PAINPOINT_PRESENCE_MODEL", str(path))
    monkeypatch.delenv("PAINPOINT_PRESENCE", raising=False)
    note = NOTE.format(time_out="A time-out was performed.").replace("6 weeks of physical therapy", "2 weeks of physical therapy")
    result = _analyze(note)
    assert [(f.id, f.severity) for f in result.findings if f.element == "conservative_care"] == [
        ("esi.conservative_care", "error")]
    assert result.facts.documented_elements == []  # the check read a value: the verifier is not even asked
    assert [d.element for d in extract(note).documented_elements] == ["conservative_care"]


def test_verifier_not_run_when_no_check_needs_it(verifier: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A note whose presence checks all read something is never scored (the verifier is lazy); one with a
    presence check that read nothing is scored once, for that element alone."""
    import nlp.presence.component as component

    asked: list[frozenset[str] | None] = []
    verify = component.PresenceVerifier.verify

    def spy(self, doc, elements=None):
        asked.append(elements)
        return verify(self, doc, elements)

    monkeypatch.setattr(component.PresenceVerifier, "verify", spy)
    result = _analyze(NOTE.format(time_out="A time-out was performed."))
    assert _ids(result) == []
    assert asked == []
    result = _analyze(NOTE.format(time_out=TIME_OUT))
    assert _ids(result) == [("presence.unparsed", "time_out", "info")]
    assert asked == [frozenset({"time_out"})]


def test_packaged_verifier_loads_without_torch() -> None:
    code = ("import sys; from nlp.presence.model import load_model; m = load_model(); "
            "print('torch' in sys.modules, sorted(m.elements) == sorted(m.meta['training_config']['elements']))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[1])
    assert out.stdout.split() == ["False", "True"]


def test_packaged_verifier_meta() -> None:
    model = load_model(DEFAULT_MODEL_PATH)
    assert model.meta["format_version"] == 1
    assert model.meta["features"] == FEATURES
    assert "test" not in model.meta["folders"]
    assert model.weights.shape == (DIM, len(model.elements))
    assert model.meta["training_config"]["shift_log_odds"] == 1.0


@pytest.mark.parametrize(("flag", "expected"), [("--no-presence", "common.time_out"), ("--presence", "presence.unparsed")])
def test_analyze_flag(verifier: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, flag: str, expected: str) -> None:
    """`painpoint analyze --no-presence` brings the finding back (the flag sets PAINPOINT_PRESENCE for the run)."""
    import json

    from typer.testing import CliRunner

    from api.cli import app

    monkeypatch.setenv("PAINPOINT_PRESENCE", "1")  # restored after the test, whatever the flag sets
    note = tmp_path / "note.txt"
    note.write_text(NOTE.format(time_out=TIME_OUT), encoding="utf-8")
    result = CliRunner().invoke(app, ["analyze", str(note), "--format", "json", "--dos", "2026-03-02", "--pos", "11",
                                      flag])
    assert result.exit_code == 0, result.output
    body = json.loads(result.stdout)
    assert [f["id"] for f in body["findings"] if f["element"] == "time_out"] == [expected]


def test_lazy_sentence_keeps_note_offsets(verifier: Path) -> None:
    """The verifier asked late (`nlp.read` + `Reading.documented`) gives the sentence `nlp.extract` gives, in the
    note's own offsets and characters, also where the reader compacted spaces and straightened quotes before it."""
    from nlp import read

    note = NOTE.format(time_out=TIME_OUT).replace("Informed consent", "Patient\u2019s  informed   consent")
    with read(note, None, dt.date(2026, 3, 2)) as reading:
        assert reading.facts.documented_elements == []
        assert reading.doc._.presence_elements is None  # never asked
        lazy = reading.documented(["time_out"])
        assert [d.element for d in reading.doc._.presence_elements] == ["time_out"]
    start = note.index(TIME_OUT)
    assert [(d.element, d.evidence[0].start, d.evidence[0].end, d.evidence[0].text) for d in lazy] == [
        ("time_out", start, start + len(TIME_OUT), TIME_OUT)]
    eager = extract(note, None, dt.date(2026, 3, 2)).documented_elements
    assert lazy == [d for d in eager if d.element == "time_out"]
    assert [d.evidence[0].text for d in eager if d.element == "consent"] == [
        "Patient\u2019s  informed   consent was obtained."]
    with pytest.raises(RuntimeError):
        reading.documented(["time_out"])


@pytest.mark.parametrize(
    ("sentence", "not_asserted"),
    [
        # the absence of a limitation, or one that may come later, documents none
        ("She is a nurse, and she keeps working full twelve-hour shifts without any difficulty.", True),
        ("Back at full duty on the loading dock.", True),
        ("Work: no restrictions at present.", True),
        ("He could struggle at the warehouse later if the pain gets worse.", True),
        # a limitation that mentions difficulty is still one
        ("She cannot stand at the stove for ten minutes without difficulty.", False),
        ("Walking is limited to one block without trouble.", False),
        ("He has had to give up coaching his son's team.", False),
        # a study still to be done or turned down states no finding (round 19: the retrained file read such a plan
        # as imaging findings)
        ("We will order a CT of the neck before the next block.", True),
        ("Plan: will obtain flexion-extension films.", True),
        ("He refused the MRI because of claustrophobia.", True),
        ("She declined further imaging.", True),
        # a study done, or a care declined after it failed, is no plan
        ("The MRI she obtained last month shows an L5-S1 disc protrusion.", False),
        ("She declined more therapy after 8 weeks of PT gave no relief.", False),
    ],
)
def test_absence_of_a_limitation_is_not_asserted(sentence: str, not_asserted: bool) -> None:
    from nlp.presence.component import _future_cues

    assert bool(_future_cues().search(sentence)) is not_asserted


def _labelled(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, gold_elements: list[str]):
    """label_notes over one note (NOTE with the unread time-out) whose gold lists ``gold_elements``."""
    import types

    import api.evaluation
    from nlp.presence.train import label_notes

    txt = tmp_path / "n1.txt"
    txt.write_text(NOTE.format(time_out=TIME_OUT), encoding="utf-8")
    gold = types.SimpleNamespace(date_of_service=dt.date(2026, 3, 2), payer="medicare", place_of_service="11",
                                 finding_elements=gold_elements)
    monkeypatch.setattr(api.evaluation, "corpus_notes", lambda folder: [(txt, gold)])
    (note,) = label_notes([tmp_path], ("time_out", "consent"), 400)
    return note


def test_a_false_finding_of_the_rules_teaches_no_negatives(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The rules flag time_out, the gold does not: some sentence states it in words the rules miss, so
    the note takes no part for time_out (calling that sentence 'not a time-out' would teach the miss)."""
    note = _labelled(monkeypatch, tmp_path, [])
    assert "time_out" not in note.labels
    (positive,), left_out = note.labels["consent"]  # consent met: its sentence is the one positive
    assert (note.sentences[positive], left_out) == ("Informed consent was obtained.", set())


def test_a_listed_element_labels_every_sentence_negative(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    note = _labelled(monkeypatch, tmp_path, ["time_out"])
    assert note.labels["time_out"] == (set(), set())


def test_labels_record_the_elements_the_verifier_would_be_asked_about(monkeypatch: pytest.MonkeyPatch,
                                                                      tmp_path: Path) -> None:
    """pvx: the rules read no time-out in the note (a presence check failed with nothing read: the verifier
    would be asked); consent is read. Thresholds of `asked_listing_only` elements count only such notes."""
    note = _labelled(monkeypatch, tmp_path, ["time_out"])
    assert note.asked == {"time_out"}


def test_an_unread_symptom_duration_is_held_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """pvx: a symptom duration the rules read nothing for (no duration at all) is a presence check; a
    duration read and found short (2 weeks) carries its evidence and is never held back."""
    weights = np.zeros((DIM, 1), dtype=np.float32)
    weights[_bigram("winter", "slip"), 0] = 60.0
    path = tmp_path / "duration.npz"
    PresenceModel(("symptom_duration",), weights, np.array([-4.0]), np.array([0.9]), np.array([True]),
                  {"trained": "test"}).save(path)
    monkeypatch.setenv("PAINPOINT_PRESENCE_MODEL", str(path))
    monkeypatch.delenv("PAINPOINT_PRESENCE", raising=False)
    sentence = "The leg pain goes back to her winter slip on the porch steps."
    with_sentence = NOTE.format(time_out="A time-out was performed.").replace("She cannot stand", sentence + " She cannot stand")
    note = with_sentence.replace(", present for 12 weeks despite", " despite")
    result = _analyze(note)
    assert [(f.id, f.element, f.severity) for f in result.findings if f.element == "symptom_duration"] == [
        ("presence.unparsed", "symptom_duration", "info")]
    short = _analyze(with_sentence.replace("present for 12 weeks", "present for 2 weeks"))
    assert [(f.id, f.severity) for f in short.findings if f.element == "symptom_duration"] == [
        ("esi.symptom_duration", "error")]
