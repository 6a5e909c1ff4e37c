"""Value parsers of the semantic matcher: the numbers a fact needs, never invented."""

import pytest

from nlp.semantic.values import parse_modalities, parse_ordinal, parse_outcome, parse_percent, parse_weeks


@pytest.mark.parametrize(
    ("text", "weeks"),
    [
        ("Pain for about eight months.", 34.67),
        ("Symptoms for 16 weeks.", 16.0),
        ("He has had pain for two and a half years.", 130.0),
        ("Roughly a year and a half of pain.", 78.0),
        ("Over a decade of back pain.", 520.0),
        ("Pain began 10 days ago.", 1.43),
        ("Six weeks of PT; pain for 3 years.", 156.0),
        ("The pain started after a fall.", None),
    ],
)
def test_parse_weeks(text: str, weeks: float | None) -> None:
    assert parse_weeks(text) == weeks


@pytest.mark.parametrize(
    ("text", "percent"),
    [
        ("The prior ESI gave 70% relief.", 70.0),
        ("She was eighty percent better.", 80.0),
        ("70 to 80 percent relief for four months.", 70.0),
        ("Pain from 8/10 down to 2/10 for three months.", 75.0),
        ("It relieved about 2/3 of her pain.", 66.7),
        ("It helped by about half.", 50.0),
        ("Complete relief for five months.", 100.0),
        ("The injection gave no relief at all.", 0.0),
        ("She had significant relief.", None),
    ],
)
def test_parse_percent(text: str, percent: float | None) -> None:
    assert parse_percent(text) == percent


def test_parse_ordinal() -> None:
    assert parse_ordinal("The second confirmatory block") == 2
    assert parse_ordinal("After the first medial branch block") == 1
    assert parse_ordinal("After the block") is None


def test_parse_modalities_and_outcome() -> None:
    text = "Six weeks of physical therapy and naproxen without benefit."
    assert parse_modalities(text) == ["physical_therapy", "nsaids"]
    assert parse_outcome(text) == "failed"
    assert parse_modalities("Daily stretching exercises at home.") == ["home_exercise"]
    assert parse_modalities("She tried everything.") == ["other"]
    assert parse_outcome("She could not tolerate gabapentin.") == "intolerant"
    assert parse_outcome("PT only partially helped.") == "partial"
    assert parse_outcome("Physical therapy helped.") == "helped"
    assert parse_outcome("She did physical therapy.") is None
