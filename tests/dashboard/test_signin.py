"""Sign-in settings, roles on the pages, and team / personal saved views, through AppTest
(``at.secrets`` turns sign-in on, ``at.user`` stands for the identity cookie). The browser
tests with a real identity provider are in tests/browser/test_team_server.py."""

from __future__ import annotations

import doctest
import json
import time

import pytest
from streamlit.testing.v1 import AppTest

import dashboard.signin as signin
from dashboard.signin import (
    AccessConfigError,
    AccessSettings,
    anonymous_actor,
    settings_from_secrets,
)
from flows.access import Actor, actor_from_claims, local_actor, role_from_claims
from flows.extract.pipeline import Extractor
from flows.extract.readers import Document
from flows.review.store import ReviewStore
from flows.team_views import TEAM, list_views, personal_views_path
from flows.views import View
from tests.dashboard.conftest import APP

TIMEOUT = 120
ISSUER = "https://idp.example.org"
AUTH = {
    "redirect_uri": "http://127.0.0.1:8501/oauth2callback",
    "cookie_secret": "not-a-real-secret-but-long-enough",
    "client_id": "atlas",
    "client_secret": "atlas-secret",
    "server_metadata_url": f"{ISSUER}/.well-known/openid-configuration",
    "client_kwargs": {"prompt": "login"},
}
SECRETS = {"auth": AUTH, "access": {"role_claim": "groups", "roles": {
    "atlas-admins": "admin", "atlas-reviewers": "reviewer"}}}  # fmt: skip


def _user(sub: str, name: str, groups: list[str], age_hours: float = 0) -> dict:
    return {
        "is_logged_in": True,
        "iss": ISSUER,
        "sub": sub,
        "name": name,
        "groups": groups,
        "iat": int(time.time() - age_hours * 3600),
    }


VIEWER = _user("vic", "Vic Viewer", ["staff"])
REVIEWER = _user("rita", "Rita Reviewer", ["staff", "atlas-reviewers"])
ADMIN = _user("ada", "Ada Admin", ["atlas-admins"])


def _review_app():
    from dashboard.review_page import render_review_page

    render_review_page()


def _app(user: dict | None, secrets: dict | None = SECRETS, page: str | None = None) -> AppTest:
    """The whole app, or the review page alone (``page="review"``), as ``user``."""
    if page == "review":
        at = AppTest.from_function(_review_app, default_timeout=TIMEOUT)
    else:
        at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    if secrets is not None:
        at.secrets = secrets
    if user is not None:
        at.user = user
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


# -- settings -------------------------------------------------------------------------------------
def test_doctests():
    for module in (signin,):
        result = doctest.testmod(module)
        assert result.attempted and not result.failed


# secrets -> settings read, or the error naming the key
SETTINGS_TABLE = [
    ({}, AccessSettings()),
    ({"auth": AUTH}, AccessSettings(sign_in=True)),
    (
        {"auth": {"redirect_uri": "u", "cookie_secret": "s", "keycloak": {"client_id": "x"}}},
        AccessSettings(sign_in=True, provider="keycloak"),
    ),
    (
        {"auth": AUTH, "access": {"role_claim": "realm_access.roles", "session_hours": 8}},
        AccessSettings(sign_in=True, role_claim="realm_access.roles", session_hours=8.0),
    ),
    ({"access": {"anonymous_role": "reviewer"}}, AccessSettings(anonymous_role="reviewer")),
    ({"access": {"roles": {"g": "boss"}}}, "[access.roles] 'g' = 'boss': use one of viewer"),
    ({"access": {"anonymous_role": "root"}}, "anonymous_role = 'root'"),
    ({"access": {"session_hours": 0}}, "session_hours = 0"),
    ({"access": {"role": "roles"}}, "unknown key(s): role"),
    ({"auth": {"redirect_uri": "u", "a": {}, "b": {}}}, "several providers (a, b)"),
    ({"auth": AUTH, "access": {"provider": "okta"}}, "there is no [auth.okta]"),
]


@pytest.mark.parametrize(("secrets", "expected"), SETTINGS_TABLE)
def test_settings_from_secrets(secrets, expected):
    if isinstance(expected, str):
        with pytest.raises(AccessConfigError) as err:
            settings_from_secrets(secrets)
        assert expected in str(err.value)
    else:
        assert settings_from_secrets(secrets) == expected


# (claims, claim, mapping) -> role
ROLE_TABLE = [
    ({"roles": ["reviewer"]}, "roles", None, "reviewer"),
    ({"roles": "admin"}, "roles", None, "admin"),
    ({"roles": ["viewer", "admin", "reviewer"]}, "roles", None, "admin"),
    ({"roles": ["Admin"]}, "roles", None, "viewer"),  # exact values only
    ({}, "roles", None, "viewer"),
    ({"roles": None}, "roles", None, "viewer"),
    ({"groups": ["atlas-reviewers"]}, "groups", {"atlas-reviewers": "reviewer"}, "reviewer"),
    ({"groups": ["reviewer"]}, "groups", {"atlas-reviewers": "reviewer"}, "viewer"),
    (
        {"realm_access": {"roles": ["atlas-admin"]}},
        "realm_access.roles",
        {"atlas-admin": "admin"},
        "admin",
    ),  # fmt: skip
    ({"realm_access": ["atlas-admin"]}, "realm_access.roles", {"atlas-admin": "admin"}, "viewer"),
]


@pytest.mark.parametrize(("claims", "claim", "mapping", "role"), ROLE_TABLE)
def test_role_from_claims(claims, claim, mapping, role):
    assert role_from_claims(claims, claim, mapping) == role


def test_actor_needs_issuer_and_subject():
    from flows.access import AccessDenied

    with pytest.raises(AccessDenied, match="no issuer"):
        actor_from_claims({"sub": "x", "roles": "admin"})
    assert actor_from_claims({"iss": "i", "sub": "s", "email": "a@b"}).name == "a@b"


# server address, anonymous_role -> role of the person at the page without sign-in
@pytest.mark.parametrize(
    ("address", "configured", "role"),
    [
        ("127.0.0.1", None, "admin"),
        ("localhost", None, "admin"),
        ("::1", None, "admin"),
        ("0.0.0.0", None, "viewer"),
        ("", None, "viewer"),  # Streamlit's default: every interface
        ("10.1.2.3", None, "viewer"),
        ("10.1.2.3", "reviewer", "reviewer"),
        ("127.0.0.1", "viewer", "viewer"),
    ],
)
def test_who_acts_without_sign_in(address, configured, role):
    actor = anonymous_actor(AccessSettings(anonymous_role=configured), address)
    assert (actor.issuer, actor.role) == ("local", role)


# -- pages ---------------------------------------------------------------------------------------
def test_without_auth_nothing_changes():
    at = _app(None, secrets=None)
    assert not [b for b in at.button if b.label in ("Sign in", "Sign out")]
    assert any("records match" in m.value for m in at.sidebar.markdown)


def test_signed_out_sees_only_the_sign_in_screen():
    at = _app({"is_logged_in": False})
    assert [b.label for b in at.button] == ["Sign in"]
    assert not any("records match" in m.value for m in at.sidebar.markdown)


def test_an_old_sign_in_must_be_renewed():
    at = _app(_user("rita", "Rita", ["atlas-reviewers"], age_hours=13))
    assert [b.label for b in at.button] == ["Sign in"]
    assert any("more than 12 hours old" in w.value for w in at.warning)


def test_signed_in_sees_name_role_and_sign_out():
    at = _app(REVIEWER)
    assert any("Rita Reviewer" in c.value and "reviewer" in c.value for c in at.sidebar.caption)
    assert any(b.label == "Sign out" for b in at.sidebar.button)


def test_identity_headers_are_refused(monkeypatch):
    """Streamlit's server.trustedUserHeaders would let any client claim an identity."""
    from streamlit import config

    config.set_option("server.trustedUserHeaders", {"X-Forwarded-User": "sub"})
    try:
        at = _app(ADMIN)
    finally:
        config.set_option("server.trustedUserHeaders", {})
    assert any("trustedUserHeaders" in e.value for e in at.error)
    assert not at.button


@pytest.fixture()
def queued(workspace):
    store = ReviewStore()
    doc = Document(id="d1", text="Heroin is trafficked from Afghanistan through Iran to Turkey.")
    store.add_results([Extractor().extract(doc)], actor=local_actor())
    return store


def _card_buttons(at: AppTest) -> dict:
    return {b.label: b for b in at.button if b.label in ("Accept", "Save edit", "Reject")}


def test_a_viewer_sees_the_queue_but_cannot_decide(queued):
    at = _app(VIEWER, page="review")
    buttons = _card_buttons(at)
    assert set(buttons) == {"Accept", "Save edit", "Reject"}
    assert all(b.disabled for b in buttons.values())
    assert any("signed in as a viewer" in i.value for i in at.info)
    assert not [e for e in at.expander if "Add documents" in e.label]  # no upload
    # A forged client that ignores "disabled" and sends the click anyway: Streamlit drops
    # the value of a disabled widget, so the decision code does not even run.
    forged = buttons["Accept"]
    forged.proto.disabled = False
    forged.click().run()
    assert queued.counts() == {"pending": 1, "accepted": 0, "rejected": 0}
    assert queued.audit_trail() == []


@pytest.mark.parametrize("action", ["accept", "save", "reject", "reset", "upload"])
def test_the_page_actions_refuse_a_viewer_when_called_directly(queued, action):
    """The functions the page's buttons call, called directly with the viewer's identity
    (read from the same claims as st.user): the store refuses, nothing is written."""
    from dashboard.review_page import decide, edits_from_form, extract_uploads
    from flows.access import AccessDenied

    viewer = actor_from_claims(VIEWER, "groups", SECRETS["access"]["roles"])
    assert viewer.role == "viewer"
    row = queued.list_candidates()[0]
    before = (queued.counts(), queued.path.read_bytes())
    with pytest.raises(AccessDenied, match="Vic Viewer is a viewer"):
        if action == "upload":
            extract_uploads([("a.txt", b"Cocaine goes from Peru to Spain.")], queued,
                            Extractor(), actor=viewer)  # fmt: skip
        else:
            values = {"category": row.record.category, "verification": "reported",
                      "confidence": 0.5}  # fmt: skip
            decide(queued, row.key, action, viewer, edits_from_form(row.record, values))
    assert (queued.counts(), queued.path.read_bytes()) == before
    assert queued.audit_trail() == []


def test_a_reviewer_decides_and_is_recorded(queued):
    at = _app(REVIEWER, page="review")
    buttons = _card_buttons(at)
    assert not any(b.disabled for b in buttons.values())
    comment = next(t for t in at.text_input if t.key.startswith("rv_comment_"))
    comment.input("matches the report")
    buttons["Accept"].click().run()
    assert any("Accepted" in s.value for s in at.success)
    (entry,) = queued.audit_trail()
    assert entry.actor == Actor(ISSUER, "rita", "Rita Reviewer", "reviewer")
    assert entry.comment == "matches the report"
    (record,) = queued.reviewed_records()
    assert record.reviewed_by == "Rita Reviewer"
    at.radio(key="rv_state").set_value("accepted").run()
    assert any("accepted by Rita Reviewer on" in m.value for m in at.markdown)
    history = [m.value.replace("\\", "") for m in at.markdown if "UTC  accept" in m.value]
    assert history and "rita @ https" in history[0]


def test_only_admins_purge(queued):
    key = queued.list_candidates()[0].key
    queued.reject(key, actor=local_actor())
    at = _app(REVIEWER, page="review")
    assert not [e for e in at.expander if "Purge" in e.label]
    at = _app(ADMIN, page="review")
    assert [e for e in at.expander if "Purge" in e.label]
    at.checkbox(key="rv_purge_ok").check().run()
    at.button(key="rv_purge").click().run()
    assert queued.counts()["rejected"] == 0
    assert [e.action for e in queued.history(key)] == ["reject", "purge"]


# -- saved views ---------------------------------------------------------------------------------
def _save(at: AppTest, name: str, share: bool = False) -> AppTest:
    at.sidebar.text_input(key="v_name").input(name).run()
    if share:
        at.sidebar.checkbox(key="v_share").check().run()
    next(b for b in at.sidebar.button if b.label == "Save current view").click().run()
    assert not at.exception
    return at


def test_team_views_come_from_admins_personal_views_stay_personal(workspace):
    admin = _save(_app(ADMIN), "Balkan route", share=True)
    assert any("(1 team view)" in s.value for s in admin.sidebar.success)
    assert admin.sidebar.checkbox(key="v_share").value is False  # ticked again for each share
    _save(admin, "Ada's draft")  # so this one stays hers
    _save(_app(VIEWER), "Vic's own")

    team = json.loads((workspace / "views.json").read_text(encoding="utf-8"))
    assert [v["name"] for v in team["views"]] == ["Balkan route"]
    vic = Actor(ISSUER, "vic", "Vic Viewer", "viewer")
    assert [v.view.name for v in list_views(workspace, vic, personal=True)] == [
        "Balkan route",
        "Vic's own",
    ]
    owner = json.loads((personal_views_path(workspace, vic).parent / "owner.json").read_text())
    assert owner == {"issuer": ISSUER, "subject": "vic", "name": "Vic Viewer"}

    viewer = _app(REVIEWER)
    options = viewer.sidebar.selectbox(key="v_pick").options
    assert options == ["Team · Balkan route"]  # nobody else's personal views
    assert not [c for c in viewer.sidebar.checkbox if c.key == "v_share"]  # only admins share


def test_a_viewer_cannot_write_team_views_through_the_function(workspace):
    from flows.access import AccessDenied
    from flows.team_views import delete_view, save_view

    vic = Actor(ISSUER, "vic", "Vic Viewer", "viewer")
    with pytest.raises(AccessDenied, match="changing the team's shared views needs the admin"):
        save_view(workspace, vic, View(name="mine"), TEAM)
    with pytest.raises(AccessDenied):
        delete_view(workspace, vic, "Balkan route", TEAM)
    assert not (workspace / "views.json").exists()


def test_without_sign_in_on_a_network_address_views_are_read_only(workspace, monkeypatch):
    from streamlit import config

    old = config.get_option("server.address")
    config.set_option("server.address", "0.0.0.0")
    try:
        at = _app(None, secrets=None)
    finally:
        config.set_option("server.address", old)
    assert not [t for t in at.sidebar.text_input if t.key == "v_name"]
    assert any("chosen by the team's admins" in c.value for c in at.sidebar.caption)
    assert any("listens on 0.0.0.0 without sign-in" in i.value for i in at.sidebar.info)


def test_details_say_who_reviewed_and_when():
    from flows.model import FlowRecord
    from flows.render.details import build_details_html
    from flows.table.build import table_from_records
    from flows.table.frame import records_frame, sources_of

    def record(rid, **extra):
        return FlowRecord.model_validate({
            "id": rid, "category": "drugs", "origin": "Kabul", "destination": "Tehran",
            "sources": [{"title": "T", "publisher": "P"}], **extra,
        })  # fmt: skip

    table = table_from_records([
        record("a", status="reviewed", reviewed_by="<b>Rita</b> Reviewer",
               reviewed_at="2025-03-04T10:11:12+00:00"),
        record("b", status="reviewed"),
        record("c", status="curated"),
    ])  # fmt: skip
    flows = records_frame(table).set_index("id", drop=False)
    sources = sources_of(table, range(len(table)))
    html = {rid: build_details_html(flows.loc[[rid]], sources, "x") for rid in "abc"}
    assert "Reviewed by &lt;b&gt;Rita&lt;/b&gt; Reviewer on March 4, 2025" in html["a"]
    assert "Reviewed (reviewer not recorded)" in html["b"]
    assert "Reviewed" not in html["c"]
