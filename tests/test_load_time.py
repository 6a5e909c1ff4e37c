"""What makes a pipeline load cheaper must not change an answer: the rule analysis with its collector pause, its
shared read-only parses and its per-letter case classes gives exactly what `re` and a fresh analysis give."""

from __future__ import annotations

import gc
import re
from typing import Iterator

import pytest

from nlp import fast_regex, rule_cache
from nlp.rule_cache import RuleCache

I = re.IGNORECASE


@pytest.fixture
def empty_cache() -> Iterator[RuleCache]:
    """A process-wide cache in memory only and empty, so every call analyses; the real one is reopened after."""
    cache = RuleCache(None)
    rule_cache.reset(cache)
    yield cache
    rule_cache.reset()


def test_a_miss_is_computed_with_the_collector_paused_and_resumed_after(empty_cache: RuleCache) -> None:
    seen: list[bool] = []
    assert gc.isenabled()
    assert empty_cache.get(("probe", 1), lambda: seen.append(gc.isenabled()) or 7) == 7
    assert seen == [False] and gc.isenabled()
    assert empty_cache.get(("probe", 1), lambda: pytest.fail("computed again")) == 7  # a hit computes nothing


def test_a_failing_miss_resumes_the_collector(empty_cache: RuleCache) -> None:
    def fail() -> None:
        raise ValueError("bad rule")

    with pytest.raises(ValueError):
        empty_cache.get(("probe", 2), fail)
    assert gc.isenabled()
    assert ("probe", 2) not in empty_cache.entries


def test_a_collector_paused_by_the_caller_stays_paused(empty_cache: RuleCache) -> None:
    gc.disable()
    try:
        empty_cache.get(("probe", 3), lambda: 1)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_case_class_of_a_letter_is_every_character_it_matches() -> None:
    # KELVIN SIGN matches k under IGNORECASE; dotted capital I and dotless i match i; long s matches s
    assert fast_regex._caseless_chars(ord("k"), int(I)) == (0x4B, 0x6B, 0x212A)
    assert fast_regex._caseless_chars(ord("i"), int(I)) == (0x49, 0x69, 0x130, 0x131)
    assert fast_regex._caseless_chars(ord("s"), int(I)) == (0x53, 0x73, 0x17F)
    assert fast_regex._caseless_chars(ord("k"), int(I | re.ASCII)) == (0x4B, 0x6B)


@pytest.mark.parametrize("flags", [I, int(I), 0, I | re.VERBOSE])
def test_analysis_with_shared_parses_equals_re_and_a_fresh_analysis(empty_cache: RuleCache, flags: int) -> None:
    rule = r"\b(?:kelvin|needle|(?<=the\s)entered|s\w+)\s*(?P<n>\d+)"
    text = "The needle 12, the entered 3, KELVIN 4 and \u212aelvin 5, \u017fpine 6."
    got = fast_regex.compile_rule(rule, flags)
    # the same analysis again with nothing shared between its parts gives the same program
    rule_cache.reset(RuleCache(None))
    fast_regex._parse_shared.cache_clear()
    again = fast_regex.compile_rule(rule, flags)
    assert got == again and got.groupindex == again.groupindex
    want = [(m.span(), m.group("n")) for m in re.finditer(rule, text, flags)]
    assert [(m.span(), m.group("n")) for m in got.finditer(text)] == want
    # needle, entered; case-blind also KELVIN, Kelvin written with a KELVIN SIGN, spine written with a long s
    assert len(want) == (5 if int(flags) & I else 2)
    assert fast_regex.required_literals(rule, flags) == ()
    assert fast_regex.min_width(rule, flags) == 3  # "s", a word character, a digit
    assert fast_regex.start_chars(r"(?:kelvin|needle)", flags) == frozenset(
        "kKnN\u212a" if int(flags) & I else "kn")


def test_shared_parse_is_left_as_re_parses_it(empty_cache: RuleCache) -> None:
    rule = r"\b(?:(?<=x)one|two)\b"
    fast_regex.compile_rule(rule, I)  # writes guards and case classes into its own parse, never the shared one
    shared = fast_regex._read_only_parse(rule, I)
    assert str(shared.data) == str(re._parser.parse(rule, int(I)).data)


def test_pipeline_built_without_plugins_is_the_same() -> None:
    import contextlib

    from nlp import pipeline

    ours = pipeline.build_pipeline()
    original = pipeline.own_registrations_only
    pipeline.own_registrations_only = contextlib.nullcontext  # type: ignore[assignment]
    try:
        spacy_as_is = pipeline.build_pipeline()
    finally:
        pipeline.own_registrations_only = original
    assert ours.pipe_names == spacy_as_is.pipe_names == list(pipeline.PIPE_NAMES)
    for section in ("nlp", "components"):
        assert ours.config[section] == spacy_as_is.config[section]
    from spacy.util import registry

    assert registry.misc.entry_points and registry._entry_point_factories.entry_points  # restored
    assert gc.isenabled()  # the collector paused for the build runs again
    pipeline.get_pipeline()
    assert gc.get_freeze_count() > 0  # the process-wide pipeline's objects are left out of collections


LEAN = """
import sys
from api.pipeline import analyze_text
analyze_text("PROCEDURE: Right L5-S1 transforaminal epidural steroid injection under fluoroscopy.")
print(sorted(m for m in ("PyRuSH", "pysbd", "loguru", "langcodes", "tqdm", "spacy_legacy", "spacy_loggers")
             if m in sys.modules))
import spacy.util
print(spacy.util.find_matching_language("no"))
import medspacy
splitter = medspacy.load(medspacy_enable=["medspacy_pyrush"])
print(splitter.pipe_names, [s.text for s in splitter("Pain is 7/10. Plan RFA.").sents])
import spacy.training.loggers
print(spacy.training.loggers.tqdm.tqdm.__name__)
"""


def test_libraries_a_rules_pipeline_never_uses_are_imported_only_when_used() -> None:
    import os
    import subprocess
    import sys
    from pathlib import Path

    env = {k: v for k, v in os.environ.items() if k != "PAINPOINT_SEMANTIC"}
    out = subprocess.run([sys.executable, "-c", LEAN], cwd=Path(__file__).resolve().parents[1], env=env,
                         capture_output=True, text=True, timeout=120, check=True)
    assert out.stdout.strip().splitlines() == [
        "[]",  # none of them imported by an analysis
        "nb",  # spaCy's language matching still reaches langcodes
        "['medspacy_pyrush'] ['Pain is 7/10.', 'Plan RFA.']",  # medspaCy's own loading still has its splitters
        "tqdm",
    ]


CLI = """
import sys
from typer.testing import CliRunner
from api.cli import app
print(sorted(m for m in ("sqlalchemy", "alembic", "uvicorn", "fastapi") if m in sys.modules))
out = CliRunner().invoke(app, ["users", "add", "--help"], terminal_width=200).output
print("One of: coder, physician, template_builder," in out and "admin." in out)  # the roles in the help
from api.db.web_models import ROLES
from api.db.roles import ROLES as LIGHT
print(ROLES is LIGHT)
"""


def test_command_line_opens_no_database_module_until_a_command_needs_one() -> None:
    import subprocess
    import sys
    from pathlib import Path

    out = subprocess.run([sys.executable, "-c", CLI], cwd=Path(__file__).resolve().parents[1], capture_output=True,
                         text=True, timeout=120, check=True)
    assert out.stdout.strip().splitlines() == ["[]", "True", "True"]
