"""Which glibc (and libstdc++) a Linux bundle needs: the newest symbol version of each kind.

    python installer/glibc_report.py dist/evaldesk [--json] [--target 2.28]

Reads the "Version References" of every ELF file (``objdump -p``), i.e. exactly the versions
the dynamic loader checks at start. A PC whose glibc is older than the reported GLIBC_x.y
cannot start the bundle ("version `GLIBC_2.34' not found").
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

VERSION_RE = re.compile(r"^\s+0x[0-9a-f]+ 0x[0-9a-f]+ \d+ ([A-Z_]+)_([0-9][0-9.]*)$")
KINDS = ("GLIBC", "GLIBCXX", "CXXABI", "GCC")


def version_key(text: str) -> tuple[int, ...]:
    return tuple(int(p) for p in text.split(".") if p.isdigit())


def is_elf(path: Path) -> bool:
    try:
        with path.open("rb") as f:
            return f.read(4) == b"\x7fELF"
    except OSError:
        return False


def required_versions(path: Path) -> dict[str, set[str]]:
    """{"GLIBC": {"2.17", ...}, "GLIBCXX": {...}} from the file's version references."""
    out = subprocess.run(
        ["objdump", "-p", str(path)], capture_output=True, text=True, check=False
    ).stdout
    found: dict[str, set[str]] = {}
    in_refs = False
    for line in out.splitlines():
        if line.startswith("Version References:"):
            in_refs = True
            continue
        if in_refs and line and not line.startswith(" "):
            break
        m = VERSION_RE.match(line) if in_refs else None
        if m and m.group(1) in KINDS:
            found.setdefault(m.group(1), set()).add(m.group(2))
    return found


@dataclass
class Report:
    files: int = 0
    newest: dict[str, str] = field(default_factory=dict)
    needers: dict[str, list[str]] = field(default_factory=dict)  # kind -> files needing newest
    per_file: dict[str, dict[str, str]] = field(default_factory=dict)

    def to_json(self) -> dict[str, object]:
        return {
            "elf_files": self.files,
            "newest": self.newest,
            "files_needing_newest": self.needers,
            "per_file_newest_glibc": {
                f: v["GLIBC"] for f, v in sorted(self.per_file.items()) if "GLIBC" in v
            },
        }


def scan(bundle: Path) -> Report:
    report = Report()
    for path in sorted(p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()):
        if not is_elf(path):
            continue
        report.files += 1
        rel = path.relative_to(bundle).as_posix()
        newest_here: dict[str, str] = {}
        for kind, versions in required_versions(path).items():
            top = max(versions, key=version_key)
            newest_here[kind] = top
            best = report.newest.get(kind)
            if best is None or version_key(top) > version_key(best):
                report.newest[kind] = top
                report.needers[kind] = [rel]
            elif version_key(top) == version_key(best):
                report.needers[kind].append(rel)
        report.per_file[rel] = newest_here
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path)
    parser.add_argument("--json", action="store_true")
    parser.add_argument(
        "--target", help="list the files that need a newer glibc than this, e.g. 2.28 (UOS 20)"
    )
    args = parser.parse_args(argv)
    if not args.bundle.is_dir():
        print(f"glibc_report: no bundle folder at {args.bundle}", file=sys.stderr)
        return 2
    report = scan(args.bundle)
    if args.json:
        json.dump(report.to_json(), sys.stdout, indent=2)
        print()
        return 0
    print(f"ELF files scanned: {report.files}")
    for kind in KINDS:
        if kind in report.newest:
            files = report.needers[kind]
            shown = ", ".join(files[:8]) + (f" (+{len(files) - 8} more)" if len(files) > 8 else "")
            print(f"newest {kind}_{report.newest[kind]}: {shown}")
    if args.target:
        too_new = sorted(
            (version_key(v["GLIBC"]), v["GLIBC"], f)
            for f, v in report.per_file.items()
            if "GLIBC" in v and version_key(v["GLIBC"]) > version_key(args.target)
        )
        print(f"files needing more than glibc {args.target}: {len(too_new)}")
        for _, version, name in too_new:
            print(f"  GLIBC_{version}  {name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
