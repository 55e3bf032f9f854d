#!/usr/bin/env bash
# Install TokoCRM for this user, from the unpacked tarball: the app folder to
# ~/.local/share/TokoCRM-app (replacing an older version), its menu entry and icon, and a
# `tokocrm` command in ~/.local/bin. The shop's data (~/.local/share/TokoCRM) is not touched.
# Uninstall: rm -rf ~/.local/share/TokoCRM-app ~/.local/share/applications/tokocrm.desktop
#            ~/.local/bin/tokocrm ~/.local/share/icons/hicolor/*/apps/tokocrm.*
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
share=${XDG_DATA_HOME:-$HOME/.local/share}
app=$share/TokoCRM-app

# Copy beside the old version first, then swap: a failed copy leaves the old one working.
mkdir -p "$share"
rm -rf "$app.new" "$app.old"
cp -a "$here/TokoCRM" "$app.new"
[ ! -e "$app" ] || mv "$app" "$app.old"
mv "$app.new" "$app"
rm -rf "$app.old"

icons=$app/_internal/resources/icons
for size_dir in scalable:tokocrm.svg 256x256:tokocrm.png; do
  size=${size_dir%%:*} file=${size_dir#*:}
  if [ -f "$icons/$file" ]; then
    mkdir -p "$share/icons/hicolor/$size/apps"
    cp "$icons/$file" "$share/icons/hicolor/$size/apps/$file"
  fi
done

mkdir -p "$share/applications"
sed -e '/^#/d' -e "s|^Exec=.*|Exec=\"$app/TokoCRM\"|" "$here/tokocrm.desktop" \
  >"$share/applications/tokocrm.desktop"
if command -v update-desktop-database >/dev/null; then
  update-desktop-database -q "$share/applications" || true
fi

mkdir -p "$HOME/.local/bin"
if [ ! -e "$HOME/.local/bin/tokocrm" ] || [ -L "$HOME/.local/bin/tokocrm" ]; then
  ln -sfn "$app/TokoCRM" "$HOME/.local/bin/tokocrm"
fi

echo "TokoCRM installed in $app"
echo "Start it from the applications menu (Office), or run: $app/TokoCRM"
"$app/TokoCRM" --version
