"""Subcommands of `evaldesk`, one module per group; each has ``register(subparsers)``."""

from evaldesk.commands import export, rubrics, score, verify

COMMAND_MODULES = [rubrics, score, export, verify]
