"""Wording of the receiving office's files (result packages, its PDFs and workbook)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "results.write_failed": (
        "无法写入 {path}：{error}；未写入任何文件",
        "cannot write {path}: {error}; nothing was written",
    ),
}
