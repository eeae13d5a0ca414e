"""The journal decision: WAL on local disks, a rollback journal on network filesystems."""

from __future__ import annotations

import pytest

from evaldesk.store.fs import decide, linux_fs_type

MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
proc /proc proc rw 0 0
server:/export /mnt/office nfs4 rw,relatime,vers=4.2 0 0
//fileserver/share /media/smb cifs rw,vers=3.0 0 0
/dev/sdb1 /mnt/office/local ext4 rw 0 0
alice@host:/data /home/alice/remote fuse.sshfs rw 0 0
/dev/sdc1 /media/U\\040盘 vfat rw 0 0
"""


@pytest.mark.parametrize(
    ("path", "mode", "fs"),
    [
        ("/home/alice/EvalDesk", "wal", None),
        ("/mnt/office/evaldesk", "delete", "nfs4"),
        ("/mnt/office", "delete", "nfs4"),
        ("/mnt/office/local/evaldesk", "wal", None),  # a local disk mounted inside the share
        ("/mnt/officeX/evaldesk", "wal", None),  # a sibling with a longer name is not the share
        ("/media/smb/科室/自评", "delete", "cifs"),
        ("/home/alice/remote/x", "delete", "fuse.sshfs"),
        ("/media/U 盘/evaldesk", "wal", None),
    ],
)
def test_linux_paths(path: str, mode: str, fs: str | None) -> None:
    decision = decide(path, platform="linux", mounts_text=MOUNTS)
    assert decision.mode == mode
    if fs is None:
        assert decision.reason is None
    else:
        assert decision.reason is not None
        reason = decision.reason.text("en")
        assert fs in reason and "local disk" in reason
        assert fs in decision.reason.text("zh")


def test_longest_mount_point_wins() -> None:
    assert linux_fs_type("/mnt/office/local/x", MOUNTS) == ("/mnt/office/local", "ext4")
    assert linux_fs_type("/media/U 盘/x", MOUNTS) == ("/media/U 盘", "vfat")


@pytest.mark.parametrize(
    ("path", "drive_type", "mode"),
    [
        ("C:\\Users\\clerk\\AppData\\Local\\EvalDesk", 3, "wal"),  # DRIVE_FIXED
        ("\\\\fileserver\\share\\EvalDesk", None, "delete"),  # UNC
        ("//fileserver/share/EvalDesk", None, "delete"),
        ("\\\\?\\UNC\\fileserver\\share\\EvalDesk", None, "delete"),
        ("\\\\?\\C:\\EvalDesk", 3, "wal"),  # a long local path, not a share
        ("Z:\\EvalDesk", 4, "delete"),  # DRIVE_REMOTE: a mapped network drive
        ("E:\\EvalDesk", 2, "wal"),  # DRIVE_REMOVABLE: a USB stick is local
    ],
)
def test_windows_paths(path: str, drive_type: int | None, mode: str) -> None:
    assert decide(path, platform="win32", drive_type=drive_type).mode == mode
