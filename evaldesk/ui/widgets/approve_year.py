"""The head's confirmation before approving the full year.

It lists what is still open (evaldesk.services.approvals.open_points): items not assessed
(未评估), items lacking required evidence, review comments not resolved, and suggested
(unconfirmed) interpretations, which keep any package a draft. The head may approve all the
same, knowingly: with open points the Approve button waits for "I approve knowing ...".
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evaldesk.ui import permissions, theme

# The groups of open points, in the order listed (attributes of OpenPoints).
GROUPS = ("unassessed", "missing_evidence", "open_comments", "suggested")


class ApproveYearDialog(QDialog):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from evaldesk.services import approvals

        self.ctx = ctx
        self.setObjectName("approveYearDialog")
        self.setWindowTitle(self.tr("Approve the whole year %1").replace("%1", str(ctx.year)))
        self.points = approvals.open_points(ctx.store, ctx.year, ctx.report())

        intro = QLabel(
            self.tr(
                "Approving the year locks all of its data, and the package exported next is the "
                "final one, carrying your approval. Until then every package is a draft (草稿)."
            )
        )
        intro.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setObjectName("openSummary")
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("openPoints")
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Still open"), self.tr("Details")])
        self.tree.setRootIsDecorated(True)
        self.groups: dict[str, QTreeWidgetItem] = {}
        self._fill()
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.tree.resizeColumnToContents(0)
        self.tree.setColumnWidth(0, min(self.tree.columnWidth(0) + 12, 320))

        self.comment = QLineEdit()
        self.comment.setObjectName("approvalComment")
        self.comment.setPlaceholderText(self.tr("Comment (optional), e.g. 同意报送"))
        self.anyway = QCheckBox(
            self.tr("I approve the year knowing that %n point(s) are still open.", "", self.count)
        )
        self.anyway.setObjectName("approveAnyway")
        self.anyway.setVisible(self.count > 0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.approve_button = QPushButton(
            self.tr("Approve anyway") if self.count else self.tr("Approve")
        )
        self.approve_button.setObjectName("approveYear")
        buttons.addButton(self.approve_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.anyway.toggled.connect(self._update)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(QLabel(self.tr("Comment")))
        layout.addWidget(self.comment)
        layout.addWidget(self.anyway)
        layout.addWidget(buttons)
        self.resize(720, 520)
        self._update()

    @property
    def count(self) -> int:
        return self.points.count

    def _fill(self) -> None:
        p = self.points
        titles = {
            "unassessed": self.tr("Items not assessed (未评估): %n", "", len(p.unassessed)),
            "missing_evidence": self.tr(
                "Items lacking required evidence: %n", "", len(p.missing_evidence)
            ),
            "open_comments": self.tr("Review comments not resolved: %n", "", len(p.open_comments)),
            "suggested": self.tr(
                "Suggested interpretations not confirmed (the package stays a draft): %n",
                "",
                len(p.suggested),
            ),
        }
        rows: dict[str, list[tuple[str, str]]] = {
            "unassessed": [(i.code, i.title) for i in p.unassessed],
            "missing_evidence": [(i.code, i.title) for i in p.missing_evidence],
            "open_comments": [
                (
                    c.item_code,
                    f"{permissions.person(self.ctx.store, c.author)}"
                    f"（{c.created_at[:10]}）：{c.text}",
                )
                for c in p.open_comments
            ],
            "suggested": [(f"※{i.title}", i.reason) for i in p.suggested],
        }
        for name in GROUPS:
            group = QTreeWidgetItem([titles[name]])
            group.setData(0, Qt.ItemDataRole.UserRole, name)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            if not rows[name]:
                group.setForeground(0, QBrush(theme.MUTED))
            self.tree.addTopLevelItem(group)
            group.setFirstColumnSpanned(True)  # the group's title is read whole, not cut
            for first, second in rows[name]:
                child = QTreeWidgetItem([first, second])
                child.setToolTip(1, second)
                group.addChild(child)
            group.setExpanded(bool(rows[name]))
            self.groups[name] = group
        if self.count:
            self.summary.setText(
                self.tr(
                    "%n point(s) are still open. You may approve all the same; the package "
                    "records the open review comments.",
                    "",
                    self.count,
                )
            )
            self.summary.setStyleSheet(f"color: {theme.WARN.darker(130).name()};")
        else:
            self.summary.setText(
                self.tr(
                    "Nothing is open: every item is assessed and has its evidence, every review "
                    "comment is resolved and no interpretation waits for confirmation."
                )
            )
            self.summary.setStyleSheet(f"color: {theme.GOOD.name()};")

    def listed(self, group: str) -> list[str]:
        """The entries shown under a group (first column), for tests and the accessible name."""
        item = self.groups[group]
        children = (item.child(i) for i in range(item.childCount()))
        return [child.text(0) for child in children if child is not None]

    def _update(self) -> None:
        self.approve_button.setEnabled(self.count == 0 or self.anyway.isChecked())

    def comment_text(self) -> str:
        return self.comment.text().strip()
