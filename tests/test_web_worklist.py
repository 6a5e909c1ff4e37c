"""Worklist filters, counts, sorting and pagination; query wording; the `painpoint users` command."""

from __future__ import annotations

import re

from typer.testing import CliRunner

from api.web.query_wording import FORBIDDEN, TOPICS, draft_query
from coding.result import ELEMENTS, Finding, SourceRef
from test_web_support import NOTE, POST_FIX, SAVED_FIX, Web, web  # noqa: F401


def rows(web: Web, query: str = "") -> list[str]:
    page = web.client.get("/web/worklist" + query).text
    return re.findall(r'<td><a href="/web/notes/([^"]+)">', page)


def counts(web: Web, query: str = "") -> tuple[int, dict[str, int]]:
    page = web.client.get("/web/worklist" + query).text
    total = int(re.search(r'<strong id="total">(\d+)</strong>', page).group(1))
    per = {m.group(1): int(m.group(2)) for m in re.finditer(r'class="sev sev-(\w+)" href="[^"]*">\w+ (\d+)</a>', page)}
    return total, per


def seed(web: Web) -> tuple[str, str, str]:
    csrf = web.login("cora")
    a = web.new_note(csrf, NOTE, date_of_service="2026-03-02")  # error
    b = web.new_note(csrf, NOTE + SAVED_FIX, payer="commercial", date_of_service="2026-03-05")  # warning
    c = web.new_note(csrf, NOTE + SAVED_FIX + POST_FIX, date_of_service="2026-03-01")  # none, complete
    return a, b, c


def test_worklist_pages_sorts_and_counts(web: Web) -> None:
    a, b, c = seed(web)
    assert rows(web) == [c, b]  # newest first, two per page
    assert rows(web, "?page=2") == [a]
    assert counts(web) == (3, {"error": 1, "warning": 1, "info": 0, "none": 1})
    assert rows(web, "?sort=severity&order=desc") == [a, b]
    assert rows(web, "?sort=severity&order=asc") == [c, b]
    assert rows(web, "?sort=dos&order=asc") == [c, a]
    assert rows(web, "?sort=dos&order=asc&page=2") == [b]
    page = web.client.get("/web/worklist?sort=dos&order=asc").text
    assert 'rel="next"' in page and "page=2" in page and "Page 1 of 2" in page


def test_worklist_filters(web: Web) -> None:
    a, b, c = seed(web)
    assert rows(web, "?severity=warning") == [b]
    assert counts(web, "?severity=warning") == (1, {"error": 1, "warning": 1, "info": 0, "none": 1})
    assert rows(web, "?payer=commercial") == [b]
    assert rows(web, "?status=complete") == [c]
    assert rows(web, "?date_from=2026-03-02&date_to=2026-03-04") == [a]
    assert rows(web, "?family=transforaminal_epidural&sort=dos") == [b, a]
    assert rows(web, "?family=facet_rfa") == []
    page = web.client.get("/web/worklist?date_from=yesterday&family=nope").text
    assert "Ignored filters with values that were not understood: family, date_from." in page


def test_reviewed_notes_leave_the_waiting_list(web: Web) -> None:
    a, b, c = seed(web)
    csrf = web.csrf()
    line = re.search(r'action="/web/notes/[^/]+/lines/(\d+)"', web.client.get(f"/web/notes/{c}").text).group(1)
    web.client.post(f"/web/notes/{c}/lines/{line}", data={"csrf_token": csrf, "decision": "accept", "code": "64483",
                                                          "modifiers": "RT", "units": "1"})
    web.client.post(f"/web/notes/{c}/complete", data={"csrf_token": csrf})
    assert rows(web, "?sort=dos") == [b, a]
    assert rows(web, "?review=reviewed") == [c]
    assert rows(web, "?review=all&sort=dos&order=asc") == [c, a]
    assert '<span id="waiting">2 notes waiting for code review</span>' in web.client.get("/web/").text


def finding(element: str, requirement: str = "Document it in the report.", source: str = "LCD L39240 [P]") -> Finding:
    return Finding(id=f"x.{element}", element=element, severity="warning", message="m",
                   requirement=SourceRef(text=requirement, source=source), fix="The patient said the magic words.")


def test_every_element_has_a_neutral_query_topic() -> None:
    assert set(TOPICS) == set(ELEMENTS)
    for element in ELEMENTS:
        query = draft_query(finding(element), None, [])
        assert FORBIDDEN.search(query) is None, element
        assert "magic words" not in query  # never the suggested fix sentence
        assert query.startswith("Documentation clarification request for the procedure note.")
        assert f"please clarify {TOPICS[element]} in the medical record." in query


def test_billing_language_in_a_requirement_is_left_out() -> None:
    query = draft_query(finding("diagnosis", "The record must support the diagnosis codes billed.",
                                "radiologybillingcoding [T]"), None, ["low back pain"])
    assert query == (
        'Documentation clarification request for the procedure note. The note states: "low back pain". '
        "The documentation of the diagnosis or diagnoses that the procedure addressed is unclear or could not be "
        "found in the note. Based on your clinical judgment, please clarify the diagnosis or diagnoses that the "
        "procedure addressed in the medical record. If this cannot be clinically determined, please document that.")


def test_users_command_adds_and_lists(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from api.cli import app

    db = f"sqlite:///{tmp_path / 'u.db'}"
    runner = CliRunner()
    r = runner.invoke(app, ["users", "add", "cora", "--role", "coder", "--password", "long enough secret", "--db", db])
    assert (r.exit_code, r.output) == (0, "added cora (coder)\n")
    r = runner.invoke(app, ["users", "add", "phil", "--role", "physician", "--db", db],
                      input="another long secret\nanother long secret\n")
    assert r.exit_code == 0 and r.output.endswith("added phil (physician)\n")
    r = runner.invoke(app, ["users", "add", "cora", "--role", "coder", "--password", "long enough secret", "--db", db])
    assert r.exit_code == 2 and "already exists" in r.output
    r = runner.invoke(app, ["users", "add", "nia", "--role", "nurse", "--password", "long enough secret", "--db", db])
    assert r.exit_code == 2 and "unknown role 'nurse'" in r.output
    r = runner.invoke(app, ["users", "add", "sam", "--role", "coder", "--password", "short", "--db", db])
    assert r.exit_code == 2 and "at least 12 characters" in r.output
    r = runner.invoke(app, ["users", "list", "--db", db])
    assert r.output == "cora\tcoder\nphil\tphysician\n"
