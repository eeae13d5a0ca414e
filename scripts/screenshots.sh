#!/bin/sh
# Screenshots of the real app under Xvfb: one PNG per main view, the wizard and the login,
# saved into screenshots/ (gitignored). Usage: scripts/screenshots.sh [--lang en]
set -e
cd "$(dirname "$0")/.."
PY="${PYTHON:-.venv/bin/python}"
[ -x "$PY" ] || PY=python3
export PYTHONPATH="$PWD${PYTHONPATH:+:$PYTHONPATH}"
unset QT_QPA_PLATFORM
"$PY" scripts/build_translations.py
exec xvfb-run -a -s "-screen 0 1600x1000x24" "$PY" scripts/screenshots.py "$@"
