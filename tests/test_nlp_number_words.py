"""The one table of number words every reader takes its range from."""

from nlp.number_words import CARDINALS, TENS, cardinals


def test_cardinal_ranges_are_exact():
    assert cardinals(0, 9) == {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                               "seven": 7, "eight": 8, "nine": 9}
    assert list(cardinals(10, 12)) == ["ten", "eleven", "twelve"]
    assert cardinals(20, 30) == {}  # the tens are their own table
    assert len(CARDINALS) == 20 and CARDINALS["nineteen"] == 19


def test_tens():
    assert TENS == {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
                    "eighty": 80, "ninety": 90}
