"""Subcommands of `evaldesk`, one module per group; each has ``register(subparsers)``."""

from evaldesk.commands import rubrics, score

COMMAND_MODULES = [rubrics, score]
