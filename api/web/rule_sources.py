"""Rule ids on a proposed line → the citations behind them, so the review page can show the rule
source (document and reliability tag) and not only an id.

Knowledge-base entries carry `source` (a list of `{cite, tag}`) on the entry, and their nested rows
inherit it; this walks the loaded KB once per KB version and maps every `id` to the nearest source.
A KB that does not load leaves the page showing the bare ids.
"""

from __future__ import annotations

import logging
import threading
from typing import Any

log = logging.getLogger("painpoint.web")
_cache: dict[str, dict[str, str]] = {}
_lock = threading.Lock()


def _format(source: Any) -> str | None:
    items = source if isinstance(source, list) else [source]
    parts = []
    for item in items:
        if isinstance(item, dict) and item.get("cite"):
            parts.append(f"{item['cite']} [{item['tag']}]" if item.get("tag") else str(item["cite"]))
        elif isinstance(item, str):
            parts.append(item)
    return "; ".join(parts) or None


def index_sources(tree: Any) -> dict[str, str]:
    """Every `id` in a dumped KB → the formatted source of its entry or nearest ancestor."""
    found: dict[str, str] = {}

    def walk(node: Any, inherited: str | None) -> None:
        if isinstance(node, dict):
            own = _format(node["source"]) if node.get("source") else None
            here = own or inherited
            if isinstance(node.get("id"), str) and here:
                found.setdefault(node["id"], here)
            for key, value in node.items():
                if key != "source":
                    walk(value, here)
        elif isinstance(node, list):
            for value in node:
                walk(value, inherited)

    walk(tree, None)
    return found


def rule_sources() -> dict[str, str]:
    try:
        from coding.knowledge import load_kb

        kb = load_kb()
    except Exception as exc:  # noqa: BLE001 - the page still works with bare ids
        log.warning("rule sources unavailable: %s", type(exc).__name__)
        return {}
    with _lock:
        if kb.version not in _cache:
            dumped = {name: (sec.model_dump(mode="json") if hasattr(sec, "model_dump") else sec)
                      for name, sec in kb.sections.items()}
            _cache[kb.version] = index_sources(dumped)
        return _cache[kb.version]
