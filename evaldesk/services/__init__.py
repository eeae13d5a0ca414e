"""Use cases shared by the GUI and the CLI. Each takes the acting user; roles are enforced here.

Modules by use case: setup (office, years), users (accounts, login), ledger, facts (ticking),
evidence, dispatch, approvals, review, live (the live score), maintenance (check, backup,
restore), demo. The UI imports these, never evaldesk.store directly.
"""
