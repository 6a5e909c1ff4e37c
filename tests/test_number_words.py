"""The spelled-number table is the one source of number words; readers build their patterns from it."""

import re

from nlp.number_words import alternation


def test_alternation_lists_the_words_of_the_values_longest_first() -> None:
    assert alternation((10, 12, 15, 20)) == "fifteen|twelve|twenty|ten"
    assert alternation(range(1, 4)) == "three|one|two"


def test_alternation_matches_each_word_whole_in_a_pattern() -> None:
    rx = re.compile(r"\b(?:" + alternation(range(13, 20)) + r")\b")
    assert [m.group(0) for m in rx.finditer("seven seventeen nineteen ninety")] == ["seventeen", "nineteen"]


def test_alternation_of_no_value_is_empty() -> None:
    assert alternation(()) == ""
