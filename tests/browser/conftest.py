"""Fixtures for browser tests: a live dashboard on a free port and a headless Chromium
that records the URL of every request the page makes."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
# A real browser on a shared 2-core machine sometimes misses a moment (a click during a
# rerun, a frame still loading): a browser test that fails is run again, up to twice, and
# fails for good only when all three runs fail. Other tests are never rerun.
BROWSER_RERUNS = 2


def pytest_collection_modifyitems(config, items):
    browser_dir = Path(__file__).resolve().parent
    for item in items:
        if browser_dir in Path(str(item.fspath)).resolve().parents:
            item.add_marker(pytest.mark.flaky(reruns=BROWSER_RERUNS, reruns_delay=3))


CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-component-update",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_dashboard(
    env_extra: dict[str, str],
    log_path: Path,
    port: int | None = None,
    args: tuple[str, ...] = (),
) -> tuple[subprocess.Popen, str]:
    """Start ``streamlit run dashboard/app.py`` with the repo's .streamlit config.

    ``port`` (default: a free one) and extra ``args`` (``--secrets.files PATH``...) are
    passed on. Returns the process and the base URL once ``/_stcore/health`` answers.
    """
    port = port or free_port()
    env = {**os.environ, **env_extra}
    log = log_path.open("w")
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            "dashboard/app.py",
            "--server.port",
            str(port),
            "--server.headless",
            "true",
            *args,
        ],
        cwd=ROOT,  # so that .streamlit/config.toml of the repository applies
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"streamlit exited early:\n{log_path.read_text()}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
                if r.status == 200:
                    return proc, url
        except OSError:
            time.sleep(0.5)
    stop(proc)
    raise RuntimeError(f"streamlit did not answer on {url}:\n{log_path.read_text()}")


def wait_idle(page, timeout: float = 90_000) -> None:
    """Wait until Streamlit has run the script to the end (and the page has settled)."""
    page.wait_for_timeout(300)  # let a rerun triggered just before start
    page.wait_for_selector(
        "[data-testid='stApp'][data-test-script-state='notRunning']", timeout=timeout
    )
    page.wait_for_timeout(800)


def stop(proc: subprocess.Popen) -> None:
    """Stop the server we started (its own process group), waiting for it."""
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


@contextmanager
def running_dashboard(env_extra: dict[str, str], log_path: Path) -> Iterator[str]:
    """The URL of a dashboard started with ``env_extra`` (its workspace, its data), stopped
    on leaving the block."""
    proc, url = start_dashboard(env_extra, log_path)
    try:
        yield url
    finally:
        stop(proc)


@pytest.fixture(scope="session")
def browser_output() -> Path:
    """Folder for screenshots and logs (test-results/browser, ignored by git)."""
    out = ROOT / "test-results" / "browser"
    out.mkdir(parents=True, exist_ok=True)
    return out


@pytest.fixture(scope="session")
def hostile_data() -> Path:
    """The extra data folder with a record whose texts are HTML injection attempts."""
    return ROOT / "tests" / "data" / "hostile"


@pytest.fixture(scope="session")
def dashboard_url(tmp_path_factory, hostile_data, browser_output) -> Iterator[str]:
    """URL of a running dashboard with a temporary workspace and the hostile test record."""
    workspace = tmp_path_factory.mktemp("workspace")
    with running_dashboard(
        {"FLOWS_WORKSPACE": str(workspace), "FLOWS_EXTRA_DATA": str(hostile_data)},
        browser_output / "streamlit.log",
    ) as url:
        yield url


@pytest.fixture(scope="session")
def chromium():
    """Headless Debian Chromium through Playwright (skips when either is missing)."""
    # CI sets FLOWS_REQUIRE_BROWSER=1: there a missing browser fails instead of skipping.
    required = os.environ.get("FLOWS_REQUIRE_BROWSER") == "1"
    try:
        from playwright import sync_api as playwright_api
    except ImportError:
        if required:
            pytest.fail("Playwright is not installed (FLOWS_REQUIRE_BROWSER=1)")
        pytest.skip("Playwright is not installed")
    if not Path(CHROMIUM).exists():
        if required:
            pytest.fail(f"{CHROMIUM} is not installed (FLOWS_REQUIRE_BROWSER=1)")
        pytest.skip(f"{CHROMIUM} is not installed: apt-get install chromium")
    with playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


class RecordedPage:
    """A page plus what it did: request URLs, page errors, console errors, dialogs."""

    def __init__(self, page) -> None:
        self.page = page
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.console_errors: list[str] = []
        self.dialogs: list[str] = []
        page.on("request", lambda r: self.requests.append(r.url))
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.on(
            "console",
            lambda m: self.console_errors.append(m.text) if m.type == "error" else None,
        )

        def on_dialog(dialog) -> None:
            self.dialogs.append(dialog.message)
            dialog.dismiss()

        page.on("dialog", on_dialog)


@pytest.fixture
def recorded_page(chromium) -> Iterator[RecordedPage]:
    """A fresh 1920x1080 page whose every request URL is recorded."""
    context = chromium.new_context(viewport={"width": 1920, "height": 1080})
    page = context.new_page()
    recorded = RecordedPage(page)
    try:
        yield recorded
    finally:
        context.close()
