"""What tests check of messages: the problem itself (its key and arguments) under its place.

A located message ("sample.yaml:12：项目 一.2：…") is a ``where.at`` message whose ``what`` is
the problem; tests check the problem's key and arguments and the origin (file, line, item),
not the wording, which the catalog may change.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from evaldesk.messages import Message
from evaldesk.rubrics.where import problem_of


def keys(messages: Iterable[Message]) -> list[str]:
    """The problems' keys, in order."""
    return [problem_of(m).key for m in messages]


def found(messages: Iterable[Message], key: str, /, **args: Any) -> Message:
    """The one message whose problem has ``key`` (and these arguments); fails otherwise."""
    listed = list(messages)
    hits = [
        m
        for m in listed
        if problem_of(m).key == key and all(problem_of(m).args.get(k) == v for k, v in args.items())
    ]
    assert len(hits) == 1, f"{key} {args} not found once in {[m.text('en') for m in listed]}"
    return hits[0]
