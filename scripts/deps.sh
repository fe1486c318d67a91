#!/usr/bin/env bash
# Installs every Debian package HarborDesk needs to build, run its demo and run its tests.
# Idempotent: only missing packages are installed.
set -euo pipefail

BUILD_PKGS=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql
  qt6-charts-dev qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev qt6-networkauth-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qtkeychain-qt6-dev libspdlog-dev libfmt-dev libcld2-dev libgmime-3.0-dev
  libsqlite3-dev sqlite3 libgl-dev libxkbcommon-dev ccache
  fonts-noto-cjk fonts-dejavu-core
)
TEST_PKGS=(
  postgresql postgresql-contrib dovecot-imapd
  apertium-apy apertium-eng-spa apertium-en-es
  xvfb xauth gnome-keyring dbus-x11 libsecret-tools file dpkg-dev
)

want=("${BUILD_PKGS[@]}")
if [[ "${1:-}" == "--with-tests" || "${1:-}" == "--all" ]]; then
  want+=("${TEST_PKGS[@]}")
fi

missing=()
for p in "${want[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if ((${#missing[@]})); then
  echo "harbordesk: installing ${#missing[@]} missing packages: ${missing[*]}"
  SUDO=""
  if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
