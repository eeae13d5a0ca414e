"""Roles and what each may do, enforced by every service function (not only by the UI).

clerk (经办人): ledger, dispatch, ticks and values, evidence.
head (负责人): the same, plus approve and unlock, review comments and review scores.
admin (管理员): users, the office profile and assessment years.
The GUI asks :func:`why_not` to show why an action is disabled.
"""

from __future__ import annotations

from evaldesk.errors import PermissionDenied
from evaldesk.services.actor import Actor

ROLE_LABELS = {"clerk": "经办人", "head": "负责人", "admin": "管理员"}

CLERK, HEAD, ADMIN = "clerk", "head", "admin"

#: action -> (roles allowed, what the action is, for messages)
PERMISSIONS: dict[str, tuple[frozenset[str], str]] = {
    "ledger.edit": (frozenset({CLERK, HEAD}), "editing the ledger"),
    "dispatch.edit": (frozenset({CLERK, HEAD}), "editing a quarter's dispatch record"),
    "facts.edit": (frozenset({CLERK, HEAD}), "ticking or filling rubric items"),
    "evidence.edit": (frozenset({CLERK, HEAD}), "attaching or detaching evidence"),
    "approve": (frozenset({HEAD}), "approving a quarter or the year"),
    "unlock": (frozenset({HEAD}), "unlocking an approved quarter or year"),
    "review.comment": (frozenset({HEAD}), "writing review comments"),
    "review.scores": (frozenset({HEAD}), "entering review scores"),
    "users.manage": (frozenset({ADMIN}), "managing user accounts"),
    "office.manage": (frozenset({ADMIN}), "changing the office profile or assessment years"),
}


def _describe(roles: frozenset[str]) -> str:
    order = [r for r in (CLERK, HEAD, ADMIN) if r in roles]
    names = [f"{r} ({ROLE_LABELS[r]})" for r in order]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]


def why_not(actor: Actor, action: str) -> str | None:
    """None when ``actor`` may do ``action``; otherwise the reason, naming the role needed."""
    roles, what = PERMISSIONS[action]
    if actor.system or actor.role in roles:
        return None
    role = actor.role or "?"
    article = "an" if role[:1] in "aeiou" else "a"
    return (
        f"{what} needs the {_describe(roles)} role; {actor.display_name} is "
        f"{article} {role} ({ROLE_LABELS.get(role, role)})"
    )


def allowed(actor: Actor, action: str) -> bool:
    return why_not(actor, action) is None


def require(actor: Actor, action: str) -> None:
    reason = why_not(actor, action)
    if reason is not None:
        raise PermissionDenied(reason)
