"""Each role's main journey through the pages, in a real Chromium browser.

The browser is Debian's Chromium driven by Playwright (no browser is downloaded);
the service runs under waitress on a free local port.
"""

import json
import os
import shutil
import socket
import threading
from pathlib import Path

import pytest

playwright = pytest.importorskip("playwright.sync_api")
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
pytestmark = pytest.mark.skipif(
    not Path(CHROMIUM).exists(), reason="Debian's chromium package is not installed"
)
ROOT = Path(__file__).resolve().parent.parent
SAMPLE = json.loads((ROOT / "assistant/data/sample_letter.json").read_text())
PASSWORD = "a long enough password"
BAD_LETTER = """Dear Mrs Vaughan

The police arrested Ashley Turner, who was released without charge. I uphold your
complaint that nobody told you, and I apologise.

If you are unhappy you can ask for a stage 2 review within 20 working days.

Yours sincerely
Helen Price
"""


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    from waitress.server import create_server

    from assistant.accounts import add_user
    from assistant.database import session_factory
    from assistant.settings import get_settings
    from assistant.web import create_app

    data = tmp_path_factory.mktemp("web")
    previous = os.environ.get("ASSISTANT_DATA_DIR")
    os.environ["ASSISTANT_DATA_DIR"] = str(data)
    get_settings.cache_clear()
    url = f"sqlite:///{data / 'pages.db'}"
    with session_factory(url)() as session:
        for name, role in [
            ("manager", "legal_manager"),
            ("coordinator", "complaints_coordinator"),
            ("lead", "quality_lead"),
        ]:
            add_user(session, name, role, PASSWORD)
        session.commit()
    app = create_app({"DATABASE_URL": url})
    server = create_server(app, host="127.0.0.1", port=_free_port(), threads=4)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.effective_port}"
    server.close()
    if previous is None:
        os.environ.pop("ASSISTANT_DATA_DIR")
    else:
        os.environ["ASSISTANT_DATA_DIR"] = previous
    get_settings.cache_clear()


@pytest.fixture(scope="module")
def browser():
    with playwright.sync_playwright() as driver:
        browser = driver.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context()
    yield context.new_page()
    context.close()


def sign_in(page, server, username, target):
    page.goto(f"{server}{target}")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()


def test_when_a_legal_manager_critiques_a_draft_then_findings_issues_and_words_show(
    page, server
):
    sign_in(page, server, "manager", "/critique")
    page.get_by_label("Complaints stage").select_option("1")
    page.get_by_label("Complaint type as recorded").select_option("mixed")
    page.get_by_label("What the complainant wrote").fill(SAMPLE["complaint"])
    page.get_by_label("The draft reply").fill(
        SAMPLE["letter"] + "\n<script>x()</script>"
    )
    page.get_by_role("button", name="Critique the draft").click()

    page.get_by_role("heading", name="Critique of the draft").wait_for()
    assert page.locator("mark.blocking").count() >= 1
    assert page.get_by_text("escalation time limit").first.is_visible()
    assert (
        page.locator("table").first.get_by_text("Nobody from the CPS told me").count()
    )
    assert "<script>x()</script>" in page.locator(".letter").inner_text()
    page.get_by_role("link", name="complaints-process.md").first.click()
    page.get_by_role("heading", name="The stage 2 escalation time limit").wait_for()


def test_when_a_coordinator_signs_off_then_blocking_findings_need_reasons(page, server):
    sign_in(page, server, "coordinator", "/presend")
    page.get_by_label("Complaint reference").fill("CPS-2026-0042")
    page.get_by_label("Complaint type as recorded").select_option("service")
    page.get_by_label("The draft reply").fill(BAD_LETTER)
    page.get_by_role("button", name="Run the pre-send check").click()

    page.get_by_text("blocking").first.wait_for()
    page.get_by_label("Lessons learnt").fill("yes")
    page.get_by_role("button", name="Mark ready to send").click()
    page.get_by_role("heading", name="There is a problem").wait_for()
    assert "draft" in page.locator("#status").inner_text()

    for box in page.locator("textarea[id^=override-]").all():
        box.fill("Agreed with the reviewing lawyer after reading the file.")
    page.get_by_label("Lessons learnt").fill("Check time limit wording before QA.")
    page.get_by_role("button", name="Mark ready to send").click()
    page.wait_for_function(
        "document.querySelector('#status').innerText.includes('ready')"
    )


def test_when_a_quality_lead_uploads_a_dataset_then_the_report_opens(
    page, server, tmp_path
):
    dataset = tmp_path / "sample.jsonl"
    lines = (ROOT / "evals/datasets/holdout.jsonl").read_text().splitlines()[:3]
    dataset.write_text("\n".join(lines) + "\n")

    sign_in(page, server, "lead", "/evaluations")
    page.get_by_label("Dataset file").set_input_files(str(dataset))
    page.get_by_role("button", name="Run the evaluation").click()

    page.get_by_role("link", name="Open the full report").wait_for()
    frame = page.frame_locator("iframe")
    frame.get_by_text("Overall letter examination data").first.wait_for()


def test_when_a_page_is_used_by_keyboard_then_the_skip_link_comes_first(page, server):
    sign_in(page, server, "manager", "/")
    page.get_by_role("heading", name="Complaints assistant").wait_for()
    page.keyboard.press("Tab")

    focused = page.evaluate("document.activeElement.textContent.trim()")
    assert focused == "Skip to main content"


def test_when_a_role_opens_another_roles_page_then_it_is_refused(page, server):
    sign_in(page, server, "manager", "/")
    response = page.goto(f"{server}/evaluations")

    assert response.status == 403
    assert page.get_by_role("heading", name="Forbidden").is_visible()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
