#!/bin/sh
# Rebuilds intent_model.tsv, the naive-Bayes n-gram model compiled into harbordesk_core, from the
# buyer_messages dev set (all 420 rows), then prints its 5-fold cross-validated accuracy.
#   resources/classification/train_intent_model.sh [build-dir]
# Needs the harbordesk-clseval target built. Re-run CMake (or just build) afterwards: the model file
# is embedded at configure time.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-build}
shared=${HARBORDESK_SHARED_DIR:-/work/shared}
eval="$build/tests/core/workflow/classification/harbordesk-clseval"
data="$shared/data/buyer_messages/dev.jsonl"
"$eval" --input "$data" --resources "$here" --fit --task intent --min-df 2 \
    --write-intent-model "$here/intent_model.tsv" > /dev/null
"$eval" --input "$data" --resources "$here" --cv 5
