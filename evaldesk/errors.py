"""The one error hierarchy of EvalDesk.

Every error a person can cause or meet derives from :class:`EvalDeskError` and carries a
:class:`~evaldesk.messages.Message` that says what to fix (a key into the catalog, its
arguments, where it came from). The CLI maps errors to exit codes; the UI shows them in one
dialog. Code never matches on message text: it catches the class, or reads the message's key.
"""

from __future__ import annotations

from collections.abc import Iterable

from evaldesk.messages import Message, as_message


class EvalDeskError(Exception):
    """Base class. ``exit_code`` is what the CLI returns when this reaches it."""

    exit_code = 2

    def __init__(self, message: Message | str, *, hint: Message | str | None = None) -> None:
        self.msg = as_message(message)
        self.hint_msg = None if hint is None else as_message(hint)
        super().__init__(self.msg.text())

    @property
    def message(self) -> str:
        """The message in the current language."""
        return self.msg.text()

    @property
    def hint(self) -> str | None:
        return None if self.hint_msg is None else self.hint_msg.text()

    def messages(self) -> list[Message]:
        """What a person is shown, one message a line: the message (or the problems), then the
        hint. The GUI renders these in its own language; ``str()`` in the current one."""
        shown = self._message_lines()
        return shown if self.hint_msg is None else [*shown, self.hint_msg]

    def _message_lines(self) -> list[Message]:
        return [self.msg]

    def __str__(self) -> str:
        return "\n".join(m.text() for m in self.messages())


class _WithProblems(EvalDeskError):
    """An error that lists several problems, each a message. Its text is the problems, one a
    line (a rubric or facts file with three mistakes says all three), unless ``listed`` is off."""

    listed = True

    def __init__(
        self, message: Message | str, problems: Iterable[Message | str] | None = None
    ) -> None:
        super().__init__(message)
        self.problem_messages = [as_message(p) for p in problems] if problems else [self.msg]
        self._given = problems is not None

    @property
    def problems(self) -> list[str]:
        return [p.text() for p in self.problem_messages]

    @property
    def message(self) -> str:
        return "\n".join(m.text() for m in self._message_lines())

    def _message_lines(self) -> list[Message]:
        return self.problem_messages if self.listed and self._given else [self.msg]


class InputError(EvalDeskError):
    """Bad input from a person or a file: a malformed rubric, a wrong facts file, a bad form field."""


class RubricError(_WithProblems, InputError):
    """A rubric file that cannot be loaded. ``problems`` lists every problem found."""


class FactsError(_WithProblems, InputError):
    """Facts that do not fit the rubric: unknown item code, wrong type, negative count."""


class NotFound(InputError):
    """Something named by the user does not exist (a rubric id, a year, an entry)."""


class PermissionDenied(EvalDeskError):
    """The current user's role does not allow this action."""


class Locked(EvalDeskError):
    """The quarter or year is approved and locked; a head must unlock it first."""


class StoreError(EvalDeskError):
    """The data store cannot be opened or used (corrupt file, network share, disk full)."""


class CheckFailed(_WithProblems):
    """A check ran and found problems (integrity check, package verification)."""

    exit_code = 1
    listed = False


class Cancelled(EvalDeskError):
    """Long work stopped at the user's request; nothing partial was left behind."""

    exit_code = 1
