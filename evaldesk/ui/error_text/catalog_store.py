"""Catalog of the store's messages (approval locks, records, evidence files, the data folder).

English wording exactly as the core writes it, ``{name}`` for each variable part; the
Chinese is in resources/translations/evaldesk_zh_CN.ts (context ErrorText). See
evaldesk.ui.error_text for how an entry is matched."""

from __future__ import annotations

from evaldesk.ui.error_text.template import Template, m
from evaldesk.ui.i18n import QT_TRANSLATE_NOOP

TEMPLATES: list[Template] = [
    # approval locks: "{what}: {scope} was approved ..." with what and scope phrases below
    m(
        QT_TRANSLATE_NOOP(
            "ErrorText",
            "{what}: {scope} was approved by {who} on {date} and is locked; a head (负责人) "
            "must unlock it first",
        ),
    ),
    m(QT_TRANSLATE_NOOP("ErrorText", "the year {year}")),
    m(QT_TRANSLATE_NOOP("ErrorText", "quarter {quarter} of {year}")),
    m(QT_TRANSLATE_NOOP("ErrorText", "an entry cannot be added")),
    m(QT_TRANSLATE_NOOP("ErrorText", "an entry received in this quarter cannot be added")),
    m(QT_TRANSLATE_NOOP("ErrorText", "evidence cannot be added")),
    m(QT_TRANSLATE_NOOP("ErrorText", "ledger entry #{id} cannot be changed")),
    m(QT_TRANSLATE_NOOP("ErrorText", "the dispatch record of quarter {quarter} cannot be changed")),
    m(QT_TRANSLATE_NOOP("ErrorText", "the evidence note cannot be changed")),
    m(QT_TRANSLATE_NOOP("ErrorText", "the facts cannot be changed")),
    m(QT_TRANSLATE_NOOP("ErrorText", "evidence cannot be attached to {target}")),
    m(QT_TRANSLATE_NOOP("ErrorText", "evidence cannot be detached from {target}")),
    # approvals, years, office, users, comments
    m(
        QT_TRANSLATE_NOOP(
            "ErrorText", "quarter must be 1-4, or 0 for the whole year (got {quarter})"
        )
    ),
    m(QT_TRANSLATE_NOOP("ErrorText", "{scope} is already approved")),
    m(QT_TRANSLATE_NOOP("ErrorText", "an unlock needs a reason (it is recorded in the audit log)")),
    m(QT_TRANSLATE_NOOP("ErrorText", "{scope} is not approved, so it is not locked")),
    m(
        QT_TRANSLATE_NOOP(
            "ErrorText", "there is no assessment year {year} in this office (years: {years})"
        )
    ),
    m(QT_TRANSLATE_NOOP("ErrorText", "this office has no assessment year yet; create one first")),
    m(QT_TRANSLATE_NOOP("ErrorText", "year {year} is not a plausible assessment year (2000-2100)")),
    m(QT_TRANSLATE_NOOP("ErrorText", "the assessment year {year} already exists")),
    m(QT_TRANSLATE_NOOP("ErrorText", "this data folder has no office yet; create one first")),
    m(QT_TRANSLATE_NOOP("ErrorText", "this data folder already has an office")),
    m(QT_TRANSLATE_NOOP("ErrorText", "unknown role '{role}' (roles: {roles})")),
    m(QT_TRANSLATE_NOOP("ErrorText", "the user name '{name}' is taken; choose another")),
    m(QT_TRANSLATE_NOOP("ErrorText", "there is no user #{id}")),
    m(QT_TRANSLATE_NOOP("ErrorText", "the comment is empty")),
    # dispatch, ledger, evidence, facts records
    m(
        QT_TRANSLATE_NOOP(
            "ErrorText", "there is no dispatch record for quarter {quarter} of {year}"
        )
    ),
    m(QT_TRANSLATE_NOOP("ErrorText", "quarter must be 1-4 (got {quarter})")),
    m(QT_TRANSLATE_NOOP("ErrorText", "there is no dispatch record #{id}")),
    m(QT_TRANSLATE_NOOP("ErrorText", "there is no dispatch record #{id} in {year}")),
    m(QT_TRANSLATE_NOOP("ErrorText", "there is no ledger entry #{id}")),
    m(QT_TRANSLATE_NOOP("ErrorText", "there is no ledger entry #{id} in {year}")),
    m(QT_TRANSLATE_NOOP("ErrorText", "the file {sha}… is not in the evidence folder")),
    m(QT_TRANSLATE_NOOP("ErrorText", "there is no evidence #{id}")),
    m(QT_TRANSLATE_NOOP("ErrorText", "evidence #{id} is not attached to {target}")),
    m(QT_TRANSLATE_NOOP("ErrorText", "unknown link kind '{kind}' (item, ledger or dispatch)")),
    m(QT_TRANSLATE_NOOP("ErrorText", "unknown fact scope '{scope}' (scopes: {scopes})")),
    m(QT_TRANSLATE_NOOP("ErrorText", "cannot sort the ledger by '{sort}' (columns: {columns})")),
    m(QT_TRANSLATE_NOOP("ErrorText", "a keyset page needs search_queries()")),
    m(
        QT_TRANSLATE_NOOP(
            "ErrorText", "a ledger page is either after a row or at an offset, not both"
        )
    ),
    m(QT_TRANSLATE_NOOP("ErrorText", "a ledger row always has a {column}; the page key has none")),
    m(QT_TRANSLATE_NOOP("ErrorText", "the overdue filter needs the day to judge at (as_of)")),
    # evidence files
    m(
        QT_TRANSLATE_NOOP(
            "ErrorText",
            "{name} is {size}, larger than the limit of {limit} for one evidence file; "
            "split or compress it (e.g. scan at a lower resolution); nothing was stored",
        ),
    ),
    m(
        QT_TRANSLATE_NOOP(
            "ErrorText",
            "{name} is larger than the limit of {limit} for one evidence file; split or "
            "compress it (e.g. scan at a lower resolution); nothing was stored",
        ),
    ),
    m(QT_TRANSLATE_NOOP("ErrorText", "{path} is a folder; choose the files inside it")),
    m(QT_TRANSLATE_NOOP("ErrorText", "{path} is not a regular file")),
    m(QT_TRANSLATE_NOOP("ErrorText", "{path}: no such file (was it moved or deleted?)")),
    m(QT_TRANSLATE_NOOP("ErrorText", "{path}: cannot be read ({error})")),
    m(
        QT_TRANSLATE_NOOP(
            "ErrorText",
            "{path}: permission denied; EvalDesk cannot read this file (check its "
            "permissions, or copy it somewhere readable first)",
        ),
    ),
    m(
        QT_TRANSLATE_NOOP(
            "ErrorText",
            "not enough free disk space for {name} ({size}; {free} free on the data folder's disk)",
        ),
    ),
    m(QT_TRANSLATE_NOOP("ErrorText", "could not store {name}: {error}")),
    m(
        QT_TRANSLATE_NOOP(
            "ErrorText",
            "the disk is full while storing {name}; free some space and add it again "
            "(nothing was stored)",
        ),
    ),
    m(QT_TRANSLATE_NOOP("ErrorText", "adding {name} was cancelled; nothing was stored")),
    m(
        QT_TRANSLATE_NOOP(
            "ErrorText", "{name}: reading failed after {size} ({error}); nothing was stored"
        )
    ),
    m(QT_TRANSLATE_NOOP("ErrorText", "the evidence file needs a name (the given name is empty)")),
    m(
        QT_TRANSLATE_NOOP(
            "ErrorText", "the file name is {n} characters long; shorten it to at most {max}"
        )
    ),
    # the data folder, database, backups
    m(
        QT_TRANSLATE_NOOP(
            "ErrorText",
            "the data folder {path} is open in EvalDesk (or in another evaldesk command); "
            "close it and try again",
        ),
    ),
    m(QT_TRANSLATE_NOOP("ErrorText", "the daily check and backup are already running")),
    m(
        QT_TRANSLATE_NOOP(
            "ErrorText",
            "there is no EvalDesk data in {path} (no {db}); create an office with the app's"
            " first-run wizard, or try `evaldesk demo --data-dir DIR`",
        ),
    ),
    m(QT_TRANSLATE_NOOP("ErrorText", "the change was refused by the database: {error}")),
    m(
        QT_TRANSLATE_NOOP(
            "ErrorText", "cannot open {path}: {error} (is the folder read-only, or the disk full?)"
        )
    ),
    m(QT_TRANSLATE_NOOP("ErrorText", "the database could not be written: {error}")),
    m(QT_TRANSLATE_NOOP("ErrorText", "cannot create the data folder {path}: {error}")),
    m(
        QT_TRANSLATE_NOOP(
            "ErrorText",
            "the data folder was written by a newer EvalDesk (schema {revision}); install "
            "that version or newer to open it",
        ),
    ),
    m(
        QT_TRANSLATE_NOOP(
            "ErrorText",
            "the database has tables ({tables}) but is not an EvalDesk store; choose an "
            "empty folder or an EvalDesk data folder",
        ),
    ),
    m(
        QT_TRANSLATE_NOOP(
            "ErrorText", "The EvalDesk database is damaged and was not opened: {problems}"
        )
    ),
    m(
        QT_TRANSLATE_NOOP(
            "ErrorText",
            "The EvalDesk database is damaged and cannot be read any further: {problems}",
        )
    ),
    m(QT_TRANSLATE_NOOP("ErrorText", "{path} is damaged: {error}")),
    m(QT_TRANSLATE_NOOP("ErrorText", "{path} cannot be read: {error}")),
    m(QT_TRANSLATE_NOOP("ErrorText", "{path} is not a database (its header is damaged)")),
    m(
        QT_TRANSLATE_NOOP(
            "ErrorText",
            "No backup was found in {path}. Do not delete the file; copy the whole data "
            "folder somewhere safe and ask for help recovering it.",
        ),
    ),
    m(
        QT_TRANSLATE_NOOP(
            "ErrorText", "The newest backup is {path} (made {when}). Restore it with:"
        )
    ),
    m(QT_TRANSLATE_NOOP("ErrorText", "The restore keeps the damaged file in the backups folder.")),
    m(QT_TRANSLATE_NOOP("ErrorText", "the database check was stopped")),
    m(QT_TRANSLATE_NOOP("ErrorText", "the automatic backup was stopped")),
    m(QT_TRANSLATE_NOOP("ErrorText", "stopped before the backup")),
    m(QT_TRANSLATE_NOOP("ErrorText", "there is no EvalDesk data in {path} to back up")),
    m(QT_TRANSLATE_NOOP("ErrorText", "{path} already exists; choose another file name")),
    m(QT_TRANSLATE_NOOP("ErrorText", "{what} is damaged and was not restored: {problem}")),
    m(QT_TRANSLATE_NOOP("ErrorText", "{what} is not an EvalDesk database")),
    m(
        QT_TRANSLATE_NOOP(
            "ErrorText", "{path} is neither an EvalDesk backup archive (.zip) nor a database backup"
        )
    ),
    m(QT_TRANSLATE_NOOP("ErrorText", "{path}: no such backup file")),
    m(QT_TRANSLATE_NOOP("ErrorText", "could not write the backup {path}: {error}")),
    m(QT_TRANSLATE_NOOP("ErrorText", "{what} is not a database: {error}")),
    m(QT_TRANSLATE_NOOP("ErrorText", "{path} is not an EvalDesk backup archive")),
    m(
        QT_TRANSLATE_NOOP(
            "ErrorText", "{path}: the database inside does not match its manifest (damaged archive)"
        )
    ),
    m(
        QT_TRANSLATE_NOOP(
            "ErrorText", "{path} is a zip but not an EvalDesk backup (no manifest.json)"
        )
    ),
    m(QT_TRANSLATE_NOOP("ErrorText", "could not back up {name} to {path}: {error}")),
    # what the operating system and SQLite say (the {error} part of the messages above)
    m(QT_TRANSLATE_NOOP("ErrorText", "Permission denied")),
    m(QT_TRANSLATE_NOOP("ErrorText", "No such file or directory")),
    m(QT_TRANSLATE_NOOP("ErrorText", "No space left on device")),
    m(QT_TRANSLATE_NOOP("ErrorText", "Read-only file system")),
    m(QT_TRANSLATE_NOOP("ErrorText", "database disk image is malformed")),
    m(QT_TRANSLATE_NOOP("ErrorText", "file is not a database")),
    m(QT_TRANSLATE_NOOP("ErrorText", "database is locked")),
    m(QT_TRANSLATE_NOOP("ErrorText", "[Errno {errno}] {error}: {path}"), errno=r"-?\d+"),
    m(QT_TRANSLATE_NOOP("ErrorText", "[Errno {errno}] {error}"), errno=r"-?\d+"),
    m(QT_TRANSLATE_NOOP("ErrorText", "[WinError {errno}] {error}: {path}"), errno=r"-?\d+"),
    m(QT_TRANSLATE_NOOP("ErrorText", "{path} cannot be opened: {error}")),
]
