"""Review, decisions, audit trail, exports, escaping and evidence highlighting (TestClient)."""

from __future__ import annotations

import json
import re

import html

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from api.db.session import session_scope
from api.db.web_models import AppendOnlyError, AuditEvent, ClaimLine, WebNote
from api.web.highlight import highlight
from test_web_support import NOTE, Web, web  # noqa: F401

HIGHLIGHTED = (
    'PROCEDURE: <mark class="ev" data-refs="line-1">Right L5-S1 transforaminal epidural steroid injection</mark> '
    '<mark class="ev" data-refs="finding-0">under fluoroscopy</mark>.\n'
    'INDICATION: &lt;b&gt;<mark class="ev" data-refs="dx-0">radicular</mark>&lt;/b&gt; pain &amp; numbness '
    "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;.\n"
)


def note_html(page: str) -> str:
    return re.search(r'<pre class="note" id="note">(.*?)</pre>', page, re.S).group(1)


def audit_rows(web: Web, analysis_id: str) -> list[tuple]:
    with session_scope(web.app.state.sessionmaker) as s:
        return [(e.username, e.role, e.action, e.line_id, e.before, e.after, e.reason)
                for e in s.scalars(select(AuditEvent).where(AuditEvent.analysis_id == analysis_id)
                                   .order_by(AuditEvent.id))]


def state(code: str, modifiers: list[str], units: int, decision: str, removed: bool = False) -> dict:
    return {"code": code, "modifiers": modifiers, "units": units, "decision": decision, "removed": removed}


def test_highlight_escapes_every_piece_and_handles_overlaps() -> None:
    out = highlight("a<b>c&d", [(1, 4, "line-1"), (3, 6, "finding-2"), (50, 60, "dx-0"), (5, 5, "dx-1")])
    assert str(out) == ('a<mark class="ev" data-refs="line-1">&lt;b</mark>'
                        '<mark class="ev" data-refs="finding-2 line-1">&gt;</mark>'
                        '<mark class="ev" data-refs="finding-2">c&amp;</mark>d')
    with pytest.raises(ValueError):
        highlight("x", [(0, 1, '" onclick="x')])


@given(
    st.text(alphabet=st.sampled_from("ab <>&\"'\n"), max_size=40),
    st.lists(st.tuples(st.integers(-5, 45), st.integers(-5, 45), st.sampled_from(["line-1", "finding-0", "dx-2"])),
             max_size=6),
)
def test_highlight_always_round_trips_to_the_exact_text(note: str, spans: list) -> None:
    out = str(highlight(note, spans))
    without_marks = re.sub(r'<mark class="ev" data-refs="[a-z0-9 -]+">|</mark>', "", out)
    assert "<" not in without_marks and ">" not in without_marks
    assert html.unescape(without_marks) == note
    covered = {i for s, e, _ in spans for i in range(max(0, s), min(e, len(note)))}
    marked = re.findall(r'<mark class="ev" data-refs="[a-z0-9 -]+">(.*?)</mark>', out, re.S)
    assert sum(len(html.unescape(m)) for m in marked) == len(covered)


def test_review_page_shows_the_note_as_text_with_evidence_marked(web: Web) -> None:
    note = web.new_note(web.login("cora"))
    page = web.client.get(f"/web/notes/{note}").text
    assert note_html(page) == HIGHLIGHTED
    assert "<script>alert" not in page and "<b>radicular" not in page
    assert 'data-ref="line-1"' in page and 'data-ref="finding-0"' in page
    assert "One lumbar foramen on the right." in page
    assert '<ul class="rules"><li><code>tfesi.lumbar.first_level</code></li></ul>' in page
    assert "The LCD asks for it in the procedure report." in page and "(LCD L39240 [P])" in page
    assert '<script src="/web/static/review.js" defer></script>' in page


def test_decisions_change_lines_and_are_audited_with_before_and_after(web: Web) -> None:
    csrf = web.login("cora")
    note = web.new_note(csrf)
    post = web.client.post
    r = post(f"/web/notes/{note}/lines/1", data={"csrf_token": csrf, "decision": "accept", "code": "64483",
                                                 "modifiers": "lt", "units": "1", "reason": "Left side per note body"},
             follow_redirects=False)
    assert (r.status_code, r.headers["location"]) == (303, f"/web/notes/{note}#line-1")
    post(f"/web/notes/{note}/lines", data={"csrf_token": csrf, "code": "J1030", "modifiers": "", "units": "1",
                                           "reason": "Drug given in office"})
    post(f"/web/notes/{note}/lines", data={"csrf_token": csrf, "code": "64484", "modifiers": "RT", "units": "1",
                                           "reason": "Second level?"})
    post(f"/web/notes/{note}/lines/3", data={"csrf_token": csrf, "decision": "remove", "code": "64484",
                                             "units": "1", "reason": "Only one level done"})
    assert audit_rows(web, note) == [
        ("cora", "coder", "note.kept", None, None, {"codes": 1, "findings": 2}, None),
        ("cora", "coder", "line.modified", 1, state("64483", ["RT"], 1, "pending"), state("64483", ["LT"], 1, "modified"),
         "Left side per note body"),
        ("cora", "coder", "line.added", 2, None, state("J1030", [], 1, "accepted"), "Drug given in office"),
        ("cora", "coder", "line.added", 3, None, state("64484", ["RT"], 1, "accepted"), "Second level?"),
        ("cora", "coder", "line.removed", 3, state("64484", ["RT"], 1, "accepted"),
         state("64484", ["RT"], 1, "accepted", removed=True), "Only one level done"),
    ]
    audit_page = web.client.get(f"/web/notes/{note}/audit").text
    assert "<td>line.modified</td>" in audit_page
    assert "<td>64483 RT ×1 pending</td><td>64483 LT ×1 modified</td><td>Left side per note body</td>" in audit_page

    assert web.client.get(f"/web/notes/{note}/export.csv").text == (
        "line,code,modifiers,units,decision\r\n1,64483,LT,1,modified\r\n2,J1030,,1,accepted\r\n")
    exported = web.client.get(f"/web/notes/{note}/export.json")
    assert exported.headers["content-disposition"] == f'attachment; filename="claim-{note}.json"'
    assert json.loads(exported.text) == {
        "analysis_id": note, "review_state": "waiting", "payer": "medicare", "date_of_service": "2026-03-02",
        "lines": [{"line": 1, "code": "64483", "modifiers": ["LT"], "units": 1, "decision": "modified"},
                  {"line": 2, "code": "J1030", "modifiers": [], "units": 1, "decision": "accepted"}],
    }


def test_accept_unchanged_needs_no_reason_but_reject_does(web: Web) -> None:
    csrf = web.login("cora")
    note = web.new_note(csrf)
    r = web.client.post(f"/web/notes/{note}/lines/1", data={"csrf_token": csrf, "decision": "reject", "code": "64483",
                                                            "modifiers": "RT", "units": "1"})
    assert r.status_code == 422
    assert "Give a reason for this decision." in r.text
    r = web.client.post(f"/web/notes/{note}/lines/1", data={"csrf_token": csrf, "decision": "accept", "code": "6448",
                                                            "modifiers": "RT", "units": "1", "reason": "x"})
    assert r.status_code == 422
    assert [a[2] for a in audit_rows(web, note)] == ["note.kept"]
    web.client.post(f"/web/notes/{note}/lines/1", data={"csrf_token": csrf, "decision": "accept", "code": "64483",
                                                        "modifiers": "RT", "units": "1"})
    assert web.client.get(f"/web/notes/{note}/export.csv").text.endswith("1,64483,RT,1,accepted\r\n")
    web.client.post(f"/web/notes/{note}/lines/1", data={"csrf_token": csrf, "decision": "reject", "reason": "no"})
    assert web.client.get(f"/web/notes/{note}/export.csv").text == "line,code,modifiers,units,decision\r\n"
    assert [a[2] for a in audit_rows(web, note)] == ["note.kept", "line.accepted", "line.rejected"]


def test_finishing_needs_every_line_decided(web: Web) -> None:
    csrf = web.login("cora")
    note = web.new_note(csrf)
    r = web.client.post(f"/web/notes/{note}/complete", data={"csrf_token": csrf})
    assert r.status_code == 409
    web.client.post(f"/web/notes/{note}/lines/1", data={"csrf_token": csrf, "decision": "accept", "code": "64483",
                                                        "modifiers": "RT", "units": "1"})
    r = web.client.post(f"/web/notes/{note}/complete", data={"csrf_token": csrf}, follow_redirects=False)
    assert (r.status_code, r.headers["location"]) == (303, "/web/worklist")
    assert audit_rows(web, note)[-1][2:6] == ("review.completed", None, {"review_state": "waiting"},
                                              {"review_state": "reviewed"})


def test_audit_trail_is_append_only(web: Web) -> None:
    note = web.new_note(web.login("cora"))
    factory = web.app.state.sessionmaker
    with pytest.raises(AppendOnlyError):
        with session_scope(factory) as s:
            event = s.scalars(select(AuditEvent)).first()
            event.reason = "rewritten"
    with pytest.raises(AppendOnlyError):
        with session_scope(factory) as s:
            s.delete(s.scalars(select(AuditEvent)).first())
    for sql in ("UPDATE web_audit_events SET reason = 'x'", "DELETE FROM web_audit_events"):
        with pytest.raises(DBAPIError, match="append-only"):
            with web.app.state.engine.begin() as conn:
                conn.execute(text(sql))
    assert [a[2] for a in audit_rows(web, note)] == ["note.kept"]
    assert audit_rows(web, note)[0][6] is None


def test_query_draft_is_open_ended_and_shown_escaped(web: Web) -> None:
    csrf = web.login("cora")
    note = web.new_note(csrf)
    r = web.client.post(f"/web/notes/{note}/findings/0/query", data={"csrf_token": csrf}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith(f"/web/notes/{note}#query-")
    page = web.client.get(f"/web/notes/{note}").text
    assert re.search(r'<p class="query-text">(.*?)</p>', page, re.S).group(1) == (
        "Documentation clarification request for the procedure note dated 2026-03-02. "
        "The note states: &#34;under fluoroscopy&#34;. "
        "The documentation of whether images were saved to the record is unclear or could not be found in the note. "
        "Documentation standard: The LCD asks for it in the procedure report. (Reference: LCD L39240 [P]) "
        "Based on your clinical judgment, please clarify whether images were saved to the record in the medical "
        "record. If this cannot be clinically determined, please document that.")
    assert "Draft another query" in page
    assert [a[2] for a in audit_rows(web, note)] == ["note.kept", "query.drafted"]
    assert web.client.post(f"/web/notes/{note}/findings/9/query", data={"csrf_token": csrf}).status_code == 404


def test_unknown_note_is_a_404_page(web: Web) -> None:
    web.login("cora")
    r = web.client.get("/web/notes/no-such-id")
    assert r.status_code == 404 and "No note kept for review under this id." in r.text


def test_new_note_form_reports_bad_fields(web: Web) -> None:
    csrf = web.login("cora")
    r = web.client.post("/web/notes/new", data={"csrf_token": csrf, "text": NOTE, "date_of_service": "03/02/2026"})
    assert r.status_code == 422 and "The date of service is not a date (YYYY-MM-DD)." in r.text
    assert "&lt;script&gt;alert(&#39;x&#39;)" in r.text  # the note comes back, escaped, in the textarea
    r = web.client.post("/web/notes/new", data={"csrf_token": csrf, "text": NOTE, "payer": "acme"})
    assert r.status_code == 422
    r = web.client.post("/web/notes/new", data={"csrf_token": csrf, "text": "   "})
    assert r.status_code == 422 and "the note is empty" in r.text


def test_sidebar_json_lists_findings_and_codes(web: Web) -> None:
    csrf = web.login("phil")
    r = web.client.post("/sidebar/analyze", json={"text": NOTE}, headers={"X-CSRF-Token": csrf})
    assert r.json() == {
        "findings": [
            {"id": "esi.saved_images", "element": "saved_images", "severity": "error",
             "message": "Fluoroscopy is named but no saved images are mentioned.",
             "fix": "Fluoroscopic images were saved to the record."},
            {"id": "esi.post_score", "element": "post_procedure_pain_score", "severity": "warning",
             "message": "No pain score after the procedure.",
             "fix": "Post-procedure pain: 2/10 on the numeric rating scale."},
        ],
        "codes": [{"code": "64483", "modifiers": ["RT"], "units": 1,
                   "description": "Transforaminal epidural, lumbar or sacral, first level"}],
    }
    r = web.client.post("/sidebar/analyze", json={"text": "  "}, headers={"X-CSRF-Token": csrf})
    assert r.json() == {"findings": [], "codes": []}


def test_api_store_true_keeps_the_note_for_review(web: Web) -> None:
    from api.security.apikeys import create_api_key

    with session_scope(web.app.state.sessionmaker) as s:
        key = create_api_key(s, "emr-batch")
    r = web.client.post("/v1/analyze", json={"text": NOTE, "store": True, "date_of_service": "2026-03-04"},
                        headers={"Authorization": f"Bearer {key}"})
    stored = r.json()["id"]
    with session_scope(web.app.state.sessionmaker) as s:
        assert s.get(WebNote, stored).text == NOTE
        assert [(ln.code, ln.modifiers, ln.decision) for ln in s.scalars(select(ClaimLine))] == [
            ("64483", ["RT"], "pending")]
    assert audit_rows(web, stored)[0][:3] == ("api_key:emr-batch", "api", "note.kept")
    web.login("cora")
    assert note_html(web.client.get(f"/web/notes/{stored}").text) == HIGHLIGHTED
    r = web.client.post("/v1/analyze", json={"text": NOTE}, headers={"Authorization": f"Bearer {key}"})
    with session_scope(web.app.state.sessionmaker) as s:
        assert len(s.scalars(select(WebNote)).all()) == 1  # not stored: text not kept


def test_physicians_see_drafted_queries_and_the_note_in_the_sidebar(web: Web) -> None:
    csrf = web.login("cora")
    note = web.new_note(csrf, source="case-77")
    web.client.post(f"/web/notes/{note}/findings/1/query", data={"csrf_token": csrf})
    assert web.client.get("/web/queries").status_code == 403
    web.client.cookies.clear()
    web.login("phil")
    listing = web.client.get("/web/queries").text
    texts = re.findall(r'<p class="query-text">(.*?)</p>', listing, re.S)
    assert texts == [
        "Documentation clarification request for the procedure note dated 2026-03-02. The documentation of the "
        "patient&#39;s pain level after the procedure is unclear or could not be found in the note. Documentation "
        "standard: The LCD asks for it in the procedure report. (Reference: LCD L39240 [P]) Based on your clinical "
        "judgment, please clarify the patient&#39;s pain level after the procedure in the medical record. If this "
        "cannot be clinically determined, please document that."]
    assert "post procedure pain score · note case-77 · service date 2026-03-02 · drafted by cora" in listing
    assert f'href="/sidebar?analysis={note}"' in listing
    sidebar = web.client.get(f"/sidebar?analysis={note}").text
    assert re.findall(r'<p class="query-text card">(.*?)</p>', sidebar, re.S) == texts
    textarea = re.search(r'<textarea id="note-text"[^>]*>(.*?)</textarea>', sidebar, re.S).group(1)
    assert textarea == NOTE.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;")


def test_rule_ids_map_to_the_nearest_source() -> None:
    from api.web.rule_sources import index_sources

    tree = {"codes": {"families": {"facet": {
        "id": "fam.facet", "source": [{"cite": "LCD L38803", "tag": "P"}, {"cite": "rubric", "tag": None}],
        "rows": [{"id": "facet.ls", "code": "64493"},
                 {"id": "facet.c", "source": [{"cite": "CMS manual", "tag": "P"}]}]}}},
        "modifiers": [{"id": "mod.x"}]}
    assert index_sources(tree) == {"fam.facet": "LCD L38803 [P]; rubric", "facet.ls": "LCD L38803 [P]; rubric",
                                   "facet.c": "CMS manual [P]"}
