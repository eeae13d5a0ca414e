"""Subcommands of `evaldesk`, one module per group; each has ``register(subparsers)``."""

from evaldesk.commands import (
    demo,
    export,
    interpretations,
    keys,
    maintenance,
    rubrics,
    score,
    verify,
)

COMMAND_MODULES = [rubrics, score, demo, maintenance, interpretations, export, verify, keys]
