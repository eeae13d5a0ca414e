# Shared by installer/linux/*.sh (sourced, not run): where the Debian 11 root is, and how to run
# a command inside it with /proc, /dev and /sys bound and a clean environment.
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="${EVALDESK_SOURCE:-$(cd "$HERE/../.." && pwd)}"  # the tree to build
ARCH="${ARCH:-amd64}"
CACHE="${EVALDESK_OLDROOT_CACHE:-$HOME/.cache/evaldesk-oldroot}"
SUITE=bullseye
OLDROOT="$CACHE/$SUITE-$ARCH"
MIRROR="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"

say() { printf '== %s\n' "$*"; }
die() { printf '%s: %s\n' "$(basename "$0")" "$*" >&2; exit 2; }
[ "$(id -u)" = 0 ] || die "run as root (debootstrap, chroot and bind mounts need it)"

MOUNTED=()
mount_root() {
    [ -x "$OLDROOT/usr/bin/apt-get" ] || die "no Debian 11 root at $OLDROOT: run installer/linux/build_old_glibc.sh root"
    for fs in proc dev dev/pts sys; do
        if ! mountpoint -q "$OLDROOT/$fs"; then
            mount --bind "/$fs" "$OLDROOT/$fs"
            MOUNTED=("$OLDROOT/$fs" "${MOUNTED[@]}")
        fi
    done
    cp /etc/resolv.conf "$OLDROOT/etc/resolv.conf"  # pip and apt reach the package archives
    # The host's CA bundle too: where HTTPS goes through a proxy with its own CA, the root's
    # stock bundle would refuse the package index.
    cp "${PIP_CERT:-${SSL_CERT_FILE:-/etc/ssl/certs/ca-certificates.crt}}" "$OLDROOT/etc/host-ca.crt"
}
unmount_root() {
    for m in "${MOUNTED[@]}"; do umount "$m" || umount -l "$m" || true; done
    MOUNTED=()
}
trap unmount_root EXIT

# in_root [VAR=VALUE ...] COMMAND ...: nothing of the host's environment goes in.
in_root() {
    chroot "$OLDROOT" /usr/bin/env -i HOME=/root PATH=/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin \
        LANG=C.UTF-8 PIP_CERT=/etc/host-ca.crt PIP_DISABLE_PIP_VERSION_CHECK=1 "$@"
}
