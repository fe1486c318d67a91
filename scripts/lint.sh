#!/usr/bin/env bash
# Lints what changed, the way review would: clang-format on the changed lines, clang-tidy on the
# changed .cpp files (checks from .clang-tidy, compile flags from the build tree).
#
#   ./scripts/lint.sh              changes not yet committed (against HEAD)
#   ./scripts/lint.sh HEAD~3       changes since HEAD~3, committed or not
#   ./scripts/lint.sh --fix [BASE] reformat the changed lines in place (clang-format only)
# Knobs: HARBORDESK_BUILD_DIR (a configured tree with compile_commands.json; default build/).
# Exit status: 0 clean, 1 formatting or clang-tidy findings.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/build.sh"
cd "$HD_ROOT"

fix=0
if [[ "${1:-}" == --fix ]]; then
  fix=1
  shift
fi
case "${1:-}" in
-h | --help)
  sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'
  exit 0
  ;;
esac
base="${1:-HEAD}"
paths=(app core ui tests bench)

command -v git-clang-format >/dev/null || hd_die "git-clang-format is missing (apt-get install clang-format)"
if ((fix)); then
  git clang-format --extensions cpp,h "$base" -- "${paths[@]}" || true
  exit 0
fi

status=0
hd_say "clang-format on lines changed since $base"
diff="$(git clang-format --diff --extensions cpp,h "$base" -- "${paths[@]}" 2>&1 || true)"
if grep -q '^diff\|^@@' <<<"$diff"; then
  echo "$diff"
  echo "lint: formatting differs from .clang-format; run ./scripts/lint.sh --fix $base" >&2
  status=1
else
  echo "  formatting ok"
fi

mapfile -t files < <({
  git diff --name-only --diff-filter=ACMR "$base" -- "${paths[@]}"
  git ls-files --others --exclude-standard -- "${paths[@]}"
} | grep -E '\.cpp$' | sort -u)
if ((${#files[@]} == 0)); then
  hd_say "clang-tidy: no changed .cpp files"
  exit "$status"
fi
[[ -f "$HD_BUILD_DIR/compile_commands.json" ]] ||
  hd_die "no $HD_BUILD_DIR/compile_commands.json: configure first (./scripts/test.sh or cmake --preset dev)"
command -v clang-tidy >/dev/null || hd_die "clang-tidy is missing (apt-get install clang-tidy)"
hd_say "clang-tidy on ${#files[@]} changed file(s)"
for f in "${files[@]}"; do
  if ! grep -q "\"file\": \"$HD_ROOT/$f\"" "$HD_BUILD_DIR/compile_commands.json"; then
    echo "  skipped $f (not in compile_commands.json: not built in $HD_BUILD_DIR)"
    continue
  fi
  out="$(clang-tidy -p "$HD_BUILD_DIR" --quiet "$f" 2>/dev/null || true)"
  if grep -q 'warning:\|error:' <<<"$out"; then
    echo "$out"
    status=1
  else
    echo "  ok $f"
  fi
done
exit "$status"
