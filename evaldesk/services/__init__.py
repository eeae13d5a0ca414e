"""Use cases shared by the GUI and the CLI. Each takes the acting user; roles are enforced here.

Modules by use case: setup (office, years), users (accounts, login), ledger, facts (ticking),
evidence, dispatch, approvals, review, live (the live score), maintenance (check, backup,
restore), data_folder (which folder opens). The UI imports these, never evaldesk.store directly.
The demo office is made on top of them, in evaldesk.demo.
"""
