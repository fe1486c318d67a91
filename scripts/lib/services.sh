# shellcheck shell=bash
# Throwaway servers for HarborDesk's tests, on loopback only, in one temporary directory.
#
# Source this file, then:
#   hd_services_init                 # creates $HD_SVC_DIR
#   trap stop_all_services EXIT      # always stop what was started
#   start_postgres; start_dovecot; start_smtp_sink; start_apy; start_keyring   # or start_all_services
# Each start_X waits until the server really answers, exports its URL and returns non-zero with a
# clear message (and the tail of the server's log) when it cannot. Each stop_X is safe to call twice.
#
# Exported for the tests:
#   HARBORDESK_PG_URL        postgresql://harbordesk:harbordesk@127.0.0.1:PORT/harbordesk_test
#                            (role harbordesk has CREATEDB, so a test may create its own database)
#   HARBORDESK_IMAP_URL      imap://harbordesk:harbordesk@127.0.0.1:PORT  (no TLS; users test1..test4
#                            exist too, password = user name, each with its own maildir)
#   HARBORDESK_IMAP_MAILDIR  the users' homes: $HARBORDESK_IMAP_MAILDIR/<user>/Maildir
#   HARBORDESK_SMTP_URL      smtp://harbordesk:harbordesk@127.0.0.1:PORT  (AUTH optional, no TLS)
#   HARBORDESK_SMTP_SINK_DIR where received mails land: NNNNNN.eml + NNNNNN.json (envelope)
#   HARBORDESK_APY_URL       http://127.0.0.1:PORT  (Apertium APy with the installed pairs, eng<->spa)
#   DBUS_SESSION_BUS_ADDRESS a private session bus with an unlocked gnome-keyring (Secret Service), for
#   HARBORDESK_KEYRING=secret-service   QtKeychain; its keyrings live in $HD_SVC_DIR
# HARBORDESK_KEEP_SERVICES=1 keeps $HD_SVC_DIR (logs, data) after stop_all_services.

HD_SVC_LIB_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
HD_SVC_PYTHON="${HD_SVC_PYTHON:-/usr/bin/python3}" # Debian's python: its dist-packages hold aiosmtpd, APy
HD_PG_BINDIR="${HD_PG_BINDIR:-}"
HD_SVC_STARTED=()

hd_svc_say() { echo "services: $*" >&2; }

# Prints the log tail of a failed server and returns 1.
hd_svc_fail() {
  local what="$1" log="$2"
  hd_svc_say "ERROR: $what"
  if [[ -n "$log" && -f "$log" ]]; then
    echo "---- last lines of $log ----" >&2
    tail -n 25 "$log" >&2
    echo "----" >&2
  fi
  return 1
}

hd_services_init() {
  if [[ -n "${HD_SVC_DIR:-}" && -d "$HD_SVC_DIR" ]]; then return 0; fi
  HD_SVC_DIR="$(mktemp -d "${TMPDIR:-/tmp}/harbordesk-services.XXXXXX")"
  chmod 755 "$HD_SVC_DIR" # the postgres user must reach its own subfolder
  export HD_SVC_DIR
}

# hd_free_port PREFERRED: prints the first port >= PREFERRED that no socket listens on or holds (loopback).
hd_free_port() {
  "$HD_SVC_PYTHON" - "$1" <<'PY'
import socket, sys
start = int(sys.argv[1])
for port in range(start, min(start + 500, 65535)):
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as servers do: TIME_WAIT is free
    try:
        s.bind(("127.0.0.1", port))
    except OSError:
        continue
    finally:
        s.close()
    print(port)
    sys.exit(0)
sys.exit("no free port from %d" % start)
PY
}

# hd_port_owned_by PID PORT: true when process PID itself holds the listening socket of PORT, so that a
# readiness check never mistakes another run's server on a just-taken port for ours.
hd_port_owned_by() {
  "$HD_SVC_PYTHON" - "$1" "$2" <<'PY'
import os, sys
pid, port = sys.argv[1], int(sys.argv[2])
inodes = set()
for table in ("/proc/net/tcp", "/proc/net/tcp6"):
    try:
        lines = open(table).read().splitlines()[1:]
    except OSError:
        continue
    for line in lines:
        f = line.split()
        if f[3] == "0A" and int(f[1].rsplit(":", 1)[1], 16) == port:  # 0A = LISTEN
            inodes.add(f[9])
for fd in os.listdir("/proc/%s/fd" % pid):
    try:
        target = os.readlink("/proc/%s/fd/%s" % (pid, fd))
    except OSError:
        continue
    if target.startswith("socket:[") and target[8:-1] in inodes:
        sys.exit(0)
sys.exit(1)
PY
}

# hd_ours_and CHECK PID PORT: PID listens on PORT and CHECK PORT succeeds.
hd_ours_and() {
  hd_port_owned_by "$2" "$3" && "$1" "$3"
}

# hd_wait_for SECONDS PID DESCRIPTION COMMAND...: retries COMMAND every 0.2 s until it succeeds,
# fails early if PID (when not empty) has died.
hd_wait_for() {
  local secs="$1" pid="$2" desc="$3"
  shift 3
  local deadline=$((SECONDS + secs))
  while ((SECONDS < deadline)); do
    if "$@" >/dev/null 2>&1; then return 0; fi
    if [[ -n "$pid" ]] && ! kill -0 "$pid" 2>/dev/null; then
      hd_svc_say "$desc: the server process exited"
      return 1
    fi
    sleep 0.2
  done
  hd_svc_say "$desc: no answer after ${secs}s"
  return 1
}

# hd_stop_pid PID: TERM, then KILL after 10 s.
hd_stop_pid() {
  local pid="$1" i
  [[ -n "$pid" ]] || return 0
  kill -TERM "$pid" 2>/dev/null || return 0
  for ((i = 0; i < 50; i++)); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.2
  done
  kill -KILL "$pid" 2>/dev/null || true
}

hd_svc_mark_started() { HD_SVC_STARTED+=("$1"); }

# ---------------------------------------------------------------------------------------------- PostgreSQL

hd_pg_bindir() {
  if [[ -n "$HD_PG_BINDIR" ]]; then
    echo "$HD_PG_BINDIR"
    return
  fi
  local d
  for d in /usr/lib/postgresql/15/bin $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [[ -x "$d/initdb" ]]; then
      echo "$d"
      return
    fi
  done
  return 1
}

# Runs a command as the PostgreSQL OS user when we are root (postgres refuses to run as root).
hd_as_pg() {
  if [[ $(id -u) -eq 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

hd_pg_check() {
  PGPASSWORD=harbordesk PGCONNECT_TIMEOUT=3 "$HD_PG_BIN/psql" -X -q -w -tA \
    "postgresql://harbordesk@127.0.0.1:$1/harbordesk_test" -c 'SELECT 1' | grep -qx 1
}

start_postgres() {
  hd_services_init
  HD_PG_BIN="$(hd_pg_bindir)" || {
    hd_svc_fail "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb); run scripts/deps.sh --with-tests" ""
    return 1
  }
  local dir="$HD_SVC_DIR/postgres" log="$HD_SVC_DIR/postgres.log" port attempt
  if [[ $(id -u) -eq 0 ]] && ! id postgres >/dev/null 2>&1; then
    hd_svc_fail "running as root but there is no 'postgres' OS user to run the server as" ""
    return 1
  fi
  mkdir -p "$dir"
  chmod 700 "$dir"
  if [[ $(id -u) -eq 0 ]]; then chown postgres: "$dir"; fi
  touch "$log"
  if [[ $(id -u) -eq 0 ]]; then chown postgres: "$log"; fi

  if ! hd_as_pg "$HD_PG_BIN/initdb" -D "$dir/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
    -E UTF8 --locale=C.UTF-8 --no-sync >>"$log" 2>&1; then
    hd_svc_fail "PostgreSQL initdb failed" "$log"
    return 1
  fi
  for attempt in 1 2 3 4 5; do
    port="$(hd_free_port "${HARBORDESK_PG_PORT:-55432}")" || return 1
    # fsync off and a small footprint: the cluster is thrown away after the run.
    if hd_as_pg "$HD_PG_BIN/pg_ctl" -D "$dir/data" -l "$log" -w -t 60 -o \
      "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 -c shared_buffers=64MB" \
      start >>"$log" 2>&1; then
      break
    fi
    port=""
    hd_svc_say "PostgreSQL did not start (attempt $attempt), retrying on another port"
  done
  if [[ -z "$port" ]]; then
    hd_svc_fail "PostgreSQL server did not start" "$log"
    return 1
  fi
  HD_PG_DATA="$dir/data"
  hd_svc_mark_started postgres
  if ! hd_as_pg "$HD_PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$dir" -p "$port" -U postgres -d postgres \
    -c "CREATE ROLE harbordesk LOGIN CREATEDB PASSWORD 'harbordesk'" \
    -c "CREATE DATABASE harbordesk_test OWNER harbordesk" >>"$log" 2>&1; then
    hd_svc_fail "could not create role/database harbordesk_test" "$log"
    return 1
  fi
  hd_as_pg "$HD_PG_BIN/psql" -X -q -h "$dir" -p "$port" -U postgres -d harbordesk_test \
    -c "CREATE EXTENSION IF NOT EXISTS pg_trgm" >>"$log" 2>&1 || true
  if ! hd_wait_for 30 "" "PostgreSQL" hd_pg_check "$port"; then
    hd_svc_fail "PostgreSQL does not accept harbordesk@127.0.0.1:$port with its password" "$log"
    return 1
  fi
  export HARBORDESK_PG_URL="postgresql://harbordesk:harbordesk@127.0.0.1:$port/harbordesk_test"
  hd_svc_say "PostgreSQL $("$HD_PG_BIN/postgres" --version | awk '{print $3}') ready: $HARBORDESK_PG_URL"
}

stop_postgres() {
  if [[ -n "${HD_PG_DATA:-}" && -f "$HD_PG_DATA/postmaster.pid" ]]; then
    hd_as_pg "$HD_PG_BIN/pg_ctl" -D "$HD_PG_DATA" -m fast -w -t 30 stop >/dev/null 2>&1 ||
      hd_as_pg "$HD_PG_BIN/pg_ctl" -D "$HD_PG_DATA" -m immediate stop >/dev/null 2>&1 || true
  fi
  HD_PG_DATA=""
}

# ---------------------------------------------------------------------------------------------- Dovecot IMAP

hd_imap_check() {
  "$HD_SVC_PYTHON" - "$1" <<'PY'
import imaplib, sys
c = imaplib.IMAP4("127.0.0.1", int(sys.argv[1]), timeout=5)
c.login("harbordesk", "harbordesk")
c.select("INBOX")
c.logout()
PY
}

start_dovecot() {
  hd_services_init
  if ! command -v dovecot >/dev/null 2>&1 && [[ ! -x /usr/sbin/dovecot ]]; then
    hd_svc_fail "Dovecot is not installed; run scripts/deps.sh --with-tests (package dovecot-imapd)" ""
    return 1
  fi
  local dovecot_bin
  dovecot_bin="$(command -v dovecot || echo /usr/sbin/dovecot)"
  local dir="$HD_SVC_DIR/dovecot" log="$HD_SVC_DIR/dovecot.log" port attempt run_as="" uid gid u
  mkdir -p "$dir/run" "$dir/state" "$dir/mail"
  if [[ $(id -u) -eq 0 ]]; then
    # Mail processes never run as root: the test users' mail belongs to nobody. Dovecot's own
    # processes keep the package's users (dovecot, dovenull).
    uid=$(id -u nobody) gid=$(id -g nobody)
    chown "$uid:$gid" "$dir/mail"
  else
    # Unprivileged: every Dovecot process runs as us.
    uid=$(id -u) gid=$(id -g)
    run_as="default_internal_user = $(id -un)
default_internal_group = $(id -gn)
default_login_user = $(id -un)"
  fi
  : >"$dir/passwd"
  for u in harbordesk test1 test2 test3 test4; do
    local pass="$u"
    echo "$u:{PLAIN}$pass:$uid:$gid::$dir/mail/$u::" >>"$dir/passwd"
  done
  for attempt in 1 2 3 4 5; do
    port="$(hd_free_port "${HARBORDESK_IMAP_PORT:-51143}")" || return 1
    cat >"$dir/dovecot.conf" <<EOF
# Throwaway Dovecot for HarborDesk's tests: loopback, plaintext, passwd-file users, maildir.
instance_name = harbordesk-test-$port
base_dir = $dir/run
state_dir = $dir/state
log_path = $log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
$run_as
first_valid_uid = $uid
last_valid_uid = $uid
mail_location = maildir:~/Maildir
mail_uid = $uid
mail_gid = $gid
namespace inbox {
  inbox = yes
  separator = /
  mailbox Drafts {
    special_use = \\Drafts
    auto = create
  }
  mailbox Sent {
    special_use = \\Sent
    auto = create
  }
  mailbox Trash {
    special_use = \\Trash
    auto = create
  }
}
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u $dir/passwd
}
userdb {
  driver = passwd-file
  args = username_format=%u $dir/passwd
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = $port
  }
  inet_listener imaps {
    port = 0
  }
  chroot =
}
service anvil {
  chroot =
}
EOF
    : >"$log"
    "$dovecot_bin" -F -c "$dir/dovecot.conf" </dev/null >>"$log" 2>&1 &
    HD_DOVECOT_PID=$!
    if hd_wait_for 20 "$HD_DOVECOT_PID" "Dovecot" hd_ours_and hd_imap_check "$HD_DOVECOT_PID" "$port"; then break; fi
    hd_stop_pid "$HD_DOVECOT_PID"
    HD_DOVECOT_PID=""
    port=""
    hd_svc_say "Dovecot did not start (attempt $attempt), retrying on another port"
  done
  if [[ -z "$port" ]]; then
    hd_svc_fail "Dovecot IMAP did not start or refused LOGIN harbordesk" "$log"
    return 1
  fi
  hd_svc_mark_started dovecot
  export HARBORDESK_IMAP_URL="imap://harbordesk:harbordesk@127.0.0.1:$port"
  export HARBORDESK_IMAP_MAILDIR="$dir/mail"
  hd_svc_say "Dovecot $("$dovecot_bin" --version | awk '{print $1}') IMAP ready: $HARBORDESK_IMAP_URL"
}

stop_dovecot() {
  hd_stop_pid "${HD_DOVECOT_PID:-}"
  HD_DOVECOT_PID=""
}

# ---------------------------------------------------------------------------------------------- SMTP sink

hd_smtp_check() {
  "$HD_SVC_PYTHON" - "$1" <<'PY'
import smtplib, sys
with smtplib.SMTP("127.0.0.1", int(sys.argv[1]), timeout=5) as s:
    code, _ = s.ehlo("harbordesk-test")
    assert code == 250
PY
}

start_smtp_sink() {
  hd_services_init
  if ! "$HD_SVC_PYTHON" -c 'import aiosmtpd' 2>/dev/null; then
    hd_svc_fail "the SMTP sink needs $HD_SVC_PYTHON with aiosmtpd; run scripts/deps.sh --with-tests (python3-aiosmtpd)" ""
    return 1
  fi
  local dir="$HD_SVC_DIR/smtp" log="$HD_SVC_DIR/smtp.log" port attempt
  mkdir -p "$dir/received"
  for attempt in 1 2 3 4 5; do
    port="$(hd_free_port "${HARBORDESK_SMTP_PORT:-52525}")" || return 1
    : >"$log"
    "$HD_SVC_PYTHON" -W ignore::DeprecationWarning "$HD_SVC_LIB_DIR/smtp_sink.py" --port "$port" \
      --out "$dir/received" </dev/null >>"$log" 2>&1 &
    HD_SMTP_PID=$!
    if hd_wait_for 20 "$HD_SMTP_PID" "SMTP sink" hd_ours_and hd_smtp_check "$HD_SMTP_PID" "$port"; then break; fi
    hd_stop_pid "$HD_SMTP_PID"
    HD_SMTP_PID=""
    port=""
    hd_svc_say "SMTP sink did not start (attempt $attempt), retrying on another port"
  done
  if [[ -z "$port" ]]; then
    hd_svc_fail "SMTP sink did not start" "$log"
    return 1
  fi
  hd_svc_mark_started smtp_sink
  export HARBORDESK_SMTP_URL="smtp://harbordesk:harbordesk@127.0.0.1:$port"
  export HARBORDESK_SMTP_SINK_DIR="$dir/received"
  hd_svc_say "SMTP sink ready: $HARBORDESK_SMTP_URL -> $HARBORDESK_SMTP_SINK_DIR"
}

stop_smtp_sink() {
  hd_stop_pid "${HD_SMTP_PID:-}"
  HD_SMTP_PID=""
}

# ---------------------------------------------------------------------------------------------- Apertium APy

hd_apy_check() {
  # Ready means a real eng->spa translation comes back (this also warms the pipeline up).
  "$HD_SVC_PYTHON" - "$1" <<'PY'
import json, sys, urllib.request
base = "http://127.0.0.1:%s" % sys.argv[1]
pairs = json.load(urllib.request.urlopen(base + "/listPairs", timeout=5))["responseData"]
assert any(p["sourceLanguage"] == "eng" and p["targetLanguage"] == "spa" for p in pairs), pairs
r = json.load(urllib.request.urlopen(base + "/translate?langpair=eng%7Cspa&q=hello", timeout=20))
assert r["responseStatus"] == 200 and r["responseData"]["translatedText"].strip(), r
PY
}

start_apy() {
  hd_services_init
  local modes="${HARBORDESK_APY_MODES:-/usr/share/apertium/modes}"
  if ! "$HD_SVC_PYTHON" -c 'import apertium_apy' 2>/dev/null; then
    hd_svc_fail "Apertium APy is not installed; run scripts/deps.sh --with-tests (apertium-apy apertium-eng-spa)" ""
    return 1
  fi
  if [[ ! -f "$modes/eng-spa.mode" ]]; then
    hd_svc_fail "no eng-spa pair in $modes; run scripts/deps.sh --with-tests (apertium-eng-spa)" ""
    return 1
  fi
  local dir="$HD_SVC_DIR/apy" log="$HD_SVC_DIR/apy.log" port attempt
  mkdir -p "$dir"
  for attempt in 1 2 3 4 5; do
    port="$(hd_free_port "${HARBORDESK_APY_PORT:-52737}")" || return 1
    : >"$log"
    # APy wants a UTF-8 locale and writes langNames.db into its working directory.
    (cd "$dir" && exec env LC_ALL=C.UTF-8 "$HD_SVC_PYTHON" "$HD_SVC_LIB_DIR/apy_loopback.py" -p "$port" \
      -l "$dir/langNames.db" -t 30 "$modes" </dev/null >>"$log" 2>&1) &
    HD_APY_PID=$!
    if hd_wait_for 60 "$HD_APY_PID" "Apertium APy" hd_ours_and hd_apy_check "$HD_APY_PID" "$port"; then break; fi
    hd_stop_pid "$HD_APY_PID"
    HD_APY_PID=""
    port=""
    hd_svc_say "Apertium APy did not start (attempt $attempt), retrying on another port"
  done
  if [[ -z "$port" ]]; then
    hd_svc_fail "Apertium APy did not start or could not translate eng->spa" "$log"
    return 1
  fi
  hd_svc_mark_started apy
  export HARBORDESK_APY_URL="http://127.0.0.1:$port"
  hd_svc_say "Apertium APy ready: $HARBORDESK_APY_URL"
}

stop_apy() {
  hd_stop_pid "${HD_APY_PID:-}"
  HD_APY_PID=""
}

# ---------------------------------------------------------------------------------------------- keyring

hd_keyring_check() {
  local v
  printf 'harbordesk-probe' | timeout 10 secret-tool store --label='HarborDesk test probe' \
    service harbordesk-services-probe account probe || return 1
  v="$(timeout 10 secret-tool lookup service harbordesk-services-probe account probe)" || return 1
  [[ "$v" == harbordesk-probe ]] && timeout 10 secret-tool clear service harbordesk-services-probe account probe
}

# A private D-Bus session bus with an unlocked gnome-keyring (Secret Service) for QtKeychain tests.
start_keyring() {
  hd_services_init
  local tool
  for tool in dbus-daemon gnome-keyring-daemon secret-tool; do
    if ! command -v "$tool" >/dev/null 2>&1; then
      hd_svc_fail "$tool is missing; run scripts/deps.sh --with-tests (dbus, gnome-keyring, libsecret-tools)" ""
      return 1
    fi
  done
  local dir="$HD_SVC_DIR/keyring" log="$HD_SVC_DIR/keyring.log"
  mkdir -p "$dir/data" "$dir/run"
  chmod 700 "$dir/run"
  : >"$log"
  dbus-daemon --session --address="unix:path=$dir/bus" --nofork --nopidfile </dev/null >>"$log" 2>&1 &
  HD_DBUS_PID=$!
  if ! hd_wait_for 10 "$HD_DBUS_PID" "D-Bus session bus" test -S "$dir/bus"; then
    hd_svc_fail "the D-Bus session bus did not start" "$log"
    return 1
  fi
  hd_svc_mark_started keyring
  export DBUS_SESSION_BUS_ADDRESS="unix:path=$dir/bus"
  # The daemon forks, keeps its keyrings under $dir and leaves when the bus goes away.
  if ! printf harbordesk | env XDG_DATA_HOME="$dir/data" XDG_RUNTIME_DIR="$dir/run" \
    gnome-keyring-daemon --unlock --components=secrets >>"$log" 2>&1; then
    hd_svc_fail "gnome-keyring-daemon did not start" "$log"
    return 1
  fi
  if ! hd_wait_for 20 "" "Secret Service" hd_keyring_check; then
    hd_svc_fail "the Secret Service (gnome-keyring) does not store and return a secret" "$log"
    return 1
  fi
  export HARBORDESK_KEYRING=secret-service
  hd_svc_say "Secret Service (gnome-keyring) ready on $DBUS_SESSION_BUS_ADDRESS"
}

stop_keyring() {
  hd_stop_pid "${HD_DBUS_PID:-}" # gnome-keyring-daemon exits with its bus
  HD_DBUS_PID=""
}

# ---------------------------------------------------------------------------------------------- all

start_all_services() {
  start_postgres && start_dovecot && start_smtp_sink && start_apy && start_keyring
}

# Stops what was started, newest first, then removes $HD_SVC_DIR (unless HARBORDESK_KEEP_SERVICES=1).
stop_all_services() {
  local i
  for ((i = ${#HD_SVC_STARTED[@]} - 1; i >= 0; i--)); do
    "stop_${HD_SVC_STARTED[i]}" || true
  done
  HD_SVC_STARTED=()
  stop_postgres || true # may have been half started
  if [[ -n "${HD_SVC_DIR:-}" && -d "$HD_SVC_DIR" ]]; then
    if [[ "${HARBORDESK_KEEP_SERVICES:-0}" == 1 ]]; then
      hd_svc_say "kept $HD_SVC_DIR"
    else
      rm -rf "$HD_SVC_DIR"
    fi
  fi
  HD_SVC_DIR=""
}
