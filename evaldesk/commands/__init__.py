"""Subcommands of `evaldesk`, one module per group; each has ``register(subparsers)``."""

from evaldesk.commands import demo, export, interpretations, maintenance, rubrics, score, verify

COMMAND_MODULES = [rubrics, score, demo, maintenance, interpretations, export, verify]
