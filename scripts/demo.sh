#!/usr/bin/env bash
# Builds HarborDesk, seeds a demo workspace and opens it in the GUI.
#
#   ./scripts/demo.sh               build (if needed), seed once, launch
#   ./scripts/demo.sh --reset       throw the demo workspace away and seed it again
#   ./scripts/demo.sh --offscreen   run without a display (QT_QPA_PLATFORM=offscreen; Ctrl-C to stop)
#   ./scripts/demo.sh --no-launch   build and seed only
#   ./scripts/demo.sh --no-sim      no live channels (no harbordesk-sim)
#   ./scripts/demo.sh -- ARGS...    extra arguments for harbordesk
#
# The workspace is $XDG_DATA_HOME/HarborDesk/demo.sqlite (~/.local/share/HarborDesk/demo.sqlite).
# With the GUI, harbordesk-sim serves eBay, Shopee, Facebook and TikTok Shop on loopback (stopped when
# the GUI exits) and the workspace has one channel of each pointing at it: new buyer messages arrive
# live. Run it again and the same channels are re-pointed at the new simulator (no duplicates).
# Knobs: HARBORDESK_BUILD_DIR (default build/), HARBORDESK_BUILD_TYPE (RelWithDebInfo), HARBORDESK_JOBS,
# HARBORDESK_SKIP_DEPS=1, HARBORDESK_DEMO_LIVE (new buyer messages per minute, default 6),
# HARBORDESK_DEMO_SETUP_ONLY=1 (set the live channels up, then exit instead of launching: for tests).
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/lib/build.sh"

reset=0 launch=1 offscreen=0 sim=1
app_args=()
while (($#)); do
  case "$1" in
  --reset) reset=1 ;;
  --offscreen) offscreen=1 ;;
  --no-launch) launch=0 ;;
  --no-sim) sim=0 ;;
  -h | --help)
    sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'
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
hd_build harbordesk harbordesk-cli harbordesk-sim

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
if ((!sim)); then
  hd_say "launching $gui --workspace $workspace ${app_args[*]}"
  exec "$gui" --workspace "$workspace" "${app_args[@]}"
fi

# ---- live channels: harbordesk-sim on loopback, eBay, Shopee, Facebook and TikTok Shop channels on it
simexe="$(hd_find_exe harbordesk-sim)" || true
[[ -n "$simexe" ]] || hd_die "harbordesk-sim was not built (expected $HD_BUILD_DIR/app/harbordesk-sim)"
simdir="$(mktemp -d "${TMPDIR:-/tmp}/harbordesk-demo-sim.XXXXXX")"
sim_pid=""
stop_sim() {
  if [[ -n "$sim_pid" ]] && kill -0 "$sim_pid" 2>/dev/null; then
    kill "$sim_pid" 2>/dev/null || true
    wait "$sim_pid" 2>/dev/null || true
  fi
  rm -rf "$simdir"
}
trap stop_sim EXIT
trap 'exit 130' INT TERM
rate="${HARBORDESK_DEMO_LIVE:-6}"
# --id-offset: ids this run hands out never repeat an earlier run's, which the workspace already has.
"$simexe" --port 0 --live "$rate" --id-offset "$(date +%s)" --seed "$((RANDOM + 1))" --scenario "$HD_ROOT/resources/sim/demo.json" >"$simdir/port" 2>"$simdir/sim.log" &
sim_pid=$!
for _ in $(seq 100); do
  [[ -s "$simdir/port" ]] && break
  kill -0 "$sim_pid" 2>/dev/null || break
  sleep 0.1
done
port="$(head -n 1 "$simdir/port" 2>/dev/null | tr -dc 0-9)"
if [[ -z "$port" ]]; then
  tail -n 20 "$simdir/sim.log" >&2 || true
  hd_die "harbordesk-sim did not start (see above)"
fi
sim_url="http://127.0.0.1:$port"
hd_say "harbordesk-sim serves $sim_url (eBay, Shopee, Facebook, TikTok Shop, Etsy and Walmart orders; $rate new buyer messages a minute)"

# The simulator's made-up credentials (resources/sim/demo.json), handed to the CLI by environment.
export HD_DEMO_EBAY_SECRET=sim-ebay-secret HD_DEMO_EBAY_REFRESH=sim-ebay-refresh-1
export HD_DEMO_SHOPEE_KEY=sim-shopee-partner-key HD_DEMO_SHOPEE_REFRESH=sim-shopee-refresh-1
export HD_DEMO_META_TOKEN=sim-meta-page-token
export HD_DEMO_TIKTOK_SECRET=sim-tiktok-app-secret HD_DEMO_TIKTOK_REFRESH=sim-tiktok-refresh-1
export HD_DEMO_ETSY_REFRESH=12345678.sim-etsy-refresh-1 HD_DEMO_WALMART_SECRET=sim-walmart-secret

# The channel id of the demo's simulator channel of KIND, empty when there is none yet. With several
# (workspaces from before the demo was idempotent), the newest; the others are disabled.
sim_channel_id() {
  local want="$1" id kind name found=""
  while IFS=$'\t' read -r id kind name _; do
    if [[ "$kind" == "$want" && "$name" == *"(simulator)" ]]; then
      [[ -n "$found" ]] && "$cli" --workspace "$workspace" channels disable "$found" >/dev/null
      found="$id"
    fi
  done < <("$cli" --workspace "$workspace" channels list | tail -n +2)
  echo "$found"
}

# Adds the simulator channel of KIND, or re-points the one an earlier run added at this run's
# simulator (a new port) with the scenario's fresh tokens: the demo never piles up channels, and
# the messages synced before stay where they are. Usage: sim_channel KIND NAME MARKET CONFIG [CLI options...]
sim_channel() {
  local kind="$1" name="$2" market="$3" config="$4" id
  shift 4
  id="$(sim_channel_id "$kind")"
  if [[ -z "$id" ]]; then
    "$cli" --workspace "$workspace" channels add --kind "$kind" --name "$name" --marketplace "$market" \
      --config "$config" "$@" >/dev/null
  else
    # A cached access token belongs to the earlier simulator: drop it, the connector refreshes.
    "$cli" --workspace "$workspace" channels update "$id" --config "$config" --clear-secret access_token "$@" >/dev/null &&
      "$cli" --workspace "$workspace" channels enable "$id" >/dev/null
  fi
}

add_sim_channels() {
  sim_channel ebay "eBay (simulator)" US \
    "{\"apiBaseUrl\":\"$sim_url/ebay\",\"clientId\":\"sim-ebay-client\",\"sellerUsername\":\"harbor_shop\"}" \
    --secret client_secret=HD_DEMO_EBAY_SECRET --secret refresh_token=HD_DEMO_EBAY_REFRESH &&
    # Shopee and TikTok Shop rotate their refresh token on every refresh, and the test before saving
    # would spend the one given here; the eBay test above has shown the simulator answers, the first
    # sync checks these.
    sim_channel shopee "Shopee (simulator)" SG \
      "{\"apiBaseUrl\":\"$sim_url/shopee\",\"partnerId\":2011285,\"shopId\":123456}" --no-test \
      --secret partner_key=HD_DEMO_SHOPEE_KEY --secret refresh_token=HD_DEMO_SHOPEE_REFRESH &&
    sim_channel facebook "Facebook (simulator)" US \
      "{\"apiBaseUrl\":\"$sim_url/meta\",\"pageId\":\"104857600123456\"}" \
      --secret page_token=HD_DEMO_META_TOKEN &&
    sim_channel tiktok "TikTok Shop (simulator)" US \
      "{\"apiBaseUrl\":\"$sim_url/tiktok\",\"authBaseUrl\":\"$sim_url/tiktok/auth\",\"appKey\":\"sim-tiktok-app\",\"shopCipher\":\"GCP_SIM_DEMO\"}" \
      --no-test --secret app_secret=HD_DEMO_TIKTOK_SECRET --secret refresh_token=HD_DEMO_TIKTOK_REFRESH &&
    # Order APIs only (neither has a messages API): their orders link to the buyers' e-mails.
    sim_channel etsy "Etsy (simulator)" US \
      "{\"apiBaseUrl\":\"$sim_url/etsy/v3/application\",\"tokenUrl\":\"$sim_url/etsy/v3/public/oauth/token\",\"keystring\":\"simetsykeystring00000001\",\"shopId\":24681357}" \
      --secret refresh_token=HD_DEMO_ETSY_REFRESH &&
    sim_channel walmart "Walmart (simulator)" US \
      "{\"apiBaseUrl\":\"$sim_url/walmart\",\"clientId\":\"sim-walmart-client\"}" \
      --secret client_secret=HD_DEMO_WALMART_SECRET
}
if ! add_sim_channels; then
  # No usable keychain (a headless machine): these are the simulator's made-up credentials, so the
  # demo may keep them in the unencrypted file store, for this run only.
  hd_say "no keychain for the simulator's credentials: using the plaintext store for this demo run"
  export HARBORDESK_ALLOW_PLAINTEXT_SECRETS=1
  add_sim_channels || hd_die "could not set up the simulator channels (see above; sim log: $simdir/sim.log)"
fi
hd_say "eBay, Shopee, Facebook, TikTok Shop, Etsy and Walmart channels point at the simulator; new buyer messages arrive while you watch"
if [[ -n "${HARBORDESK_DEMO_SETUP_ONLY:-}" ]]; then
  # For tests of this script: the channels are set up; stop here (the simulator stops on exit).
  exit 0
fi
hd_say "launching $gui --workspace $workspace ${app_args[*]}"
"$gui" --workspace "$workspace" "${app_args[@]}"
