"""Catalog of messages the services once wrote in English that the store, the export and the
rubric loader still write the same way.

The services speak in catalog messages now (evaldesk/services/wording*.py), so their entries
left this file; what stays is matched for the packages not converted yet and goes with them.
English wording exactly as the core writes it, ``{name}`` for each variable part; the Chinese
is in resources/translations/evaldesk_zh_CN.ts (context ErrorText). See evaldesk.ui.error_text
for how an entry is matched."""

from __future__ import annotations

from evaldesk.ui.error_text.template import Template, m
from evaldesk.ui.i18n import QT_TRANSLATE_NOOP

TEMPLATES: list[Template] = [
    # store/parts/ledger.py
    m(QT_TRANSLATE_NOOP("ErrorText", "ledger entries have no field(s) {fields}")),
    # export/package.py, rubrics/loader.py
    m(QT_TRANSLATE_NOOP("ErrorText", "{path}: no such folder")),
    m(QT_TRANSLATE_NOOP("ErrorText", "{path}: no such file")),
]
