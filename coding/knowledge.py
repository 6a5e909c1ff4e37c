"""Loads and validates the knowledge base (`coding/kb/*.yaml`).

One source of truth: codes, units, limits, modifiers, requirements and payers live in the YAML
files; every consumer (engine, checker, template builder, docs, API) reads them through
:func:`load_kb`. Each file is validated against the model registered for its stem, so a broken
entry fails loudly at load time rather than silently at coding time.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

KB_DIR = Path(__file__).parent / "kb"

_SECTIONS: dict[str, type[BaseModel]] = {}
M = TypeVar("M", bound=type[BaseModel])


def kb_section(name: str) -> Callable[[M], M]:
    """Register `model` as the schema of `coding/kb/<name>.yaml`."""

    def register(model: M) -> M:
        _SECTIONS[name] = model
        return model

    return register


class KnowledgeBaseError(ValueError):
    """The knowledge base (or a practice overlay) does not validate; the message names file and entry."""


class KnowledgeBase:
    """Validated sections by file stem (`kb.codes`, `kb.drugs`, ...) plus a content version."""

    def __init__(self, sections: dict[str, BaseModel], version: str, directory: Path) -> None:
        # Each section is also an attribute, read without `__getattr__` (the coding layer reads `kb.codes`,
        # `kb.requirements`, ... thousands of times a note); set first, so the attributes below win a clash as before.
        self.__dict__.update(sections)
        self._sections = sections
        self.version = version
        self.directory = directory

    def __getattr__(self, name: str) -> Any:
        try:
            return self._sections[name]
        except KeyError:
            raise AttributeError(f"knowledge base has no section {name!r}") from None

    @property
    def sections(self) -> dict[str, BaseModel]:
        return dict(self._sections)


#: libyaml's parser when PyYAML was built with it: the same safe constructors and the same data (a test reads every
#: KB file both ways), several times faster than the pure-Python parser, which was most of a cold KB load.
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _read_yaml(path: Path) -> Any:
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=YAML_LOADER)  # noqa: S506 (a safe loader)
    except yaml.YAMLError as exc:
        raise KnowledgeBaseError(f"{path.name}: not valid YAML: {exc}") from exc


def load_kb_from(directory: Path) -> KnowledgeBase:
    """Load every registered section found in `directory`; unknown YAML files are an error."""
    import coding.schema  # noqa: F401  (registers the section models)

    sections: dict[str, BaseModel] = {}
    digest = hashlib.sha256()
    for path in sorted(directory.glob("*.yaml")):
        stem = path.stem
        model = _SECTIONS.get(stem)
        if model is None:
            raise KnowledgeBaseError(f"{path.name}: no schema registered for section {stem!r}")
        raw = path.read_bytes()
        digest.update(path.name.encode() + b"\0" + raw)
        try:
            sections[stem] = model.model_validate(_read_yaml(path))
        except ValidationError as exc:
            raise KnowledgeBaseError(f"{path.name}: {exc}") from exc
    version = "kb-" + digest.hexdigest()[:12]
    return KnowledgeBase(sections, version, directory)


@lru_cache(maxsize=1)
def load_kb() -> KnowledgeBase:
    """The bundled knowledge base, loaded once per process."""
    return load_kb_from(KB_DIR)
