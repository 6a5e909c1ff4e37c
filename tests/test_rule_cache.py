"""The rule cache (`nlp.rule_cache`): analysed rule regexes kept between starts give exactly the patterns a fresh
analysis gives; a changed rule or engine misses; a damaged file, an unwritable folder and `PAINPOINT_CACHE_DIR=off`
only cost the saving, never a wrong pattern or an error."""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Iterator

import pytest

from nlp import fast_regex, rule_cache
from nlp.rule_cache import RuleCache
from nlp.rules import RESOURCES, YAML_LOADER, load_yaml

I = re.IGNORECASE
RULE = r"\b(?:needle|entered|accessed)\s+(?P<what>the\s+\w+)"
TEXT = "The needle entered the joint; the spinal needle accessed the space."


@pytest.fixture
def use_cache() -> Iterator:
    """Run `fast_regex` against a given cache; the process-wide one is opened afresh afterwards."""

    def use(cache: RuleCache) -> RuleCache:
        rule_cache.reset(cache)
        return cache

    yield use
    rule_cache.reset()


def _fresh(pattern: str, flags: int) -> re.Pattern[str]:
    """`compile_rule` with nothing kept (in memory only, empty)."""
    rule_cache.reset(RuleCache(None))
    return fast_regex.compile_rule(pattern, flags)


def _same(a: re.Pattern[str], b: re.Pattern[str]) -> bool:
    """Equal patterns (`re` compares flags, pattern text and program) with the same groups."""
    return a == b and a.groupindex == b.groupindex and a.groups == b.groups


def test_hit_reads_the_programs_back_without_analysing(tmp_path: Path, use_cache, monkeypatch) -> None:
    fresh = _fresh(RULE, I)
    first = use_cache(RuleCache(tmp_path))
    assert first.loaded == 0
    fast_regex.compile_rule(RULE, I)
    assert fast_regex.required_literals(RULE, I) == (("needle", "entered", "accessed"), ("the",))
    assert first.save() is True
    assert first.save() is False  # nothing new since

    second = use_cache(RuleCache(tmp_path))
    assert second.loaded == 3  # the rule, its first-character guard, its required words
    monkeypatch.setattr(fast_regex, "_rule_program", lambda *a: pytest.fail("analysed again"))
    monkeypatch.setattr(fast_regex, "_required_literals", lambda *a: pytest.fail("analysed again"))
    kept = fast_regex.compile_rule(RULE, I)
    assert _same(kept, fresh)
    assert [(m.span(), m.group("what")) for m in kept.finditer(TEXT)] == [((11, 28), "the joint"),
                                                                          ((48, 66), "the space")]
    assert fast_regex.required_literals(RULE, I) == (("needle", "entered", "accessed"), ("the",))
    assert second.dirty is False  # nothing to write back


def test_every_measures_pattern_from_the_file_equals_a_fresh_one(tmp_path: Path, use_cache) -> None:
    flags = I | re.VERBOSE
    patterns = load_yaml("patterns.yaml")["patterns"]
    fresh = {name: _fresh(rx, flags) for name, rx in patterns.items()}
    use_cache(RuleCache(tmp_path))
    for rx in patterns.values():
        fast_regex.gated_rule(rx, flags)
    assert rule_cache.save() is True
    use_cache(RuleCache(tmp_path))
    kept = {name: fast_regex.compile_rule(rx, flags) for name, rx in patterns.items()}
    assert rule_cache.cache().dirty is False
    assert [name for name in patterns if not _same(kept[name], fresh[name])] == []


def test_split_alternation_from_the_file_equals_a_fresh_one(tmp_path: Path, use_cache) -> None:
    parts = ["needle", "entered", "accessed", r"advanced\s+the\s+\w+", "e?pidural"]
    rule_cache.reset(RuleCache(None))
    fresh = fast_regex.StartSplitAlternation(parts, I)
    use_cache(RuleCache(tmp_path))
    fast_regex.StartSplitAlternation(parts, I)
    rule_cache.save()
    use_cache(RuleCache(tmp_path))
    kept = fast_regex.StartSplitAlternation(parts, I)
    assert rule_cache.cache().dirty is False
    assert kept.patterns == fresh.patterns and kept.min_width == fresh.min_width == 6
    text = "Needle advanced the tip; epidural entered"
    assert [m.span() for m in kept.finditer(text)] == [m.span() for m in fresh.finditer(text)] == [
        (0, 6), (7, 23), (25, 33), (34, 41)]
    with pytest.raises(ValueError):  # "." cannot be listed: refused again from the file
        fast_regex.StartSplitAlternation([".a", "b"], I)
    rule_cache.save()
    use_cache(RuleCache(tmp_path))
    with pytest.raises(ValueError):
        fast_regex.StartSplitAlternation([".a", "b"], I)


def test_changed_rule_misses_and_both_are_kept(tmp_path: Path, use_cache) -> None:
    use_cache(RuleCache(tmp_path))
    fast_regex.compile_rule(RULE, I)
    rule_cache.save()
    cache = use_cache(RuleCache(tmp_path))
    changed = RULE.replace("accessed", "reached")
    rx = fast_regex.compile_rule(changed, I)
    assert cache.dirty is True  # analysed: not in the file
    assert _same(rx, _fresh(changed, I))
    rule_cache.reset(cache)
    assert ("compile_rule", RULE, int(I)) in cache.entries and ("compile_rule", changed, int(I)) in cache.entries
    assert _same(fast_regex.compile_rule(RULE, I | re.VERBOSE), _fresh(RULE, I | re.VERBOSE))
    assert ("compile_rule", RULE, int(I | re.VERBOSE)) in cache.entries  # flags are part of the key


def test_files_of_old_engines_beyond_four_are_removed(tmp_path: Path) -> None:
    import os

    for i in range(6):  # six earlier engine versions, the oldest first
        old = RuleCache(tmp_path, digest=f"{i}" * 64)
        old.entries[("min_width", "ab", 0)] = 2
        old.dirty = True
        assert old.save() is True
        os.utime(old.path, (1000 + i, 1000 + i))
    assert len(list(tmp_path.glob("rules-*.bin"))) == 5  # four kept beside the one just written
    current = RuleCache(tmp_path)
    current.entries[("min_width", "ab", 0)] = 2
    current.dirty = True
    current.save()
    assert sorted(p.name[6:7] for p in tmp_path.glob("rules-*.bin") if p != current.path) == ["2", "3", "4", "5"]
    assert current.path.exists()


def test_changed_engine_or_python_reads_another_file(tmp_path: Path, use_cache) -> None:
    use_cache(RuleCache(tmp_path))
    fast_regex.compile_rule(RULE, I)
    rule_cache.save()
    other = RuleCache(tmp_path, digest="0" * 64)
    assert other.loaded == 0 and other.path != RuleCache(tmp_path).path
    assert len(rule_cache.engine_digest()) == 64


@pytest.mark.parametrize("damage", ["garbage", "flipped byte", "truncated", "other engine"])
def test_damaged_file_is_ignored_logged_and_rewritten(tmp_path: Path, use_cache, caplog, damage: str) -> None:
    use_cache(RuleCache(tmp_path))
    fast_regex.compile_rule(RULE, I)
    rule_cache.save()
    path = rule_cache.cache().path
    blob = path.read_bytes()
    if damage == "garbage":
        path.write_bytes(b"not a cache at all")
    elif damage == "flipped byte":
        path.write_bytes(blob[:-10] + bytes([blob[-10] ^ 0xFF]) + blob[-9:])
    elif damage == "truncated":
        path.write_bytes(blob[: len(blob) // 2])
    else:  # verifies, but written by another engine under this name
        import marshal
        import zlib

        payload = marshal.dumps({"engine": "1" * 64, "entries": {}})
        path.write_bytes(b"PPRC1\n" + zlib.crc32(payload).to_bytes(4, "big") + payload)
    with caplog.at_level(logging.INFO, logger="nlp.rule_cache"):
        cache = use_cache(RuleCache(tmp_path))
    assert cache.loaded == 0
    assert [r.getMessage() for r in caplog.records] == [f"rule cache {path} ignored (ValueError); analysing the rules afresh"]
    assert "needle" not in caplog.text  # rule text is never logged (nor is note text ever seen)
    assert _same(fast_regex.compile_rule(RULE, I), _fresh(RULE, I))
    rule_cache.reset(cache)
    assert cache.save() is True  # rewritten whole
    assert RuleCache(tmp_path).loaded == len(cache.entries)


def test_stored_program_that_sre_refuses_is_compiled_afresh(tmp_path: Path, use_cache, caplog) -> None:
    cache = use_cache(RuleCache(tmp_path))
    cache.entries[("compile_rule", RULE, int(I))] = (RULE, int(I), bytes(12), 0, {}, ())  # invalid code
    cache.dirty = True
    cache.save()
    with caplog.at_level(logging.INFO, logger="nlp.fast_regex"):
        use_cache(RuleCache(tmp_path))
        rx = fast_regex.compile_rule(RULE, I)
    assert _same(rx, _fresh(RULE, I))
    assert [r.getMessage() for r in caplog.records] == ["rule cache entry compile_rule unusable (RuntimeError); compiled afresh"]


def test_unwritable_folder_costs_only_the_saving(tmp_path: Path, use_cache, caplog) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with caplog.at_level(logging.INFO, logger="nlp.rule_cache"):
        cache = use_cache(RuleCache(blocker / "cache"))  # a folder under a file can be neither read nor made
        rx = fast_regex.compile_rule(RULE, I)
        assert cache.save() is False
        assert cache.save() is False  # tried once per process
    assert _same(rx, _fresh(RULE, I))
    assert [r.getMessage() for r in caplog.records] == [
        f"rule cache {cache.path} not readable (NotADirectoryError); analysing the rules afresh",
        f"rule cache {cache.path} not written (NotADirectoryError); rules are analysed at every start"]
    assert list(tmp_path.iterdir()) == [blocker]  # no temporary file left behind


@pytest.mark.parametrize("value", ["off", "OFF", "0", "none", "false", ""])
def test_disabled_reads_and_writes_nothing(tmp_path: Path, use_cache, monkeypatch, value: str) -> None:
    monkeypatch.setenv("PAINPOINT_CACHE_DIR", value)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setenv("HOME", str(tmp_path))
    assert rule_cache.default_directory() is None
    rule_cache.reset()
    rx = fast_regex.compile_rule(RULE, I)
    assert rule_cache.cache().path is None
    assert rule_cache.save() is False
    assert _same(rx, _fresh(RULE, I))
    assert list(tmp_path.iterdir()) == []


def test_folder_from_the_environment(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("PAINPOINT_CACHE_DIR", str(tmp_path / "here"))
    assert rule_cache.default_directory() == tmp_path / "here"
    monkeypatch.delenv("PAINPOINT_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.setattr(rule_cache.sys, "platform", "linux")
    assert rule_cache.default_directory() == tmp_path / "xdg" / "painpoint"


def _typed(value: object) -> object:
    """`value` with every scalar's type beside it (`1 == 1.0 == True` would hide a parser difference)."""
    if isinstance(value, dict):
        return [(_typed(k), _typed(v)) for k, v in value.items()]
    if isinstance(value, list):
        return [_typed(v) for v in value]
    return (type(value).__name__, value)


@pytest.mark.parametrize("path", sorted(RESOURCES.glob("*.yaml")), ids=lambda p: p.name)
def test_rule_files_read_the_same_with_libyaml(path: Path) -> None:
    import yaml

    text = path.read_text(encoding="utf-8")
    assert _typed(yaml.load(text, Loader=YAML_LOADER)) == _typed(yaml.load(text, Loader=yaml.SafeLoader))  # noqa: S506
    assert YAML_LOADER is getattr(yaml, "CSafeLoader", yaml.SafeLoader)
