#!/usr/bin/env bash
# Install, use, uninstall and purge the .deb with dpkg inside the Debian 11 root; users' data
# must survive both.
#
#   installer/linux/deb_in_root.sh dist/org.evaldesk.evaldesk_0.1.0_amd64.deb     run as root
set -euo pipefail
source "$(dirname "$0")/oldroot-lib.sh"
DEB="$(realpath "${1:?usage: deb_in_root.sh PACKAGE.deb}")"
APPID="$(dpkg-deb -f "$DEB" Package)"
CLERK=/home/clerk
DATA=$CLERK/.local/share/EvalDesk  # platformdirs user_data_dir("EvalDesk", appauthor=False)
mount_root

as_clerk() { in_root HOME=$CLERK EVALDESK_LOG_DIR=$CLERK/logs "$@"; }
check() { in_root test "$@" || die "expected: test $*"; }

cp "$DEB" "$OLDROOT/tmp/evaldesk.deb"
rm -rf "${OLDROOT:?}$CLERK" && mkdir -p "$OLDROOT$CLERK"
say "dpkg -i $(basename "$DEB") ($(du -m "$DEB" | cut -f1) MB)"
in_root dpkg -i /tmp/evaldesk.deb
in_root dpkg -s "$APPID" | grep -E '^(Status|Version|Installed-Size)'
check -f "/opt/apps/$APPID/info"
check -x "/opt/apps/$APPID/files/evaldesk"
check -f "/opt/apps/$APPID/entries/applications/$APPID.desktop"
check -f "/opt/apps/$APPID/entries/icons/hicolor/scalable/apps/$APPID.svg"
check -e "/usr/share/applications/$APPID.desktop"
say "launcher on PATH: $(in_root /bin/sh -c 'command -v evaldesk') -> $(in_root evaldesk --version)"

say "an office in the user's default data folder ($DATA), scored with the installed app"
as_clerk evaldesk demo --data-dir $DATA >/dev/null
as_clerk evaldesk score --data-dir $DATA | head -2
check -f $DATA/evaldesk.sqlite3

say "dpkg -r"
in_root dpkg -r "$APPID"
check ! -e "/opt/apps/$APPID"
check ! -e /usr/bin/evaldesk
check ! -e "/usr/share/applications/$APPID.desktop"
check -f $DATA/evaldesk.sqlite3
echo "program removed, $DATA kept"

say "dpkg -i again, the same office opens; then dpkg -P (purge)"
in_root dpkg -i /tmp/evaldesk.deb >/dev/null
as_clerk evaldesk check --data-dir $DATA | tail -1
in_root dpkg -P "$APPID"
check ! -e "/opt/apps/$APPID"
check -f $DATA/evaldesk.sqlite3
echo "purged, $DATA kept ($(du -sh "$OLDROOT$DATA" | cut -f1))"
