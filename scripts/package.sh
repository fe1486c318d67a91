#!/usr/bin/env bash
# Builds a release, packages it with CPack (DEB and TGZ) and checks that the .deb really works.
#
#   ./scripts/package.sh             build-release/packages/harbordesk_<version>_<arch>.deb + .tar.gz
#   ./scripts/package.sh --install   also install the .deb on this machine (apt-get, as root) and run it
#
# Checks: the package's metadata and Depends (from dpkg-shlibdeps), its file list (executables,
# .desktop, icon), that apt could install it here, that every library of its executables resolves,
# and that the unpacked `usr/bin/harbordesk --version` prints "harbordesk <version>" (offscreen).
# Knobs: HARBORDESK_BUILD_DIR (default build-release/), HARBORDESK_BUILD_TYPE (Release),
# HARBORDESK_JOBS, HARBORDESK_SKIP_DEPS=1.
set -euo pipefail

HARBORDESK_BUILD_DIR="${HARBORDESK_BUILD_DIR:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/build-release}"
HARBORDESK_BUILD_TYPE="${HARBORDESK_BUILD_TYPE:-Release}"
source "$(dirname "${BASH_SOURCE[0]}")/lib/build.sh"

install_here=0
case "${1:-}" in
--install) install_here=1 ;;
-h | --help)
  sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'
  exit 0
  ;;
"") ;;
*)
  echo "package.sh: unknown option $1 (try --help)" >&2
  exit 2
  ;;
esac

cd "$HD_ROOT"
hd_deps --with-tests # dpkg-dev (dpkg-shlibdeps) and file are needed by CPack's DEB generator
hd_configure -DHARBORDESK_BUILD_TESTS=OFF -DHARBORDESK_BUILD_BENCH=OFF -DCMAKE_INSTALL_PREFIX=/usr
hd_build

for t in harbordesk harbordesk-cli; do
  [[ -n "$(hd_find_exe "$t")" ]] || hd_die "$t was not built; nothing to package"
done

out="$HD_BUILD_DIR/packages"
rm -rf "$out"
mkdir -p "$out"
hd_say "cpack -G DEB;TGZ"
(cd "$HD_BUILD_DIR" && cpack -G "DEB;TGZ" -B "$out") || hd_die "cpack failed"
rm -rf "$out/_CPack_Packages"

shopt -s nullglob
debs=("$out"/harbordesk_*.deb)
tgzs=("$out"/harbordesk-*.tar.gz)
shopt -u nullglob
((${#debs[@]} == 1)) || hd_die "expected one harbordesk_*.deb in $out, found ${#debs[@]}"
((${#tgzs[@]} == 1)) || hd_die "expected one harbordesk-*.tar.gz in $out, found ${#tgzs[@]}"
deb="${debs[0]}"

hd_say "checking $deb"
failures=0
check() { # check DESCRIPTION COMMAND...
  local what="$1"
  shift
  if "$@"; then
    echo "  ok    $what"
  else
    echo "  FAIL  $what"
    failures=$((failures + 1))
  fi
}

dpkg-deb -f "$deb" | sed 's/^/    /'
version="$(dpkg-deb -f "$deb" Version)"
depends="$(dpkg-deb -f "$deb" Depends)"
files="$(dpkg-deb -c "$deb" | awk '{print $NF}')"
check "Package is harbordesk" test "$(dpkg-deb -f "$deb" Package)" = harbordesk
check "Depends lists Qt libraries (dpkg-shlibdeps ran)" grep -q 'libqt6core6' <<<"$depends"
check "Depends lists the SQLite driver plug-in" grep -q 'libqt6sql6-sqlite' <<<"$depends"
for f in ./usr/bin/harbordesk ./usr/bin/harbordesk-cli ./usr/share/applications/harbordesk.desktop \
  ./usr/share/icons/hicolor/scalable/apps/harbordesk.svg; do
  check "contains ${f#.}" grep -qx -- "$f" <<<"$files"
done
if command -v desktop-file-validate >/dev/null; then
  check "harbordesk.desktop is valid" desktop-file-validate "$HD_ROOT/installer/linux/harbordesk.desktop"
fi
if [[ $(id -u) -eq 0 ]]; then
  check "apt can satisfy its dependencies on this machine" \
    bash -c 'apt-get install --simulate --no-install-recommends "$1" >/dev/null' _ "$deb"
fi

root="$(mktemp -d "${TMPDIR:-/tmp}/harbordesk-pkgroot.XXXXXX")"
trap 'rm -rf "$root"' EXIT
dpkg-deb -x "$deb" "$root"
for exe in "$root"/usr/bin/*; do
  check "libraries of ${exe#"$root"} all resolve" bash -c '! ldd "$1" | grep -q "not found"' _ "$exe"
done
gui_version="$(QT_QPA_PLATFORM=offscreen timeout 30 "$root/usr/bin/harbordesk" --version 2>/dev/null | head -n 1 || true)"
echo "    usr/bin/harbordesk --version: ${gui_version:-<nothing>}"
check "harbordesk --version prints 'harbordesk $version'" test "$gui_version" = "harbordesk $version"
cli_version="$(timeout 30 "$root/usr/bin/harbordesk-cli" --version 2>/dev/null | head -n 1 || true)"
echo "    usr/bin/harbordesk-cli --version: ${cli_version:-<nothing>}"
check "harbordesk-cli --version mentions $version" grep -q -- "$version" <<<"$cli_version"

if ((install_here)); then
  [[ $(id -u) -eq 0 ]] || hd_die "--install needs root"
  hd_say "installing $deb on this machine"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$deb"
  installed_version="$(QT_QPA_PLATFORM=offscreen timeout 30 /usr/bin/harbordesk --version 2>/dev/null | head -n 1 || true)"
  check "installed /usr/bin/harbordesk --version" test "$installed_version" = "harbordesk $version"
fi

ls -l "$out" | sed 's/^/    /'
if ((failures)); then
  hd_die "$failures package check(s) failed"
fi
hd_say "package OK: $deb"
