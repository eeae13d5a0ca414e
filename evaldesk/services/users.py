"""Accounts: argon2 password hashes, login, and user management by an admin."""

from __future__ import annotations

import re

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from evaldesk.errors import InputError, PermissionDenied
from evaldesk.messages import msg
from evaldesk.services.actor import Actor, user_actor
from evaldesk.services.roles import ADMIN, require
from evaldesk.store import Store, UserRec
from evaldesk.store.models import ROLES

MIN_PASSWORD = 8
_USERNAME = re.compile(r"^[A-Za-z0-9_.\-\u4e00-\u9fff]{1,64}$")
_hasher = PasswordHasher()


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise InputError(msg("users.password_short", n=MIN_PASSWORD))
    if password.strip() != password:
        raise InputError(msg("users.password_spaces"))


def check_username(username: str) -> None:
    if not _USERNAME.match(username):
        raise InputError(msg("users.bad_name"))


def login(store: Store, username: str, password: str) -> Actor:
    """The user as an Actor, or PermissionDenied (the same message for any wrong detail)."""
    found = store.users.find(username.strip())
    wrong = PermissionDenied(msg("users.wrong_login"))
    if found is None:
        _hasher.hash(password)  # spend the same time, so names cannot be probed by timing
        raise wrong
    user, stored = found
    try:
        _hasher.verify(stored, password)
    except (VerificationError, InvalidHashError):
        with store.write(f"user:{user.username}") as tx:
            store.audit.record(tx, "login.failed", "user", user.id, {"username": user.username})
        raise wrong from None
    if not user.active:
        raise PermissionDenied(msg("users.disabled", name=user.username))
    rehash = hash_password(password) if _hasher.check_needs_rehash(stored) else None
    with store.write(f"user:{user.username}") as tx:
        user = store.users.update(tx, user.id, logged_in=True, password_hash=rehash)
        store.audit.record(tx, "login", "user", user.id, {"username": user.username})
    return user_actor(user)


def list_users(store: Store) -> list[UserRec]:
    """Every account, active or not, in the order they were made."""
    return store.users.list()


def get_user(store: Store, user_id: int) -> UserRec:
    return store.users.get(user_id)


def display_name(store: Store, actor: str) -> str:
    """How an audit actor ("user:wang") is shown: the user's full name when known."""
    return store.users.display_name(actor)


def add_user(
    store: Store, actor: Actor, username: str, display_name: str, role: str, password: str
) -> UserRec:
    require(actor, "users.manage")
    check_username(username)
    check_password(password)
    if role not in ROLES:
        raise InputError(msg("users.unknown_role", role=role))
    with store.write(actor.name) as tx:
        return store.users.add(
            tx, username, display_name.strip() or username, role, hash_password(password)
        )


def create_first_admin(store: Store, username: str, display_name: str, password: str) -> Actor:
    """The first-run wizard's account; refused once any user exists."""
    if store.users.count() > 0:
        raise PermissionDenied(msg("users.has_users"))
    check_username(username)
    check_password(password)
    with store.write(f"setup:{username}") as tx:
        user = store.users.add(
            tx, username, display_name.strip() or username, ADMIN, hash_password(password)
        )
    return user_actor(user)


def _active_admins(store: Store) -> list[UserRec]:
    return [u for u in store.users.list() if u.role == ADMIN and u.active]


def update_user(
    store: Store,
    actor: Actor,
    user_id: int,
    *,
    display_name: str | None = None,
    role: str | None = None,
    active: bool | None = None,
) -> UserRec:
    require(actor, "users.manage")
    target = store.users.get(user_id)
    losing_admin = (
        target.role == ADMIN
        and target.active
        and ((role is not None and role != ADMIN) or active is False)
    )
    if losing_admin and len(_active_admins(store)) <= 1:
        raise InputError(msg("users.last_admin"))
    with store.write(actor.name) as tx:
        return store.users.update(tx, user_id, display_name=display_name, role=role, active=active)


def change_password(
    store: Store, actor: Actor, user_id: int, new_password: str, *, old_password: str | None = None
) -> None:
    """Users change their own password (with the old one); admins reset anyone's."""
    check_password(new_password)
    target = store.users.get(user_id)
    if actor.user_id == user_id and actor.role != ADMIN:
        found = store.users.find(target.username)
        assert found is not None
        try:
            _hasher.verify(found[1], old_password or "")
        except (VerificationError, InvalidHashError):
            raise PermissionDenied(msg("users.wrong_password")) from None
    elif actor.user_id != user_id:
        require(actor, "users.manage")
    with store.write(actor.name) as tx:
        store.users.update(tx, user_id, password_hash=hash_password(new_password))
