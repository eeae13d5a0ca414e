"""Access keys (issue 17): every button of a dialog has one (保存(&S) in Chinese), none twice."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QAbstractButton, QWidget


def access_key(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).upper() if found else None


def assert_every_button_has_its_own_key(widget: QWidget) -> None:
    """Show ``widget`` first: Qt's standard buttons (关闭, 取消) get their keys when shown."""
    texts = [b.text() for b in widget.findChildren(QAbstractButton) if b.text().strip()]
    keys = [access_key(t) for t in texts]
    assert None not in keys, (type(widget).__name__, [t for t in texts if not access_key(t)])
    assert len(keys) == len(set(keys)), (type(widget).__name__, sorted(texts))
