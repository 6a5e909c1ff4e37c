"""The workspace in a real browser: Playwright drives Debian's Chromium (headless) against a server
started here on 127.0.0.1 with a SQLite file in a temp dir and the fake analyzer.

Screenshots of the main pages go to docs/screenshots/. Skipped, with the reason, when
/usr/bin/chromium or the playwright package is missing (no browser is ever downloaded).
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from test_web_support import NOTE, PASSWORD, SAVED_FIX, make_app

pytestmark = pytest.mark.browser
CHROMIUM = Path("/usr/bin/chromium")
SHOTS = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def serve(app: Any) -> Iterator[str]:
    """Run `app` with uvicorn in a thread on a free loopback port; yields its base URL."""
    import uvicorn

    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", access_log=False))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the test server did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        srv.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    # Plain http on loopback, so the session cookie cannot be Secure here (it is by default).
    app, _ = make_app(f"sqlite:///{tmp_path_factory.mktemp('web') / 'web.db'}", cookie_secure=False)
    with serve(app) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip("browser tests need Debian's Chromium at /usr/bin/chromium (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("browser tests need the playwright Python package (pip install -e '.[test]')")
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture
def page(browser: Any, server: str) -> Iterator[Any]:
    context = browser.new_context(base_url=server, viewport={"width": 1280, "height": 900})
    p = context.new_page()
    p.set_default_timeout(10_000)
    dialogs: list[str] = []
    p.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    yield p
    context.close()
    assert dialogs == [], "a script from the note ran"


def login(page: Any, user: str, next_path: str = "/web/") -> None:
    page.goto(f"/web/login?next={next_path}")
    page.get_by_label("User name").fill(user)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(f"**{next_path}")


def shot(page: Any, name: str, full: bool = True) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=full)


def test_coder_reviews_a_note_changes_a_modifier_and_sees_the_audit_entry(page: Any) -> None:
    from playwright.sync_api import expect

    page.goto("/web/login")
    shot(page, "login")
    login(page, "cora")
    page.get_by_role("link", name="New note").first.click()
    page.get_by_label("Procedure note").fill(NOTE)
    page.get_by_label("Date of service").fill("2026-03-02")
    page.get_by_label("Reference").fill("case-0042")
    page.get_by_role("button", name="Analyse and keep for review").click()
    page.wait_for_url("**/web/notes/*")
    review_url = page.url

    # Markup in the note is shown as text, never run or rendered.
    note = page.locator("#note")
    expect(note).to_contain_text("<b>radicular</b> pain & numbness <script>alert('x')</script>.")
    assert note.locator("b").count() == 0 and note.locator("script").count() == 0

    # Clicking the code line lights up its evidence; clicking a finding lights up its own.
    page.locator("article.line button.evlink").first.click()
    lit = page.locator("#note mark.lit")
    expect(lit).to_have_count(1)
    expect(lit).to_have_text("Right L5-S1 transforaminal epidural steroid injection")
    page.locator("article.finding button.evlink").first.click()
    expect(lit).to_have_text("under fluoroscopy")
    shot(page, "review")

    page.get_by_role("link", name="Worklist").first.click()
    expect(page.locator("#total")).to_have_text("1")
    expect(page.locator("table.worklist tbody tr")).to_have_count(1)
    expect(page.locator("table.worklist tbody")).to_contain_text("case-0042")
    shot(page, "worklist")
    page.locator("table.worklist tbody a").first.click()
    page.wait_for_url(review_url)

    line = page.locator("article.line").first
    line.get_by_label("Modifiers").fill("LT")
    line.get_by_label("Reason").fill("Body of the note says left")
    line.get_by_role("button", name="Accept").click()
    page.wait_for_load_state()
    expect(page.locator("article.line").first.locator(".badge").first).to_have_text("modified")
    expect(page.locator("article.line button.evlink").first).to_contain_text("64483 LT ×1")

    page.get_by_role("link", name="Audit trail").click()
    rows = page.locator("table.audit tbody tr")
    expect(rows).to_have_count(2)
    expect(rows.nth(1)).to_contain_text("line.modified")
    cells = rows.nth(1).locator("td")
    assert [cells.nth(i).inner_text() for i in (2, 3, 4, 6, 7, 8)] == [
        "cora", "coder", "line.modified", "64483 RT ×1 pending", "64483 LT ×1 modified", "Body of the note says left"]
    shot(page, "audit")


def test_sidebar_finding_disappears_once_its_sentence_is_inserted(page: Any) -> None:
    from playwright.sync_api import expect

    page.set_viewport_size({"width": 360, "height": 780})
    login(page, "phil", "/sidebar")
    textarea = page.get_by_label("Procedure note")
    textarea.fill(NOTE)  # fires `input`; the page re-analyses after its debounce
    saved = page.locator('li[data-finding="esi.saved_images"]')
    expect(saved).to_be_visible()
    expect(page.locator("#codes")).to_contain_text("64483 RT ×1")
    expect(page.locator("#finding-count")).to_have_text("(2)")
    assert page.evaluate("document.documentElement.scrollWidth") <= 360  # no sideways scrolling at 360 px
    shot(page, "sidebar-360")

    # Keyboard only: from the note, Tab past the payer and copy button to the first Insert button.
    textarea.focus()
    for _ in range(3):
        page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.getAttribute('aria-label')")
    assert focused == f"Insert sentence: {SAVED_FIX}"
    page.keyboard.press("Enter")
    expect(saved).to_have_count(0)
    expect(page.locator("#finding-count")).to_have_text("(1)")
    assert textarea.input_value().endswith(SAVED_FIX + "\n")
    assert page.evaluate("document.activeElement.id") == "note-text"
    page.set_viewport_size({"width": 1024, "height": 780})
    shot(page, "sidebar")


def test_a_physician_cannot_open_the_worklist(page: Any) -> None:
    from playwright.sync_api import expect

    login(page, "phil", "/sidebar")
    response = page.goto("/web/worklist")
    assert response.status == 403
    expect(page.get_by_role("alert")).to_have_text("Your role may not open this page.")
    expect(page.get_by_role("link", name="Worklist")).to_have_count(0)


def test_sidebar_on_the_real_pipeline(browser: Any, tmp_path: Path) -> None:
    """The real analyzer: a finding whose sentence has no blanks goes away once inserted; flags that
    need no note change offer no Insert button."""
    from playwright.sync_api import expect

    pytest.importorskip("api.pipeline")
    note = (Path(__file__).resolve().parent.parent / "corpora" / "samples" / "caudal_with_sedation.txt").read_text()
    app, _ = make_app(f"sqlite:///{tmp_path / 'real.db'}", real=True, cookie_secure=False)
    with serve(app) as url:
        context = browser.new_context(base_url=url, viewport={"width": 400, "height": 900})
        page = context.new_page()
        page.set_default_timeout(60_000)  # the first analysis loads the NLP pipeline
        login(page, "phil", "/sidebar")
        page.get_by_label("Procedure note").fill(note)
        complications = page.locator('li[data-finding="common.complications"]')
        expect(complications).to_be_visible(timeout=60_000)
        expect(page.locator('li[data-finding="drug.contrast_not_billed"] button')).to_have_count(0)
        complications.get_by_role("button").click()
        expect(complications).to_have_count(0, timeout=30_000)
        assert page.get_by_label("Procedure note").input_value().endswith(
            "Complications: none. The patient tolerated the procedure well.\n")
        context.close()


def test_sidebar_retries_when_the_first_check_times_out(browser: Any, tmp_path: Path) -> None:
    from playwright.sync_api import expect

    app, analyzer = make_app(f"sqlite:///{tmp_path / 'slow.db'}", service={"request_timeout_s": 2.0},
                             cookie_secure=False)
    analyzer.first_call_delay_s = 3.0
    with serve(app) as url:
        context = browser.new_context(base_url=url)
        page = context.new_page()
        login(page, "phil", "/sidebar")
        page.get_by_label("Procedure note").fill(NOTE)
        expect(page.locator('li[data-finding="esi.saved_images"]')).to_be_visible(timeout=30_000)
        assert len(analyzer.calls) >= 2  # the first call timed out (504); the page asked again
        context.close()


@contextmanager
def emr_page(port: int, sidebar_url: str) -> Iterator[str]:
    """A stand-in EMR on another origin: one page that frames the sidebar and talks to it."""
    import http.server

    body = f"""<!doctype html><title>EMR</title>
<iframe id="pp" src="{sidebar_url}" width="380" height="700"></iframe>
<script>
window.addEventListener("message", function (e) {{
  if (e.origin === "{sidebar_url.rsplit('/', 1)[0]}" && e.data && e.data.type === "painpoint.note.updated") {{
    document.title = "updated " + e.data.text.length;
  }}
}});
function sendNote(text) {{
  document.getElementById("pp").contentWindow.postMessage({{type: "painpoint.note", text: text}}, "*");
}}
</script>""".encode()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *_args: Any) -> None:
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", port), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{port}/"
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_an_allowed_emr_frames_the_sidebar_and_hands_it_the_note(browser: Any, tmp_path: Path) -> None:
    from playwright.sync_api import expect

    emr_port, other_port = _free_port(), _free_port()
    app, _ = make_app(f"sqlite:///{tmp_path / 'emr.db'}", cookie_secure=False,
                      frame_ancestors=f"http://127.0.0.1:{emr_port}")
    with serve(app) as url, emr_page(emr_port, f"{url}/sidebar") as emr, \
            emr_page(other_port, f"{url}/sidebar") as stranger:
        context = browser.new_context(base_url=url)
        page = context.new_page()
        login(page, "phil", "/sidebar")
        page.goto(emr)
        assert [f.url for f in page.frames] == [emr, f"{url}/sidebar"]
        frame = page.frame_locator("#pp")
        expect(frame.locator("#note-text")).to_be_visible()
        page.evaluate("text => sendNote(text)", NOTE)
        finding = frame.locator('li[data-finding="esi.saved_images"]')
        expect(finding).to_be_visible()
        finding.get_by_role("button").click()
        expect(finding).to_have_count(0)
        expect(page).to_have_title(f"updated {len(NOTE + SAVED_FIX) + 1}")  # the EMR got the new text back

        # An origin that is not configured cannot frame it: the browser refuses to render it.
        page.goto(stranger, wait_until="load")  # `load` waits for the frame too
        assert [f.url for f in page.frames] == [stranger, "chrome-error://chromewebdata/"]
        assert page.frame_locator("#pp").locator("#note-text").count() == 0
        context.close()
