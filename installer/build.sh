#!/usr/bin/env bash
# Build the Linux one-folder bundle dist/evaldesk/ and check it.
#
#   installer/build.sh                   build with the project venv (.venv), then smoke-test it
#   installer/build.sh --clean-venv      build in a fresh venv (build/venv) with only the app's
#                                        dependencies and PyInstaller: what a release uses
#   installer/build.sh --pyside6 6.9.3   (with --clean-venv) pin PySide6-Essentials, e.g. the
#                                        last release with glibc-2.28 wheels (docs/packaging.md)
#   installer/build.sh --python PATH     build with that interpreter
#   installer/build.sh --no-smoke        build, report, but do not run the frozen tests
#
# Needs binutils (objdump) and Python 3.11+ with a shared libpython. Prints the bundle's size,
# its biggest parts, the newest glibc it needs and start-up times, then runs
# tests/e2e/test_frozen.py against the bundle. Details: docs/packaging.md.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"

CLEAN=0
SMOKE=1
PYSIDE6=""
PY="${PYTHON:-}"
while [ $# -gt 0 ]; do
    case "$1" in
        --clean-venv) CLEAN=1 ;;
        --no-smoke) SMOKE=0 ;;
        --pyside6) PYSIDE6="$2"; shift ;;
        --python) PY="$2"; shift ;;
        -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
        *) echo "build.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
    shift
done

if [ "$CLEAN" = 1 ]; then
    VENV="$ROOT/build/venv"
    rm -rf "$VENV"
    "${PY:-python3}" -m venv "$VENV"
    PY="$VENV/bin/python"
    "$PY" -m pip install --quiet --upgrade pip
    "$PY" -m pip install --quiet ".[build]" pytest pytest-timeout ${PYSIDE6:+"PySide6-Essentials==$PYSIDE6"}
elif [ -z "$PY" ]; then
    if [ -x "$ROOT/.venv/bin/python" ]; then PY="$ROOT/.venv/bin/python"; else PY=python3; fi
fi
command -v objdump >/dev/null || { echo "build.sh: objdump not found: apt-get install binutils" >&2; exit 2; }
"$PY" -c "import PyInstaller" 2>/dev/null || {
    echo "build.sh: PyInstaller is missing in $PY: pip install '.[build]'" >&2; exit 2; }

export PYTHONPATH="$ROOT"  # the tree being built wins over any installed evaldesk
echo "== building EvalDesk $("$PY" -c 'import evaldesk; print(evaldesk.__version__)') with $("$PY" -c 'import sys; print(sys.executable, sys.version.split()[0])')"

if [ -f scripts/build_translations.py ]; then
    "$PY" scripts/build_translations.py
fi
"$PY" installer/fetch_fonts.py

START=$(date +%s)
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller installer/evaldesk.spec
SECONDS_TAKEN=$(( $(date +%s) - START ))

"$PY" installer/contents.py "$SECONDS_TAKEN"

BUNDLE="$ROOT/dist/evaldesk"
echo "== built in ${SECONDS_TAKEN} s: $BUNDLE"
echo "== size: $(du -sh "$BUNDLE" | cut -f1) ($(du -sb "$BUNDLE" | cut -f1) bytes)"
echo "== biggest files:"
# awk reads to the end (no `head`): an early-closed pipe would fail the script under pipefail.
find "$BUNDLE" -type f -printf '%s %P\n' | sort -rn \
    | awk 'NR <= 15 { printf "  %6.1f MB  %s\n", $1 / 1048576, $2 }'
echo "== glibc:"
"$PY" installer/glibc_report.py "$BUNDLE" --target 2.28
echo "== start-up (offscreen):"
"$PY" installer/measure.py "$BUNDLE" --runs 5

if [ "$SMOKE" = 1 ]; then
    echo "== smoke test"
    QT_QPA_PLATFORM=offscreen "$PY" -m pytest -q -p no:cacheprovider -m frozen tests/e2e/test_frozen.py
fi
