"""Evidence: any original name is kept as text, files are content-addressed and streamed, and
bad input (missing, unreadable, too big) gets a clear message with nothing stored."""

from __future__ import annotations

import errno
import io
import os
import threading
import time
import tracemalloc
from pathlib import Path

import pytest
from refusals import refused
from storekit import YEAR, Office

from evaldesk.errors import Cancelled, InputError
from evaldesk.services import evidence, maintenance
from evaldesk.store.names import safe_filename

NAMES = [
    "会议纪要（2024年第一季度）.pdf",
    'a<b>c:d"e/f\\g|h?i*j.png',
    "CON",
    "NUL.txt",
    "COM1.jpg",
    "长" * 296 + ".pdf",  # 300 characters
    "..",
    "   空格开头和结尾.docx   ",
]


@pytest.mark.parametrize("name", NAMES)
def test_any_original_name_is_kept_as_text_and_never_used_as_a_path(
    office: Office, tmp_path: Path, name: str
) -> None:
    source = tmp_path / "upload.bin"
    source.write_bytes(name.encode("utf-8") + b" content")
    rec = evidence.attach_stream(
        office.store, office.clerk, YEAR, io.BytesIO(source.read_bytes()), name
    )
    assert rec.original_name == name.strip()
    stored = office.store.evidence.file_path(rec)
    assert (
        stored.relative_to(office.store.paths.evidence).as_posix()
        == f"{rec.sha256[:2]}/{rec.sha256[2:]}"
    )
    assert stored.read_bytes() == source.read_bytes()
    assert office.store.evidence.get(rec.id).original_name == name.strip()
    # When a name must become a file name again, it is one that Windows and Linux accept.
    safe = safe_filename(rec.original_name)
    assert not set('<>:"/\\|?*') & set(safe)
    assert safe.split(".")[0].upper() not in {"CON", "NUL", "COM1"}
    assert len(safe.encode("utf-8")) <= 180 and safe.strip(". ") == safe
    (tmp_path / "out").mkdir(exist_ok=True)
    (tmp_path / "out" / safe).write_bytes(b"ok")


def test_identical_content_is_stored_once_and_links_count_as_evidence(
    office: Office, tmp_path: Path
) -> None:
    a = tmp_path / "照片.jpg"
    a.write_bytes(b"\xff\xd8\xff" + b"jpeg" * 1000)
    first = evidence.attach_file(
        office.store, office.clerk, YEAR, a, links=[evidence.item_link("一.1")]
    )
    second = evidence.attach_file(office.store, office.clerk, YEAR, a, name="照片（副本）.jpg")
    assert first.sha256 == second.sha256 and first.id != second.id
    assert first.mime == "image/jpeg"
    assert len(list(office.store.paths.evidence.glob("??/*"))) == 1
    evidence.link(office.store, office.clerk, second.id, evidence.item_link("一.1"))
    from evaldesk.services.live import LiveScore

    with LiveScore(office.store, YEAR) as live:
        assert live.facts().evidence == {"一.1": 2}
        evidence.detach(office.store, office.clerk, first.id, evidence.item_link("一.1"))
        assert live.facts().evidence == {"一.1": 1}
    with refused(InputError, "items.unknown_some", code="九.9", rubric="test-small"):
        evidence.link(office.store, office.clerk, first.id, evidence.item_link("九.9"))
    assert maintenance.check(office.data_dir).problems == []


def test_a_missing_file_a_folder_and_a_failing_read_store_nothing(
    office: Office, tmp_path: Path
) -> None:
    with pytest.raises(InputError, match="no such file"):
        evidence.attach_file(office.store, office.clerk, YEAR, tmp_path / "不存在.pdf")
    with pytest.raises(InputError, match="is a folder"):
        evidence.attach_file(office.store, office.clerk, YEAR, tmp_path)

    class FailingDisk(io.RawIOBase):
        def __init__(self) -> None:
            self.calls = 0

        def readable(self) -> bool:
            return True

        def read(self, size: int = -1) -> bytes:
            self.calls += 1
            if self.calls > 3:
                raise OSError(errno.EIO, "Input/output error")
            return b"x" * 1024

    with pytest.raises(InputError, match="reading failed after 3 KB"):
        evidence.attach_stream(office.store, office.clerk, YEAR, FailingDisk(), "扫描件.pdf")  # type: ignore[arg-type]
    assert office.store.evidence.count(YEAR) == 0
    assert not any(office.store.paths.evidence.glob("??/*"))
    assert not any(office.store.paths.evidence_tmp.iterdir())


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="root reads any file")
def test_an_unreadable_file_is_named(office: Office, tmp_path: Path) -> None:
    locked = tmp_path / "无权限.pdf"
    locked.write_bytes(b"%PDF-1.4")
    locked.chmod(0)
    try:
        with pytest.raises(InputError, match="permission denied"):
            evidence.attach_file(office.store, office.clerk, YEAR, locked)
    finally:
        locked.chmod(0o600)


def test_the_permission_message_for_an_unreadable_file(
    office: Office, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Root reads everything, so the refusal of open() is simulated where it happens."""
    target = tmp_path / "无权限.pdf"
    target.write_bytes(b"%PDF-1.4")
    real_open = open

    def deny(file: object, mode: str = "r", *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        if Path(str(file)) == target:
            raise PermissionError(errno.EACCES, "Permission denied", str(file))
        return real_open(file, mode, *args, **kwargs)  # type: ignore[call-overload]

    import evaldesk.store.blobs as blobs

    monkeypatch.setattr(blobs, "open", deny, raising=False)
    with pytest.raises(InputError, match="permission denied"):
        evidence.attach_file(office.store, office.clerk, YEAR, target)


def test_the_size_limit_gives_a_clear_message(office: Office, tmp_path: Path) -> None:
    office.store.blobs.max_size = 10 * 1024
    big = tmp_path / "高清扫描.tif"
    big.write_bytes(b"\0" * (20 * 1024))
    with pytest.raises(InputError, match=r"20 KB, larger than the limit of 10 KB"):
        evidence.attach_file(office.store, office.clerk, YEAR, big)
    with pytest.raises(InputError, match="larger than the limit"):  # a stream is stopped midway
        evidence.attach_stream(
            office.store, office.clerk, YEAR, io.BytesIO(b"\0" * 20_000), "流.bin"
        )
    assert not any(office.store.paths.evidence_tmp.iterdir())
    assert office.store.evidence.count(YEAR) == 0


def test_a_cancelled_copy_leaves_nothing(office: Office) -> None:
    with pytest.raises(Cancelled):
        evidence.attach_stream(
            office.store,
            office.clerk,
            YEAR,
            io.BytesIO(b"x" * 5_000_000),
            "大文件.pdf",
            cancelled=lambda: True,
        )
    assert not any(office.store.paths.evidence_tmp.iterdir())


class Zeros(io.RawIOBase):
    """A 2 GB stream of zeros that never exists in memory or on disk as a whole."""

    def __init__(self, size: int) -> None:
        self.left = size

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray) -> int:  # type: ignore[override]
        n = min(len(buffer), self.left)
        buffer[:n] = bytes(n)
        self.left -= n
        return n


def _rss_mb() -> float | None:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


@pytest.mark.slow
def test_a_2gb_file_streams_with_flat_memory(office: Office, tmp_path: Path) -> None:
    size = 2 * 1024**3
    sparse = tmp_path / "监控录像.mp4"
    with open(sparse, "wb") as fh:  # sparse: no disk used by the source
        fh.truncate(size)
    peak_rss: list[float] = []
    stop = threading.Event()

    def sample() -> None:
        while not stop.is_set():
            rss = _rss_mb()
            if rss is not None:
                peak_rss.append(rss)
            time.sleep(0.05)

    start_rss = _rss_mb()
    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    tracemalloc.start()
    try:
        rec = evidence.attach_file(office.store, office.clerk, YEAR, sparse)
        _, traced_peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
        stop.set()
        sampler.join()
    assert rec.size == size
    assert traced_peak < 16 * 1024**2  # Python allocations: a few 1 MB chunks at most
    if start_rss is not None and peak_rss:
        assert max(peak_rss) - start_rss < 64  # MB: resident memory stays flat
    problems = maintenance.check(office.data_dir).problems  # re-hashes the 2 GB, streamed
    assert problems == []
    office.store.evidence.file_path(rec).unlink()


def test_a_generated_stream_is_copied_in_chunks(office: Office) -> None:
    """The same streaming path with a generated stream, kept fast: 64 MB here, and the
    largest single allocation is checked to be a chunk, not the file."""
    tracemalloc.start()
    try:
        rec = evidence.attach_stream(
            office.store, office.clerk, YEAR, Zeros(64 * 1024**2), "zeros.bin"
        )  # type: ignore[arg-type]
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert rec.size == 64 * 1024**2
    assert peak < 8 * 1024**2
