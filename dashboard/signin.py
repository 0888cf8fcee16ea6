"""Sign-in for a team server: who is using the page, and with which role.

Sign-in is on when ``.streamlit/secrets.toml`` has an ``[auth]`` section (Streamlit's own
``st.login`` with any OpenID Connect provider). Roles come from a claim of the ID token,
set in an ``[access]`` section::

    [access]
    role_claim = "groups"            # claim holding the roles (dots go into objects)
    session_hours = 12               # sign in again after this long
    [access.roles]                   # claim value -> role (viewer, reviewer, admin)
    "atlas-admins" = "admin"
    "atlas-reviewers" = "reviewer"

Without ``[auth]`` nobody signs in and the person at the computer acts as the local user:
with every right when the server listens on 127.0.0.1 only (the single-user default), and
as a viewer when it listens on another address, unless ``[access] anonymous_role`` says
otherwise. The page hides what a role may not do; the functions that change data check
the role again (:mod:`flows.access`).
"""

from __future__ import annotations

import ipaddress
import time
from collections.abc import Mapping
from dataclasses import dataclass, field

import streamlit as st

from flows.access import ROLES, AccessDenied, Actor, actor_from_claims, local_actor, role_label
from flows.i18n import format_decimal_text, gettext
from flows.texts import app_title

DEFAULT_SESSION_HOURS = 12.0


class AccessConfigError(ValueError):
    """The ``[access]`` or ``[auth]`` settings cannot be used; the message says which key."""


@dataclass(frozen=True)
class AccessSettings:
    """What ``[auth]`` and ``[access]`` in secrets.toml say (see the module docstring)."""

    sign_in: bool = False
    provider: str | None = None  # None: the unnamed provider of [auth]
    role_claim: str = "roles"
    roles: dict[str, str] = field(default_factory=dict)
    anonymous_role: str | None = None  # None: admin on 127.0.0.1, viewer elsewhere
    session_hours: float = DEFAULT_SESSION_HOURS


def is_loopback(address: str | None) -> bool:
    """Whether a server address is reachable from this computer only.

    An empty address means every interface (Streamlit's default without config.toml).

    >>> [is_loopback(a) for a in ("127.0.0.1", "localhost", "::1", "0.0.0.0", "", "10.0.0.5")]
    [True, True, True, False, False, False]
    """
    address = (address or "").strip().strip("[]")
    if address == "localhost":
        return True
    try:
        return ipaddress.ip_address(address).is_loopback
    except ValueError:
        return False


def provider_name(auth: Mapping[str, object]) -> str | None:
    """The provider ``st.login`` is called with: None for settings directly in ``[auth]``,
    else the name of the one ``[auth.NAME]`` table.

    >>> provider_name({"client_id": "x", "redirect_uri": "u"}) is None
    True
    >>> provider_name({"redirect_uri": "u", "cookie_secret": "s", "keycloak": {"client_id": "x"}})
    'keycloak'
    """
    if auth.get("client_id"):
        return None
    named = [k for k, v in auth.items() if isinstance(v, Mapping) and k != "client_kwargs"]
    if len(named) == 1:
        return named[0]
    if not named:
        raise AccessConfigError(
            "[auth] has no provider: give client_id, client_secret and server_metadata_url "
            "in [auth] or in one [auth.NAME] table"
        )
    raise AccessConfigError(
        f"[auth] has several providers ({', '.join(sorted(named))}): say which one in "
        '[access] provider = "NAME"'
    )


def settings_from_secrets(secrets: Mapping[str, object]) -> AccessSettings:
    """Read ``[auth]`` and ``[access]`` (a plain mapping, as ``st.secrets.to_dict()``).

    Raises
    ------
    AccessConfigError
        A key with a value that cannot be used, named with the reason.
    """
    auth = secrets.get("auth")
    access = secrets.get("access") or {}
    if not isinstance(access, Mapping):
        raise AccessConfigError("[access] must be a table of settings")
    unknown = sorted(
        set(access) - {"provider", "role_claim", "roles", "anonymous_role", "session_hours"}
    )
    if unknown:
        raise AccessConfigError(f"[access] has unknown key(s): {', '.join(unknown)}")
    roles = access.get("roles") or {}
    if not isinstance(roles, Mapping):
        raise AccessConfigError('[access] roles must be a table: "claim value" = "role"')
    for value, role in roles.items():
        if role not in ROLES:
            raise AccessConfigError(
                f"[access.roles] '{value}' = '{role}': use one of {', '.join(ROLES)}"
            )
    anonymous = access.get("anonymous_role")
    if anonymous is not None and anonymous not in ROLES:
        raise AccessConfigError(
            f"[access] anonymous_role = '{anonymous}': use one of {', '.join(ROLES)}"
        )
    hours = access.get("session_hours", DEFAULT_SESSION_HOURS)
    if isinstance(hours, bool) or not isinstance(hours, int | float) or hours <= 0:
        raise AccessConfigError(f"[access] session_hours = {hours!r}: give a number of hours > 0")
    claim = access.get("role_claim", "roles")
    if not isinstance(claim, str) or not claim.strip():
        raise AccessConfigError('[access] role_claim must name a claim, e.g. "roles"')
    provider = None
    if isinstance(auth, Mapping) and auth:
        provider = access.get("provider") or provider_name(auth)
        if provider is not None and not isinstance(auth.get(provider), Mapping):
            raise AccessConfigError(
                f"[access] provider = '{provider}': there is no [auth.{provider}]"
            )
    return AccessSettings(
        sign_in=isinstance(auth, Mapping) and bool(auth),
        provider=provider,
        role_claim=claim.strip(),
        roles=dict(roles),
        anonymous_role=anonymous,
        session_hours=float(hours),
    )


def anonymous_actor(settings: AccessSettings, server_address: str | None) -> Actor:
    """The local user when nobody signs in: admin on 127.0.0.1, viewer elsewhere (or the
    configured ``anonymous_role``)."""
    role = settings.anonymous_role or ("admin" if is_loopback(server_address) else "viewer")
    return local_actor(role)


def session_expired(claims: Mapping[str, object], hours: float, now: float | None = None) -> bool:
    """Whether a sign-in (the ID token's ``iat``) is older than ``hours``.

    >>> session_expired({"iat": 1000}, 1, now=4599), session_expired({"iat": 1000}, 1, now=4601)
    (False, True)
    """
    issued = claims.get("iat")
    if isinstance(issued, bool) or not isinstance(issued, int | float):
        return True  # no issue time: do not trust the sign-in to be recent
    return (time.time() if now is None else now) - float(issued) > hours * 3600


# -- Streamlit ----------------------------------------------------------------------------------
def _secrets() -> dict:
    try:
        return st.secrets.to_dict()
    except (FileNotFoundError, st.errors.StreamlitSecretNotFoundError):
        return {}


def access_settings() -> AccessSettings:
    return settings_from_secrets(_secrets())


def current_actor() -> Actor | None:
    """The person using this session, or None when sign-in is on and nobody is signed in
    (or the sign-in is too old). Computed from the signed identity cookie on every call."""
    settings = access_settings()
    if not settings.sign_in:
        return anonymous_actor(settings, st.get_option("server.address"))
    if _identity_headers_trusted():
        return None
    user = st.user
    if not user.get("is_logged_in"):
        return None
    claims = user.to_dict()
    if session_expired(claims, settings.session_hours):
        return None
    try:
        return actor_from_claims(claims, settings.role_claim, settings.roles)
    except AccessDenied:
        return None


def _identity_headers_trusted() -> bool:
    """Streamlit's ``server.trustedUserHeaders`` fills st.user from request headers that any
    client can send; with sign-in on, that would let anyone claim any identity."""
    return bool(st.get_option("server.trustedUserHeaders"))


def sign_in_gate() -> Actor | None:
    """Stop the page with a sign-in screen when sign-in is on and nobody is signed in;
    otherwise return the actor (None only when something is misconfigured)."""
    try:
        settings = access_settings()
    except AccessConfigError as exc:
        st.error(
            gettext(
                "The sign-in settings in .streamlit/secrets.toml cannot be used: {error}"
            ).format(error=exc)
        )
        st.stop()
    if not settings.sign_in:
        return anonymous_actor(settings, st.get_option("server.address"))
    if _identity_headers_trusted():
        st.error(
            gettext(
                "This server sets server.trustedUserHeaders: Streamlit would take identities from "
                "request headers that any client can forge. Remove that setting: sign-in goes "
                "through the identity provider ([auth] in secrets.toml)."
            )
        )
        st.stop()
    actor = current_actor()
    if actor is not None:
        return actor
    _sign_in_screen(settings, expired=bool(st.user.get("is_logged_in")))
    st.stop()
    return None  # not reached


def _sign_in_screen(settings: AccessSettings, expired: bool) -> None:
    st.title(app_title())
    if expired:
        st.warning(
            gettext("Your sign-in is more than {hours} hours old: sign in again.").format(
                hours=format_decimal_text(settings.session_hours)
            )
        )
    st.write(
        gettext(
            "This atlas is shared by a team. Sign in with your organisation's account to open it."
        )
    )
    st.button(
        gettext("Sign in"),
        type="primary",
        icon=":material/login:",
        key="signin_button",
        on_click=_login,
        args=(settings.provider,),
    )


def _login(provider: str | None) -> None:
    if provider:
        st.login(provider)
    else:
        st.login()


def render_account(actor: Actor) -> None:
    """Who is signed in, their role, and a sign-out button (sidebar, sign-in mode only)."""
    settings = access_settings()
    if not settings.sign_in:
        if settings.anonymous_role is None and actor.role == "viewer":
            address = st.get_option("server.address") or "every address"
            st.sidebar.info(
                f"This server listens on {address} without sign-in, so nobody can change "
                "the data here. Run it on 127.0.0.1 for yourself, or set up sign-in for a "
                "team (README: Team server).",
                icon=":material/lock:",
            )
        return
    with st.sidebar:
        st.caption(
            gettext("Signed in as **{name}** · {role}").format(
                name=_md(actor.name), role=role_label(actor.role)
            )
        )
        st.button(
            gettext("Sign out"), icon=":material/logout:", key="signout_button", on_click=st.logout
        )


def _md(text: str) -> str:
    from dashboard.review_page import md_escape

    return md_escape(text)
