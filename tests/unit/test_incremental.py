"""Rescoring with ``reuse``/``changed`` gives exactly what a full rescore gives."""

from __future__ import annotations

import copy
import random

from hypothesis import given, settings
from hypothesis import strategies as st

from evaldesk.rubrics.synthetic import random_facts, random_rule_fact, synthetic_rubric
from evaldesk.scoring import facts_from_data, score

RUBRIC = synthetic_rubric(56)


@settings(max_examples=120, deadline=None)
@given(st.integers(0, 2**32), st.integers(0, 2**32), st.booleans(), st.booleans())
def test_incremental_equals_full(seed, change_seed, change_counts, change_evidence):
    raw = random_facts(RUBRIC, seed)
    raw["counts"] = {"ledger_overdue": 1}
    before = score(RUBRIC, facts_from_data(copy.deepcopy(raw)))
    rnd = random.Random(change_seed)
    item = rnd.choice(RUBRIC.items())
    rule = rnd.choice(item.rules)
    changed_raw = copy.deepcopy(raw)
    fact = random_rule_fact(rule.kind, rule, rnd)
    bucket = changed_raw.setdefault("items", {}).setdefault(item.code, {})
    if fact is None:
        bucket.pop(rule.id, None)
    else:
        bucket[rule.id] = fact
    if change_counts:
        changed_raw["counts"] = {"ledger_overdue": 4}
    if change_evidence:
        changed_raw["evidence"] = {rnd.choice(RUBRIC.items()).code: 2}
    facts = facts_from_data(changed_raw)
    full = score(RUBRIC, facts)
    incremental = score(RUBRIC, facts, reuse=before, changed={item.code})
    assert incremental.to_json() == full.to_json()


def test_reuse_skips_unchanged_items(rubric_from):
    rubric = synthetic_rubric(28)
    facts = facts_from_data(random_facts(rubric, 1))
    first = score(rubric, facts)
    again = score(rubric, facts, reuse=first, changed=())
    assert all(a is b for a, b in zip(first.items(), again.items(), strict=True))
    other_unit = score(rubric, facts, unit="t3", reuse=first)
    assert not any(a is b for a, b in zip(first.items(), other_unit.items(), strict=True))
