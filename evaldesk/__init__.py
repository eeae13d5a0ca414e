"""EvalDesk (自评台账): offline self-assessment against official rubrics."""

__version__ = "0.1.0"
