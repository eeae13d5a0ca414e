"""Catalog of the services' messages (users, roles, facts, ledger, dispatch, review, setup).

English wording exactly as the core writes it, ``{name}`` for each variable part; the
Chinese is in resources/translations/evaldesk_zh_CN.ts (context ErrorText). See
evaldesk.ui.error_text for how an entry is matched."""

from __future__ import annotations

from evaldesk.ui.error_text.template import Template, m
from evaldesk.ui.i18n import QT_TRANSLATE_NOOP

TEMPLATES: list[Template] = [
    # users and roles
    m(QT_TRANSLATE_NOOP("ErrorText", "wrong user name or password")),
    m(QT_TRANSLATE_NOOP("ErrorText", "the password is too short; use at least {n} characters")),
    m(QT_TRANSLATE_NOOP("ErrorText", "the password must not start or end with a space")),
    m(
        QT_TRANSLATE_NOOP(
            "ErrorText",
            "a user name is 1-64 letters, digits, Chinese characters, '.', '_' or '-' (no spaces)",
        ),
    ),
    m(QT_TRANSLATE_NOOP("ErrorText", "the account {name} is disabled; ask an admin (管理员)")),
    m(
        QT_TRANSLATE_NOOP(
            "ErrorText", "unknown role '{role}' (roles: clerk 经办人, head 负责人, admin 管理员)"
        )
    ),
    m(
        QT_TRANSLATE_NOOP(
            "ErrorText", "this office already has users; an admin must add new accounts"
        )
    ),
    m(
        QT_TRANSLATE_NOOP(
            "ErrorText", "this is the last active admin (管理员); make another admin first"
        )
    ),
    m(QT_TRANSLATE_NOOP("ErrorText", "the current password is wrong")),
    m(
        QT_TRANSLATE_NOOP(
            "ErrorText", "{what} needs the {roles} role; {name} is {article} {role} ({label})"
        ),
        article=r"an?",
    ),
    m(QT_TRANSLATE_NOOP("ErrorText", "editing the ledger")),
    m(QT_TRANSLATE_NOOP("ErrorText", "editing a quarter's dispatch record")),
    m(QT_TRANSLATE_NOOP("ErrorText", "ticking or filling rubric items")),
    m(QT_TRANSLATE_NOOP("ErrorText", "attaching or detaching evidence")),
    m(QT_TRANSLATE_NOOP("ErrorText", "approving a quarter or the year")),
    m(QT_TRANSLATE_NOOP("ErrorText", "unlocking an approved quarter or year")),
    m(QT_TRANSLATE_NOOP("ErrorText", "writing review comments")),
    m(QT_TRANSLATE_NOOP("ErrorText", "entering review scores")),
    m(QT_TRANSLATE_NOOP("ErrorText", "managing user accounts")),
    m(QT_TRANSLATE_NOOP("ErrorText", "changing the office profile or assessment years")),
    m(
        QT_TRANSLATE_NOOP(
            "ErrorText", "setting a value the rubric's source document leaves to the office"
        )
    ),
    m(QT_TRANSLATE_NOOP("ErrorText", "clerk (经办人) or head (负责人)")),
    m(QT_TRANSLATE_NOOP("ErrorText", "clerk (经办人)")),
    m(QT_TRANSLATE_NOOP("ErrorText", "head (负责人)")),
    m(QT_TRANSLATE_NOOP("ErrorText", "admin (管理员)")),
    # rubric items
    m(
        QT_TRANSLATE_NOOP(
            "ErrorText", "there is no item '{code}' in {rubric} (did you mean {close}?)"
        )
    ),
    m(
        QT_TRANSLATE_NOOP(
            "ErrorText", "there is no item '{code}' in {rubric} ({n} items, e.g. {codes})"
        )
    ),
    # facts and form values
    m(QT_TRANSLATE_NOOP("ErrorText", "scope must be item, section or whole (got '{scope}')")),
    m(QT_TRANSLATE_NOOP("ErrorText", "{code}: rule '{rule}' is not a ranking rule")),
    m(QT_TRANSLATE_NOOP("ErrorText", "'{rating}' is not a rating of {rubric} (ratings: {levels})")),
    m(QT_TRANSLATE_NOOP("ErrorText", "{rubric} has no form table '{table}'")),
    m(QT_TRANSLATE_NOOP("ErrorText", "table {table} has no cell {cell}")),
    m(QT_TRANSLATE_NOOP("ErrorText", "{rubric} has no profile field '{field}'")),
    m(QT_TRANSLATE_NOOP("ErrorText", "{rubric} has no text table '{table}'")),
    m(QT_TRANSLATE_NOOP("ErrorText", "{code}: '{unit}' is not a unit of {rubric}")),
    m(QT_TRANSLATE_NOOP("ErrorText", "{table} has no column(s) {columns}")),
    m(QT_TRANSLATE_NOOP("ErrorText", "{code} indicator: {problem}")),
    m(QT_TRANSLATE_NOOP("ErrorText", "{what}: “{text}” is not a number")),
    m(QT_TRANSLATE_NOOP("ErrorText", "{what}: “{text}” is not a date (type it as 2023年2月20日)")),
    m(QT_TRANSLATE_NOOP("ErrorText", "{what}: “{text}” is not a date of the calendar")),
    # review
    m(
        QT_TRANSLATE_NOOP(
            "ErrorText", "{rubric} has no review column '{column}' (its review columns: {labels})"
        )
    ),
    m(
        QT_TRANSLATE_NOOP(
            "ErrorText", "{code}: a review score of {score} is more than the item's {points} points"
        )
    ),
    # dispatch
    m(
        QT_TRANSLATE_NOOP(
            "ErrorText", "the submitted date {date} is in the future (today is {today})"
        )
    ),
    m(
        QT_TRANSLATE_NOOP(
            "ErrorText", "the submitted date {date} is before quarter {quarter} of {year} began"
        )
    ),
    m(QT_TRANSLATE_NOOP("ErrorText", "write the progress of at least one area before submitting")),
    m(
        QT_TRANSLATE_NOOP(
            "ErrorText", "there is no area (section) {codes} in {rubric} (areas: {listed})"
        )
    ),
    # ledger
    m(QT_TRANSLATE_NOOP("ErrorText", "ledger entries have no field(s) {fields}")),
    m(
        QT_TRANSLATE_NOOP(
            "ErrorText", "say why the entry is cancelled (the reason is kept with it)"
        )
    ),
    m(
        QT_TRANSLATE_NOOP(
            "ErrorText", "unknown source '{value}'; choose 上级交办, 督导发现, 群众反映 or 其他"
        )
    ),
    m(
        QT_TRANSLATE_NOOP(
            "ErrorText", "unknown status '{value}'; choose 待办, 办理中, 已办结 or 已撤销"
        )
    ),
    m(QT_TRANSLATE_NOOP("ErrorText", "the title is empty; say in a few words what the task is")),
    m(
        QT_TRANSLATE_NOOP(
            "ErrorText",
            "the title is {n} characters; keep it under {max} and put details in the description",
        ),
    ),
    m(
        QT_TRANSLATE_NOOP(
            "ErrorText", "the deadline {deadline} is before the received date {received}"
        )
    ),
    m(
        QT_TRANSLATE_NOOP(
            "ErrorText",
            "the deadline {deadline} is not in the assessment year {year}; record the entry"
            " in the {other} ledger, or give a deadline in {year}",
        ),
    ),
    m(
        QT_TRANSLATE_NOOP(
            "ErrorText", "the received date {date} is in the future (today is {today})"
        )
    ),
    m(QT_TRANSLATE_NOOP("ErrorText", "an entry marked done (已办结) needs the date it was done")),
    m(
        QT_TRANSLATE_NOOP(
            "ErrorText",
            "a done date is only for entries marked done (已办结); this one is {status}",
        )
    ),
    m(
        QT_TRANSLATE_NOOP(
            "ErrorText", "the done date {date} is before the received date {received}"
        )
    ),
    m(QT_TRANSLATE_NOOP("ErrorText", "the done date {date} is in the future (today is {today})")),
    # ledger import and export (xlsx)
    m(
        QT_TRANSLATE_NOOP(
            "ErrorText",
            "the year of {year} was approved by {who} and is locked; a head (负责人) must "
            "unlock it before entries received then are added",
        ),
    ),
    m(
        QT_TRANSLATE_NOOP(
            "ErrorText",
            "quarter {quarter} of {year} was approved by {who} and is locked; a head (负责人) "
            "must unlock it before entries received then are added",
        ),
    ),
    m(
        QT_TRANSLATE_NOOP(
            "ErrorText", "import cancelled after {done} of {total} rows; nothing was added"
        )
    ),
    m(QT_TRANSLATE_NOOP("ErrorText", "import cancelled; nothing was added")),
    m(
        QT_TRANSLATE_NOOP(
            "ErrorText", "the source (来源) is empty; write 上级交办, 督导发现, 群众反映 or 其他"
        )
    ),
    m(QT_TRANSLATE_NOOP("ErrorText", "the {heading} is empty"), heading=r"[^ -~]+"),
    m(QT_TRANSLATE_NOOP("ErrorText", "'{value}' is not a date; write it as 2024-03-15")),
    m(QT_TRANSLATE_NOOP("ErrorText", "'{value}' is not a real day of the calendar")),
    m(QT_TRANSLATE_NOOP("ErrorText", "{path}: the file name must end in .xlsx")),
    m(QT_TRANSLATE_NOOP("ErrorText", "{path}: no such folder")),
    m(
        QT_TRANSLATE_NOOP(
            "ErrorText", "{path}: no row can be imported; fix the rows listed and try again"
        )
    ),
    m(QT_TRANSLATE_NOOP("ErrorText", "ledger export cancelled; no file was written")),
    m(QT_TRANSLATE_NOOP("ErrorText", "{path}: no such file")),
    m(QT_TRANSLATE_NOOP("ErrorText", "{path}: permission denied; EvalDesk cannot read this file")),
    m(
        QT_TRANSLATE_NOOP(
            "ErrorText",
            "{path} cannot be read as an Excel workbook (.xlsx): {error}; save it from "
            "Excel or WPS as .xlsx and try again",
        ),
    ),
    m(QT_TRANSLATE_NOOP("ErrorText", "{path}: the first sheet is empty")),
    m(
        QT_TRANSLATE_NOOP(
            "ErrorText",
            "{path}: the first row has no column {missing}; the first row must name the "
            "columns ({columns})",
        ),
    ),
    m(QT_TRANSLATE_NOOP("ErrorText", "{path} has more than {max} rows; split it")),
    # office setup, rubric, subsidies, evidence
    m(QT_TRANSLATE_NOOP("ErrorText", "'{unit}' is not a unit of {rubric} (units: {names})")),
    m(QT_TRANSLATE_NOOP("ErrorText", "the office needs a name")),
    m(QT_TRANSLATE_NOOP("ErrorText", "{rubric} has no units; leave the unit empty")),
    m(QT_TRANSLATE_NOOP("ErrorText", "{rubric} has targets per unit; choose the unit: {names}")),
    m(
        QT_TRANSLATE_NOOP(
            "ErrorText",
            "{path} already holds an EvalDesk office; choose an empty folder (nothing was changed)",
        ),
    ),
    m(
        QT_TRANSLATE_NOOP(
            "ErrorText",
            "the demo needs the rubric '{rubric}', which is not available in this build: {error}",
        ),
    ),
    m(QT_TRANSLATE_NOOP("ErrorText", "rubric {ref} has no file to copy")),
    m(
        QT_TRANSLATE_NOOP(
            "ErrorText", "rubric file {path} changed while it was being read; try again"
        )
    ),
    m(
        QT_TRANSLATE_NOOP(
            "ErrorText",
            "the rubric copy stored with {year} does not match its pinned hash ({hash}…); "
            "the database was edited outside EvalDesk. Run `evaldesk check` and restore a "
            "backup.",
        ),
    ),
    m(
        QT_TRANSLATE_NOOP(
            "ErrorText", "{rubric} pays no subsidies; there is nothing to record for them"
        )
    ),
    m(QT_TRANSLATE_NOOP("ErrorText", "'{input}' is not a subsidy {kind} input (known: {known})")),
    m(QT_TRANSLATE_NOOP("ErrorText", "{what}: “{value}” must be a whole number")),
    m(QT_TRANSLATE_NOOP("ErrorText", "{what}: “{value}” must be at least {least}")),
    m(QT_TRANSLATE_NOOP("ErrorText", "'{award}' is not a subsidy award (known: {known})")),
    m(QT_TRANSLATE_NOOP("ErrorText", "cannot copy {name} out of the evidence folder: {error}")),
    # export form
    m(QT_TRANSLATE_NOOP("ErrorText", "choose where to save the package (a .zip file)")),
    m(QT_TRANSLATE_NOOP("ErrorText", "the package file name must end in .zip")),
    m(QT_TRANSLATE_NOOP("ErrorText", "the folder {path} does not exist")),
    m(QT_TRANSLATE_NOOP("ErrorText", "{path} is a folder; give a file name ending in .zip")),
    m(QT_TRANSLATE_NOOP("ErrorText", "enter the passphrase of the office's signing key")),
    m(QT_TRANSLATE_NOOP("ErrorText", "the two passphrases differ; type the same passphrase twice")),
    # values typed into the rubric tree (evaldesk/ui/models/criteria.py)
    m(QT_TRANSLATE_NOOP("ErrorText", "{what}: '{value}' is not met / not_met / not_assessed")),
    m(QT_TRANSLATE_NOOP("ErrorText", "{what}: '{value}' is not yes / no")),
    m(QT_TRANSLATE_NOOP("ErrorText", "{what}: “{value}” must not be negative")),
    m(QT_TRANSLATE_NOOP("ErrorText", "{code}: this value is not entered by hand")),
]
