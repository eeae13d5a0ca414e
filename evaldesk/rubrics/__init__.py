"""Rubrics are data: one YAML file per scheme, loaded into typed, validated objects."""

from evaldesk.rubrics.loader import LoadedRubric, load_file, load_text
from evaldesk.rubrics.model import Item, Rubric, Section

__all__ = ["Item", "LoadedRubric", "Rubric", "Section", "load_file", "load_text"]
