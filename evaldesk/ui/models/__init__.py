"""Models of the EvalDesk window."""
