#!/usr/bin/env bash
# Starts the test servers (PostgreSQL, Dovecot IMAP, SMTP sink, Apertium APy, Secret Service keyring)
# on loopback, runs a command with their HARBORDESK_* variables set, and stops them afterwards.
#
#   ./scripts/services.sh ctest --test-dir build -L pg      # one command
#   ./scripts/services.sh build/tests/core/storage/TestPgDatabase
#   ./scripts/services.sh                                   # an interactive shell; exit to stop them
#   ./scripts/services.sh --only postgres,apy -- CMD...      # just some of them
# Servers: postgres, dovecot, smtp_sink, apy, keyring. See scripts/lib/services.sh for the variables.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/services.sh"

only="postgres,dovecot,smtp_sink,apy,keyring"
case "${1:-}" in
-h | --help)
  sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'
  exit 0
  ;;
--only)
  only="${2:?--only needs a list, e.g. postgres,apy}"
  shift 2
  [[ "${1:-}" == -- ]] && shift
  ;;
--)
  shift
  ;;
esac

hd_services_init
trap stop_all_services EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
IFS=, read -r -a wanted <<<"$only"
for s in "${wanted[@]}"; do
  if ! declare -F "start_$s" >/dev/null; then
    echo "services.sh: unknown server '$s' (postgres, dovecot, smtp_sink, apy, keyring)" >&2
    exit 2
  fi
  "start_$s" || { echo "services.sh: $s did not start" >&2; exit 1; }
done

if (($#)); then
  set +e
  "$@"
  rc=$?
  set -e
  exit "$rc"
fi
env | grep -E '^(HARBORDESK_|DBUS_SESSION_BUS_ADDRESS=)' | sort | sed 's/^/  export /' >&2
echo "services.sh: servers are up; starting $SHELL (exit it to stop them)" >&2
set +e
"${SHELL:-bash}" -i
