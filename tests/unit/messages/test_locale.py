from __future__ import annotations

import pytest

from evaldesk.messages.locale import language_for, language_from_environment


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"LANG": "zh_CN.UTF-8"}, "zh"),
        ({"LANG": "en_US.UTF-8"}, "en"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({}, "en"),
        ({"LANG": "zh_CN.UTF-8", "LC_ALL": "en_GB.UTF-8"}, "en"),
        ({"LANG": "en_US.UTF-8", "LC_MESSAGES": "zh_TW.UTF-8"}, "zh"),
    ],
)
def test_the_locale_picks_the_language(env: dict[str, str], expected: str) -> None:
    assert language_from_environment(env) == expected


def test_lang_option_values() -> None:
    assert language_for("zh") == "zh"
    assert language_for("zh_CN") == "zh"
    assert language_for("en") == "en"
    assert language_for("") is None
