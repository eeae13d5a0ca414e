"""The data folder the app opens: the user's own by default, and what it holds, which decides
whether the app asks for a sign-in or runs the first-run wizard.

The store is imported when a folder is opened, not with this module: the GUI asks for the
default folder before its first paint, which the store's imports (SQLAlchemy, Alembic) would
delay.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from evaldesk.store import Store


def default_data_dir() -> Path:
    """The user's data folder (platformdirs), used when no ``--data-dir`` is given."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("EvalDesk", appauthor=False))


def open_office(data_dir: Path, *, background_maintenance: bool = False) -> Store | None:
    """The store of the office in ``data_dir`` when one can sign in to it (an office with at
    least one account); None when there is none yet, and then nothing is left open."""
    return _open_if(data_dir, with_accounts=True, background_maintenance=background_maintenance)


def open_unfinished_office(data_dir: Path) -> Store | None:
    """The store an interrupted first-run wizard left (its office, no account yet), or None."""
    return _open_if(data_dir, with_accounts=False, background_maintenance=False)


def _open_if(data_dir: Path, *, with_accounts: bool, background_maintenance: bool) -> Store | None:
    from evaldesk.store import open_store, store_exists

    if not store_exists(data_dir):
        return None
    store = open_store(data_dir, background_maintenance=background_maintenance)
    try:
        wanted = store.office.get() is not None and (store.users.count() > 0) == with_accounts
    except BaseException:
        store.close()
        raise
    if wanted:
        return store
    store.close()
    return None
