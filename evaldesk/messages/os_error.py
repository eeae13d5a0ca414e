"""An operating-system error as a message: the common causes worded, the rest as the system says.

``str(OSError)`` is the C library's English ("[Errno 28] No space left on device: 'x'"). The
causes a clerk can act on (a full disk, no permission, a missing file, a read-only disk) get a
wording of their own; any other error keeps the system's text.
"""

from __future__ import annotations

import errno

from evaldesk.messages import Message, msg, plain

MESSAGES: dict[str, tuple[str, str]] = {
    "os.no_space": ("磁盘空间不足", "No space left on device"),
    "os.permission": ("没有访问权限", "Permission denied"),
    "os.not_found": ("文件或文件夹不存在", "No such file or directory"),
    "os.read_only": ("文件系统为只读", "Read-only file system"),
}

_BY_ERRNO: dict[int, Message] = {
    errno.ENOSPC: msg("os.no_space"),
    errno.EACCES: msg("os.permission"),
    errno.EPERM: msg("os.permission"),
    errno.ENOENT: msg("os.not_found"),
    errno.EROFS: msg("os.read_only"),
}


def os_error(exc: BaseException) -> Message:
    """What went wrong, without the errno and the path (the message names the file itself)."""
    if isinstance(exc, OSError):
        known = _BY_ERRNO.get(exc.errno or -1)
        if known is not None:
            return known
        return plain(exc.strerror or str(exc))
    return plain(str(exc))
