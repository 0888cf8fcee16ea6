"""Who may do what: the person acting, their role, and the check made before every change.

Three roles, each allowed what the one before it may do:

- **viewer**: explore the map and export it;
- **reviewer**: also accept, edit or reject candidates and upload documents;
- **admin**: also share saved views with the team and purge rejected candidates.

The functions that change data (the review store, shared views) call :func:`require` with the
:class:`Actor` doing it, so hiding a button in the page is never the only guard. Roles are
read from a claim of the identity provider's ID token (:func:`role_from_claims`); a person
whose claim maps to no role is a viewer. Plain logic: no Streamlit.
"""

from __future__ import annotations

import getpass
import socket
from collections.abc import Mapping
from dataclasses import dataclass

from flows.i18n import N_, gettext

ROLES: tuple[str, ...] = ("viewer", "reviewer", "admin")  # in increasing order of rights

# action -> the least role that may do it
ACTIONS: dict[str, str] = {
    "explore": "viewer",
    "export": "viewer",
    "review": "reviewer",  # accept, edit, reject, undo a decision
    "upload": "reviewer",  # add documents and their candidates to the queue
    "share_views": "admin",  # save or delete the team's shared views
    "purge": "admin",  # remove rejected candidates from the queue
}
# What each action is called in messages (catalogue messages, said in the reader's language).
_VERBS = {
    "explore": N_("exploring the map"),
    "export": N_("exporting"),
    "review": N_("accepting, editing or rejecting records"),
    "upload": N_("adding documents to the review queue"),
    "share_views": N_("changing the team's shared views"),
    "purge": N_("purging the review queue"),
}
_ROLE_NAMES = {"viewer": N_("viewer"), "reviewer": N_("reviewer"), "admin": N_("admin")}


def _verb(action: str) -> str:
    return gettext(_VERBS[action]) if action in _VERBS else action


def role_label(role: str) -> str:
    """A role in the reader's language ("viewer" -> "lecteur")."""
    return gettext(_ROLE_NAMES[role]) if role in _ROLE_NAMES else role


class AccessDenied(PermissionError):
    """The actor's role does not allow the action; the message says who, what and which role."""


@dataclass(frozen=True)
class Actor:
    """A person acting: who their identity provider says they are, and their role here.

    ``issuer`` and ``subject`` identify the person for good (the ID token's ``iss`` and
    ``sub``); ``name`` is what pages and exports show.
    """

    issuer: str
    subject: str
    name: str
    role: str = "viewer"

    def __post_init__(self) -> None:
        if self.role not in ROLES:
            raise ValueError(f"unknown role '{self.role}': use one of {', '.join(ROLES)}")
        if not self.issuer or not self.subject:
            raise ValueError("an actor needs an issuer and a subject")

    @property
    def label(self) -> str:
        """``"Alice Martin (alice @ https://idp.example.org)"``: the name and the identity."""
        return f"{self.name} ({self.subject} @ {self.issuer})"

    def may(self, action: str) -> bool:
        """Whether this actor's role allows ``action`` (one of :data:`ACTIONS`).

        >>> Actor("https://idp", "42", "Ana", "reviewer").may("review")
        True
        >>> Actor("https://idp", "42", "Ana", "reviewer").may("purge")
        False
        """
        needed = ACTIONS.get(action)
        if needed is None:
            raise ValueError(f"unknown action '{action}': use one of {', '.join(ACTIONS)}")
        return ROLES.index(self.role) >= ROLES.index(needed)


def require(actor: Actor | None, action: str) -> None:
    """Raise :class:`AccessDenied` unless ``actor`` may do ``action``.

    >>> require(Actor("https://idp", "7", "Vic", "viewer"), "purge")
    Traceback (most recent call last):
    ...
    flows.access.AccessDenied: Vic is a viewer: purging the review queue needs the admin role
    """
    if actor is None:
        raise AccessDenied(
            gettext("nobody is signed in: {action} needs a sign-in").format(action=_verb(action))
        )
    if not actor.may(action):
        raise AccessDenied(
            gettext("{name} is a {role}: {action} needs the {needed} role").format(
                name=actor.name,
                role=role_label(actor.role),
                action=_verb(action),
                needed=role_label(ACTIONS[action]),
            )
        )


def local_actor(role: str = "admin") -> Actor:
    """The person at this computer (command line, single-user dashboard on 127.0.0.1).

    Issuer ``local``, subject ``user@host``: whoever can write the workspace files can
    change them anyway, so the single user has every right unless ``role`` says otherwise.
    """
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no login name (some containers)
        user = "unknown"
    return Actor("local", f"{user}@{socket.gethostname()}", user, role)


# -- roles from the identity provider's claims ----------------------------------------------
def claim_values(claims: Mapping[str, object], path: str) -> list[str]:
    """The values of claim ``path`` (dots go into nested objects, as Keycloak's
    ``realm_access.roles``); a string claim counts as one value.

    >>> claim_values({"realm_access": {"roles": ["atlas-admin", "x"]}}, "realm_access.roles")
    ['atlas-admin', 'x']
    >>> claim_values({"groups": "reviewers"}, "groups"), claim_values({}, "roles")
    (['reviewers'], [])
    """
    value: object = claims
    for part in path.split("."):
        if not isinstance(value, Mapping) or part not in value:
            return []
        value = value[part]
    if isinstance(value, str):
        return [value]
    if isinstance(value, list | tuple):
        return [str(v) for v in value if isinstance(v, str | int)]
    return []


def role_from_claims(
    claims: Mapping[str, object],
    claim: str = "roles",
    mapping: Mapping[str, str] | None = None,
) -> str:
    """The role of the person whose ID token holds ``claims``.

    ``mapping`` turns claim values into roles (``{"atlas-admins": "admin"}``); without one,
    values that are role names count as themselves. The highest role found wins; no role
    found means viewer.

    >>> role_from_claims({"roles": ["reviewer"]})
    'reviewer'
    >>> role_from_claims({"groups": ["staff", "atlas-admins"]}, "groups", {"atlas-admins": "admin"})
    'admin'
    >>> role_from_claims({"roles": ["superuser"]})
    'viewer'
    """
    table = dict(mapping) if mapping else {r: r for r in ROLES}
    for value, role in table.items():
        if role not in ROLES:
            raise ValueError(f"role map: '{value}' maps to unknown role '{role}'")
    found = [table[v] for v in claim_values(claims, claim) if v in table]
    return max(found, key=ROLES.index) if found else "viewer"


def actor_from_claims(
    claims: Mapping[str, object],
    claim: str = "roles",
    mapping: Mapping[str, str] | None = None,
) -> Actor:
    """The :class:`Actor` for the ID token ``claims`` (``iss`` and ``sub`` are required).

    The name shown is the token's ``name``, else ``preferred_username``, ``email``, ``sub``.

    >>> actor_from_claims({"iss": "https://idp", "sub": "42", "name": "Ana", "roles": "admin"})
    Actor(issuer='https://idp', subject='42', name='Ana', role='admin')
    """
    issuer, subject = str(claims.get("iss") or ""), str(claims.get("sub") or "")
    if not issuer or not subject:
        raise AccessDenied("the identity provider's token has no issuer (iss) or subject (sub)")
    name = next(
        (str(claims[k]) for k in ("name", "preferred_username", "email") if claims.get(k)),
        subject,
    )
    return Actor(issuer, subject, name, role_from_claims(claims, claim, mapping))
