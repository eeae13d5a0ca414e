"""Catalog of the export's messages (signing key, package) and the rubric and scoring ones.

English wording exactly as the core writes it, ``{name}`` for each variable part; the
Chinese is in resources/translations/evaldesk_zh_CN.ts (context ErrorText). See
evaldesk.ui.error_text for how an entry is matched."""

from __future__ import annotations

from evaldesk.ui.error_text.template import Template, m
from evaldesk.ui.i18n import QT_TRANSLATE_NOOP

TEMPLATES: list[Template] = [
    # the signing key
    m(QT_TRANSLATE_NOOP("ErrorText", "{what}: not an Ed25519 key")),
    m(QT_TRANSLATE_NOOP("ErrorText", "{path} is not an Ed25519 key")),
    m(QT_TRANSLATE_NOOP("ErrorText", "{what}: not a PEM public key ({error})")),
    m(
        QT_TRANSLATE_NOOP(
            "ErrorText",
            "the passphrase protecting the new signing key must have at least {n} characters",
        ),
    ),
    m(QT_TRANSLATE_NOOP("ErrorText", "cannot read the signing key {path}: {error}")),
    m(
        QT_TRANSLATE_NOOP(
            "ErrorText",
            "wrong passphrase for the office's signing key (or the key file is damaged)",
        )
    ),
    m(QT_TRANSLATE_NOOP("ErrorText", "key file: {path}")),
    m(QT_TRANSLATE_NOOP("ErrorText", "the signing key {path} cannot be read: {error}")),
    m(QT_TRANSLATE_NOOP("ErrorText", "the two passphrases differ; nothing was created")),
    # the package
    m(QT_TRANSLATE_NOOP("ErrorText", "{path}: the package file name must end in .zip")),
    m(QT_TRANSLATE_NOOP("ErrorText", "export cancelled; nothing was written")),
    m(
        QT_TRANSLATE_NOOP(
            "ErrorText",
            "evidence '{name}' changed on disk since it was stored (SHA-256 or size "
            "differs); the export was stopped. Run `evaldesk check`.",
        ),
    ),
    m(QT_TRANSLATE_NOOP("ErrorText", "cannot write in {path}: {error}")),
    m(QT_TRANSLATE_NOOP("ErrorText", "cannot write {path}: {error}; nothing was written")),
    m(QT_TRANSLATE_NOOP("ErrorText", "cannot write {path}: {error}")),
    m(QT_TRANSLATE_NOOP("ErrorText", "cannot read evidence '{name}' ({blob}): {error}")),
    m(QT_TRANSLATE_NOOP("ErrorText", "cannot read evidence '{name}': {error}")),
    m(QT_TRANSLATE_NOOP("ErrorText", "{path}: no such package file")),
    m(QT_TRANSLATE_NOOP("ErrorText", "{path}: not a readable zip file ({error})")),
    # what makes a year unexportable
    m(QT_TRANSLATE_NOOP("ErrorText", "cannot export: {problem}")),
    m(QT_TRANSLATE_NOOP("ErrorText", "the office has no name: set it in the office settings")),
    m(QT_TRANSLATE_NOOP("ErrorText", "year {year} is not a four-digit year")),
    m(QT_TRANSLATE_NOOP("ErrorText", "the score was computed for rubric {computed}, not {rubric}")),
    m(QT_TRANSLATE_NOOP("ErrorText", "the rubric's SHA-256 must be 64 lowercase hex digits")),
    m(QT_TRANSLATE_NOOP("ErrorText", "ledger entry '{title}' names unknown rubric item {code}")),
    m(QT_TRANSLATE_NOOP("ErrorText", "dispatch quarter {quarter} is not 1-4")),
    m(QT_TRANSLATE_NOOP("ErrorText", "evidence '{name}'")),
    m(QT_TRANSLATE_NOOP("ErrorText", "{where}: SHA-256 must be 64 lowercase hex digits")),
    m(QT_TRANSLATE_NOOP("ErrorText", "{where}: negative size")),
    m(QT_TRANSLATE_NOOP("ErrorText", "{where}: unknown rubric item(s) {codes}")),
    m(
        QT_TRANSLATE_NOOP(
            "ErrorText",
            "{where}: stored file is {actual} bytes, the store recorded {size}; run "
            "`evaldesk check`",
        ),
    ),
    m(
        QT_TRANSLATE_NOOP(
            "ErrorText", "{where}: stored file {blob} is missing; run `evaldesk check`"
        )
    ),
    # rubric files and scoring
    m(
        QT_TRANSLATE_NOOP(
            "ErrorText", "{name}: a rubric file must be a mapping with id, title and sections"
        )
    ),
    m(QT_TRANSLATE_NOOP("ErrorText", "{where}: YAML syntax error: {error}")),
    m(QT_TRANSLATE_NOOP("ErrorText", "{name}: YAML error: {error}")),
    m(QT_TRANSLATE_NOOP("ErrorText", "{path}: cannot read ({error})")),
    m(QT_TRANSLATE_NOOP("ErrorText", "{name}: not UTF-8 text (byte {n}); save the file as UTF-8")),
    m(
        QT_TRANSLATE_NOOP(
            "ErrorText",
            "no rubric '{ref}'; built-in rubrics are: {known}; or give the path of a .yaml file",
        ),
    ),
    m(QT_TRANSLATE_NOOP("ErrorText", "no unit '{unit}' in rubric {rubric}; units are: {known}")),
    m(QT_TRANSLATE_NOOP("ErrorText", "unknown unit '{unit}' for rubric {rubric} (known: {known})")),
    m(QT_TRANSLATE_NOOP("ErrorText", "subsidies {id}: needs 'amount' or 'scaled'")),
    m(QT_TRANSLATE_NOOP("ErrorText", "subsidies: item {item} has no rule '{rule}'")),
    # the passphrase file of the command line (evaldesk export --passphrase-file)
    m(QT_TRANSLATE_NOOP("ErrorText", "the passphrase file {path} is empty")),
    m(QT_TRANSLATE_NOOP("ErrorText", "cannot read the passphrase file {path}: {error}")),
]
