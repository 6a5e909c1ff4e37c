"""The KB is read with libyaml's safe loader when available; it must give exactly the pure-Python parser's data."""

from pathlib import Path

import yaml

from coding import knowledge

KB_DIR = Path(knowledge.__file__).parent / "kb"


def test_every_kb_file_reads_the_same_with_both_loaders():
    files = sorted(KB_DIR.glob("*.yaml"))
    assert len(files) == 6
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert yaml.load(text, Loader=knowledge.YAML_LOADER) == yaml.safe_load(text), path.name


def test_the_loader_is_a_safe_one():
    assert knowledge.YAML_LOADER in (getattr(yaml, "CSafeLoader", None), yaml.SafeLoader)
    try:
        yaml.load("!!python/object/apply:os.system ['true']", Loader=knowledge.YAML_LOADER)
    except yaml.YAMLError:
        pass
    else:  # pragma: no cover - a safe loader never constructs Python objects
        raise AssertionError("the KB loader constructed a Python object")
