#!/bin/sh
# Screenshots of the real app under Xvfb on each supported screen (1366×768; 1920×1080 at 100,
# 125 and 150 %), in Chinese and English: every view of every built-in rubric's demo, the
# wizard and the login, saved into screenshots/<screen>/<language>/ (gitignored).
# Usage: scripts/screenshots.sh [--rubrics ID,...]   (SCREENS and LANGS narrow the run)
set -e
cd "$(dirname "$0")/.."
PY="${PYTHON:-.venv/bin/python}"
[ -x "$PY" ] || PY=python3
export PYTHONPATH="$PWD${PYTHONPATH:+:$PYTHONPATH}"
unset QT_QPA_PLATFORM
"$PY" scripts/build_translations.py
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
for screen in ${SCREENS:-1366x768@1 1920x1080@1 1920x1080@1.25 1920x1080@1.5}; do
    size="${screen%@*}"
    scale="${screen#*@}"
    for lang in ${LANGS:-zh_CN en}; do
        QT_SCALE_FACTOR="$scale" xvfb-run -a -s "-screen 0 ${size}x24" \
            "$PY" scripts/screenshots.py --lang "$lang" --work "$WORK" "$@"
    done
done
