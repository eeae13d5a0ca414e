"""Checking a refusal by what it says, not by its wording: the message key and arguments.

Messages are data (evaldesk/messages): a test that matched English text would depend on the
language the messages are shown in (tests default to Chinese) and on the wording, which may be
improved. The key and the arguments are what the code decides; the catalog's own tests check
that every key is worded in both languages.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from evaldesk.errors import EvalDeskError
from evaldesk.messages import Message


def says(message: Message, key: str, /, **args: Any) -> None:
    """``message`` has ``key`` and (at least) these arguments."""
    assert message.key == key, f"{message.key} ({message.text('en')}), expected {key}"
    for name, value in args.items():
        assert message.args.get(name) == value, f"{key}: {name}={message.args.get(name)!r}"


@contextmanager
def refused(
    error: type[EvalDeskError], key: str, /, **args: Any
) -> Iterator[pytest.ExceptionInfo[Any]]:
    """``with refused(InputError, "users.password_short", n=8): ...``"""
    with pytest.raises(error) as caught:
        yield caught
    says(caught.value.msg, key, **args)
