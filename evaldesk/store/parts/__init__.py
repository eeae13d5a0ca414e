"""The named parts of a Store (store.ledger, store.evidence, ...), one module per area."""
