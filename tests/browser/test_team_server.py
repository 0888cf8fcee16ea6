"""A team server in headless Chromium with a real OpenID Connect provider.

panva's ``oidc-provider`` (tests/oidc: pinned in package.json, installed by ``.ci/run`` with
``npm ci``) runs on 127.0.0.1 with four fixture people whose ``roles`` claim is in the ID
token; the dashboard signs in through ``st.login`` with ``[auth]`` in a secrets file. People
sign in with the provider's own form, as they would at work.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.browser.conftest import ROOT, free_port, start_dashboard, stop, wait_idle

pytestmark = pytest.mark.browser

IDP_DIR = ROOT / "tests" / "oidc"
CLIENT_ID = "flows-atlas"
ROLE_MAP = {"atlas-viewer": "viewer", "atlas-reviewer": "reviewer", "atlas-admin": "admin"}
USERS = {u["username"]: u for u in json.loads((IDP_DIR / "users.json").read_text())["users"]}
DOC = "Heroin is trafficked from Afghanistan through Iran to Turkey by a criminal network."


def _require_node() -> None:
    required = os.environ.get("FLOWS_REQUIRE_BROWSER") == "1"
    problem = None
    if shutil.which("node") is None:
        problem = "Node.js is not installed (apt-get install nodejs npm)"
    elif not (IDP_DIR / "node_modules" / "oidc-provider").is_dir():
        problem = "the test identity provider is not installed: cd tests/oidc && npm ci"
    if problem:
        if required:
            pytest.fail(f"{problem} (FLOWS_REQUIRE_BROWSER=1)")
        pytest.skip(problem)


class TeamServer:
    """The identity provider and the dashboard, and what the tests need to know of them."""

    def __init__(self, url: str, issuer: str, workspace: Path, secrets_file: Path, cookie: str):
        self.url, self.issuer, self.workspace = url, issuer, workspace
        self.secrets_file, self.cookie_secret = secrets_file, cookie

    def flows(self, *args: str) -> subprocess.CompletedProcess:
        """The ``flows`` command on the server's workspace."""
        env = {**os.environ, "FLOWS_WORKSPACE": str(self.workspace)}
        return subprocess.run(
            [sys.executable, "-m", "flows.cli", *args],
            capture_output=True,
            text=True,
            env=env,
            cwd=ROOT,
            timeout=300,
        )


def _start_idp(port: int, redirect_uri: str, client_secret: str, log: Path) -> subprocess.Popen:
    env = {
        **os.environ,
        "IDP_PORT": str(port),
        "CLIENT_ID": CLIENT_ID,
        "CLIENT_SECRET": client_secret,
        "REDIRECT_URI": redirect_uri,
    }
    out = log.open("w")
    proc = subprocess.Popen(
        ["node", str(IDP_DIR / "server.mjs")],
        env=env,
        stdout=subprocess.PIPE,
        stderr=out,
        text=True,
        start_new_session=True,
    )
    deadline = time.monotonic() + 60
    line = ""
    while time.monotonic() < deadline and proc.poll() is None:
        line = proc.stdout.readline()
        if line.startswith("ready "):
            return proc
    stop(proc)
    raise RuntimeError(f"the identity provider did not start: {line}\n{log.read_text()}")


@pytest.fixture(scope="module")
def team_server(tmp_path_factory, browser_output) -> Iterator[TeamServer]:
    _require_node()
    from flows.access import local_actor
    from flows.extract.pipeline import Extractor
    from flows.extract.readers import Document
    from flows.review.store import ReviewStore

    tmp = tmp_path_factory.mktemp("team")
    workspace = tmp / "workspace"
    store = ReviewStore(workspace / "review.sqlite3")
    store.add_results([Extractor().extract(Document(id="report.txt", text=DOC))],
                      actor=local_actor())  # fmt: skip
    app_port, idp_port = free_port(), free_port()
    redirect_uri = f"http://127.0.0.1:{app_port}/oauth2callback"
    client_secret, cookie_secret = secrets.token_hex(16), secrets.token_hex(32)
    secrets_file = tmp / "secrets.toml"
    roles = "\n".join(f'"{k}" = "{v}"' for k, v in ROLE_MAP.items())
    secrets_file.write_text(
        f"""[auth]
redirect_uri = "{redirect_uri}"
cookie_secret = "{cookie_secret}"
client_id = "{CLIENT_ID}"
client_secret = "{client_secret}"
server_metadata_url = "http://127.0.0.1:{idp_port}/.well-known/openid-configuration"
client_kwargs = {{ prompt = "login" }}

[access]
role_claim = "roles"

[access.roles]
{roles}
""",
        encoding="utf-8",
    )
    idp = _start_idp(idp_port, redirect_uri, client_secret, browser_output / "idp.log")
    try:
        app, url = start_dashboard(
            {"FLOWS_WORKSPACE": str(workspace)},
            browser_output / "streamlit-team.log",
            port=app_port,
            args=("--secrets.files", str(secrets_file)),
        )
        try:
            yield TeamServer(
                url, f"http://127.0.0.1:{idp_port}", workspace, secrets_file, cookie_secret
            )
        finally:
            stop(app)
    finally:
        stop(idp)


def _context(chromium):
    context = chromium.new_context(viewport={"width": 1920, "height": 1080})
    context.set_default_timeout(90_000)  # the map renders in software: slow on a busy machine
    return context


@pytest.fixture
def browser_page(chromium):
    """A fresh browser (no cookies) per person."""
    context = _context(chromium)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    try:
        yield page
    finally:
        assert errors == []
        context.close()


def _sign_in(page, server: TeamServer, username: str, password: str | None = None) -> None:
    page.goto(server.url)
    wait_idle(page)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{server.issuer}/interaction/**", timeout=60_000)
    page.fill("#username", username)
    page.fill("#password", password or USERS[username]["password"])
    page.get_by_role("button", name="Sign in").click()


def _signed_in_as(page, server: TeamServer, name: str, role: str) -> None:
    page.wait_for_url(f"{server.url}/**", timeout=60_000)
    wait_idle(page)
    caption = page.locator("[data-testid='stSidebar']").get_by_text("Signed in as")
    caption.wait_for(timeout=60_000)
    assert f"{name} · {role}" in caption.inner_text()


def _sign_out(page, server: TeamServer) -> None:
    page.locator("[data-testid='stSidebar']").get_by_role("button", name="Sign out").click()
    # the provider asks to confirm (OpenID RP-initiated logout), then sends us back
    page.wait_for_url(f"{server.issuer}/session/end**", timeout=60_000)
    page.get_by_role("button", name="Yes, sign me out").click()
    page.wait_for_url(f"{server.url}/**", timeout=60_000)
    wait_idle(page)
    page.get_by_role("button", name="Sign in").wait_for(timeout=60_000)
    assert not page.get_by_text("Signed in as").count()
    # and a fresh visit does not find a session
    page.goto(server.url)
    wait_idle(page)
    assert page.get_by_role("button", name="Sign in").count() == 1
    assert not page.get_by_text("records match").count()


def _claims_of_session(page, server: TeamServer) -> dict:
    """The identity Streamlit keeps for this browser: its signed cookie, decoded with the
    server's cookie secret (what st.user is built from)."""
    from streamlit.web.server.starlette.starlette_app_utils import decode_signed_value

    cookies = {c["name"]: c["value"] for c in page.context.cookies()}
    parts = [cookies["_streamlit_user"]]
    parts += [cookies[k] for k in sorted(c for c in cookies if c.startswith("_streamlit_user__"))]
    assert len(parts) == 1, "the identity cookie was split; read its chunks"
    raw = decode_signed_value(server.cookie_secret, "_streamlit_user", parts[0].encode("latin-1"))
    assert raw is not None, "the identity cookie does not verify with the server's secret"
    return json.loads(raw)


def test_a_wrong_password_stays_out(team_server, browser_page, browser_output):
    page = browser_page
    _sign_in(page, team_server, "rita", "not-her-password")
    alert = page.get_by_role("alert")
    alert.wait_for(timeout=30_000)
    assert "Wrong username or password" in alert.inner_text()
    assert page.url.startswith(team_server.issuer)
    page.screenshot(path=str(browser_output / "team-wrong-password.png"))
    page.goto(team_server.url)
    wait_idle(page)
    assert page.get_by_role("button", name="Sign in").count() == 1
    assert not page.get_by_text("records match").count()
    assert not [c for c in page.context.cookies() if c["name"].startswith("_streamlit_user")]
    # identity headers a proxy might add, forged by the browser: no header is trusted
    page.context.set_extra_http_headers({
        "X-Forwarded-User": "ada", "X-Forwarded-Email": "ada@atlas.test", "Remote-User": "ada",
        "X-Auth-Request-User": "ada", "X-Auth-Request-Groups": "atlas-admin",
    })  # fmt: skip
    page.goto(team_server.url)
    wait_idle(page)
    assert page.get_by_role("button", name="Sign in").count() == 1
    assert not page.get_by_text("Signed in as").count()
    page.goto(f"{team_server.url}/review")
    wait_idle(page)
    assert not page.get_by_text("Review extracted records").count()


def test_a_viewer_explores_but_cannot_review(team_server, browser_page, browser_output):
    from dashboard.review_page import decide, edits_from_form, extract_uploads
    from dashboard.signin import settings_from_secrets
    from flows.access import AccessDenied, actor_from_claims
    from flows.extract.pipeline import Extractor
    from flows.review.store import ReviewStore

    page = browser_page
    _sign_in(page, team_server, "vic")
    _signed_in_as(page, team_server, "Vic Viewer", "viewer")
    sidebar = page.locator("[data-testid='stSidebar']")
    assert sidebar.get_by_text("records match").count() == 1  # the map is there
    page.screenshot(path=str(browser_output / "team-viewer-explorer.png"))

    page.goto(f"{team_server.url}/review")
    wait_idle(page)
    page.get_by_text("You are signed in as a viewer").wait_for(timeout=30_000)
    for label in ("Accept", "Save edit", "Reject", "Another flow from this sentence"):
        assert page.get_by_role("button", name=label).first.is_disabled()
    page.get_by_text("Add a flow the extractor missed").click()
    assert page.get_by_role("button", name="Add the flow").is_disabled()
    assert not page.get_by_text("Add documents to the review queue").count()
    page.screenshot(path=str(browser_output / "team-viewer-review.png"), full_page=True)

    # The server-side check: the page's action functions, called directly with this
    # browser's identity (the claims Streamlit holds for it), refuse.
    claims = _claims_of_session(page, team_server)
    assert claims["iss"] == team_server.issuer and claims["roles"] == ["atlas-viewer"]
    import tomllib

    settings = settings_from_secrets(tomllib.loads(team_server.secrets_file.read_text()))
    viewer = actor_from_claims(claims, settings.role_claim, settings.roles)
    assert (viewer.name, viewer.role) == ("Vic Viewer", "viewer")
    store = ReviewStore(team_server.workspace / "review.sqlite3")
    row = store.list_candidates("pending")[0]
    before = (store.counts(), len(store.audit_trail()))
    values = {"category": row.record.category, "verification": "reported", "confidence": 0.9}
    for action in ("accept", "save", "reject", "reset"):
        with pytest.raises(AccessDenied, match="Vic Viewer is a viewer"):
            decide(store, row.key, action, viewer, edits_from_form(row.record, values))
    with pytest.raises(AccessDenied):
        extract_uploads([("x.txt", DOC.encode())], store, Extractor(), actor=viewer)
    assert (store.counts(), len(store.audit_trail())) == before

    _sign_out(page, team_server)


def test_a_reviewer_accepts_and_the_decision_says_who(team_server, browser_page, browser_output):
    from datetime import UTC, datetime

    page = browser_page
    _sign_in(page, team_server, "rita")
    _signed_in_as(page, team_server, "Rita Reviewer", "reviewer")
    page.goto(f"{team_server.url}/review")
    wait_idle(page)
    assert page.get_by_text("Add documents to the review queue").count() == 1
    # the first candidate's card (the form for a missed flow has a comment field too)
    card = page.locator("[class*='st-key-rv_card_']").first
    card.get_by_label("Comment (why; kept in the audit trail)").fill("matches the report")
    card.get_by_role("button", name="Accept").click()
    page.get_by_text("Accepted:").wait_for(timeout=60_000)
    wait_idle(page)
    today = datetime.now(UTC).date().isoformat()
    from flows.i18n import format_iso_date

    shown = format_iso_date(today, "en")  # how the page writes the day ("2 December 2026")

    # the audit trail, from the command line
    from flows.review.store import ReviewStore

    store = ReviewStore(team_server.workspace / "review.sqlite3")
    (record,) = store.reviewed_records()
    history = team_server.flows("review", "history", record.id)
    assert history.returncode == 0, history.stderr
    assert f"by Rita Reviewer (u-rita @ {team_server.issuer}), reviewer" in history.stdout
    assert "pending -> accepted" in history.stdout and today in history.stdout
    assert "comment: matches the report" in history.stdout

    # on the review page
    page.get_by_text("accepted", exact=True).click()  # the "Show" radio
    wait_idle(page)
    page.get_by_text(f"accepted by Rita Reviewer on {shown}").wait_for(timeout=30_000)
    page.screenshot(path=str(browser_output / "team-reviewer-review.png"), full_page=True)

    # in the map's details: select the reviewed record in the table
    page.goto(f"{team_server.url}/?st=reviewed&q=report.txt")  # the document's name
    wait_idle(page)
    count = page.locator("[data-testid='stSidebar']").get_by_text("records match").inner_text()
    assert count.startswith("1 of "), count
    table = page.locator("[data-testid='stDataFrame']").first
    table.scroll_into_view_if_needed()
    box = table.bounding_box()
    page.mouse.click(box["x"] + 15, box["y"] + 52)  # the first row's checkbox
    page.get_by_text("Records selected in the table").first.wait_for(timeout=30_000)
    wait_idle(page)
    details = page.locator(".flows-details").first
    assert f"Reviewed by Rita Reviewer on {shown}" in details.inner_text()
    details.scroll_into_view_if_needed()
    page.screenshot(path=str(browser_output / "team-reviewed-details.png"))

    # in an export of reviewed records
    out = team_server.workspace.parent / "reviewed.csv"
    snap = team_server.flows(
        "snapshot", "--status", "reviewed", "--text", "report.txt", "--out", str(out)
    )
    assert snap.returncode == 0, snap.stderr
    # two header rows: the reader's column names, then the machine-readable ones
    labels, header, *rows = out.read_text(encoding="utf-8").splitlines()
    assert "Reviewed by" in labels and "reviewed_by" in header and "reviewed_at" in header
    assert [r for r in rows if record.id in r and "Rita Reviewer" in r and today in r]
    _sign_out(page, team_server)


def _save_view(page, name: str, share: bool) -> None:
    sidebar = page.locator("[data-testid='stSidebar']")
    sidebar.get_by_label("Name of the current view").fill(name)
    sidebar.get_by_label("Name of the current view").press("Enter")
    wait_idle(page)
    if share:
        sidebar.get_by_text("Share with the team").click()
        wait_idle(page)
    sidebar.get_by_role("button", name="Save current view").click()
    sidebar.get_by_text(f"Saved view '{name}'").wait_for(timeout=30_000)
    wait_idle(page)


def test_an_admins_shared_view_appears_for_a_viewer(team_server, chromium, browser_output):
    admin = _context(chromium)
    page = admin.new_page()
    _sign_in(page, team_server, "ada")
    _signed_in_as(page, team_server, "Ada Admin", "admin")
    page.goto(f"{team_server.url}/?cat=drugs")
    wait_idle(page)
    _save_view(page, "Drug routes for the briefing", share=True)
    _save_view(page, "Ada's scratch view", share=False)  # the share box is unticked again
    page.screenshot(path=str(browser_output / "team-admin-views.png"))
    from flows.views import load_views

    assert [v.name for v in load_views(team_server.workspace / "views.json")] == [
        "Drug routes for the briefing"
    ]
    _sign_out(page, team_server)
    admin.close()

    viewer = _context(chromium)
    page = viewer.new_page()
    _sign_in(page, team_server, "vic")
    _signed_in_as(page, team_server, "Vic Viewer", "viewer")
    wait_idle(page)
    sidebar = page.locator("[data-testid='stSidebar']")
    # one view in the list (team views and Vic's own): the team's; Ada's own stays hers
    page.get_by_text("1 saved view", exact=True).wait_for()
    combo = sidebar.get_by_role("combobox", name="View", exact=True)
    assert combo.input_value() == "Team · Drug routes for the briefing"
    assert not sidebar.get_by_text("Share with the team").count()
    sidebar.get_by_role("button", name="Open", exact=True).and_(
        sidebar.get_by_test_id("stBaseButton-secondary")
    ).click()
    wait_idle(page)
    assert "cat=drugs" in page.url
    page.screenshot(path=str(browser_output / "team-viewer-sees-team-view.png"))
    viewer.close()


def test_someone_without_a_role_is_a_viewer(team_server, browser_page):
    page = browser_page
    _sign_in(page, team_server, "nora")
    _signed_in_as(page, team_server, "Nora Newcomer", "viewer")
