"""The receiving office's window and what only it needs (issue 18)."""
