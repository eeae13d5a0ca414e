"""Is the data folder on a network filesystem? SQLite's WAL needs shared memory that network
shares do not provide, so there the store falls back to a rollback journal (DESIGN.md).

The decision is split from the probing so it can be tested with made-up mount tables and paths.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path, PureWindowsPath

from evaldesk.messages import Message, msg

#: Linux filesystem types that live on another machine (or behave like it for locking).
NETWORK_FS_TYPES = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb",
        "smb3",
        "smbfs",
        "ncpfs",
        "afs",
        "9p",
        "ceph",
        "glusterfs",
        "lustre",
        "gpfs",
        "davfs",
        "fuse.sshfs",
        "fuse.davfs2",
        "fuse.glusterfs",
        "fuse.cephfs",
        "fuse.rclone",
        "fuse.s3fs",
    }
)


@dataclass(frozen=True)
class JournalDecision:
    mode: str  # "wal" or "delete"
    reason: Message | None  # why WAL is not used, for the log and the GUI


def _unescape_mount(field: str) -> str:
    # /proc/mounts escapes space, tab, newline and backslash as octal.
    return (
        field.replace("\\040", " ")
        .replace("\\011", "\t")
        .replace("\\012", "\n")
        .replace("\\134", "\\")
    )


def linux_fs_type(path: str, mounts_text: str) -> tuple[str, str] | None:
    """(mount point, fs type) of the mount holding ``path`` (absolute, resolved)."""
    best: tuple[str, str] | None = None
    for line in mounts_text.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        mount_point = _unescape_mount(fields[1])
        prefix = mount_point.rstrip("/") + "/"
        if (path == mount_point or path.startswith(prefix) or mount_point == "/") and (
            best is None or len(mount_point) >= len(best[0])
        ):
            best = (mount_point, fields[2])
    return best


def windows_remote_reason(path: str, drive_type: int | None) -> Message | None:
    """A UNC path (\\\\server\\share) or a mapped network drive (GetDriveType == DRIVE_REMOTE)."""
    win = PureWindowsPath(path)
    if path.startswith(("\\\\", "//")) and not path.startswith(("\\\\?\\", "\\\\.\\")):
        return msg("store.network_share", path=path, share=win.drive or path)
    if path.startswith("\\\\?\\UNC\\"):
        return msg("store.network_share_unc", path=path)
    if drive_type == 4:  # DRIVE_REMOTE
        return msg("store.network_drive", drive=win.drive)
    return None


def decide(
    path: str,
    *,
    platform: str,
    mounts_text: str | None = None,
    drive_type: int | None = None,
) -> JournalDecision:
    """The journal mode for a database at ``path``: WAL locally, DELETE on a network filesystem."""
    if platform == "win32":
        reason = windows_remote_reason(path, drive_type)
    else:
        found = linux_fs_type(path, mounts_text or "")
        reason = None
        if found is not None:
            mount_point, fs_type = found
            if fs_type in NETWORK_FS_TYPES or fs_type.startswith("nfs"):
                reason = msg("store.network_fs", path=path, fs=fs_type, mount=mount_point)
    if reason is None:
        return JournalDecision("wal", None)
    return JournalDecision("delete", msg("store.rollback_journal", reason=reason))


def _windows_drive_type(path: str) -> int | None:
    import ctypes

    drive = PureWindowsPath(path).drive
    if not drive or drive.startswith("\\\\"):
        return None
    get_drive_type = ctypes.windll.kernel32.GetDriveTypeW  # type: ignore[attr-defined]
    return int(get_drive_type(drive + "\\"))


def journal_decision(folder: Path) -> JournalDecision:
    """Probe the real system for ``folder`` and decide."""
    path = os.path.abspath(folder)
    if sys.platform == "win32":
        try:
            drive_type = _windows_drive_type(path)
        except OSError:
            drive_type = None
        return decide(path, platform="win32", drive_type=drive_type)
    try:
        mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
    except OSError:
        mounts = ""  # macOS and others: assume local
    return decide(os.path.realpath(path), platform=sys.platform, mounts_text=mounts)
