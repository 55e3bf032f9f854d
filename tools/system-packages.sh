#!/usr/bin/env bash
# Install the Debian/Ubuntu packages TokoCRM needs that pip cannot bring: Qt's libraries for a
# real window ("gui") or for the test suite ("test": offscreen Qt and a PostgreSQL server), or
# to build the app bundle ("bundle": PyInstaller's objdump, and Qt's window libraries, which
# PyInstaller then copies into the bundle for desktops that lack some, e.g. libxcb-cursor0).
# Only what is missing is installed; elsewhere (no dpkg) it does nothing.
set -euo pipefail

qt_base=(libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3)
qt_window=(libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
           libxcb-render-util0 libxcb-randr0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1
           libcups2)  # the printers in Qt's print dialog (member cards); PDF works without
case "${1:-}" in
  gui) packages=("${qt_base[@]}" "${qt_window[@]}") ;;
  test) packages=(make postgresql "${qt_base[@]}") ;;
  bundle) packages=(make binutils "${qt_base[@]}" "${qt_window[@]}") ;;
  *) echo "usage: $0 gui|test|bundle" >&2; exit 2 ;;
esac

command -v dpkg >/dev/null || exit 0
missing=()
for package in "${packages[@]}"; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
((${#missing[@]})) || exit 0

sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -q
"${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
