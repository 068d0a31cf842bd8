#!/usr/bin/env bash
# Installs what SyncLens needs to build, run and test on Debian 12 — only the
# packages that are missing, so a second run does nothing. Root, or a user
# with sudo.
set -euo pipefail

packages=(
  cmake ninja-build g++ lld pkg-config ccache clang-tidy libsqlite3-dev
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-svg-dev qtkeychain-qt6-dev libgl-dev
  qt6-httpserver-dev qt6-websockets-dev qt6-networkauth-dev
  fonts-dejavu-core
  xvfb xauth dbus gnome-keyring
  desktop-file-utils appstream
)

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "install-deps: run as root or install sudo" >&2; exit 2; }
  sudo=(sudo)
fi
echo "install-deps: installing ${missing[*]}" >&2
"${sudo[@]}" apt-get update -q
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q "${missing[@]}"
