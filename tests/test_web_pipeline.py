"""The workspace on the real analyzer (`api.pipeline.analyze_text`): every sample note goes through
the new-note form, and its review page must show the note exactly, with each highlight covering
exactly the evidence text the pipeline reported at those offsets."""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

import pytest
from markupsafe import escape
from fastapi.testclient import TestClient
from sqlalchemy import select

from api.db.models import Analysis
from api.db.session import session_scope
from api.web.rule_sources import rule_sources
from test_web_support import Web, make_app

SAMPLES = sorted((Path(__file__).resolve().parent.parent / "corpora" / "samples").glob("*.txt"))


@pytest.fixture(scope="module")
def real_web(tmp_path_factory: pytest.TempPathFactory) -> Any:
    pytest.importorskip("api.pipeline")
    app, analyzer = make_app(f"sqlite:///{tmp_path_factory.mktemp('real') / 'web.db'}", real=True)
    with TestClient(app, base_url="https://testserver") as client:
        web = Web(app, client, analyzer)
        web.csrf_token = web.login("cora")  # type: ignore[attr-defined]
        yield web


@pytest.mark.parametrize("path", SAMPLES, ids=[p.stem for p in SAMPLES])
def test_sample_note_reviews_with_exact_highlights(real_web: Web, path: Path) -> None:
    note_text = path.read_text(encoding="utf-8")
    analysis_id = real_web.new_note(real_web.csrf_token, note_text)  # type: ignore[attr-defined]
    page = real_web.client.get(f"/web/notes/{analysis_id}").text
    shown = re.search(r'<pre class="note" id="note">(.*?)</pre>', page, re.S).group(1)
    assert html.unescape(re.sub(r"</?mark[^>]*>", "", shown)) == note_text
    with session_scope(real_web.app.state.sessionmaker) as s:
        result = s.scalars(select(Analysis).where(Analysis.id == analysis_id)).one().result
    evidence = [ev for group in ("codes", "findings", "diagnoses") for item in result[group] for ev in item["evidence"]]
    covered: set[int] = set()
    for ev in evidence:
        assert note_text[ev["start"]:ev["end"]] == ev["text"]  # the contract the highlighting relies on
        covered.update(range(ev["start"], ev["end"]))
    pieces = [html.unescape(m) for m in re.findall(r'<mark class="ev" data-refs="[^"]+">(.*?)</mark>', shown, re.S)]
    assert sum(len(p) for p in pieces) == len(covered)
    assert page.count('<article class="line ') == len(result["codes"])
    assert page.count('<article class="finding ') == len(result["findings"])
    sources = rule_sources()
    rules = [r for line in result["codes"] for r in line["rules"]]
    assert not rules or any(r in sources for r in rules)  # each line's family rule has a citation
    for r in rules:
        if r in sources:
            assert f"<li><code>{escape(r)}</code> — {escape(sources[r])}</li>" in page
