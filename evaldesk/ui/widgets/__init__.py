"""Widgets of the EvalDesk window."""
