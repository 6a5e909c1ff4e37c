"""`api.pipeline.validate_text` counts the control characters of a note's first 8,192 characters: tab, line feed,
vertical tab, form feed and carriage return are text; any other character below a space counts toward "binary"."""

from __future__ import annotations

import pytest

from api.errors import BinaryNoteError
from api.pipeline import validate_text


def test_layout_characters_are_text() -> None:
    validate_text("Right L5-S1 TFESI.\t\n\x0b\x0c\r" * 20)  # no error: every control character here is layout


def test_other_control_characters_count_exactly() -> None:
    validate_text("abcdefgh\x01\x08\x0e\x1f" + "x" * 28)  # 4 control characters of 40: a tenth is allowed
    with pytest.raises(BinaryNoteError, match=r"\(5 control characters in the first 43\)"):
        validate_text("abcdefgh\x01\x08\x0e\x1f\x02" + "x" * 27 + "\n\t\r")  # 5 of 43 (the layout ones not counted)


def test_only_the_sample_is_counted() -> None:
    validate_text("x" * 8192 + "\x01" * 5000)  # past the sample: not read
