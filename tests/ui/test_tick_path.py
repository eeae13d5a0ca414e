"""One tick from the rubric view costs one read–merge–write transaction, one validation of the
fact, and at most one read for the refreshed score (counted with SQLAlchemy events)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from sqlalchemy import event

from evaldesk.services import facts as facts_service
from evaldesk.ui.models.rubric_rows import VALUE
from evaldesk.ui.views.rubric import RubricView


class Counter:
    def __init__(self, engine: Any) -> None:
        self.begins = 0
        self.commits = 0
        self.writes = 0
        event.listen(engine, "begin", self._begin)
        event.listen(engine, "commit", self._commit)
        event.listen(engine, "before_cursor_execute", self._statement)
        self.engine = engine

    def _begin(self, conn: Any) -> None:
        self.begins += 1

    def _commit(self, conn: Any) -> None:
        self.commits += 1

    def _statement(self, conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        if statement.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE")):
            self.writes += 1

    def reset(self) -> None:
        self.begins = self.commits = self.writes = 0

    def close(self) -> None:
        event.remove(self.engine, "begin", self._begin)
        event.remove(self.engine, "commit", self._commit)
        event.remove(self.engine, "before_cursor_execute", self._statement)


def test_one_tick_is_one_transaction_one_validation_and_one_read(open_ctx, qtbot, monkeypatch):
    ctx = open_ctx("clerk")
    view = RubricView(ctx)
    qtbot.addWidget(view)
    model = view.model
    assert model is not None
    line = model.index(0, VALUE, model.index_of("一.1"))
    validations: list[str] = []
    real = facts_service.validated

    def counted(*args: Any, **kwargs: Any) -> Any:
        validations.append(args[2])
        return real(*args, **kwargs)

    monkeypatch.setattr(facts_service, "validated", counted)
    counter = Counter(ctx.store.engine)
    try:
        before = ctx.report().item("一.1").score
        current = model.data(line, Qt.ItemDataRole.EditRole)
        state = "not_met" if current == "met" else "met"
        counter.reset()
        with qtbot.waitSignal(ctx.score_changed, timeout=3000):
            assert model.setData(line, state, Qt.ItemDataRole.EditRole)
        qtbot.wait(50)  # whatever the views do on the change, they do now
        assert counter.commits == 1, "one write transaction"
        assert validations == ["一.1"], "the fact is validated once"
        assert counter.begins <= 2, f"{counter.begins} transactions: one write, at most one read"
        assert counter.writes >= 2  # the fact and its audit row
        assert ctx.report().item("一.1").score != before
    finally:
        counter.close()
