"""store.users: accounts. Password hashing is the services' business (argon2); this stores it."""

from __future__ import annotations

from sqlalchemy import func, select

from evaldesk.errors import InputError, NotFound
from evaldesk.messages import msg
from evaldesk.store.audit_state import password_digest
from evaldesk.store.clock import now_iso
from evaldesk.store.locks import display_name_of
from evaldesk.store.models import ROLES, User
from evaldesk.store.parts.base import Part
from evaldesk.store.records import UserRec, snapshot
from evaldesk.store.tx import Tx


class UsersPart(Part):
    def list(self) -> list[UserRec]:
        with self._store.read() as s:
            return [UserRec.of(u) for u in s.scalars(select(User).order_by(User.id))]

    def count(self) -> int:
        with self._store.read() as s:
            return int(s.scalar(select(func.count()).select_from(User)) or 0)

    def find(self, username: str) -> tuple[UserRec, str] | None:
        """(user, password hash) by user name, or None."""
        with self._store.read() as s:
            row = s.scalar(select(User).where(User.username == username))
            return None if row is None else (UserRec.of(row), row.password_hash)

    def display_name(self, actor: str) -> str:
        """How an actor ("user:wang") is named in messages: see locks.display_name_of."""
        with self._store.read() as s:
            return display_name_of(s, actor)

    def get(self, user_id: int) -> UserRec:
        with self._store.read() as s:
            row = s.get(User, user_id)
            if row is None:
                raise NotFound(msg("users.no_such", id=user_id))
            return UserRec.of(row)

    def add(
        self, tx: Tx, username: str, display_name: str, role: str, password_hash: str
    ) -> UserRec:
        if role not in ROLES:
            raise InputError(msg("users.unknown_role", role=role))
        s = tx.session
        if s.scalar(select(User.id).where(User.username == username)) is not None:
            raise InputError(msg("users.name_taken", name=username))
        row = User(
            username=username,
            display_name=display_name,
            role=role,
            password_hash=password_hash,
            active=True,
            created_at=now_iso(),
        )
        s.add(row)
        s.flush()
        rec = UserRec.of(row)
        # The password as the SHA-256 of its argon2 hash: enough for `check` to see a hash
        # replaced outside EvalDesk, nothing that helps to guess the password.
        tx.log(
            "user.add",
            "user",
            row.id,
            None,
            {**snapshot(rec), "password_sha256": password_digest(password_hash)},
        )
        return rec

    def update(
        self,
        tx: Tx,
        user_id: int,
        *,
        display_name: str | None = None,
        role: str | None = None,
        active: bool | None = None,
        password_hash: str | None = None,
        logged_in: bool = False,
    ) -> UserRec:
        s = tx.session
        row = s.get(User, user_id)
        if row is None:
            raise NotFound(msg("users.no_such", id=user_id))
        old = UserRec.of(row)
        if role is not None:
            if role not in ROLES:
                raise InputError(msg("users.unknown_role", role=role))
            row.role = role
        if display_name is not None:
            row.display_name = display_name
        if active is not None:
            row.active = active
        if password_hash is not None:
            row.password_hash = password_hash
        if logged_in:
            row.last_login_at = now_iso()
        new = UserRec.of(row)
        if password_hash is not None:
            tx.log(
                "user.password",
                "user",
                user_id,
                None,
                {"username": row.username, "password_sha256": password_digest(password_hash)},
            )
        if (old.display_name, old.role, old.active) != (new.display_name, new.role, new.active):
            tx.log("user.update", "user", user_id, snapshot(old), snapshot(new))
        return new
