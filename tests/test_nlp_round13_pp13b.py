"""Round-13 paraphrase probes (PP13b): wording families of procedure events and pain scores that two new writers' sets
(`benchmarks/paraphrases_r13/q1`, `q2`) showed misread. One test per family, with our own wordings (not the probe's
sentences); each failed before the change it tests. Snippets are fictional, written for this test.
"""

from __future__ import annotations

import pytest

from nlp import extract

_TFESI = ("Procedure: Right L4-L5 transforaminal epidural steroid injection under fluoroscopy.\n"
          "{line}\n"
          "Under fluoroscopy a needle was placed at the right L4-5 foramen and dexamethasone 10 mg injected.\n")


def _facts(line: str):
    return extract(_TFESI.format(line=line), None, None)


def _flag(line: str, name: str) -> bool | None:
    flag = getattr(_facts(line), name)
    return None if flag is None else flag.value


@pytest.mark.parametrize("line", [
    "He needed time out of school for the flare.",
    "Time out from her caregiver duties was arranged for the week.",
    "She has taken some time out since the fall.",
    "The patient took a time out to call her son before we began.",
])
def test_everyday_time_out_is_no_time_out(line: str) -> None:
    """'time out' as time away from something, or a break someone takes, is not the universal-protocol pause."""
    assert _flag(line, "time_out") is not True


@pytest.mark.parametrize("line", [
    "Time-out was not recorded.",
    "Timeout | pending",
    "Time out policy was reviewed with the new nurse.",
    "Be sure to perform the time-out.",
])
def test_time_out_not_on_record_or_reminder_is_not_documented(line: str) -> None:
    """A time-out said to be unrecorded, pending, a training, or only a reminder documents no time-out today."""
    assert _flag(line, "time_out") is not True


def test_clock_time_after_time_out_from_still_reads() -> None:
    """The everyday-sense guard leaves a time-out with its clock time alone ("Time out from 10:02")."""
    assert _flag("Time out from 10:02, patient and level confirmed.", "time_out") is True


@pytest.mark.parametrize("line", [
    "Consent form not yet been signed.",
    "Consent | not signed",
    "I shall get her consent once the interpreter arrives.",
    "Consent signed prior to the upcoming RFA.",
])
def test_consent_unsigned_or_for_later_is_not_documented(line: str) -> None:
    """Consent not yet signed (also as a table cell), or obtained only for a later procedure, is not today's consent."""
    assert _flag(line, "consent") is not True


def test_consent_obtained_today_still_reads() -> None:
    """A consent obtained before today's procedure stays read."""
    assert _flag("Consent was obtained prior to the procedure.", "consent") is True


def _contrast(sentence: str):
    facts = extract(_TFESI.format(line="") + sentence + "\n", None, None)
    return facts.procedures[0].contrast


@pytest.mark.parametrize("sentence", [
    "Contrast was drawn up, however it was never used.",
    "Contrast had not been injected.",
    "Contrast was kept on standby.",
    "Contrast will be used with the following injection.",
])
def test_contrast_only_ready_or_not_given_is_no_use(sentence: str) -> None:
    """Contrast made ready, kept at hand, not given or put off to a later injection is not a use of contrast."""
    c = _contrast(sentence)
    assert c is None or c.used is not True


def test_contrast_drawn_up_and_injected_is_a_use() -> None:
    """Drawn up and then seen spreading: a use (the effect words keep it)."""
    assert _contrast("Omnipaque was drawn up and 1 mL showed epidural spread.").used is True


@pytest.mark.parametrize("sentence, reason", [
    ("Contrast not used: pt is allergic to iodine (hives).", "allergic to iodine"),
    ("Contrast omitted, iodinated contrast anaphylaxis on file.", "iodinated contrast anaphylaxis"),
    ("No contrast given as she had a serious reaction to contrast dye.", "serious reaction to contrast"),
])
def test_contrast_withheld_reason_in_other_words(sentence: str, reason: str) -> None:
    """A contraindication as 'allergic to', 'contrast anaphylaxis' or 'a serious reaction to' is the reason not used."""
    c = _contrast(sentence)
    assert (c.used, c.reason_not_used) == (False, reason)


@pytest.mark.parametrize("sentence", [
    "No contrast used. She denies any allergy to contrast.",
    "No contrast used. Her brother had an allergic reaction to contrast dye.",
])
def test_contrast_allergy_denied_or_relatives_is_no_reason(sentence: str) -> None:
    """A denied allergy or a relative's is no reason to withhold contrast."""
    assert _contrast(sentence).reason_not_used is None


@pytest.mark.parametrize("line", [
    "Target pain score after the block: 2/10.",
    "Acceptable pain level for her is 4/10.",
])
def test_pain_goal_is_not_a_score(line: str) -> None:
    """A goal or target pain level is an aim, not a rating taken today."""
    assert _facts(line).assessments.pain_scores == []


def test_pain_goal_met_still_reads() -> None:
    """A goal said to be met reports the score itself."""
    scores = _facts("Post-procedure pain 2/10, goal met.").assessments.pain_scores
    assert [(s.timing, s.value) for s in scores] == [("post", 2.0)]


@pytest.mark.parametrize("line", [
    "Safety stop completed; correct patient and right L4-5 confirmed.",
    "Pause for safety completed, site and side agreed.",
    "The routine pause was observed with the nurse reading the consent aloud.",
    "The team paused prior to starting and agreed on the level.",
])
def test_time_out_as_a_pause_or_safety_stop(line: str) -> None:
    """A safety stop, a 'pause for the cause', a routine pause or a team pausing before starting is the time-out."""
    assert _flag(line, "time_out") is True


def _saved(sentence: str):
    img = extract(_TFESI.format(line=sentence), None, None).procedures[0].imaging
    return None if img is None else (img.saved_images, img.views)


@pytest.mark.parametrize("sentence", [
    "Storage of the final fluoroscopic images in orthogonal planes was done.",
    "Permanent fluoroscopic documentation was made in biplanar views.",
    "Final needle pictures were kept from the front and from the side.",
])
def test_saved_images_in_other_words_with_planes(sentence: str) -> None:
    """The saving as a noun, a permanent documentation, and two views named by their planes: saved, two views."""
    assert _saved(sentence) == (True, 2)


def _sedation(line: str):
    sed = extract(_TFESI.format(line=line), None, None).procedures[0].sedation
    return (sed.start_time, sed.stop_time)


@pytest.mark.parametrize("line, times", [
    ("Sedation: Versed 1 mg IV at 1342, fentanyl 25 mcg IV at 1344, sedation end 1401.", ("13:42", "14:01")),
    ("Sedation log: 14:05 midazolam 2 mg; 14:07 fentanyl 50 mcg; 14:29 sedation completed.", ("14:05", "14:29")),
    ("Moderate sedation with midazolam 2 mg, in 0731 out 0750.", ("07:31", "07:50")),
    ("Midazolam 1 mg IV given. Sedation start/end: 1110/1126.", ("11:10", "11:26")),
    ("Moderate sedation, midazolam 2 mg, commencing at 08:14 and terminating at 08:33.", ("08:14", "08:33")),
])
def test_sedation_times_of_a_flowsheet_line(line: str, times: tuple[str, str]) -> None:
    """Colon-less clock times after 'at', a bracket, a slash, 'in'/'out'; each agent's time and the end word after the
    time: the first agent's time opens the sedation, a later agent's is no end."""
    assert _sedation(line) == times


def _complications(line: str) -> str | None:
    fact = extract(_TFESI.format(line=line), None, None).complications
    return None if fact is None else fact.value


@pytest.mark.parametrize("line", [
    "Potential complications: bleeding, nerve injury, headache.",
    "Possible complications - infection, bleeding, nerve damage.",
    "Her question: what would be the complications? We went over them.",
])
def test_complications_asked_or_listed_as_risks_is_no_report(line: str) -> None:
    """'Complications' listed as risks or asked about reports no outcome of today's procedure."""
    assert _complications(line) is None


def test_complications_none_as_a_table_cell() -> None:
    """A table row's next cell answers the label: '| Complications | nil |' is none."""
    assert _complications("| Complications | nil |") == "none"


def test_complications_table_cell_of_another_column_is_no_answer() -> None:
    """A heading row's next cell is another column's name, not a complication."""
    assert _complications("| Complications | Disposition |") is None


@pytest.mark.parametrize("line, expected", [
    ("Prior to the block we asked her to rate her pain: 8/10.", [("pre", 8.0)]),
    # guard: the after-word keeps its post timing
    ("When asked to rate his pain after the injection he said 3/10.", [("post", 3.0)]),
])
def test_pain_rating_asked_for_today_is_timed_by_its_own_words(line: str, expected: list) -> None:
    """A rating asked for at this visit is the day's score (timed by its before/after words), not the usual pain."""
    assert [(s.timing, s.value) for s in _facts(line).assessments.pain_scores] == expected
