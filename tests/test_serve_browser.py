"""The workbench in a real browser: headless Chromium driven by Selenium.

Uses Debian's ``chromium`` and ``chromium-driver`` (``.ci/run`` installs them); Selenium is
pointed at them so it never downloads a driver. Screenshots go to ``$KG_SCREENSHOTS`` when set,
otherwise to a pytest temporary folder, so a failing run leaves something to look at.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support.ui import WebDriverWait

from tests.serving import running_server, sample_store_at

CHROMIUM, CHROMEDRIVER = Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver")
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not (CHROMIUM.exists() and CHROMEDRIVER.exists()),
        reason="needs Debian's chromium and chromium-driver (apt-get install, as .ci/run does)",
    ),
]
WAIT_SECONDS = 20


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    store = sample_store_at(tmp_path_factory.mktemp("browser") / "store")
    with running_server(store) as base:
        yield base


@pytest.fixture(scope="module")
def screenshots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = Path(os.environ.get("KG_SCREENSHOTS") or tmp_path_factory.mktemp("screenshots"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WebDriver]:
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--window-size=1400,1000",
                 f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"):  # fmt: skip
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(str(CHROMEDRIVER)))
    try:
        yield driver
    finally:
        driver.quit()


def wait_for(browser: WebDriver, css: str, count: int = 1) -> list[object]:
    """Wait until at least ``count`` elements match ``css``; return them."""
    WebDriverWait(browser, WAIT_SECONDS).until(
        lambda b: len(b.find_elements(By.CSS_SELECTOR, css)) >= count
    )
    return list(browser.find_elements(By.CSS_SELECTOR, css))


def console_errors(browser: WebDriver) -> list[str]:
    return [e["message"] for e in browser.get_log("browser") if e["level"] == "SEVERE"]


def test_a_query_typed_into_the_editor_shows_its_rows(
    browser: WebDriver, base_url: str, screenshots: Path
) -> None:
    browser.get(base_url + "/")
    editor = wait_for(browser, ".CodeMirror")[0]
    editor.click()  # type: ignore[attr-defined]
    keys = browser.switch_to.active_element
    keys.send_keys(Keys.CONTROL, "a")
    keys.send_keys(Keys.DELETE)
    keys.send_keys(
        "PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>\n"
        "SELECT ?supporter ?supported WHERE { ?supporter ckg:supports ?supported }"
    )
    browser.find_element(By.CSS_SELECTOR, ".yasqe_queryButton").click()
    rows = wait_for(browser, ".yasr table tbody tr td")
    browser.save_screenshot(str(screenshots / "workbench-editor.png"))
    results = browser.find_element(By.CSS_SELECTOR, ".yasr").text
    assert rows and "supporter" in results and "supported" in results
    assert "conflict-kg/id/actor/" in results or "actor:" in results
    assert "supports" in browser.execute_script("return window.kgYasgui.getTab().getQuery()")
    assert not console_errors(browser)


def test_a_canned_query_form_answers_with_a_table(
    browser: WebDriver, base_url: str, screenshots: Path
) -> None:
    browser.get(base_url + "/queries/supporters-of")
    field = wait_for(browser, "#parameters input[name=actor]")[0]
    field.send_keys("قسد")  # type: ignore[attr-defined]
    browser.find_element(By.ID, "run").click()
    rows = wait_for(browser, "#answer tbody tr")
    browser.save_screenshot(str(screenshots / "canned-query-form.png"))
    assert rows
    evidence_links = browser.find_elements(By.CSS_SELECTOR, "#answer a[href^='/resource']")
    assert evidence_links, "the answer links to the evidence articles"


def test_an_actor_page_shows_its_arabic_label_right_to_left(
    browser: WebDriver, base_url: str, screenshots: Path
) -> None:
    browser.get(base_url + "/actor?name=" + quote("قسد"))
    arabic = wait_for(browser, "#labels [lang=ar]")[0]
    browser.save_screenshot(str(screenshots / "actor-page.png"))
    assert browser.execute_script("return getComputedStyle(arguments[0]).direction", arabic) == (
        "rtl"
    )
    assert wait_for(browser, "#relations tbody tr") and wait_for(browser, "#evidence tbody tr")


def test_the_network_view_loads_without_console_errors(
    browser: WebDriver, base_url: str, screenshots: Path
) -> None:
    browser.get(base_url + "/network")
    wait_for(browser, "body[data-network-loaded=true]")
    summary = browser.find_element(By.ID, "summary").text
    browser.save_screenshot(str(screenshots / "network.png"))
    actors = int(summary.split()[0])
    assert actors > 1
    assert not console_errors(browser)


def test_the_control_map_draws_places(browser: WebDriver, base_url: str, screenshots: Path) -> None:
    browser.get(base_url + "/map?as_of=2017-12-31")
    places = wait_for(browser, "#map g.place")
    browser.save_screenshot(str(screenshots / "control-map.png"))
    assert places
    assert not console_errors(browser)
