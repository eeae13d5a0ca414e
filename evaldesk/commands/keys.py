"""`evaldesk keys ...`: the office's signing key over its life, and the keys it trusts.

    evaldesk keys show [--data-dir DIR]                   the office's key and its rotations
    evaldesk keys export-public --out KEY.pem             the public key, to register it
    evaldesk keys rotate [--passphrase-file F] [--new-passphrase-file F] [--reason TEXT]
    evaldesk keys replace --reason TEXT [--new-passphrase-file F]   (the passphrase is lost)
    evaldesk keys add KEY.pem|FINGERPRINT --label NAME    trust a unit's key (receiving office)
    evaldesk keys list [--json]
    evaldesk keys remove FINGERPRINT [--reason TEXT]

These run without a login, as the system actor ``cli:<OS user>``; each change is audited.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from evaldesk.commands.bounded import read_bounded
from evaldesk.commands.common import add_data_dir, print_json, resolve_data_dir
from evaldesk.commands.language import help_text
from evaldesk.messages import msg

NEW_PASSPHRASE_ENV = "EVALDESK_NEW_PASSPHRASE"


def register(sub: Any) -> None:
    parser = sub.add_parser("keys", help=help_text("cli.help.keys"))
    ksub = parser.add_subparsers(dest="keys_command", metavar="ACTION", required=True)

    p = ksub.add_parser("show", help=help_text("cli.help.keys_show"))
    add_data_dir(p)
    p.add_argument("--json", action="store_true", help=help_text("cli.help.json"))
    p.set_defaults(handler=cmd_show)

    p = ksub.add_parser("export-public", help=help_text("cli.help.keys_export"))
    add_data_dir(p)
    p.add_argument(
        "--out", type=Path, required=True, metavar="KEY.pem", help=help_text("cli.help.keys_out")
    )
    p.set_defaults(handler=cmd_export_public)

    for name, key in (("rotate", "cli.help.keys_rotate"), ("replace", "cli.help.keys_replace")):
        p = ksub.add_parser(name, help=help_text(key))
        add_data_dir(p)
        if name == "rotate":
            p.add_argument(
                "--passphrase-file",
                type=Path,
                metavar="FILE",
                help=help_text("cli.help.keys_old_passphrase"),
            )
        p.add_argument(
            "--new-passphrase-file",
            type=Path,
            metavar="FILE",
            help=help_text("cli.help.keys_new_passphrase", env=NEW_PASSPHRASE_ENV),
        )
        p.add_argument(
            "--reason",
            default="",
            required=name == "replace",
            help=help_text("cli.help.keys_reason"),
        )
        p.set_defaults(handler=cmd_rotate if name == "rotate" else cmd_replace)

    p = ksub.add_parser("add", help=help_text("cli.help.keys_add"))
    add_data_dir(p)
    p.add_argument("key", metavar="KEY.pem|FINGERPRINT")
    p.add_argument("--label", required=True, help=help_text("cli.help.keys_label"))
    p.set_defaults(handler=cmd_add)

    p = ksub.add_parser("list", help=help_text("cli.help.keys_list"))
    add_data_dir(p)
    p.add_argument("--json", action="store_true", help=help_text("cli.help.json"))
    p.set_defaults(handler=cmd_list)

    p = ksub.add_parser("remove", help=help_text("cli.help.keys_remove"))
    add_data_dir(p)
    p.add_argument("key", metavar="FINGERPRINT|KEY.pem")
    p.add_argument("--reason", default="", help=help_text("cli.help.keys_reason"))
    p.set_defaults(handler=cmd_remove)


def _key_argument(value: str) -> bytes | str:
    path = Path(value)
    return read_bounded(path, "key") if path.is_file() else value


def cmd_show(args: argparse.Namespace) -> int:
    from evaldesk.services import keys

    found = keys.show(resolve_data_dir(args))
    if args.json:
        print_json(
            {
                "fingerprint": found.fingerprint,
                "private_key": str(found.private_file),
                "public_key": str(found.public_file),
                "rotations": [
                    {
                        "old": r.old_fingerprint,
                        "new": r.new_fingerprint,
                        "date": r.day.isoformat(),
                        "signed_by_old_key": r.endorsed,
                        "reason": r.reason,
                    }
                    for r in found.rotations
                ],
            }
        )
        return 0
    if found.fingerprint is None:
        print(msg("keys.cli.none"))
        return 0
    print(msg("keys.cli.fingerprint", fingerprint=found.fingerprint))
    print(msg("keys.cli.files", private=str(found.private_file), public=str(found.public_file)))
    for r in found.rotations:
        print(
            msg(
                "keys.cli.rotation",
                date=r.day.isoformat(),
                old=r.old_fingerprint[:16],
                new=r.new_fingerprint[:16],
                reason=r.reason,
            )
        )
    return 0


def cmd_export_public(args: argparse.Namespace) -> int:
    from evaldesk.services import keys

    fpr = keys.export_public(resolve_data_dir(args), args.out)
    print(msg("keys.cli.exported", path=str(args.out), fingerprint=fpr))
    return 0


def _new_passphrase(path: Path | None) -> bytes:
    from evaldesk.export.keys import passphrase_from_cli

    env = dict(os.environ)
    if path is None and env.get(NEW_PASSPHRASE_ENV):
        return env[NEW_PASSPHRASE_ENV].encode("utf-8")
    env.pop("EVALDESK_PASSPHRASE", None)  # the new key's passphrase is never the old one's env
    return passphrase_from_cli(path, creating=True, env=env)


def cmd_rotate(args: argparse.Namespace) -> int:
    from evaldesk.export.keys import passphrase_from_cli
    from evaldesk.services import keys
    from evaldesk.services.actor import system_actor
    from evaldesk.store import open_store

    data_dir = resolve_data_dir(args)
    old = passphrase_from_cli(args.passphrase_file, creating=False)
    new = _new_passphrase(args.new_passphrase_file)
    with open_store(data_dir) as store:
        statement = keys.rotate(store, system_actor(), old, new, reason=args.reason)
    print(
        msg("keys.cli.rotated", old=statement.old_fingerprint[:16], new=statement.new_fingerprint)
    )
    return 0


def cmd_replace(args: argparse.Namespace) -> int:
    from evaldesk.services import keys
    from evaldesk.services.actor import system_actor
    from evaldesk.store import open_store

    data_dir = resolve_data_dir(args)
    new = _new_passphrase(args.new_passphrase_file)
    with open_store(data_dir) as store:
        statement = keys.replace_lost(store, system_actor(), new, args.reason)
    print(msg("keys.cli.replaced", new=statement.new_fingerprint))
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    from evaldesk.services import keys
    from evaldesk.services.actor import system_actor
    from evaldesk.store import open_store

    with open_store(resolve_data_dir(args)) as store:
        fpr = keys.add_trusted(store, system_actor(), _key_argument(args.key), args.label)
    print(msg("keys.cli.added", fingerprint=fpr, label=args.label))
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from evaldesk.services import keys
    from evaldesk.store import open_store

    with open_store(resolve_data_dir(args), daily_backup=False) as store:
        found = keys.list_trusted(store)
    if args.json:
        print_json([vars(k) for k in found])
        return 0
    if not found:
        print(msg("keys.cli.none_trusted"))
    for k in found:
        print(f"{k.fingerprint}  {k.label}  ({k.added_at[:10]}, {k.added_by})")
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    from evaldesk.services import keys
    from evaldesk.services.actor import system_actor
    from evaldesk.store import open_store

    with open_store(resolve_data_dir(args)) as store:
        keys.remove_trusted(store, system_actor(), _key_argument(args.key), args.reason)
    print(msg("keys.cli.removed", key=args.key))
    return 0
