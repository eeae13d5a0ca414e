"""Subcommands of `evaldesk`, one module per group; each has ``register(subparsers)``."""

from evaldesk.commands import (
    collect,
    demo,
    export,
    interpretations,
    keys,
    maintenance,
    result,
    rubrics,
    score,
    verify,
)

COMMAND_MODULES = [
    rubrics,
    score,
    demo,
    maintenance,
    interpretations,
    export,
    verify,
    keys,
    collect,
    result,
]
