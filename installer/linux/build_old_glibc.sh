#!/usr/bin/env bash
# Build the Linux bundle on an old userland, so that it starts on UOS V20 / Kylin V10
# (glibc 2.28-2.31): a PyInstaller bundle needs the glibc of the system it was built on.
#
#   installer/linux/build_old_glibc.sh [STEP ...]      run as root (debootstrap, chroot, mount)
#
# Steps, in order; each one is skipped when its result is already there, so a second run only
# rebuilds the bundle (the root and the Python are made once and reused):
#   root     Debian 11 (bullseye, glibc 2.31) made with debootstrap in $CACHE/bullseye-$ARCH
#   python   CPython 3.11.2 built there from the python3.11_3.11.2.orig.tar.gz of Debian 12's
#            python3.11 source package (--enable-shared for PyInstaller), with Debian 12's
#            SQLite; glibc-compat.h binds the pre-2.29 exp/log/pow and sem_clockwait (2.30) is
#            declined, so that nothing built here needs more than glibc 2.28
#   venv     /opt/evaldesk-venv in the root from requirements-glibc228-amd64.txt (wheels only;
#            PySide6-Essentials 6.9.3, the newest with manylinux_2_28 x86_64 wheels), or
#            requirements-glibc231-arm64.txt (6.8.0.2, the newest for aarch64 at glibc 2.31)
#   bundle   the committed and untracked-but-not-ignored files of this tree copied into the
#            root, installer/build.sh run there; the bundle lands in dist/old-glibc-$ARCH/
#   report   installer/glibc_report.py on that bundle (--target 2.28), also as JSON beside it
# Without STEP all of them run. Environment: EVALDESK_OLDROOT_CACHE (default
# ~/.cache/evaldesk-oldroot) holds the root and the sources; ARCH=amd64 (arm64: see
# docs/packaging.md, "arm64"). Timings measured here are in docs/packaging.md.
set -euo pipefail
source "$(dirname "$0")/oldroot-lib.sh"
PYVER=3.11.2
PYPREFIX=/opt/python3.11
VENV=/opt/evaldesk-venv
# amd64 aims at glibc 2.28 (UOS V20); arm64 at 2.31, the oldest PySide6 has aarch64 wheels for.
REQS="$HERE/requirements-glibc$([ "$ARCH" = arm64 ] && echo 231 || echo 228)-$ARCH.txt"
OUT="$ROOT/dist/old-glibc-$ARCH"

# What the build needs in the root: a C toolchain (tcl: SQLite's build generates sources with
# it), the headers of CPython's optional modules (ssl, lzma, bz2, ctypes, readline, uuid),
# binutils for PyInstaller, the font the bundle carries, and what Qt needs to start offscreen
# and under Xvfb for the smoke test (x11-apps: xwd takes its screenshot), and the Wayland
# client libraries that the bundle's wayland plugins leave to the system.
ROOT_PACKAGES=(
    build-essential pkg-config tcl file ca-certificates xz-utils binutils libssl-dev zlib1g-dev
    libbz2-dev libffi-dev liblzma-dev libreadline-dev libncursesw5-dev libgdbm-dev
    uuid-dev fonts-wqy-microhei xvfb xauth x11-apps libgl1 libegl1 libxkbcommon0
    libxkbcommon-x11-0 libfontconfig1 libglib2.0-0 libdbus-1-3 libxcb-cursor0 libxcb-icccm4
    libxcb-keysyms1 libxcb-shape0 libxcb-render-util0 libxcb-image0 libxcb-randr0
    libxcb-xinerama0 libxcb-xkb1 libwayland-client0 libwayland-cursor0 libwayland-egl1
)

step_root() {
    if [ ! -x "$OLDROOT/usr/bin/apt-get" ]; then
        command -v debootstrap >/dev/null || die "debootstrap missing: apt-get install debootstrap"
        say "debootstrap $SUITE ($ARCH) into $OLDROOT"
        mkdir -p "$CACHE"
        local t0=$SECONDS
        debootstrap --arch="$ARCH" --variant=minbase "$SUITE" "$OLDROOT" "$MIRROR"
        say "root made in $((SECONDS - t0)) s"
    fi
    mount_root
    # Idempotent: installs only what an older root lacks.
    in_root apt-get install -y -q --no-install-recommends "${ROOT_PACKAGES[@]}" >/dev/null \
        || { in_root apt-get update -q && in_root apt-get install -y -q --no-install-recommends "${ROOT_PACKAGES[@]}"; }
    say "root: $(in_root ldd --version | head -1)"
}

# Debian 12's source of a package, read with a private source list (the host's apt setup is
# left as it is): debian_source PACKAGE GLOB prints the path of the file GLOB it fetched.
debian_source() {
    local found
    found="$(find "$CACHE/src" -maxdepth 1 -name "$2" 2>/dev/null | sort | tail -1)"
    if [ -z "$found" ]; then
        local apt="$CACHE/apt-src"
        mkdir -p "$apt/lists/partial" "$CACHE/src"
        echo "deb-src $MIRROR bookworm main" >"$apt/sources.list"
        local opts=(-o "Dir::Etc::SourceList=$apt/sources.list" -o Dir::Etc::SourceParts=/dev/null
            -o "Dir::State::Lists=$apt/lists")
        apt-get "${opts[@]}" update -q >/dev/null
        (cd "$CACHE/src" && apt-get "${opts[@]}" source --download-only "$1" >/dev/null)
        found="$(find "$CACHE/src" -maxdepth 1 -name "$2" | sort | tail -1)"
    fi
    [ -n "$found" ] || die "no $2 from Debian 12's $1 source package"
    echo "$found"
}

# bullseye's libsqlite3 calls log@GLIBC_2.29, and is older (3.34) than what the app is tested
# with, so the bundle carries Debian 12's SQLite (3.40), built here with glibc-compat.h and
# Debian's feature options (FTS5 for the ledger search, JSON1, ...).
SQLITE_CFLAGS="-O2 -include /opt/src/glibc-compat.h -DSQLITE_ENABLE_FTS3 -DSQLITE_ENABLE_FTS4 \
 -DSQLITE_ENABLE_FTS3_PARENTHESIS -DSQLITE_ENABLE_FTS5 -DSQLITE_ENABLE_JSON1 \
 -DSQLITE_ENABLE_RTREE -DSQLITE_ENABLE_COLUMN_METADATA -DSQLITE_SECURE_DELETE \
 -DSQLITE_ENABLE_UNLOCK_NOTIFY -DSQLITE_ENABLE_DBSTAT_VTAB -DSQLITE_MAX_VARIABLE_NUMBER=250000"

step_python() {
    if [ -x "$OLDROOT$PYPREFIX/bin/python3.11" ]; then
        say "python: $(in_root $PYPREFIX/bin/python3.11 -VV | head -1)"
        return
    fi
    local python_src sqlite_src
    python_src="$(debian_source python3.11 "python3.11_$PYVER.orig.tar.gz")"
    sqlite_src="$(debian_source sqlite3 'sqlite3_*.orig.tar.xz')"
    rm -rf "$OLDROOT/opt/src" && mkdir -p "$OLDROOT/opt/src/sqlite"
    cp "$HERE/glibc-compat.h" "$OLDROOT/opt/src/"
    tar -xJf "$sqlite_src" -C "$OLDROOT/opt/src/sqlite" --strip-components=1
    tar -xzf "$python_src" -C "$OLDROOT/opt/src"
    local t0=$SECONDS
    say "building SQLite from $(basename "$sqlite_src") in the root"
    in_root /bin/sh -c "cd /opt/src/sqlite && \
        ./configure --prefix=$PYPREFIX --disable-tcl --disable-static CFLAGS='$SQLITE_CFLAGS' \
            >/opt/src/sqlite-configure.log && \
        make -j$(nproc) >/opt/src/sqlite-make.log 2>&1 && make install >/opt/src/sqlite-install.log 2>&1" \
        || die "SQLite build failed: see $OLDROOT/opt/src/sqlite-*.log"
    say "SQLite built in $((SECONDS - t0)) s"
    t0=$SECONDS
    say "building CPython $PYVER from $(basename "$python_src") in the root"
    # No --enable-optimizations: PGO runs the test suite (about an hour on 2 cores) for ~10 %
    # on pure-Python loops, which this app does not spend its time in. sem_clockwait (glibc
    # 2.30) is declined: CPython then waits with sem_timedwait, as on older systems.
    in_root /bin/sh -c "cd /opt/src/Python-$PYVER && \
        ./configure --prefix=$PYPREFIX --enable-shared --with-ensurepip=install \
            ac_cv_func_sem_clockwait=no \
            CFLAGS='-include /opt/src/glibc-compat.h' CPPFLAGS='-I$PYPREFIX/include' \
            LDFLAGS='-L$PYPREFIX/lib -Wl,-rpath,$PYPREFIX/lib' \
            >/opt/src/configure.log && \
        make -j$(nproc) >/opt/src/make.log 2>&1 && make install >/opt/src/install.log 2>&1" \
        || die "CPython build failed: see $OLDROOT/opt/src/*.log"
    say "CPython built in $((SECONDS - t0)) s: $(in_root $PYPREFIX/bin/python3.11 -VV | head -1)"
    say "sqlite3 module: $(in_root $PYPREFIX/bin/python3.11 -c 'import sqlite3; print(sqlite3.sqlite_version)')"
}

step_venv() {
    [ -f "$REQS" ] || die "no $REQS"
    local stamp="$OLDROOT$VENV/requirements.txt"
    if [ -f "$stamp" ] && cmp -s "$stamp" "$REQS"; then
        say "venv: up to date with $(basename "$REQS")"
        return
    fi
    rm -rf "$OLDROOT$VENV"
    in_root $PYPREFIX/bin/python3.11 -m venv "$VENV"
    in_root "$VENV/bin/python" -m pip install --quiet --upgrade pip
    cp "$REQS" "$OLDROOT/tmp/requirements.txt"
    in_root "$VENV/bin/python" -m pip install --quiet --only-binary=:all: -r /tmp/requirements.txt
    cp "$REQS" "$stamp"
    say "venv: $(in_root "$VENV/bin/python" -c 'import PySide6; print("PySide6", PySide6.__version__)')"
}

step_bundle() {
    say "copying the tree into the root"
    rm -rf "$OLDROOT/build/evaldesk" && mkdir -p "$OLDROOT/build/evaldesk"
    git -C "$ROOT" ls-files -z --cached --others --exclude-standard \
        | (cd "$ROOT" && tar --null -T - -cf -) | tar -xf - -C "$OLDROOT/build/evaldesk"
    in_root /bin/sh -c "cd /build/evaldesk && installer/build.sh --python $VENV/bin/python --no-smoke"
    rm -rf "$OUT" && mkdir -p "$(dirname "$OUT")"
    cp -a "$OLDROOT/build/evaldesk/dist/evaldesk" "$OUT"
    cp "$OLDROOT/build/evaldesk/dist/evaldesk.build.json" "$OUT.build.json"
    say "bundle: $OUT ($(du -sm "$OUT" | cut -f1) MB)"
}

step_report() {
    [ -d "$OUT" ] || die "no bundle at $OUT: run the bundle step first"
    python3 "$ROOT/installer/glibc_report.py" "$OUT" --target 2.28
    python3 "$ROOT/installer/glibc_report.py" "$OUT" --json >"$OUT.glibc.json"
}

STEPS=("$@")
[ ${#STEPS[@]} -gt 0 ] || STEPS=(root python venv bundle report)
for s in "${STEPS[@]}"; do
    case "$s" in
        root | python | venv | bundle | report) ;;
        *) die "unknown step $s (root, python, venv, bundle, report)" ;;
    esac
done
for s in "${STEPS[@]}"; do
    if [ "$s" != root ] && [ "$s" != report ] && [ ${#MOUNTED[@]} = 0 ]; then mount_root; fi
    "step_$s"
done
