"""The receiving office (issue 18): the units it expects, the packages they sent, what its
reviewers and clerks entered about them, and (on a unit's side) the results it sent back.

A data folder is a receiving office when it has the one ``collect_office`` row: it receives the
packages of one rubric and year (the year's rubric copy, as for any office). Rows here are
never deleted: a unit taken off the list, a ballot withdrawn, a package superseded by a later
one are kept with who and when; the audit log holds every change.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from evaldesk.store.models.base import Base


class CollectOffice(Base):
    """Marks the data folder as a receiving office, for the packages of one year (one row)."""

    __tablename__ = "collect_office"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year: Mapped[int] = mapped_column(Integer, comment="the assessment year it receives")
    created_at: Mapped[str] = mapped_column(String(40))
    created_by: Mapped[str] = mapped_column(Text)


class CollectUnit(Base):
    """A unit the office expects a package from; ``rubric_unit`` is the rubric's unit it is
    scored as (000's departments are each scored as the rubric's one ``dept`` unit)."""

    __tablename__ = "collect_units"
    __table_args__ = (UniqueConstraint("code"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(64), comment="the office's id for the unit")
    name: Mapped[str] = mapped_column(Text)
    rubric_unit: Mapped[str | None] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer)
    added_at: Mapped[str] = mapped_column(String(40))
    added_by: Mapped[str] = mapped_column(Text)
    removed_at: Mapped[str | None] = mapped_column(String(40))
    removed_by: Mapped[str | None] = mapped_column(Text)
    remove_reason: Mapped[str | None] = mapped_column(Text)


class CollectUnitKey(Base):
    """Which unit a trusted signing key belongs to (bound at its first confirmed package)."""

    __tablename__ = "collect_unit_keys"
    __table_args__ = (UniqueConstraint("fingerprint"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    unit_code: Mapped[str] = mapped_column(String(64), index=True)
    fingerprint: Mapped[str] = mapped_column(String(64))
    bound_at: Mapped[str] = mapped_column(String(40))
    bound_by: Mapped[str] = mapped_column(Text)


class CollectPackage(Base):
    """One imported (verified) package. Never changed; the current one of a unit is the one
    with the latest signed export time (bag-info Bagging-Date, then the audit head's seq)."""

    __tablename__ = "collect_packages"
    __table_args__ = (
        UniqueConstraint("content_sha256"),
        Index("ix_collect_packages_unit", "unit_code"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    unit_code: Mapped[str] = mapped_column(String(64))
    package_id: Mapped[str] = mapped_column(String(40))
    content_sha256: Mapped[str] = mapped_column(String(64))
    fingerprint: Mapped[str] = mapped_column(String(64))
    export_order: Mapped[str] = mapped_column(Text, comment="sortable signed export time")
    file_name: Mapped[str] = mapped_column(Text)
    file_size: Mapped[int] = mapped_column(BigInteger)
    self_score: Mapped[str | None] = mapped_column(Text)
    grade: Mapped[str | None] = mapped_column(Text)
    bag_info: Mapped[str] = mapped_column(Text, comment="JSON: the bag-info fields")
    flags: Mapped[str] = mapped_column(Text, comment="JSON: what the import noticed")
    imported_at: Mapped[str] = mapped_column(String(40))
    imported_by: Mapped[str] = mapped_column(Text)


class CollectFile(Base):
    """A payload file of an imported package, kept in the content-addressed evidence folder."""

    __tablename__ = "collect_files"
    __table_args__ = (
        Index("ix_collect_files_package", "package_id"),
        Index("ix_collect_files_sha", "sha256"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    package_id: Mapped[int] = mapped_column(ForeignKey("collect_packages.id"))
    path: Mapped[str] = mapped_column(Text, comment="inside the bag, e.g. data/report.pdf")
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(BigInteger)


class CollectReview(Base):
    """A reviewer's score of one item of one unit (初评 or 审定), with the reason."""

    __tablename__ = "collect_reviews"
    __table_args__ = (
        UniqueConstraint("unit_code", "item_code", "kind", name="uq_collect_reviews_cell"),
        CheckConstraint("kind IN ('initial','final')", name="kind"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    unit_code: Mapped[str] = mapped_column(String(64))
    item_code: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(10), comment="initial (初评) or final (审定)")
    value: Mapped[str | None] = mapped_column(Text, comment="decimal text; NULL: cleared")
    reason: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[str] = mapped_column(String(40))
    updated_by: Mapped[str] = mapped_column(Text)


class CollectBallot(Base):
    """One voter's paper ballot on one ballot sheet (a graded-votes rule for one group of
    units), as transcribed: unit code -> grade."""

    __tablename__ = "collect_ballots"
    __table_args__ = (Index("ix_collect_ballots_sheet", "sheet"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sheet: Mapped[str] = mapped_column(Text, comment="item/rule/group, e.g. 评议.1/1/city")
    voter: Mapped[str] = mapped_column(Text)
    grades: Mapped[str] = mapped_column(Text, comment="JSON: unit code -> grade")
    note: Mapped[str] = mapped_column(Text, default="")
    entered_at: Mapped[str] = mapped_column(String(40))
    entered_by: Mapped[str] = mapped_column(Text)
    withdrawn_at: Mapped[str | None] = mapped_column(String(40))
    withdrawn_by: Mapped[str | None] = mapped_column(Text)
    withdraw_reason: Mapped[str | None] = mapped_column(Text)


class CollectDecision(Base):
    """A decision the receiving office takes where the source leaves it to the assessing
    office (e.g. how a ballot quota is rounded), with its reason."""

    __tablename__ = "collect_decisions"

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    value: Mapped[str | None] = mapped_column(Text, comment="JSON; NULL: back to the default")
    reason: Mapped[str] = mapped_column(Text, default="")
    set_at: Mapped[str] = mapped_column(String(40))
    set_by: Mapped[str] = mapped_column(Text)


class ReceivedResult(Base):
    """On a unit's side: a result package the receiving office sent back, as imported."""

    __tablename__ = "received_results"
    __table_args__ = (UniqueConstraint("content_sha256"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    package_id: Mapped[str] = mapped_column(String(40))
    content_sha256: Mapped[str] = mapped_column(String(64))
    issuer: Mapped[str] = mapped_column(Text)
    fingerprint: Mapped[str] = mapped_column(String(64))
    issued_order: Mapped[str] = mapped_column(Text)
    final_score: Mapped[str | None] = mapped_column(Text)
    grade: Mapped[str | None] = mapped_column(Text)
    result: Mapped[str] = mapped_column(Text, comment="JSON: data/result.json")
    report_sha256: Mapped[str | None] = mapped_column(String(64), comment="its PDF, stored")
    imported_at: Mapped[str] = mapped_column(String(40))
    imported_by: Mapped[str] = mapped_column(Text)
