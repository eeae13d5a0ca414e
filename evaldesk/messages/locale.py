"""Which language the command line answers in: ``--lang``, else the locale, else English."""

from __future__ import annotations

from collections.abc import Mapping

from evaldesk.messages import Lang


def language_for(code: str | None) -> Lang | None:
    """``zh``, ``zh_CN.UTF-8``, ``zh-TW`` -> zh; ``en_US``, ``C`` -> en; empty -> None."""
    if not code:
        return None
    return "zh" if code.strip().lower().startswith("zh") else "en"


def language_from_environment(env: Mapping[str, str]) -> Lang:
    """As POSIX looks up the messages locale: LC_ALL, then LC_MESSAGES, then LANG."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        found = language_for(env.get(name))
        if found is not None:
            return found
    return "en"


def system_language(env: Mapping[str, str]) -> Lang:
    """The environment's language; on Windows, where consoles set no LANG, the user's display
    language (Chinese Windows answers in Chinese)."""
    if any(env.get(name) for name in ("LC_ALL", "LC_MESSAGES", "LANG")):
        return language_from_environment(env)
    import sys

    if sys.platform == "win32":
        import ctypes

        primary = ctypes.windll.kernel32.GetUserDefaultUILanguage() & 0x3FF
        return "zh" if primary == 0x04 else "en"  # LANG_CHINESE
    return "en"
