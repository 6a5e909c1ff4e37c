"""The one table of number words every reader takes its range from."""

import re

from nlp.number_words import CARDINALS, TENS, alternation, cardinals


def test_cardinal_ranges_are_exact():
    assert cardinals(0, 9) == {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                               "seven": 7, "eight": 8, "nine": 9}
    assert list(cardinals(10, 12)) == ["ten", "eleven", "twelve"]
    assert cardinals(20, 30) == {}  # the tens are their own table
    assert len(CARDINALS) == 20 and CARDINALS["nineteen"] == 19


def test_tens():
    assert TENS == {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
                    "eighty": 80, "ninety": 90}


def test_alternation_lists_the_words_of_the_values_longest_first() -> None:
    assert alternation((10, 12, 15, 20)) == "fifteen|twelve|twenty|ten"
    assert alternation(range(1, 4)) == "three|one|two"


def test_alternation_matches_each_word_whole_in_a_pattern() -> None:
    rx = re.compile(r"\b(?:" + alternation(range(13, 20)) + r")\b")
    assert [m.group(0) for m in rx.finditer("seven seventeen nineteen ninety")] == ["seventeen", "nineteen"]


def test_alternation_of_no_value_is_empty() -> None:
    assert alternation(()) == ""
