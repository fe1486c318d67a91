# shellcheck shell=bash
# Shared helpers for scripts/*.sh: repository root, configure, build, timing, finding executables.
#
# Environment knobs (all optional):
#   HARBORDESK_BUILD_DIR   build tree (default: <repo>/build)
#   HARBORDESK_BUILD_TYPE  CMAKE_BUILD_TYPE (default: RelWithDebInfo; demo and tests share build/)
#   HARBORDESK_JOBS        parallel compile jobs (default: number of cores)
#   HARBORDESK_WERROR      ON/OFF (default: ON when CI=true, else OFF)

HD_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
HD_BUILD_DIR="${HARBORDESK_BUILD_DIR:-$HD_ROOT/build}"
HD_BUILD_TYPE="${HARBORDESK_BUILD_TYPE:-RelWithDebInfo}"
HD_JOBS="${HARBORDESK_JOBS:-$(nproc 2>/dev/null || echo 2)}"
HD_T0=$SECONDS

hd_say() { echo "==> [$(hd_elapsed)] $*" >&2; }
hd_die() {
  echo "ERROR: $*" >&2
  exit 1
}
hd_elapsed() {
  local s=$((SECONDS - HD_T0))
  printf '%d:%02d' $((s / 60)) $((s % 60))
}

hd_is_ci() { [[ "${CI:-}" == true || "${CI:-}" == 1 ]]; }

# hd_configure [extra cmake args...]: configures $HD_BUILD_DIR with Ninja (reconfigures only as needed).
hd_configure() {
  command -v cmake >/dev/null || hd_die "cmake is missing; run scripts/deps.sh"
  command -v ninja >/dev/null || hd_die "ninja is missing; run scripts/deps.sh"
  local cache="$HD_BUILD_DIR/CMakeCache.txt"
  if [[ -f "$cache" ]] && ! grep -q '^CMAKE_GENERATOR:INTERNAL=Ninja$' "$cache"; then
    hd_die "$HD_BUILD_DIR was configured with another generator; remove it or set HARBORDESK_BUILD_DIR"
  fi
  local werror="${HARBORDESK_WERROR:-}"
  if [[ -z "$werror" ]]; then
    if hd_is_ci; then werror=ON; else werror=OFF; fi
  fi
  local launcher=()
  if command -v ccache >/dev/null; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
  fi
  hd_say "configure $HD_BUILD_DIR ($HD_BUILD_TYPE, Ninja, HARBORDESK_WERROR=$werror${launcher:+, ccache})"
  cmake -S "$HD_ROOT" -B "$HD_BUILD_DIR" -G Ninja \
    -DCMAKE_BUILD_TYPE="$HD_BUILD_TYPE" \
    -DHARBORDESK_WERROR="$werror" \
    "${launcher[@]}" "$@"
  hd_fix_stale_autogen
}

# CMake 3.25 + Ninja reruns AUTOMOC only when the CMakeLists.txt that defines a target changes, not when
# a sub-area's CMakeLists.txt (target_sources from core/<area>/, ui/<area>/) adds a Q_OBJECT header, and
# the build then fails to link (undefined vtable / staticMetaObject). A configure that changed a target's
# AutogenInfo.json makes it newer than the target's autogen timestamp: removing that stamp reruns moc.
hd_fix_stale_autogen() {
  local info dir name stamp
  while IFS= read -r -d '' info; do
    dir="$(dirname "$info")"         # <bin>/<subdir>/CMakeFiles/<target>_autogen.dir
    name="$(basename "$dir" .dir)"   # <target>_autogen
    stamp="$(dirname "$(dirname "$dir")")/$name/timestamp"
    if [[ -f "$stamp" && "$info" -nt "$stamp" ]]; then
      rm -f "$stamp"
    fi
  done < <(find "$HD_BUILD_DIR" -path '*/CMakeFiles/*_autogen.dir/AutogenInfo.json' -print0 2>/dev/null)
}

# hd_build [targets...]: builds the given targets (all when none) with $HD_JOBS jobs.
hd_build() {
  local targets=()
  if (($#)); then targets=(--target "$@"); fi
  hd_say "build ${*:-all} (-j$HD_JOBS)"
  local before after
  before="$(hd_ccache_counts)"
  cmake --build "$HD_BUILD_DIR" -j "$HD_JOBS" "${targets[@]}"
  after="$(hd_ccache_counts)"
  if [[ -n "$before" && -n "$after" ]]; then
    read -r h0 m0 <<<"$before"
    read -r h1 m1 <<<"$after"
    hd_say "build done (ccache, all users of the cache: $((h1 - h0)) hits, $((m1 - m0)) misses)"
  else
    hd_say "build done"
  fi
}

# Prints "HITS MISSES" from ccache's statistics (cumulative), or nothing without ccache.
hd_ccache_counts() {
  command -v ccache >/dev/null || return 0
  ccache --print-stats 2>/dev/null | awk -F'\t' '
    $1 == "direct_cache_hit" || $1 == "preprocessed_cache_hit" { h += $2 }
    $1 == "cache_miss" { m += $2 }
    END { if (NR) print h + 0, m + 0 }' || true
}

# hd_find_exe NAME: prints the path of executable NAME in the build tree (build/app/NAME first).
hd_find_exe() {
  local name="$1" p
  for p in "$HD_BUILD_DIR/app/$name" "$HD_BUILD_DIR/bin/$name" "$HD_BUILD_DIR/$name"; do
    if [[ -x "$p" && -f "$p" ]]; then
      echo "$p"
      return 0
    fi
  done
  p="$(find "$HD_BUILD_DIR" -maxdepth 4 -type f -name "$name" -perm -u+x -not -path '*/CMakeFiles/*' 2>/dev/null | head -n 1)"
  [[ -n "$p" ]] && echo "$p"
}

# hd_deps [--with-tests]: installs what is missing (idempotent, quick when nothing is).
hd_deps() {
  if [[ "${HARBORDESK_SKIP_DEPS:-0}" == 1 ]]; then return 0; fi
  hd_say "dependencies (scripts/deps.sh $*)"
  "$HD_ROOT/scripts/deps.sh" "$@"
}
