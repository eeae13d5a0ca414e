"""审核: the head's view. Each item's self-score beside the reviewers' columns the rubric has
(e.g. 初评分 / 审定分), comments per item, and approving or unlocking quarters and the year.

Roles are enforced by the services; the view disables what the signed-in user may not do and
says why (evaldesk.ui.permissions).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evaldesk.decimals import fmt_points
from evaldesk.scoring.report import ScoreReport
from evaldesk.ui import permissions, theme
from evaldesk.ui.context import AppContext
from evaldesk.ui.errors import guarded
from evaldesk.ui.widgets.approvals import ApprovalsBox
from evaldesk.ui.widgets.item_detail import ItemDetail

CODE = Qt.ItemDataRole.UserRole + 1
COLUMN = Qt.ItemDataRole.UserRole + 2
COMMENT = Qt.ItemDataRole.UserRole + 3  # a comment's id
RESOLVED = Qt.ItemDataRole.UserRole + 4


class ReviewView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("reviewView")
        self.tree = QTreeWidget()
        self.tree.setObjectName("reviewTree")
        self.tree.setAlternatingRowColors(True)
        self.tree.itemChanged.connect(self._cell_changed)
        self.tree.currentItemChanged.connect(lambda *_: self._show_selected())
        self.detail = ItemDetail()
        self.comments = QListWidget()
        self.comments.setObjectName("reviewComments")
        self.comments.setWordWrap(True)
        self.comment_text = QPlainTextEdit()
        self.comment_text.setObjectName("reviewCommentText")
        self.comment_text.setPlaceholderText(self.tr("Review comment on the selected item…"))
        self.comment_text.setMaximumHeight(80)
        self.add_comment = QPushButton(self.tr("Add &comment"))
        self.add_comment.setObjectName("addComment")
        self.add_comment.clicked.connect(self._add_comment)
        # A comment is resolved once what it asked for is done; the package records which
        # comments the year's approval left open.
        self.resolve = QPushButton(self.tr("Mark &resolved"))
        self.resolve.setObjectName("resolveComment")
        self.resolve.clicked.connect(self._toggle_resolved)
        self.comments.currentItemChanged.connect(lambda *_: self._update_permissions())
        self.comment_reason = QLabel()
        self.comment_reason.setWordWrap(True)
        self.approvals = ApprovalsBox(ctx)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.detail, 3)
        right_layout.addWidget(QLabel(self.tr("Comments")))
        right_layout.addWidget(self.comments, 2)
        right_layout.addWidget(self.comment_text)
        row = QHBoxLayout()
        row.addWidget(self.comment_reason, 1)
        row.addWidget(self.resolve)
        row.addWidget(self.add_comment)
        right_layout.addLayout(row)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.approvals)

        self._columns: list[tuple[str, str]] = []
        self._comment_counts: dict[str, int] = {}
        self._filling = False
        self.rebuild()
        items = self._items()
        if items:
            self.tree.setCurrentItem(items[0])
        ctx.score_changed.connect(self._on_score)
        ctx.changed.connect(self._on_changed)

    # ----------------------------------------------------------------- tree

    def rebuild(self) -> None:
        rubric = self.ctx.rubric
        self._columns = [(c.id, c.label) for c in rubric.columns if c.id != "self"]
        self_label = next(
            (c.label for c in rubric.columns if c.id == "self"), self.tr("Self score")
        )
        headers = [self.tr("Item"), self_label, *(label for _id, label in self._columns)]
        headers.append(self.tr("Open comments"))
        self._filling = True
        self.tree.clear()
        self.tree.setColumnCount(len(headers))
        self.tree.setHeaderLabels(headers)
        report = self.ctx.report()
        for section in report.sections:
            top = QTreeWidgetItem([f"{section.code}　{section.title}"])
            top.setData(0, CODE, None)
            self.tree.addTopLevelItem(top)
            for item in section.items:
                child = QTreeWidgetItem([f"{item.code}　{item.title}"])
                child.setData(0, CODE, item.code)
                top.addChild(child)
        self.tree.expandAll()
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self._filling = False
        self._load_comment_counts()
        self._fill(report)
        # Sized once (ResizeToContents would re-measure every row on every change).
        for column in range(1, len(headers)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.tree.resizeColumnToContents(column)
        self._update_permissions()

    def _items(self) -> list[QTreeWidgetItem]:
        out: list[QTreeWidgetItem] = []
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            assert top is not None
            children = (top.child(j) for j in range(top.childCount()))
            out.extend(child for child in children if child is not None)
        return out

    def _fill(self, report: ScoreReport) -> None:
        self._filling = True
        try:
            editable = permissions.reason(self.ctx.actor, "review.scores") is None
            last = len(self._columns) + 2
            for i in range(self.tree.topLevelItemCount()):
                top = self.tree.topLevelItem(i)
                assert top is not None
                section = report.sections[i] if i < len(report.sections) else None
                if section is not None:
                    top.setText(1, fmt_points(section.score + section.bonus))
                    for offset, (cid, _label) in enumerate(self._columns, start=2):
                        value = section.columns.get(cid)
                        top.setText(offset, "" if value is None else fmt_points(value))
            for child in self._items():
                result = report.item(str(child.data(0, CODE)))
                if result is None:
                    continue
                child.setText(1, fmt_points(result.score))
                for offset, (cid, _label) in enumerate(self._columns, start=2):
                    value = result.columns.get(cid)
                    child.setText(offset, "" if value is None else fmt_points(value))
                    child.setData(offset, COLUMN, cid)
                flags = child.flags()
                if editable and self._columns:
                    flags |= Qt.ItemFlag.ItemIsEditable
                else:
                    flags &= ~Qt.ItemFlag.ItemIsEditable
                child.setFlags(flags)
                count = self._comment_counts.get(result.code, 0)
                child.setText(last, str(count) if count else "")
        finally:
            self._filling = False

    def _on_score(self, report: ScoreReport) -> None:
        self._fill(report)
        self._show_selected()

    def _on_changed(self, kinds: set[str]) -> None:
        if "year" in kinds:
            self.rebuild()
        elif "review" in kinds:
            self._load_comment_counts()
            self._fill(self.ctx.report())
            self._show_selected()
        if kinds & {"users", "approval"}:
            self._update_permissions()

    def _cell_changed(self, entry: QTreeWidgetItem, column: int) -> None:
        if self._filling or column < 2 or column >= len(self._columns) + 2:
            return
        code = entry.data(0, CODE)
        if not code:
            return
        self.set_review_score(str(code), self._columns[column - 2][0], entry.text(column))

    def set_review_score(self, code: str, column: str, text: str) -> bool:
        """Record a reviewer's score (undoable); shows why when refused."""
        from evaldesk.services import review
        from evaldesk.ui.undo import apply

        store, actor, year = self.ctx.store, self.ctx.actor, self.ctx.year
        new = text.strip() or None
        with guarded(self):
            apply(
                self.ctx,
                self.tr("Review score {code}").replace("{code}", code),
                lambda: review.set_review_score(store, actor, year, code, column, new),
            )
            return True
        self._fill(self.ctx.report())  # put the old value back
        return False

    # ----------------------------------------------------------------- comments

    def _load_comment_counts(self) -> None:
        from evaldesk.services import review

        counts: dict[str, int] = {}
        for comment in review.comments(self.ctx.store, self.ctx.year):
            if not comment.resolved:
                counts[comment.item_code] = counts.get(comment.item_code, 0) + 1
        self._comment_counts = counts  # the open ones: what still needs doing

    def selected_code(self) -> str | None:
        entry = self.tree.currentItem()
        code = None if entry is None else entry.data(0, CODE)
        return str(code) if code else None

    def select(self, code: str) -> None:
        for child in self._items():
            if child.data(0, CODE) == code:
                self.tree.setCurrentItem(child)
                return

    def _show_selected(self) -> None:
        from evaldesk.services import review

        code = self.selected_code()
        item = self.ctx.rubric.item(code) if code else None
        self.detail.show_item(item, self.ctx.report().item(code) if code else None)
        self.comments.clear()
        if code:
            for comment in review.comments(self.ctx.store, self.ctx.year, code):
                who = permissions.person(self.ctx.store, comment.author)
                if comment.resolved_at is not None:
                    state = (
                        self.tr("resolved by {who}, {date}")
                        .replace(
                            "{who}", permissions.person(self.ctx.store, comment.resolved_by or "")
                        )
                        .replace("{date}", comment.resolved_at[:10])
                    )
                else:
                    state = self.tr("open")
                entry = QListWidgetItem(
                    f"{comment.created_at[:16].replace('T', ' ')}  {who}：{comment.text}  [{state}]"
                )
                entry.setData(COMMENT, comment.id)
                entry.setData(RESOLVED, comment.resolved)
                if comment.resolved:
                    entry.setForeground(QBrush(theme.MUTED))
                self.comments.addItem(entry)
        self._update_permissions()

    def _update_permissions(self) -> None:
        reason = permissions.reason(self.ctx.actor, "review.comment")
        reason = reason or permissions.year_locked(self.ctx)
        has_item = self.selected_code() is not None
        self.add_comment.setEnabled(reason is None and has_item)
        self.comment_text.setEnabled(reason is None)
        self.comment_reason.setText(reason or "")
        self.add_comment.setToolTip(reason or "")
        entry = self.comments.currentItem()
        resolved = entry is not None and bool(entry.data(RESOLVED))
        self.resolve.setText(self.tr("&Reopen") if resolved else self.tr("Mark &resolved"))
        self.resolve.setEnabled(reason is None and entry is not None)
        self.resolve.setToolTip(reason or "")

    def _toggle_resolved(self) -> None:
        from evaldesk.services import review

        entry = self.comments.currentItem()
        if entry is None:
            return
        comment_id, resolved = int(entry.data(COMMENT)), bool(entry.data(RESOLVED))
        with guarded(self):
            review.resolve_comment(
                self.ctx.store, self.ctx.actor, self.ctx.year, comment_id, not resolved
            )

    def _add_comment(self) -> None:
        from evaldesk.services import review

        code = self.selected_code()
        text = self.comment_text.toPlainText().strip()
        if not code or not text:
            return
        with guarded(self):
            review.add_comment(self.ctx.store, self.ctx.actor, self.ctx.year, code, text)
            self.comment_text.clear()

    def refresh(self) -> None:
        self._load_comment_counts()
        self._fill(self.ctx.report())
        self.approvals.refresh()
        self._show_selected()

    def focus_search(self) -> None:
        self.tree.setFocus()
