"""What SQLite said, as a message: the result codes a person can act on worded, the rest quoted.

``str(sqlite3.Error)`` is SQLite's English ("database disk image is malformed"). The error's
result code (``sqlite_errorcode``, Python 3.11+) says which it is without reading the text.
"""

from __future__ import annotations

from evaldesk.messages import Message, msg, plain
from evaldesk.messages.os_error import os_error

#: SQLite's primary result codes (the low byte of an extended code).
_BY_CODE: dict[int, Message] = {
    3: msg("os.permission"),  # SQLITE_PERM
    5: msg("sqlite.busy"),  # SQLITE_BUSY
    6: msg("sqlite.busy"),  # SQLITE_LOCKED
    8: msg("sqlite.read_only"),  # SQLITE_READONLY
    10: msg("sqlite.io"),  # SQLITE_IOERR
    11: msg("sqlite.corrupt"),  # SQLITE_CORRUPT
    13: msg("os.no_space"),  # SQLITE_FULL
    14: msg("sqlite.cannot_open"),  # SQLITE_CANTOPEN
    26: msg("sqlite.not_a_database"),  # SQLITE_NOTADB
}


def sqlite_error(exc: BaseException | None) -> Message:
    """``exc`` (a sqlite3 error, or what SQLAlchemy wraps: ``DBAPIError.orig``) as a message."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        known = _BY_CODE.get(code & 0xFF)
        if known is not None:
            return known
    if isinstance(exc, OSError):
        return os_error(exc)
    return plain(str(exc))
