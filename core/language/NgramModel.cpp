#include "core/language/NgramModel.h"

#include <QFile>
#include <QtEndian>

#include <algorithm>
#include <cstring>

using namespace Qt::StringLiterals;

namespace hd {

namespace {

#include "core/language/LanguageModelData.inc"

constexpr quint32 kEmptySlot = 0xFFFFFFFFu;
constexpr quint32 kFnvOffset = 0x811C9DC5u;
constexpr quint32 kFnvPrime = 0x01000193u;

char32_t foldChar(char32_t c)
{
    switch (c) {
    case U'ş': return U'ș';
    case U'ţ': return U'ț';
    case U'’':
    case U'ʼ':
    case U'`': return U'\'';
    default: return c;
    }
}

int appendUtf8(char32_t cp, char *out)
{
    if (cp < 0x80) {
        out[0] = char(cp);
        return 1;
    }
    if (cp < 0x800) {
        out[0] = char(0xC0 | (cp >> 6));
        out[1] = char(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = char(0xE0 | (cp >> 12));
        out[1] = char(0x80 | ((cp >> 6) & 0x3F));
        out[2] = char(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = char(0xF0 | (cp >> 18));
    out[1] = char(0x80 | ((cp >> 12) & 0x3F));
    out[2] = char(0x80 | ((cp >> 6) & 0x3F));
    out[3] = char(0x80 | (cp & 0x3F));
    return 4;
}

quint32 fnv(quint32 h, const char *bytes, int n)
{
    for (int i = 0; i < n; ++i) {
        h ^= quint8(bytes[i]);
        h *= kFnvPrime;
    }
    return h;
}

// Adds the features of one word (code points, already lower-cased and folded) to `out`.
void wordFeatures(const std::vector<char32_t> &word, std::vector<quint32> &out)
{
    constexpr int MaxN = 4;
    // Padded word as UTF-8 pieces: ' ' + word + ' '.
    const size_t len = word.size() + 2;
    char utf8[4 * 2 + 4 * 64];
    int start[66];
    const size_t capped = std::min<size_t>(len, 64);
    int pos = 0;
    for (size_t i = 0; i < capped; ++i) {
        start[i] = pos;
        const char32_t cp = (i == 0 || i == len - 1) ? U' ' : word[i - 1];
        pos += appendUtf8(cp, utf8 + pos);
    }
    start[capped] = pos;
    // Words longer than 62 letters are scored on their first 62 letters only (no closing pad).
    for (int n = 1; n <= MaxN; ++n) {
        for (size_t i = 0; i + size_t(n) <= capped; ++i) {
            if (n == 1 && utf8[start[i]] == ' ')
                continue;
            out.push_back(fnv(kFnvOffset, utf8 + start[i], start[i + n] - start[i]));
        }
    }
    quint32 h = fnv(kFnvOffset, "\x01", 1);
    for (char32_t cp : word) {
        char b[4];
        h = fnv(h, b, appendUtf8(cp, b));
    }
    out.push_back(h);
}

template<typename T>
T readLe(const char *p)
{
    T v;
    std::memcpy(&v, p, sizeof(T));
    return qFromLittleEndian(v);
}

} // namespace

std::vector<quint32> NgramModel::features(QStringView text, int *words)
{
    const QString lower = text.toString().normalized(QString::NormalizationForm_C).toLower();
    std::vector<quint32> out;
    out.reserve(size_t(lower.size()) * 5);
    std::vector<char32_t> word;
    int wordCount = 0;
    auto flush = [&]() {
        while (!word.empty() && word.back() == U'\'')
            word.pop_back();
        size_t lead = 0;
        while (lead < word.size() && word[lead] == U'\'')
            ++lead;
        if (lead)
            word.erase(word.begin(), word.begin() + qsizetype(lead));
        if (!word.empty()) {
            wordFeatures(word, out);
            ++wordCount;
        }
        word.clear();
    };
    const qsizetype n = lower.size();
    for (qsizetype i = 0; i < n && wordCount < MaxWords; ++i) {
        char32_t cp = lower[i].unicode();
        if (lower[i].isHighSurrogate() && i + 1 < n && lower[i + 1].isLowSurrogate()) {
            cp = QChar::surrogateToUcs4(lower[i], lower[i + 1]);
            ++i;
        }
        cp = foldChar(cp);
        if (QChar::isLetter(cp) || cp == U'\'')
            word.push_back(cp);
        else
            flush();
    }
    if (wordCount < MaxWords)
        flush();
    if (words)
        *words = wordCount;
    return out;
}

const NgramModel &NgramModel::builtin()
{
    static const NgramModel model = [] {
        auto r = fromData(QByteArray::fromRawData(reinterpret_cast<const char *>(kLanguageModelData),
                                                  qsizetype(sizeof(kLanguageModelData))));
        Q_ASSERT_X(r.ok(), "NgramModel::builtin", "embedded model is corrupt");
        return r.ok() ? std::move(r).value() : NgramModel();
    }();
    return model;
}

hd::Result<NgramModel> NgramModel::fromFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(Error::Code::NotFound,
                           u"Cannot open the language model."_s,
                           path + u": "_s + f.errorString());
    return fromData(f.readAll());
}

hd::Result<NgramModel> NgramModel::fromData(QByteArray data)
{
    const auto corrupt = [](const QString &why) {
        return Error::make(Error::Code::Parse, u"The language model is damaged."_s, why);
    };
    const char *p = data.constData();
    const qsizetype size = data.size();
    qsizetype at = 0;
    auto need = [&](qsizetype bytes) { return at + bytes <= size; };
    if (!need(16) || std::memcmp(p, "HDLM", 4) != 0)
        return corrupt(u"bad magic"_s);
    const auto version = readLe<quint32>(p + 4);
    const auto langs = readLe<quint32>(p + 8);
    const auto scale = readLe<quint32>(p + 12);
    if (version != 1 || langs == 0 || langs > 255 || scale == 0)
        return corrupt(u"bad header"_s);
    at = 16;
    NgramModel m;
    for (quint32 i = 0; i < langs; ++i) {
        if (!need(10))
            return corrupt(u"truncated language table"_s);
        m.m_codes.push_back(QString::fromLatin1(p + at, qsizetype(strnlen(p + at, 6))));
        m.m_scripts.push_back(static_cast<Script>(quint8(p[at + 6])));
        m.m_unseenCost.push_back(double(readLe<quint16>(p + at + 8)) / scale);
        at += 10;
    }
    if (!need(4))
        return corrupt(u"truncated feature count"_s);
    const auto features = readLe<quint32>(p + at);
    at += 4;
    if (!need(qsizetype(features) * 8 + 4))
        return corrupt(u"truncated feature table"_s);
    m.m_hashes.resize(features);
    for (quint32 i = 0; i < features; ++i, at += 4)
        m.m_hashes[i] = readLe<quint32>(p + at);
    m.m_offsets.resize(features + 1);
    for (quint32 i = 0; i <= features; ++i, at += 4)
        m.m_offsets[i] = readLe<quint32>(p + at);
    const quint32 postings = m.m_offsets.back();
    if (!need(qsizetype(postings) * 3) || !std::is_sorted(m.m_hashes.begin(), m.m_hashes.end())
        || !std::is_sorted(m.m_offsets.begin(), m.m_offsets.end()))
        return corrupt(u"bad postings"_s);
    m.m_postingLang.resize(postings);
    m.m_postingCost.resize(postings);
    for (quint32 i = 0; i < postings; ++i, at += 3) {
        m.m_postingLang[i] = quint8(p[at]);
        if (m.m_postingLang[i] >= langs)
            return corrupt(u"bad language index"_s);
        m.m_postingCost[i] = float(readLe<quint16>(p + at + 1)) / float(scale);
    }
    m.buildIndex();
    return m;
}

void NgramModel::buildIndex()
{
    // A hash table at most half full: one or two probes per feature instead of a binary search
    // over the whole table (this lookup is most of the detector's time).
    quint32 size = 16;
    while (size < m_hashes.size() * 2)
        size *= 2;
    m_slots.assign(size, kEmptySlot);
    m_slotMask = size - 1;
    m_slotShift = 32;
    for (quint32 v = size; v > 1; v >>= 1)
        --m_slotShift;
    for (quint32 i = 0; i < m_hashes.size(); ++i) {
        quint32 slot = (m_hashes[i] * 0x9E3779B1u) >> m_slotShift;
        while (m_slots[slot] != kEmptySlot)
            slot = (slot + 1) & m_slotMask;
        m_slots[slot] = i;
    }
}

int NgramModel::find(quint32 hash) const
{
    if (m_slots.empty())
        return -1;
    quint32 slot = (hash * 0x9E3779B1u) >> m_slotShift;
    for (;;) {
        const quint32 i = m_slots[slot];
        if (i == kEmptySlot)
            return -1;
        if (m_hashes[i] == hash)
            return int(i);
        slot = (slot + 1) & m_slotMask;
    }
}

NgramModel::Scores NgramModel::score(QStringView text, Script script) const
{
    Scores r;
    const std::vector<quint32> feats = features(text, &r.words);
    r.features = int(feats.size());
    if (feats.empty())
        return r;
    const size_t n = m_codes.size();
    std::vector<double> cost(n, 0.0);
    for (size_t l = 0; l < n; ++l)
        cost[l] = m_unseenCost[l] * double(feats.size());
    for (const quint32 h : feats) {
        const int found = find(h);
        if (found < 0)
            continue;
        const auto f = size_t(found);
        for (quint32 k = m_offsets[f]; k < m_offsets[f + 1]; ++k) {
            const quint8 l = m_postingLang[k];
            cost[l] += double(m_postingCost[k]) - m_unseenCost[l];
        }
    }
    for (size_t l = 0; l < n; ++l) {
        if (m_scripts[l] == script)
            r.ranked.push_back({int(l), cost[l]});
    }
    std::sort(r.ranked.begin(), r.ranked.end(), [](const Score &a, const Score &b) { return a.cost < b.cost; });
    return r;
}

} // namespace hd
