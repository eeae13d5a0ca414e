"""Who is acting: a logged-in user, or the command line's system actor.

Command-line commands that have no login (demo, backup, restore, score) act as the system
actor ``cli:<OS user name>``; that is the name the audit log records for them. The system
actor may do everything: whoever can run commands on the data folder can already read and
change its files.
"""

from __future__ import annotations

import getpass
from dataclasses import dataclass

from evaldesk.store.records import UserRec


@dataclass(frozen=True, slots=True)
class Actor:
    name: str  # as written in the audit log: "user:wangxh" or "cli:alice"
    display_name: str
    role: str | None  # clerk / head / admin; None for the system actor
    user_id: int | None = None

    @property
    def system(self) -> bool:
        return self.role is None


def system_actor(kind: str = "cli") -> Actor:
    try:
        who = getpass.getuser()
    except (KeyError, OSError):  # no user database entry (containers)
        who = "unknown"
    return Actor(name=f"{kind}:{who}", display_name=f"{kind}:{who}", role=None)


def user_actor(user: UserRec) -> Actor:
    return Actor(
        name=f"user:{user.username}",
        display_name=user.display_name,
        role=user.role,
        user_id=user.id,
    )
