"""The receiving office's own logic (issue 18), pure: no Qt, no SQL, no files."""
