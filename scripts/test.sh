#!/usr/bin/env bash
# Builds HarborDesk and runs every test against real servers on loopback.
#
#   ./scripts/test.sh                 # everything (what CI runs)
#   ./scripts/test.sh -L core         # extra arguments go to ctest (-L, -R, -E, --repeat ...)
#
# Steps: install what is missing (scripts/deps.sh --with-tests) → configure (Ninja, ccache,
# -DHARBORDESK_WERROR=ON when CI=true) → build everything → start PostgreSQL, Dovecot IMAP, an SMTP
# sink, Apertium APy and a Secret Service keyring in a temporary directory (scripts/lib/services.sh),
# stopped again on exit → ctest --output-on-failure -j2.
# Knobs: HARBORDESK_BUILD_DIR, HARBORDESK_BUILD_TYPE, HARBORDESK_JOBS, HARBORDESK_TEST_JOBS (default 2),
# HARBORDESK_SKIP_DEPS=1, HARBORDESK_SKIP_BUILD=1, HARBORDESK_KEEP_SERVICES=1 (keep logs and data).
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/lib/build.sh"
source "$HD_ROOT/scripts/lib/services.sh"

case "${1:-}" in
-h | --help)
  sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'
  exit 0
  ;;
esac

cd "$HD_ROOT"
hd_deps --with-tests

if [[ "${HARBORDESK_SKIP_BUILD:-0}" != 1 ]]; then
  hd_configure -DHARBORDESK_BUILD_TESTS=ON
  hd_build
fi
[[ -f "$HD_BUILD_DIR/CTestTestfile.cmake" ]] || hd_die "$HD_BUILD_DIR has no tests; build first"

hd_say "start test servers"
hd_services_init
trap stop_all_services EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
if ! start_all_services; then
  hd_die "a server the tests need did not start (see above); the tests were not run"
fi

hd_say "ctest (servers and tests up after $(hd_elapsed))"
# Nothing is printed after ctest: its summary stays the last line of the run.
set +e
ctest --test-dir "$HD_BUILD_DIR" --output-on-failure --no-tests=error -j "${HARBORDESK_TEST_JOBS:-2}" "$@"
rc=$?
set -e
exit "$rc"
