#!/usr/bin/env bash
# Build the desktop app as a one-folder bundle, dist/TokoCRM/ (PyInstaller,
# installer/tokocrm.spec), and on Linux the tarball dist/TokoCRM-<version>-linux-<arch>.tar.gz:
# the folder, a .desktop entry and install.sh. Then smoke-test the bundle as a user would get
# it: a sample shop, the window offscreen for a few seconds, and last `TokoCRM --self-test` on a
# new database, whose exit code is this script's. Idempotent: run again, it rebuilds over the
# last build.
#
# Uses the project's venv (`make setup`: .venv and the .qm translations), adding the pinned
# PyInstaller of pyproject.toml's `bundle` extra. Windows: see installer/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$SECONDS

bash tools/system-packages.sh bundle
make setup
BIN=.venv/bin
mkdir -p build
"$BIN/python" - <<'EOF' >build/bundle-requirements.txt
import tomllib
with open("pyproject.toml", "rb") as file:
    print("\n".join(tomllib.load(file)["project"]["optional-dependencies"]["bundle"]))
EOF
"$BIN/pip" install --quiet -r build/bundle-requirements.txt

version=$("$BIN/python" -c \
  'import sys; sys.path.insert(0, "src"); import tokocrm; print(tokocrm.__version__)')
echo "== PyInstaller: dist/TokoCRM (TokoCRM $version)"
"$BIN/pyinstaller" --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
  installer/tokocrm.spec
app=dist/TokoCRM
echo "bundle: $app, $(du -sh "$app" | cut -f1)"

if [[ "$(uname -s)" == Linux ]]; then
  name="TokoCRM-$version-linux-$(uname -m)"
  stage="build/tarball/$name"
  rm -rf build/tarball
  mkdir -p "$stage"
  cp -al "$app" "$stage/TokoCRM" 2>/dev/null || cp -a "$app" "$stage/TokoCRM"  # links: no copy
  cp installer/tokocrm.desktop installer/install.sh "$stage/"
  chmod +x "$stage/install.sh"
  tar -C build/tarball -czf "dist/$name.tar.gz.part" "$name"
  mv "dist/$name.tar.gz.part" "dist/$name.tar.gz"
  rm -rf build/tarball
  echo "tarball: dist/$name.tar.gz, $(du -h "dist/$name.tar.gz" | cut -f1)"
fi

# The smoke tests run the bundle away from the source tree and the venv, with their own
# empty user folders (settings, logs, the default database), as on a new PC.
exe="$PWD/$app/TokoCRM"
[[ -x "$exe" ]] || exe="$PWD/$app/TokoCRM.exe"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
run() {
  (cd "$scratch" && env -u PYTHONPATH -u PYTHONHOME -u VIRTUAL_ENV -u TOKOCRM_DB \
     XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" \
     XDG_STATE_HOME="$scratch/state" XDG_CACHE_HOME="$scratch/cache" "$@")
}
echo "== smoke test: a sample shop, then its self-test (the customer value model fitted)"
run "$exe" --db "$scratch/demo.db" demo --members 300 --months 24 --seed 1
run "$exe" --self-test --db "$scratch/demo.db"
if [[ "$(uname -s)" == Linux ]]; then
  echo "== smoke test: the window, offscreen, for 8 seconds (first start: the shop's set-up)"
  status=0
  run env QT_QPA_PLATFORM=offscreen timeout 8 "$exe" --db "$scratch/window.db" \
    >"$scratch/window.out" 2>&1 || status=$?
  logs=$(cat "$scratch"/state/TokoCRM/log/tokocrm.log* 2>/dev/null || true)
  if ((status != 124)) || grep -qE "Traceback| ERROR | CRITICAL " <<<"$logs"; then
    echo "the window did not keep running (exit $status, 124 expected):" >&2
    cat "$scratch/window.out" >&2
    grep -E -A20 "Traceback| ERROR | CRITICAL " <<<"$logs" >&2 || true
    exit 1
  fi
  echo "ok window still open after 8 s"
fi
echo "== build took $((SECONDS - started)) s; the bundle's self-test on a new database:"
run "$exe" --self-test --db "$scratch/selftest.db"
