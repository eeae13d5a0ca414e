"""Why an action is not allowed, in the interface language.

The services decide (``services.roles.why_not``); this only words the answer from the same
structured data (the action, the roles allowed, the actor's role), never from message text.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from evaldesk.ui.i18n import QT_TRANSLATE_NOOP

ACTIONS = {
    "ledger.edit": QT_TRANSLATE_NOOP("Permissions", "Editing the ledger"),
    "dispatch.edit": QT_TRANSLATE_NOOP("Permissions", "Editing a quarter's dispatch record"),
    "facts.edit": QT_TRANSLATE_NOOP("Permissions", "Ticking or filling rubric items"),
    "evidence.edit": QT_TRANSLATE_NOOP("Permissions", "Attaching or detaching evidence"),
    "approve": QT_TRANSLATE_NOOP("Permissions", "Approving a quarter or the year"),
    "unlock": QT_TRANSLATE_NOOP("Permissions", "Unlocking an approved quarter or year"),
    "review.comment": QT_TRANSLATE_NOOP("Permissions", "Writing review comments"),
    "review.scores": QT_TRANSLATE_NOOP("Permissions", "Entering review scores"),
    "export.override": QT_TRANSLATE_NOOP(
        "Permissions", "Exporting data that differs from its audit log"
    ),
    "users.manage": QT_TRANSLATE_NOOP("Permissions", "Managing user accounts"),
    "office.manage": QT_TRANSLATE_NOOP("Permissions", "Changing the office or its years"),
    "interpretations.set": QT_TRANSLATE_NOOP(
        "Permissions", "Setting a value the source document leaves to the office"
    ),
    "collect.import": QT_TRANSLATE_NOOP("Permissions", "Importing the units' packages"),
    "collect.ballots": QT_TRANSLATE_NOOP("Permissions", "Entering ballots"),
    "collect.review": QT_TRANSLATE_NOOP("Permissions", "Entering reviewers' scores"),
    "collect.decide": QT_TRANSLATE_NOOP(
        "Permissions", "Deciding what the source leaves to the assessing office"
    ),
    "collect.publish": QT_TRANSLATE_NOOP("Permissions", "Publishing the results"),
}
ROLES = {
    "clerk": QT_TRANSLATE_NOOP("Permissions", "clerk"),
    "head": QT_TRANSLATE_NOOP("Permissions", "head"),
    "admin": QT_TRANSLATE_NOOP("Permissions", "administrator"),
    "reviewer": QT_TRANSLATE_NOOP("Permissions", "reviewer"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate("Permissions", text)


def role_name(role: str | None) -> str:
    if role is None:
        return _t(SYSTEM)
    return _t(ROLES.get(role, role))


def reason(actor: Any, action: str) -> str | None:
    """None when ``actor`` may do ``action``; otherwise why not, in the interface language."""
    from evaldesk.services import roles

    if roles.why_not(actor, action) is None:
        return None
    allowed, _what = roles.PERMISSIONS[action]
    order = [r for r in ("clerk", "reviewer", "head", "admin") if r in allowed]
    needed = _t(OR).join(role_name(r) for r in order)
    return (
        _t(SENTENCE)
        .replace("{what}", _t(ACTIONS.get(action, action)))
        .replace("{roles}", needed)
        .replace("{name}", str(actor.display_name))
        .replace("{role}", role_name(actor.role))
    )


SYSTEM = QT_TRANSLATE_NOOP("Permissions", "system")
OR = QT_TRANSLATE_NOOP("Permissions", " or ")
SENTENCE = QT_TRANSLATE_NOOP(
    "Permissions", "{what} needs the {roles} role; {name} is signed in as {role}."
)


def person(store: Any, actor_name: str) -> str:
    """How an audit actor ("user:wang") is shown: the user's full name when known."""
    from evaldesk.services import users

    return users.display_name(store, actor_name)


YEAR_LOCKED = QT_TRANSLATE_NOOP(
    "Permissions",
    "The year {year} was approved by {who} on {date} and is locked; "
    "a head must unlock it before anything can be changed.",
)


def facts_read_only(ctx: Any) -> str | None:
    """Why the signed-in user cannot change this year's facts now (role or year lock), or None."""
    why = reason(ctx.actor, "facts.edit")
    if why is not None:
        return why
    return year_locked(ctx)


def year_locked(ctx: Any) -> str | None:
    """Why nothing of the year can change now (the head approved it), or None."""
    from evaldesk.services import approvals

    locked = approvals.locked(ctx.store, ctx.year).get(0)
    if locked is None:
        return None
    return (
        _t(YEAR_LOCKED)
        .replace("{year}", str(ctx.year))
        .replace("{who}", person(ctx.store, locked.approved_by))
        .replace("{date}", locked.approved_at[:10])
    )
