"""Wording of the demo office's messages (``key -> (中文, English)``)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "demo.no_unit": (
        "细则中没有单位 {unit}（可选：{known}）",
        "the rubric has no unit {unit} (choose from {known})",
    ),
    "demo.no_rubric": (
        "演示单位需要考核细则“{rubric}”，但此版本未包含该细则：{error}",
        "the demo needs the rubric '{rubric}', which is not available in this build: {error}",
    ),
}
