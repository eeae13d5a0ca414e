"""Roles and what each may do, enforced by every service function (not only by the UI).

clerk (经办人): ledger, dispatch, ticks and values, evidence.
head (负责人): the same, plus approve and unlock, review comments and review scores, and
exporting data that differs from its audit log (with a reason).
admin (管理员): users, the office profile and assessment years.
reviewer (评审, a receiving office's): reviewers' scores of the units' items, with reasons.

A receiving office (issue 18) adds: the clerk imports packages (confirming a unit's first key)
and transcribes ballots; the reviewer scores; the head decides what the source leaves to the
assessing office, approves the results and publishes them.
The GUI asks :func:`why_not` to show why an action is disabled.
"""

from __future__ import annotations

from evaldesk.errors import PermissionDenied
from evaldesk.messages import Message, msg, plain
from evaldesk.services.actor import Actor

CLERK, HEAD, ADMIN, REVIEWER = "clerk", "head", "admin", "reviewer"

#: action -> (roles allowed, what the action is, for messages)
PERMISSIONS: dict[str, tuple[frozenset[str], Message]] = {
    "ledger.edit": (frozenset({CLERK, HEAD}), msg("roles.ledger_edit")),
    "dispatch.edit": (frozenset({CLERK, HEAD}), msg("roles.dispatch_edit")),
    "facts.edit": (frozenset({CLERK, HEAD}), msg("roles.facts_edit")),
    "evidence.edit": (frozenset({CLERK, HEAD}), msg("roles.evidence_edit")),
    "approve": (frozenset({HEAD}), msg("roles.approve")),
    "unlock": (frozenset({HEAD}), msg("roles.unlock")),
    "review.comment": (frozenset({HEAD}), msg("roles.review_comment")),
    "review.scores": (frozenset({HEAD}), msg("roles.review_scores")),
    "export.override": (frozenset({HEAD}), msg("roles.export_override")),
    "users.manage": (frozenset({ADMIN}), msg("roles.users_manage")),
    "office.manage": (frozenset({ADMIN}), msg("roles.office_manage")),
    "interpretations.set": (frozenset({ADMIN}), msg("roles.interpretations_set")),
    "collect.import": (frozenset({CLERK, HEAD}), msg("roles.collect_import")),
    "collect.ballots": (frozenset({CLERK, HEAD}), msg("roles.collect_ballots")),
    "collect.review": (frozenset({REVIEWER, HEAD}), msg("roles.collect_review")),
    "collect.decide": (frozenset({HEAD}), msg("roles.collect_decide")),
    "collect.publish": (frozenset({HEAD}), msg("roles.collect_publish")),
    "results.import": (frozenset({CLERK, HEAD}), msg("roles.results_import")),
}

#: A role as one of those an action needs ("head (负责人)"), and as what a person is ("a head").
_NEEDED = {
    CLERK: msg("roles.clerk"),
    HEAD: msg("roles.head"),
    ADMIN: msg("roles.admin"),
    REVIEWER: msg("roles.reviewer"),
}
_IS = {
    CLERK: msg("roles.a_clerk"),
    HEAD: msg("roles.a_head"),
    ADMIN: msg("roles.an_admin"),
    REVIEWER: msg("roles.a_reviewer"),
}
#: A role by its name alone ("clerk", 经办人): account lists.
ROLE_NAMES = {
    CLERK: msg("roles.name_clerk"),
    HEAD: msg("roles.name_head"),
    ADMIN: msg("roles.name_admin"),
    REVIEWER: msg("roles.name_reviewer"),
}


def _describe(roles: frozenset[str]) -> Message:
    names = [_NEEDED[r] for r in (CLERK, REVIEWER, HEAD, ADMIN) if r in roles]
    if len(names) == 1:
        return names[0]
    return msg("roles.either", first=names[:-1], last=names[-1])


def why_not(actor: Actor, action: str) -> Message | None:
    """None when ``actor`` may do ``action``; otherwise the reason, naming the role needed."""
    roles, what = PERMISSIONS[action]
    if actor.system or actor.role in roles:
        return None
    role = actor.role or "?"
    return msg(
        "roles.refused",
        what=what,
        roles=_describe(roles),
        name=actor.display_name,
        role=_IS.get(role, plain(role)),
    )


def allowed(actor: Actor, action: str) -> bool:
    return why_not(actor, action) is None


def require(actor: Actor, action: str) -> None:
    reason = why_not(actor, action)
    if reason is not None:
        raise PermissionDenied(reason)
