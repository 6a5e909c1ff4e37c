"""Switching the matcher off, and saying once why it is off."""

import logging

import pytest

import nlp.semantic.availability as availability
from nlp import semantic


def test_env_switch_turns_matcher_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PAINPOINT_SEMANTIC", "0")
    assert semantic.enabled() is False
    assert semantic.unavailable_reason() == (
        "semantic matcher switched off (PAINPOINT_SEMANTIC=0); running rules only"
    )


def test_missing_extra_is_reported_once(monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setenv("PAINPOINT_SEMANTIC", "1")
    monkeypatch.setattr(availability, "missing_modules", lambda: ("torch",))
    monkeypatch.setattr(availability, "_notice_given", False)
    assert semantic.is_available() is False and semantic.enabled() is False
    with caplog.at_level(logging.WARNING, logger="painpoint.semantic"):
        for _ in range(3):
            semantic.notice_once()
    messages = [r.getMessage() for r in caplog.records if r.name == "painpoint.semantic"]
    assert len(messages) == 1
    assert messages[0].startswith("semantic matcher unavailable (missing: torch;")


def test_disabled_matcher_leaves_facts_and_pipeline_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    import spacy

    from coding.facts import NoteFacts

    monkeypatch.setenv("PAINPOINT_SEMANTIC", "off")
    nlp = spacy.blank("en")
    facts = NoteFacts()
    assert semantic.add_to_pipeline(nlp) is False
    assert nlp.pipe_names == []
    assert semantic.apply_semantic(nlp.make_doc("She can no longer lift her grandson."), facts) is facts


def test_matcher_is_opt_in(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PAINPOINT_SEMANTIC", raising=False)
    assert semantic.enabled() is False
    assert semantic.unavailable_reason() == (
        "semantic matcher not switched on (opt in with PAINPOINT_SEMANTIC=1 or --semantic); running rules only"
    )
    monkeypatch.setenv("PAINPOINT_SEMANTIC", "on")
    from nlp.semantic.settings import env_enabled

    assert env_enabled() is True


def test_torch_threads_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    from nlp.semantic.settings import torch_threads

    monkeypatch.setenv("PAINPOINT_TORCH_THREADS", "2")
    assert torch_threads() == 2
    monkeypatch.setenv("PAINPOINT_TORCH_THREADS", "")
    assert torch_threads() == 1
    monkeypatch.setenv("PAINPOINT_TORCH_THREADS", "many")
    assert torch_threads() == 1


def test_cli_commands_explain_a_missing_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from api.cli import app

    monkeypatch.setattr(availability, "missing_modules", lambda: ("torch", "transformers"))
    for args in (["eval-semantic"], ["train", "semantic"]):
        result = CliRunner().invoke(app, args)
        assert result.exit_code == 2
        assert "The semantic extra is not installed (missing: torch, transformers)" in result.output
