"""Subcommands of `evaldesk`, one module per group; each has ``register(subparsers)``."""

from evaldesk.commands import demo, maintenance, rubrics, score

COMMAND_MODULES = [rubrics, score, demo, maintenance]
