"""Child process for test_store_kill.py: adds ledger entries (and now and then evidence)
forever, printing each id only after its commit returned."""

from __future__ import annotations

import io
import sys
from datetime import date
from pathlib import Path

from evaldesk.services import evidence, ledger
from evaldesk.services.actor import system_actor
from evaldesk.store import LedgerFields, open_store


def main() -> None:
    data_dir = Path(sys.argv[1])
    actor = system_actor("killtest")
    store = open_store(data_dir)
    print("ready", flush=True)
    n = 0
    while True:
        n += 1
        rec = ledger.add_entry(
            store,
            actor,
            2024,
            LedgerFields(
                source="assigned",
                title=f"断电测试事项{n}",
                received_date=date(2024, 5, 1),
                deadline=date(2024, 5, 20),
                description="测" * (n % 200),
            ),
            today=date(2024, 6, 30),
        )
        print(f"L{rec.id}", flush=True)
        if n % 7 == 0:
            blob = io.BytesIO(f"evidence {rec.id} ".encode() * (n % 3000 + 1))
            ev = evidence.attach_stream(
                store, actor, 2024, blob, f"佐证{n}.pdf", links=[evidence.ledger_link(rec.id)]
            )
            print(f"E{ev.id}", flush=True)


if __name__ == "__main__":
    main()
