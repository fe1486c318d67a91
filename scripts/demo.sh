#!/usr/bin/env bash
# Builds HarborDesk, seeds a demo workspace and opens it in the GUI.
#
#   ./scripts/demo.sh               build (if needed), seed once, launch
#   ./scripts/demo.sh --reset       throw the demo workspace away and seed it again
#   ./scripts/demo.sh --offscreen   run without a display (QT_QPA_PLATFORM=offscreen; Ctrl-C to stop)
#   ./scripts/demo.sh --no-launch   build and seed only
#   ./scripts/demo.sh -- ARGS...    extra arguments for harbordesk
#
# The workspace is $XDG_DATA_HOME/HarborDesk/demo.sqlite (~/.local/share/HarborDesk/demo.sqlite).
# Knobs: HARBORDESK_BUILD_DIR (default build/), HARBORDESK_BUILD_TYPE (RelWithDebInfo), HARBORDESK_JOBS,
# HARBORDESK_SKIP_DEPS=1.
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/lib/build.sh"

reset=0 launch=1 offscreen=0
app_args=()
while (($#)); do
  case "$1" in
  --reset) reset=1 ;;
  --offscreen) offscreen=1 ;;
  --no-launch) launch=0 ;;
  -h | --help)
    sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'
    exit 0
    ;;
  --)
    shift
    app_args=("$@")
    break
    ;;
  *)
    echo "demo.sh: unknown option $1 (try --help)" >&2
    exit 2
    ;;
  esac
  shift
done

if ((offscreen)); then export QT_QPA_PLATFORM=offscreen; fi
has_display=1
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
  has_display=0
  if ((launch)); then
    hd_say "no display (neither DISPLAY nor WAYLAND_DISPLAY is set): building and seeding, but the window cannot open"
  fi
fi

cd "$HD_ROOT"
hd_deps
hd_configure
hd_build harbordesk harbordesk-cli

cli="$(hd_find_exe harbordesk-cli)" || true
gui="$(hd_find_exe harbordesk)" || true
[[ -n "$cli" ]] || hd_die "harbordesk-cli was not built (expected $HD_BUILD_DIR/app/harbordesk-cli)"
[[ -n "$gui" ]] || hd_die "harbordesk was not built (expected $HD_BUILD_DIR/app/harbordesk)"

data="${XDG_DATA_HOME:-$HOME/.local/share}/HarborDesk"
workspace="$data/demo.sqlite"
mkdir -p "$data"
if ((reset)); then
  hd_say "--reset: removing $workspace"
  rm -f "$workspace" "$workspace-wal" "$workspace-shm" "$workspace-journal"
fi
if [[ -s "$workspace" ]]; then
  hd_say "demo workspace exists: $workspace (--reset seeds it again)"
else
  hd_say "seeding the demo workspace $workspace"
  if ! "$cli" --workspace "$workspace" seed-demo; then
    rm -f "$workspace" "$workspace-wal" "$workspace-shm" "$workspace-journal" # no half-seeded demo next time
    hd_die "seeding the demo workspace failed (see above)"
  fi
  hd_say "seeded"
fi

if ((!launch)); then
  hd_say "ready: $gui --workspace $workspace"
  exit 0
fi
if ((!has_display)); then
  cat >&2 <<EOF

ERROR: there is no display to open the HarborDesk window on (DISPLAY and WAYLAND_DISPLAY are unset).
  - on a desktop session, run ./scripts/demo.sh from a terminal inside it;
  - over ssh, use 'ssh -X' or run it in a virtual X server:   xvfb-run -a ./scripts/demo.sh
  - or run it headless (no window you can see; Ctrl-C to stop): ./scripts/demo.sh --offscreen
    (the same as QT_QPA_PLATFORM=offscreen ./scripts/demo.sh)
The build and the demo workspace are ready: $workspace
EOF
  exit 3
fi
hd_say "launching $gui --workspace $workspace ${app_args[*]}"
exec "$gui" --workspace "$workspace" "${app_args[@]}"
