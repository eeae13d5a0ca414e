"""Wording shared by every layer: plain text, the error kinds' fallbacks."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # A text that is the same in every language: a file's own words, a name.
    "text": ("{text}", "{text}"),
    "common.internal_error": (
        "内部错误：{error}。详细信息已保存到 {report}",
        "internal error: {error}. Details were saved to {report}",
    ),
    "common.interrupted": ("已中断", "interrupted"),
}
