"""Views of the EvalDesk window."""
