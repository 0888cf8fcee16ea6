"""Saved views of the team and of each person, and who may change which.

- **Team views** live in ``views.json`` in the workspace (the file ``flows snapshot --view``
  and ``flows briefing`` read). Everyone sees them; only admins save or delete them.
- **Personal views** of a signed-in person live in ``users/<id>/views.json`` in the workspace,
  ``<id>`` being a hash of their issuer and subject; only that person sees or changes them.

On one laptop without sign-in the local user is an admin and saves to the team file, so a
single user's views are where they always were.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from flows.access import Actor, require
from flows.views import VIEWS_FILE, View, load_views, save_views, upsert_view

TEAM, PERSONAL = "team", "personal"
USERS_DIR = "users"


@dataclass(frozen=True)
class SavedView:
    """A saved view and whose it is (``team`` or ``personal``)."""

    view: View
    scope: str

    @property
    def label(self) -> str:
        """What the view list shows: team views are marked, personal ones are plain."""
        if self.scope != TEAM:
            return self.view.name
        from flows.i18n import gettext

        return gettext("Team · {name}").format(name=self.view.name)


def team_views_path(workspace: Path) -> Path:
    return Path(workspace) / VIEWS_FILE


def user_folder(actor: Actor) -> str:
    """A file-safe folder name for one person: the same for the same issuer and subject.

    >>> ana, renamed, other = Actor("i", "42", "Ana"), Actor("i", "42", "A"), Actor("j", "42", "A")
    >>> user_folder(ana) == user_folder(renamed), user_folder(ana) == user_folder(other)
    (True, False)
    """
    digest = hashlib.sha256(f"{actor.issuer}\n{actor.subject}".encode()).hexdigest()
    return digest[:24]


def personal_views_path(workspace: Path, actor: Actor) -> Path:
    return Path(workspace) / USERS_DIR / user_folder(actor) / VIEWS_FILE


def list_views(workspace: Path, actor: Actor | None, personal: bool) -> list[SavedView]:
    """Team views, then the actor's personal views when ``personal`` (sign-in is on).

    Raises :class:`flows.views.ViewError` for a views file that cannot be read.
    """
    out = [SavedView(v, TEAM) for v in load_views(team_views_path(workspace))]
    if personal and actor is not None:
        out += [SavedView(v, PERSONAL) for v in load_views(personal_views_path(workspace, actor))]
    return out


def save_view(workspace: Path, actor: Actor, view: View, scope: str) -> list[View]:
    """Save ``view`` (replacing the one of the same name) in the team or personal views.

    Team views need the admin role (``share_views``), checked here. Returns the views of
    that scope after saving.
    """
    path = _path(workspace, actor, scope)
    views = upsert_view(load_views(path), view)
    save_views(path, views)
    if scope == PERSONAL:
        _note_owner(path.parent, actor)
    return views


def delete_view(workspace: Path, actor: Actor, name: str, scope: str) -> list[View]:
    """Delete the view called ``name`` from the team or personal views (same rule as save)."""
    path = _path(workspace, actor, scope)
    views = [v for v in load_views(path) if v.name != name]
    save_views(path, views)
    return views


def _path(workspace: Path, actor: Actor, scope: str) -> Path:
    if scope == TEAM:
        require(actor, "share_views")
        return team_views_path(workspace)
    if scope == PERSONAL:
        return personal_views_path(workspace, actor)
    raise ValueError(f"unknown scope '{scope}': use {TEAM} or {PERSONAL}")


def _note_owner(folder: Path, actor: Actor) -> None:
    """Say whose folder this is (for the people who look after the server)."""
    note = folder / "owner.json"
    if note.exists():
        return
    from flows.export.atomic import write_bytes_atomic

    data = {"issuer": actor.issuer, "subject": actor.subject, "name": actor.name}
    write_bytes_atomic(note, (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode())
