"""One name per thing: the Chinese terms every screen, sheet and PDF use.

The same things had different names on different screens and files (考核细则 / 考核办法,
评分项目 / 关联细则, 接收日期 / 收到日期, 办理时限 / 办理期限), and the ledger import refused the
package's own ledger.xlsx because of it. Each concept has one term here; the words it
replaced are kept as ``rejected``: the ledger import still reads them as column headings (old
packages and hand-made sheets), and tests/unit/test_glossary.py fails if one comes back in
the translations, the rubric wording, the PDF or a sheet.

Interface strings are written in English and translated in the .ts file; the translation of
each ``english`` term there must be ``chinese`` (the glossary test checks the ledger's).
A rubric's own title or quoted wording is the source's and is never rewritten.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Term:
    chinese: str
    english: str
    rejected: tuple[str, ...] = ()


RUBRIC = Term("考核细则", "rubric", ("考核办法", "评分细则"))
ITEM = Term("评分项目", "rubric item", ("关联细则",))
ITEM_LINK = Term("关联评分项目", "linked rubric item", ("关联细则",))
RECEIVED = Term("接收日期", "received", ("收到日期",))
DEADLINE = Term("办理时限", "deadline", ("办理期限",))
DONE_DATE = Term("办结日期", "done date")
TITLE = Term("事项", "title")
SOURCE = Term("来源", "source")
RESPONSIBLE = Term("责任人", "responsible")
STATUS = Term("状态", "status")
OVERDUE = Term("是否逾期", "overdue")
NUMBER = Term("序号", "no.")

TERMS: tuple[Term, ...] = (
    RUBRIC,
    ITEM,
    ITEM_LINK,
    RECEIVED,
    DEADLINE,
    DONE_DATE,
    TITLE,
    SOURCE,
    RESPONSIBLE,
    STATUS,
    OVERDUE,
    NUMBER,
)


def rejected_words() -> dict[str, Term]:
    """Each word no longer used -> the term that replaced it."""
    return {word: term for term in TERMS for word in term.rejected}
