"""The 审核 view: roles decide what is enabled (and the reason is shown), heads approve,
unlock with a reason, comment and enter review scores."""

from __future__ import annotations

from decimal import Decimal

from evaldesk.ui.views.review import ReviewView


def _view(ctx, qtbot) -> ReviewView:
    view = ReviewView(ctx)
    qtbot.addWidget(view)
    return view


def test_clerk_sees_approve_disabled_with_the_reason(open_ctx, qtbot):
    view = _view(open_ctx("clerk"), qtbot)
    box = view.approvals
    assert all(not b.isEnabled() for b in box.buttons.values())
    reason = box.reason.text()
    assert "head" in reason and "clerk" in reason
    assert box.buttons[4].toolTip() == reason  # quarter 4 is not approved: "Approve"
    assert box.reason.isVisibleTo(view)
    # comments are for heads too
    assert not view.add_comment.isEnabled()
    assert "head" in view.comment_reason.text()


def test_head_approves_and_unlocks_a_quarter(open_ctx, qtbot, shown_errors):
    from evaldesk.services import approvals

    ctx = open_ctx("head")
    view = _view(ctx, qtbot)
    box = view.approvals
    assert box.buttons[4].isEnabled() and not box.reason.isVisible()
    with qtbot.waitSignal(ctx.changed, timeout=3000):
        assert box.approve(4, comment="第四季度材料齐全")
    assert 4 in approvals.locked(ctx.store, ctx.year)
    assert ctx.actor.display_name in box.states[4].text()  # the head's name, not "user:head"
    # "Unlock… (&4)" like quarter 1's "Unlock… (&1)" (demo): each quarter has its own Alt+n
    assert box.buttons[4].text().replace("4", "1") == box.buttons[1].text()
    assert not box.unlock(4, reason="  ")  # a reason is required
    assert shown_errors and "reason" in str(shown_errors[-1])
    with qtbot.waitSignal(ctx.changed, timeout=3000):
        assert box.unlock(4, reason="补充佐证材料")
    assert 4 not in approvals.locked(ctx.store, ctx.year)
    history = approvals.history(ctx.store, ctx.year)
    assert history[-1].unlock_reason == "补充佐证材料"


def test_head_comments_and_enters_review_scores(open_ctx, qtbot, shown_errors):
    ctx = open_ctx("head")
    view = _view(ctx, qtbot)
    view.select("一.2")
    before = view.comments.count()
    view.comment_text.setPlainText("请补充宣传活动照片")
    with qtbot.waitSignal(ctx.changed, timeout=3000):
        view.add_comment.click()
    assert view.comments.count() == before + 1
    assert "请补充宣传活动照片" in view.comments.item(before).text()
    assert "final" in [c for c, _label in view._columns]
    with qtbot.waitSignal(ctx.score_changed, timeout=3000):
        assert view.set_review_score("一.2", "final", "3.5")
    assert ctx.report().item("一.2").final == Decimal("3.5")
    assert not view.set_review_score("一.2", "final", "9")  # more than the item's 4 points
    assert "4" in str(shown_errors[-1])
    with qtbot.waitSignal(ctx.score_changed, timeout=3000):
        ctx.undo.undo()
    assert ctx.report().item("一.2").final is None


def test_clerk_cannot_enter_review_scores(open_ctx, qtbot, shown_errors):
    ctx = open_ctx("clerk")
    view = _view(ctx, qtbot)
    assert not view.set_review_score("一.2", "final", "3")
    assert "head" in str(shown_errors[-1])
    assert ctx.report().item("一.2").final is None
