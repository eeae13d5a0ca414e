"""The built-in rubrics say what their documents say, and mark what the documents do not.

* every number of a built-in rubric is printed by its source (in the entry's own wording or a
  stored quote) or covered by an interpretation (issue 14);
* every stored quote and every interpretation's source sentence is the document's own text
  (tests/fixtures/seeds/ holds the five documents as extracted; spaces, line breaks and the
  extraction's <p> marks are ignored when comparing).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from evaldesk.rubrics import registry
from evaldesk.rubrics.interpretations import unprinted_problems

SEEDS = Path(__file__).resolve().parents[2] / "fixtures" / "seeds"
SOURCE_OF = {
    "hunan-rsxczx-2021": "000_5bc9591cb8617b3c.txt",
    "zhongnong-dingdian-2021": "001_7e75032548cb26ca.txt",
    "dept-spending-selfeval": "002_a69605e6553f655b.txt",
    "rugao-rsks-2021": "003_3e7897c2aae47fa4.txt",
    "employment-single-item": "004_0c8b13447a812187.txt",
}
FULL_WIDTH = str.maketrans("０１２３４５６７８９．％（），：；", "0123456789.%(),:;")


def normalised(text: str) -> str:
    return re.sub(r"\s+|</?p>", "", text.translate(FULL_WIDTH))


def quotes(rubric) -> list[tuple[str, str]]:
    found = [("quotes", q) for q in rubric.quotes]
    found += [(f"section[{s.code}].quote", s.quote) for s in rubric.sections if s.quote]
    found += [(f"item[{i.code}].quote", i.quote) for i in rubric.items() if i.quote]
    found += [(f"target[{k}].quote", t.quote) for k, t in rubric.targets.items() if t.quote]
    found += [(f"interpretation {i.id}", i.source) for i in rubric.interpretations if i.source]
    return found


def test_every_builtin_rubric_has_its_source() -> None:
    assert set(SOURCE_OF) == set(registry.builtins())


@pytest.mark.parametrize("rubric_id", sorted(SOURCE_OF))
def test_every_number_is_printed_or_marked(rubric_id: str) -> None:
    rubric = registry.builtins()[rubric_id].rubric
    assert [p.text("en") for p in unprinted_problems(rubric)] == []


@pytest.mark.parametrize("rubric_id", sorted(SOURCE_OF))
def test_every_quote_is_the_documents_own_text(rubric_id: str) -> None:
    document = normalised((SEEDS / SOURCE_OF[rubric_id]).read_text(encoding="utf-8"))
    rubric = registry.builtins()[rubric_id].rubric
    missing = [where for where, text in quotes(rubric) if normalised(text) not in document]
    assert missing == []


def test_the_quote_check_can_fail() -> None:
    document = normalised((SEEDS / SOURCE_OF["hunan-rsxczx-2021"]).read_text(encoding="utf-8"))
    assert normalised("季度调度在年度评估得分中占 40%") in document
    assert normalised("季度调度在年度评估得分中占 50%") not in document
