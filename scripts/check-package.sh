#!/usr/bin/env bash
# Checks the Debian package as an admin would meet it (issue 19): builds the .deb
# (release preset), installs it into a fresh Debian 12 root made by debootstrap
# from the mirror apt uses here (/etc/apt/sources.list*), and in that root runs
# `synclens --version` (no display), `synclens-cli --version`, the bundled
# scenarios, and `synclens --screenshot` under Xvfb (its first start creates the
# demo org); then `apt-get remove synclens` and `apt-get autoremove --purge` (the
# dependencies it brought, with the files their scripts made, such as the MIME
# database) must leave the root with exactly the files it had before. Root only
# (debootstrap, chroot, mount).
#
#   scripts/check-package.sh [--reuse-base] [--preset NAME | --build DIR] [WORKDIR]
#
# WORKDIR is build/check-package unless named. The package is made from the build
# of the release preset, or of another preset, or of a configured build folder
# (only the programs are built: target `programs`).
# Takes a while (a Debian root is downloaded and unpacked: 26 min on the shared
# machine under load); not a ctest test. Each debootstrap's result is kept as
# WORKDIR/base-bookworm.tar; --reuse-base unpacks that instead of running
# debootstrap again (still a root nothing was installed into). The screenshot is
# left in WORKDIR/screenshot.png, the whole output in WORKDIR/check.log.
set -euo pipefail
cd "$(dirname "$0")/.."
reuse_base=false
preset=release
build=
while [ $# -gt 0 ]; do
  case "$1" in
    --reuse-base) reuse_base=true; shift ;;
    --preset) preset=$2; shift 2 ;;
    --build) build=$2; shift 2 ;;
    *) break ;;
  esac
done
work=$(realpath -m "${1:-build/check-package}")
root=$work/root
suite=bookworm

[ "$(id -u)" -eq 0 ] || { echo "check-package: run as root (debootstrap, chroot)" >&2; exit 2; }
mkdir -p "$work"
exec > >(tee "$work/check.log") 2>&1

step() { printf '\n== %s (%s)\n' "$*" "$(date -u +%H:%M:%S)"; }
fail() { echo "check-package: FAILED: $*" >&2; exit 1; }
in_root() { chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin \
                   LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"; }

# The mirror of apt's own sources that carries the suite (one-line or deb822 format).
mirror_of_apt() {
  local file
  for file in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    [ -f "$file" ] && awk -v suite="$suite" \
      '$1 == "deb" { i = 2; if ($2 ~ /^\[/) while ($i !~ /\]$/) i++; if ($2 ~ /^\[/) i++;
                     if ($(i + 1) == suite) { print $i; exit } }' "$file"
  done
  for file in /etc/apt/sources.list.d/*.sources; do
    [ -f "$file" ] && awk -v suite="$suite" \
      'function check() { if (found && uri != "") { print uri; found = 0; exit } }
       /^[ \t]*$/ { check(); uri = ""; found = 0; next }
       $1 == "URIs:" { uri = $2 }
       $1 == "Suites:" { for (i = 2; i <= NF; i++) if ($i == suite) found = 1 }
       END { check() }' "$file"
  done
}

unmount_root() {
  local point
  for point in "$root/dev/pts" "$root/proc" "$root/sys"; do
    while mountpoint -q "$point" 2>/dev/null; do umount -l "$point"; done
  done
}
trap unmount_root EXIT

# Everything in the root but what changes by itself (caches, logs, apt's and
# dpkg's own records, home and temporary folders).
snapshot() {
  (cd "$root" && find . -xdev \( -path ./proc -o -path ./sys -o -path ./dev -o -path ./tmp \
      -o -path ./root -o -path ./run -o -path ./var/cache -o -path ./var/log \
      -o -path ./var/lib/apt -o -path ./var/lib/dpkg \) -prune -o -print | LC_ALL=C sort)
}

if [ -z "$build" ]; then
  step "Build the .deb ($preset preset)"
  cmake --preset "$preset" >/dev/null
  build=build/$preset
else
  step "Build the .deb ($build)"
fi
cmake --build "$build" --target programs | tail -1
(cd "$build" && cpack -G DEB >/dev/null)
deb=$(ls -t "$build"/synclens_*.deb | head -1)
echo "$deb: $(du -h "$deb" | cut -f1)"
dpkg-deb --field "$deb" Package Version Architecture Depends Recommends

mirror=$(mirror_of_apt | head -1)
[ -n "$mirror" ] || fail "no $suite mirror in /etc/apt/sources.list*"
unmount_root
[ -d "$root" ] && rm -rf --one-file-system "$root"
base=$work/base-$suite.tar
if $reuse_base && [ -f "$base" ]; then
  step "A fresh Debian 12 root: $(basename "$base") of $(date -u -r "$base" '+%F %H:%M') (debootstrap from $mirror)"
  mkdir -p "$root" && tar -xf "$base" -C "$root"
else
  step "A fresh Debian 12 root: debootstrap from $mirror"
  command -v debootstrap >/dev/null || apt-get install -y -q debootstrap
  debootstrap --variant=minbase "$suite" "$root" "$mirror" >"$work/debootstrap.log" \
    || { tail -20 "$work/debootstrap.log"; fail "debootstrap"; }
  unmount_root
  tar --one-file-system -cf "$base" -C "$root" .
fi
mountpoint -q "$root/proc" || mount -t proc proc "$root/proc"
# A terminal of its own for apt and dpkg (the host's stays untouched).
mountpoint -q "$root/dev/pts" || mount -t devpts -o newinstance,ptmxmode=0666 devpts "$root/dev/pts"
echo "$(cat "$root/etc/debian_version"), $(snapshot | wc -l) files"

step "The test harness: Xvfb and a font (not the package's dependencies)"
in_root apt-get update -q >/dev/null
in_root apt-get install -y -q --no-install-recommends xvfb xauth fonts-dejavu-core >/dev/null
snapshot >"$work/before.txt"

step "apt-get install ./$(basename "$deb") (its dependencies from the mirror)"
cp "$deb" "$root/tmp/"
in_root apt-get install -y -q --no-install-recommends "/tmp/$(basename "$deb")" \
  | grep -E '^(Setting up|[0-9]+ upgraded)' | sed -E 's/^Setting up ([^ ]+) .*/\1/' | paste -sd' ' | fold -s -w 100
in_root dpkg -L synclens | grep -E '^/usr/(bin|share/(applications|metainfo))/|scalable'

step "synclens --version and synclens-cli --version, no display"
in_root synclens --version
in_root synclens-cli --version

step "The bundled scenarios"
in_root sh -c 'synclens-cli scenario run /usr/share/synclens/scenarios/*.json' | tail -1

step "synclens --screenshot under Xvfb (first start: creates the demo org)"
started=$(date +%s)
in_root timeout 900 xvfb-run -a -s '-screen 0 1600x1000x24' \
  synclens --screenshot /tmp/synclens-check.png 2>&1 | grep -v -e '^QStandardPaths' || true
[ -s "$root/tmp/synclens-check.png" ] || fail "no screenshot"
cp "$root/tmp/synclens-check.png" "$work/screenshot.png"
echo "screenshot.png: $(file -b "$work/screenshot.png" | cut -d, -f1-2), $(du -h "$work/screenshot.png" | cut -f1), $(( $(date +%s) - started )) s"
ls -la "$root/root/.local/share/SyncLens/SyncLens/" | grep demo.db

step "apt-get remove synclens, then autoremove --purge of what it brought"
in_root dpkg -L synclens >"$work/synclens-files.txt"
in_root apt-get remove -y -q synclens | grep -E '^(Removing|[0-9]+ upgraded)'
left=0
while read -r path; do
  if [ -e "$root$path" ] && [ ! -d "$root$path" ]; then echo "left: $path"; left=$((left + 1)); fi
done <"$work/synclens-files.txt"
[ "$left" -eq 0 ] || fail "$left files of the package left after apt-get remove"
echo "none of the package's $(wc -l <"$work/synclens-files.txt") paths is left but shared folders"
in_root apt-get autoremove --purge -y -q | grep -E '^[0-9]+ upgraded'
status=$(in_root dpkg-query -W -f='${db:Status-Abbrev}' synclens 2>/dev/null || true)
[ -z "$status" ] || [ "$status" = "un " ] || fail "dpkg still knows synclens: '$status'"
snapshot >"$work/after.txt"
if ! diff "$work/before.txt" "$work/after.txt" >"$work/left.txt"; then
  head -20 "$work/left.txt"
  fail "the root differs from before the install ($(grep -c '^[<>]' "$work/left.txt") files)"
fi
echo "no file left behind: the root has the same $(wc -l <"$work/after.txt") files as before the install"

step "check-package: OK"
