"""The one error hierarchy of EvalDesk.

Every error a person can cause or meet derives from :class:`EvalDeskError` and carries a
message that says what to fix. The CLI maps them to exit codes; the UI shows them in one
dialog. Code never matches on message text: it catches the class.
"""

from __future__ import annotations


class EvalDeskError(Exception):
    """Base class. ``exit_code`` is what the CLI returns when this reaches it."""

    exit_code = 2

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        if self.hint:
            return f"{self.message}\n{self.hint}"
        return self.message


class InputError(EvalDeskError):
    """Bad input from a person or a file: a malformed rubric, a wrong facts file, a bad form field."""


class RubricError(InputError):
    """A rubric file that cannot be loaded. ``problems`` lists every problem found."""

    def __init__(self, message: str, problems: list[str] | None = None) -> None:
        self.problems = list(problems or [message])
        super().__init__(message if problems is None else "\n".join(self.problems))


class FactsError(InputError):
    """Facts that do not fit the rubric: unknown item code, wrong type, negative count."""

    def __init__(self, message: str, problems: list[str] | None = None) -> None:
        self.problems = list(problems or [message])
        super().__init__(message if problems is None else "\n".join(self.problems))


class NotFound(InputError):
    """Something named by the user does not exist (a rubric id, a year, an entry)."""


class PermissionDenied(EvalDeskError):
    """The current user's role does not allow this action."""


class Locked(EvalDeskError):
    """The quarter or year is approved and locked; a head must unlock it first."""


class StoreError(EvalDeskError):
    """The data store cannot be opened or used (corrupt file, network share, disk full)."""


class CheckFailed(EvalDeskError):
    """A check ran and found problems (integrity check, package verification)."""

    exit_code = 1

    def __init__(self, message: str, problems: list[str] | None = None) -> None:
        self.problems = list(problems or [message])
        super().__init__(message)


class Cancelled(EvalDeskError):
    """Long work stopped at the user's request; nothing partial was left behind."""

    exit_code = 1
