"""The dashboard in a real browser: Playwright driving Debian's chromium against `detente serve`.

The server is the real command, started on a free loopback port on a copy of the demo database.
Chromium comes from Debian (`apt-get install chromium`, which .ci/run does); nothing is
downloaded. Locally these tests skip with a reason when chromium or playwright is missing; in CI
(CI=true) they fail instead, so a missing install is never silent.

Screenshots of each page go to $DETENTE_SCREENSHOTS when it is set (docs/img/ in the README was
made with DETENTE_SCREENSHOTS=docs/img).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

CHROMIUM = Path(shutil.which("chromium") or "/usr/bin/chromium")
TOKEN = "browser-test-token-42"
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
               "--disable-component-update", "--disable-sync"]
ARTICLE = ("Canada and China agreed on Tuesday to resume talks on canola, the trade ministry said.\n\n"
           "Chinese Premier Li Qiang praised the agreement and said Beijing would lift its duties on Canadian "
           "canola meal from next month.")


def _unavailable(reason: str) -> None:
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(f"{reason}: CI must run the browser tests (.ci/run installs Debian's chromium)")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("playwright is not installed (pip install -e '.[test]')")
    if not CHROMIUM.exists():
        _unavailable("Debian's chromium is not installed (apt-get install chromium)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        yield browser
        browser.close()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def server(demo_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`detente serve` on a copy of the demo database, on a free loopback port."""
    db = tmp_path_factory.mktemp("served") / "detente.duckdb"
    shutil.copy(demo_db, db)
    port = _free_port()
    env = {**os.environ, "DETENTE_TOKEN": TOKEN}
    process = subprocess.Popen([sys.executable, "-m", "detente", "serve", "--db", str(db), "--port", str(port)],
                               env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    while True:
        try:
            if httpx.get(f"{base}/healthz", timeout=2).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            raise RuntimeError(f"detente serve did not start:\n{process.stdout.read() if process.stdout else ''}")
        time.sleep(0.3)
    yield base
    process.terminate()
    process.wait(timeout=20)


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    yield page
    context.close()
    assert errors == [], f"the page reported errors: {errors}"


def _shot(page: Any, name: str, full: bool = False) -> None:
    folder = os.environ.get("DETENTE_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(folder) / f"{name}.png"), full_page=full)


def test_pick_a_dyad_and_click_its_largest_turning_point(page, server):
    page.goto(f"{server}/")
    _shot(page, "home")
    page.get_by_label("First actor").fill("CAN")
    page.get_by_label("Second actor").fill("CHN")
    page.get_by_role("button", name="Show the dyad").click()
    page.wait_for_url("**/dyad?*")
    assert page.get_by_role("heading", level=1).inner_text() == "CAN–CHN: how the relationship moved"
    _shot(page, "dyad")
    dyad = httpx.get(f"{server}/v1/dyads/CAN/CHN").json()
    largest = max(dyad["turning_points"], key=lambda tp: abs(tp["after"] - tp["before"]))
    page.locator(f'svg.chart a:has(g[data-turn="{largest["period"]}"])').click()
    selected = page.locator("#selected")
    selected.wait_for()
    assert largest["period"] in selected.get_by_role("heading", level=2).inner_text()
    drivers = selected.locator("ol.drivers > li")
    assert drivers.count() == len(largest["drivers"]) > 0
    text = selected.inner_text()
    for driver in largest["drivers"]:
        assert driver["sentence"] in text  # each driver's sentence is listed
    assert selected.locator("ol.drivers mark").count() >= drivers.count()  # with its trigger marked
    rows = selected.locator("table.events tbody tr")
    assert rows.count() >= 1 and all(rows.nth(i).locator("td.sentence").inner_text().strip()
                                     for i in range(rows.count()))
    assert page.evaluate("document.activeElement.id") == "selected"  # focus moves to what was picked
    _shot(page, "dyad-turning-point", full=True)


def test_the_chart_and_pages_work_from_the_keyboard(page, server):
    page.goto(f"{server}/dyad?a=CAN&b=CHN")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to content"
    # the bars and turning points of the chart are links a keyboard reaches
    links = page.locator("svg.chart a")
    assert links.count() > 2 and all(links.nth(i).get_attribute("aria-label") for i in range(links.count()))
    for field in page.locator("main input, main select, main textarea").all():
        field_id = field.get_attribute("id")
        assert field_id and page.locator(f'label[for="{field_id}"]').count() == 1, field_id
    for _ in range(40):  # Tab on until the focus enters the chart, then Enter follows the link
        page.keyboard.press("Tab")
        if page.evaluate("!!document.activeElement.closest('svg')"):
            break
    label = page.evaluate("document.activeElement.getAttribute('aria-label')")
    assert label and "show them" in label
    page.keyboard.press("Enter")
    page.wait_for_url("**period=*")
    assert page.evaluate("document.activeElement.id") == "selected"
    assert page.locator("#selected table.events tbody tr").count() >= 1


def test_paste_an_article_and_see_its_events(page, server):
    page.goto(f"{server}/code#token={TOKEN}")
    assert "#token" not in page.url  # the token is kept for the tab, not left in the address
    page.get_by_label("Article text").fill(ARTICLE)
    page.get_by_label("Published").fill("2026-11-10")
    page.get_by_role("button", name="Code it").click()
    results = page.locator("#code-results")
    results.locator("li.event").first.wait_for()
    text = results.inner_text()
    assert "praised" in text and "CAMEO 051" in text and "stored" in text
    assert results.locator("li.event mark").count() >= 1
    _shot(page, "code")
    page.get_by_role("link", name="Open the document view").first.click()
    page.wait_for_url("**/documents/*")
    assert page.locator("ol.sentences mark.trigger").count() >= 1
    _shot(page, "document")


def test_correct_an_actor_and_see_the_change_in_the_events_list(page, server):
    page.goto(f"{server}/events?q=Mercer")
    before = page.locator("table.events").inner_text()
    assert "CANBUS" not in before
    page.goto(f"{server}/actors?q=Mercer#token={TOKEN}")
    _shot(page, "actors")
    page.get_by_text("Correct Daniel Mercer").click()
    form = page.locator('form.correct-form[data-name="Daniel Mercer"]')
    form.get_by_label("Country or organisation").fill("CAN")
    form.get_by_label("Sector").fill("BUS")
    form.get_by_label("Role").fill("grain trader")
    form.get_by_label("From").fill("2025-01-01")
    form.get_by_role("button", name="Save the correction").click()
    status = page.locator("#actor-status")
    status.get_by_text("corrected: Daniel Mercer").wait_for()
    assert "stored articles coded again" in status.inner_text()
    status.get_by_role("link").click()
    page.wait_for_url("**/events?q=Daniel*")
    after = page.locator("table.events").inner_text()
    assert "CANBUS" in after and "Mercer" in after
    _shot(page, "events")


def test_measures_and_docs_pages(page, server):
    page.goto(f"{server}/measures?imposer=CHN&affected=CAN")
    table = page.locator("table.measures")
    assert "HS 1514" in table.inner_text() and "import_tariff" not in table.inner_text()
    _shot(page, "measures")
    page.goto(f"{server}/docs")
    page.locator(".opblock").first.wait_for()  # Swagger UI, served by this server
    _shot(page, "docs")
