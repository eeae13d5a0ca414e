#!/usr/bin/env bash
# Prove that the old-glibc bundle runs on a glibc-2.31 userland: the Debian 11 root that
# build_old_glibc.sh made, not the build host.
#
#   installer/linux/smoke_in_root.sh [BUNDLE]      default dist/old-glibc-amd64; run as root
#
# Inside the root, with a clean environment: --version, demo, score, export, verify; every
# bundled ELF file's dependencies resolved by the root's ldd; LD_DEBUG=libs of a CLI and a GUI
# run, each library loaded classified as the bundle's or the root's (anything else fails);
# the GUI's first paint under the root's Xvfb (xcb), five runs, and a screenshot
# (BUNDLE.firstpaint.png). Then the same GUI runs on this host with the same bundle and data,
# for comparison in the same run. Prints a summary for docs/packaging.md.
set -euo pipefail
source "$(dirname "$0")/oldroot-lib.sh"
BUNDLE="$(realpath "${1:-$ROOT/dist/old-glibc-$ARCH}")"
[ -x "$BUNDLE/evaldesk" ] || die "no bundle at $BUNDLE: run installer/linux/build_old_glibc.sh"
RUNS=7
APP=/opt/evaldesk-smoke
WORK=/tmp/evaldesk-smoke
PASSPHRASE="smoke test passphrase"
mount_root

say "copying $BUNDLE into the root at $APP"
rm -rf "$OLDROOT$APP" "$OLDROOT$WORK" && mkdir -p "$OLDROOT$WORK"
cp -a "$BUNDLE" "$OLDROOT$APP"
say "root: $(in_root ldd --version | head -1)"

step() { say "$*" >&2; in_root HOME=$WORK EVALDESK_LOG_DIR=$WORK/logs EVALDESK_PASSPHRASE="$PASSPHRASE" "$@"; }
step $APP/evaldesk --version
step $APP/evaldesk demo --data-dir $WORK/office >"$OLDROOT$WORK/demo.txt"
read -r USER PASSWORD < <(awk '/^accounts/ {on=1; next} on && NF >= 3 {print $2, $3; exit}' "$OLDROOT$WORK/demo.txt")
[ -n "${USER:-}" ] || die "no account in the demo's output"
step $APP/evaldesk score --data-dir $WORK/office --json >"$OLDROOT$WORK/score.json"
YEAR="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["year"])' "$OLDROOT$WORK/score.json")"
say "score: $(python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); print(r.get("total", r.get("score", "?")), "for", r["year"])' "$OLDROOT$WORK/score.json")"
step $APP/evaldesk export --data-dir $WORK/office --year "$YEAR" --out $WORK/package.zip
step $APP/evaldesk verify $WORK/package.zip --json | tee "$OLDROOT$WORK/verify.json"
python3 -c 'import json,sys; assert json.load(open(sys.argv[1]))["valid"] is True' "$OLDROOT$WORK/verify.json"
step $APP/evaldesk check --data-dir $WORK/office

say "every bundled ELF file's dependencies, by the root's ldd"
missing="$(in_root /bin/sh -c "find $APP -type f \( -name '*.so*' -o -name evaldesk \) -exec sh -c 'head -c4 \"\$1\" | grep -q ELF && ldd \"\$1\" | sed \"s|^|\$1: |\"' _ {} \; | grep 'not found' || true")"
[ -z "$missing" ] || { echo "$missing"; die "libraries not found in the root"; }
echo "none missing"

# Xvfb inside the root: its X libraries and fonts are the old userland's too.
in_root /bin/sh -c "Xvfb :77 -screen 0 1366x768x24 -nolisten tcp >$WORK/xvfb.log 2>&1 & echo \$! >$WORK/xvfb.pid"
XVFB_PID="$(cat "$OLDROOT$WORK/xvfb.pid")"
trap 'kill "$XVFB_PID" 2>/dev/null || true; unmount_root' EXIT
sleep 2
GUI_ENV=(HOME=$WORK EVALDESK_LOG_DIR=$WORK/logs EVALDESK_SETTINGS=$WORK/settings.ini DISPLAY=:77
    QT_QPA_PLATFORM=xcb EVALDESK_AUTOLOGIN="$USER" EVALDESK_AUTOLOGIN_PASSWORD="$PASSWORD")

say "libraries loaded by a CLI and a GUI run (LD_DEBUG=libs)"
in_root LD_DEBUG=libs LD_DEBUG_OUTPUT=$WORK/ld-cli "${GUI_ENV[@]}" $APP/evaldesk score --data-dir $WORK/office >/dev/null
in_root LD_DEBUG=libs LD_DEBUG_OUTPUT=$WORK/ld-gui EVALDESK_SMOKE_EXIT=1 "${GUI_ENV[@]}" $APP/evaldesk --data-dir $WORK/office >/dev/null
cat "$OLDROOT$WORK"/ld-cli.* "$OLDROOT$WORK"/ld-gui.* | sed -n 's/.*calling init: //p' | sort -u >"$OLDROOT$WORK/loaded.txt"
from_bundle="$(grep -c "^$APP/" "$OLDROOT$WORK/loaded.txt" || true)"
from_root="$(grep -E '^/(usr/)?lib/' "$OLDROOT$WORK/loaded.txt" || true)"
elsewhere="$(grep -vE "^($APP/|/(usr/)?lib/)" "$OLDROOT$WORK/loaded.txt" || true)"
[ -z "$elsewhere" ] || { echo "$elsewhere"; die "libraries loaded from neither the bundle nor the root"; }
echo "from the bundle: $from_bundle; from the root's system ($(echo "$from_root" | grep -c . || true)):"
echo "$from_root" | sed 's|.*/||' | tr '\n' ' ' | fold -s -w 100; echo

say "screenshot of the first window in the root"
in_root /bin/sh -c "$(printf '%q ' env "${GUI_ENV[@]}") $APP/evaldesk --data-dir $WORK/office >$WORK/gui.out 2>&1 & echo \$! >$WORK/gui.pid"
sleep 8
in_root xwd -root -display :77 -out $WORK/firstpaint.xwd
kill "$(cat "$OLDROOT$WORK/gui.pid")" 2>/dev/null || true
SHOT="$BUNDLE.firstpaint.png"
if command -v convert >/dev/null; then
    convert "xwd:$OLDROOT$WORK/firstpaint.xwd" "$SHOT" && echo "$SHOT"
else
    cp "$OLDROOT$WORK/firstpaint.xwd" "$BUNDLE.firstpaint.xwd" && echo "$BUNDLE.firstpaint.xwd (no ImageMagick here)"
fi

# The same bundle and data on this host, each host run right after a root run, so that a busy
# stretch of the machine hits both alike.
HOSTWORK="$(mktemp -d)"
cp -a "$OLDROOT$WORK/office" "$HOSTWORK/office"
Xvfb :78 -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
HOST_XVFB=$!
trap 'kill "$XVFB_PID" "$HOST_XVFB" 2>/dev/null || true; unmount_root; rm -rf "$HOSTWORK"' EXIT
sleep 2
painted() { sed -n 's/^smoke: main window painted after \([0-9.]*\) s$/\1/p'; }
in_root_paint() { in_root EVALDESK_SMOKE_EXIT=1 "${GUI_ENV[@]}" $APP/evaldesk --data-dir $WORK/office 2>/dev/null | painted; }
host_paint() {
    env -i PATH=/usr/bin:/bin LANG=C.UTF-8 HOME="$HOSTWORK" EVALDESK_LOG_DIR="$HOSTWORK/logs" \
        EVALDESK_SETTINGS="$HOSTWORK/settings.ini" DISPLAY=:78 QT_QPA_PLATFORM=xcb EVALDESK_SMOKE_EXIT=1 \
        EVALDESK_AUTOLOGIN="$USER" EVALDESK_AUTOLOGIN_PASSWORD="$PASSWORD" \
        "$BUNDLE/evaldesk" --data-dir "$HOSTWORK/office" 2>/dev/null | painted
}
say "GUI first paint (Xvfb, xcb), root and host ($(ldd --version | head -1)) alternately"
ROOT_TIMES=() HOST_TIMES=()
for _ in $(seq "$RUNS"); do
    ROOT_TIMES+=("$(in_root_paint)")
    HOST_TIMES+=("$(host_paint)")
done
median() { python3 -c 'import statistics,sys; t=[float(x) for x in sys.argv[1:] if x]; print(f"{statistics.median(t):.2f} s (runs {len(t)}, min {min(t):.2f}, max {max(t):.2f})" if t else "no paint")' "$@"; }
ROOT_PAINT="$(median "${ROOT_TIMES[@]}")"
HOST_PAINT="$(median "${HOST_TIMES[@]}")"
echo "root: $ROOT_PAINT; host: $HOST_PAINT"

say "summary"
echo "bundle: $BUNDLE, $(du -sm "$BUNDLE" | cut -f1) MB, $(find "$BUNDLE" -type f | wc -l) files"
python3 "$ROOT/installer/glibc_report.py" "$BUNDLE" | grep -E "newest GLIBC_|files needing" || true
echo "root: $(in_root ldd --version | head -1); CLI: --version, demo, score, export, verify, check passed"
echo "first paint (median of $RUNS, Xvfb + xcb, demo office, signed in): root $ROOT_PAINT; host $HOST_PAINT"
