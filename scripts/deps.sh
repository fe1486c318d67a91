#!/usr/bin/env bash
# Installs every Debian package HarborDesk needs to build, run its demo and run its tests.
# Idempotent: only missing packages are installed; when nothing is missing it only reads dpkg's status.
#   scripts/deps.sh                 build and demo
#   scripts/deps.sh --with-tests    + the servers and tools the tests and packaging use (--all: same)
#   scripts/deps.sh --check         print what is missing and exit 1 if anything is (installs nothing)
set -euo pipefail

BUILD_PKGS=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev libqt6sql6-sqlite libqt6sql6-psql
  qt6-charts-dev qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev qt6-networkauth-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qtkeychain-qt6-dev libspdlog-dev libfmt-dev libcld2-dev libgmime-3.0-dev libcurl4-openssl-dev
  libsqlite3-dev sqlite3 libgl-dev libxkbcommon-dev ccache
  fonts-noto-cjk fonts-dejavu-core
)
TEST_PKGS=(
  postgresql postgresql-contrib dovecot-imapd
  apertium-apy apertium-eng-spa apertium-en-es
  python3 python3-aiosmtpd
  xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools file dpkg-dev
)

with_tests=0 check_only=0
for arg in "$@"; do
  case "$arg" in
  --with-tests | --all) with_tests=1 ;;
  --check) check_only=1 ;;
  -h | --help)
    sed -n '2,6p' "$0" | sed 's/^# \{0,1\}//'
    exit 0
    ;;
  *)
    echo "deps.sh: unknown argument $arg (try --help)" >&2
    exit 2
    ;;
  esac
done

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "deps.sh: this script installs Debian 12 packages with apt; install the equivalents of:" >&2
  echo "  ${BUILD_PKGS[*]}" >&2
  exit 1
fi

want=("${BUILD_PKGS[@]}")
if ((with_tests)); then
  want+=("${TEST_PKGS[@]}")
fi

missing=()
for p in "${want[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if ((check_only)); then
  if ((${#missing[@]})); then
    echo "missing: ${missing[*]}"
    exit 1
  fi
  exit 0
fi

if ((${#missing[@]})); then
  echo "harbordesk: installing ${#missing[@]} missing packages: ${missing[*]}"
  SUDO=""
  if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
