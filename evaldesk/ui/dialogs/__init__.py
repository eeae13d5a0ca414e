"""Dialogs of the EvalDesk window."""
