"""The message catalog read on one thread while another still imports a wording module."""

from __future__ import annotations

import importlib
import sys
import threading
import time
from pathlib import Path

from evaldesk.messages import catalog


def test_a_wording_module_half_imported_by_another_thread_is_waited_for(
    tmp_path: Path, monkeypatch
) -> None:
    """The loading worker read evaldesk.scoring.wording while the GUI thread was importing it
    and found it half made (no MESSAGES): a start-up error, now and then."""
    package = tmp_path / "slowwords"
    package.mkdir()
    (package / "__init__.py").write_text("", encoding="utf-8")
    (package / "wording.py").write_text(
        "import time\ntime.sleep(0.5)\nMESSAGES = {'slow.key': None}\n", encoding="utf-8"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    importer = threading.Thread(target=importlib.import_module, args=("slowwords.wording",))
    importer.start()
    deadline = time.monotonic() + 5
    while "slowwords.wording" not in sys.modules and time.monotonic() < deadline:
        time.sleep(0.001)
    assert "slowwords.wording" in sys.modules  # being imported by the other thread
    try:
        module = catalog._load("slowwords.wording")
        assert module.MESSAGES == {"slow.key": None}
    finally:
        importer.join()
        for name in ("slowwords.wording", "slowwords"):
            sys.modules.pop(name, None)
