"""Stores for the records views' tests and benchmark, built through the services."""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

from evaldesk.services.actor import Actor, system_actor
from evaldesk.services.ledger_import import add_entries
from evaldesk.services.setup import OfficeSetup, create_office
from evaldesk.store import LedgerFields, Store

YEAR = 2024
RUBRIC = "hunan-rsxczx-2021"
UNIT = "长沙市"
TODAY = date(2024, 7, 15)  # the day tests judge "overdue" at
SOURCES = ("assigned", "inspection", "public", "other")
PEOPLE = ("王晓红", "李明", "张伟", "赵丽", "陈刚", "刘洋")
TOPICS = ("就业帮扶", "社保扩面", "劳动监察", "技能培训", "人才引进", "信访答复", "欠薪处置")


def new_office(data_dir: Path) -> tuple[Store, Actor]:
    actor = system_actor("test")
    store = create_office(
        data_dir, actor, OfficeSetup(name="测试县人社局", rubric=RUBRIC, year=YEAR, unit=UNIT)
    )
    return store, actor


def synthetic_entries(
    n: int, *, seed: int = 7, today: date = TODAY, items: list[str] | None = None
) -> list[LedgerFields]:
    """``n`` plausible entries received before ``today``; about one in six ends up overdue."""
    rng = random.Random(seed)
    span = (today - date(YEAR, 1, 1)).days
    out = []
    for i in range(n):
        received = date(YEAR, 1, 1) + timedelta(days=rng.randrange(span))
        deadline = min(received + timedelta(days=rng.choice((7, 15, 30, 60))), date(YEAR, 12, 31))
        roll = rng.random()
        if roll < 0.55 and deadline < today:
            status, done = (
                "done",
                received + timedelta(days=rng.randrange((deadline - received).days + 1)),
            )
        elif roll < 0.62 and deadline < today:
            status, done = "done", min(deadline + timedelta(days=rng.randrange(1, 20)), today)
        else:
            status, done = rng.choice(("open", "in_progress")), None
        out.append(
            LedgerFields(
                source=SOURCES[i % 4],
                title=f"{TOPICS[i % len(TOPICS)]}事项 第{i + 1}号",
                received_date=received,
                deadline=deadline,
                description=f"自动生成的测试台账 {i + 1}",
                responsible=PEOPLE[i % len(PEOPLE)],
                status=status,
                done_date=done,
                item_code=items[i % len(items)] if items and i % 3 == 0 else None,
            )
        )
    return out


def build_ledger_store(data_dir: Path, n: int, *, today: date = TODAY) -> tuple[Store, Actor]:
    store, actor = new_office(data_dir)
    add_entries(store, actor, YEAR, synthetic_entries(n, today=today), today=today)
    return store, actor
