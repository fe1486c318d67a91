#include "core/language/translation/ProtectedText.h"

#include "core/language/translation/TranslationError.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace hd {
using namespace Qt::StringLiterals;

namespace {

struct Candidate
{
    qsizetype start = 0;
    qsizetype length = 0;
    ProtectedText::SpanKind kind = ProtectedText::SpanKind::Literal;
    int priority = 0; ///< lower wins an overlap
    QString replacement;
    bool hasReplacement = false;
};

struct Rule
{
    ProtectedText::SpanKind kind;
    int priority;
    QRegularExpression re;
};

using Kind = ProtectedText::SpanKind;

// Patterns, highest priority first. Priorities decide overlaps: a URL that contains an order
// number is protected as one URL.
const QList<Rule> &rules()
{
    static const QList<Rule> list = [] {
        const auto opts = QRegularExpression::UseUnicodePropertiesOption;
        return QList<Rule>{
            // Template placeholders, filled or not: {{order.id}}, [[order.id missing]].
            {Kind::Placeholder,
             0,
             QRegularExpression(u"\\{\\{[^{}\\n]{1,100}\\}\\}|\\[\\[[^\\[\\]\\n]{1,100}\\]\\]"_s, opts)},
            {Kind::Url,
             1,
             QRegularExpression(u"(?:\\b(?:https?|ftp)://|\\bwww\\.)[^\\s<>\"'\\x{201C}\\x{201D}]+"_s,
                                opts | QRegularExpression::CaseInsensitiveOption)},
            {Kind::Email,
             2,
             QRegularExpression(u"[A-Za-z0-9._%+\\-]+@[A-Za-z0-9\\-]+(?:\\.[A-Za-z0-9\\-]+)*\\.[A-Za-z]{2,}"_s, opts)},
            // Our own marker syntax written by someone: protected so restore() cannot misread it.
            {Kind::Literal, 3, QRegularExpression(u"__\\d+__"_s, opts)},
            // Amazon 3-7-7 and eBay 2-5-5 order numbers, Shopify order names (#1001).
            {Kind::OrderNumber, 5, QRegularExpression(u"(?<![\\d-])\\d{3}-\\d{7}-\\d{7}(?!\\d)"_s, opts)},
            {Kind::OrderNumber, 5, QRegularExpression(u"(?<![\\d-])\\d{2}-\\d{5}-\\d{5}(?!\\d)"_s, opts)},
            {Kind::OrderNumber, 5, QRegularExpression(u"(?<![\\w#])#\\d{3,}(?!\\d)"_s, opts)},
            // UPS 1Z + 16, UPU S10 (LX123456789CN: China Post, Royal Mail, USPS international...).
            {Kind::TrackingNumber, 6, QRegularExpression(u"\\b1Z[0-9A-Z]{16}\\b"_s, opts)},
            {Kind::TrackingNumber, 6, QRegularExpression(u"\\b[A-Z]{2}\\d{9}[A-Z]{2}\\b"_s, opts)},
            // SKUs and codes: hyphenated with an upper-case letter and a digit (LL-LAMP-01), or
            // 6+ upper-case letters and digits mixed (B08XYZ1234, Shopee 220512ABCD1234).
            {Kind::Sku,
             7,
             QRegularExpression(
                 u"(?<![\\w-])(?=[A-Za-z0-9_-]*[A-Z])(?=[A-Za-z0-9_-]*\\d)[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+)+(?![\\w-])"_s,
                 opts)},
            {Kind::Sku, 7, QRegularExpression(u"\\b(?=[A-Z0-9]*[A-Z])(?=[A-Z0-9]*\\d)[A-Z0-9]{6,}\\b"_s, opts)},
            // Long digit runs: Walmart/Etsy/AliExpress order ids, USPS/FedEx/DHL tracking numbers.
            {Kind::Number, 8, QRegularExpression(u"(?<![\\d.,])\\d{6,}(?!\\d|[.,]\\d)"_s, opts)},
        };
    }();
    return list;
}

// A URL does not end with the sentence's punctuation, nor with a ")" it did not open.
qsizetype trimUrl(QStringView url)
{
    qsizetype n = url.size();
    while (n > 0) {
        const QChar c = url[n - 1];
        if (QStringView(u".,;:!?'\"").contains(c) || c == u'\u2019') {
            --n;
        } else if (c == u')' && url.first(n).count(u'(') < url.first(n).count(u')')) {
            --n;
        } else if (c == u']' || c == u'}') {
            --n;
        } else {
            break;
        }
    }
    return n;
}

QString escapeMarkup(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'&': out += u"&amp;"_s; break;
        case u'<': out += u"&lt;"_s; break;
        case u'>': out += u"&gt;"_s; break;
        case u'"': out += u"&quot;"_s; break;
        default: out += c;
        }
    }
    return out;
}

// Decodes the entities XML and HTML engines send back (Google's format=html answers use &#39;).
QString unescapeMarkup(QStringView text)
{
    if (!text.contains(u'&'))
        return text.toString();
    static const QRegularExpression entity(u"&(#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z]{2,6});"_s);
    QString out;
    qsizetype pos = 0;
    const QString s = text.toString();
    auto it = entity.globalMatch(s);
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(s).sliced(pos, m.capturedStart() - pos);
        const QString name = m.captured(1);
        QString decoded;
        if (name.startsWith(u"#x"_s, Qt::CaseInsensitive)) {
            bool ok = false;
            const uint cp = name.mid(2).toUInt(&ok, 16);
            if (ok && cp > 0 && cp <= 0x10FFFF)
                decoded = QString::fromUcs4(reinterpret_cast<const char32_t *>(&cp), 1);
        } else if (name.startsWith(u'#')) {
            bool ok = false;
            const uint cp = name.mid(1).toUInt(&ok, 10);
            if (ok && cp > 0 && cp <= 0x10FFFF)
                decoded = QString::fromUcs4(reinterpret_cast<const char32_t *>(&cp), 1);
        } else if (name == "amp"_L1) {
            decoded = u"&"_s;
        } else if (name == "lt"_L1) {
            decoded = u"<"_s;
        } else if (name == "gt"_L1) {
            decoded = u">"_s;
        } else if (name == "quot"_L1) {
            decoded = u"\""_s;
        } else if (name == "apos"_L1) {
            decoded = u"'"_s;
        } else if (name == "nbsp"_L1) {
            decoded = QString(QChar(0x00A0));
        }
        out += decoded.isNull() ? m.captured(0) : decoded;
        pos = m.capturedEnd();
    }
    out += QStringView(s).sliced(pos);
    return out;
}

const QRegularExpression &markerPattern(ProtectionMarkup markup)
{
    // Tolerant of what engines do to markers: a space inside "__0__", full-width underscores,
    // attributes reordered or quoted differently, a tag made self-closing.
    static const QRegularExpression tokens(
        u"[_\\x{FF3F}][ \\t\\x{00A0}]?[_\\x{FF3F}][ \\t\\x{00A0}]?(\\d{1,5})[ \\t\\x{00A0}]?[_\\x{FF3F}][ \\t\\x{00A0}]?[_\\x{FF3F}]"_s,
        QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression xml(u"<x\\s+id\\s*=\\s*[\"'](\\d{1,5})[\"']\\s*(?:/>|>.*?</x\\s*>)"_s,
                                        QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression html(
        u"<span\\b[^>]*\\bid\\s*=\\s*[\"']hd(\\d{1,5})[\"'][^>]*?(?:/>|>.*?</span\\s*>)"_s,
        QRegularExpression::DotMatchesEverythingOption | QRegularExpression::CaseInsensitiveOption);
    switch (markup) {
    case ProtectionMarkup::Tokens: return tokens;
    case ProtectionMarkup::XmlTags: return xml;
    case ProtectionMarkup::HtmlSpans: return html;
    }
    return tokens;
}

bool overlaps(const QList<Candidate> &accepted, const Candidate &c)
{
    for (const Candidate &a : accepted)
        if (c.start < a.start + a.length && a.start < c.start + c.length)
            return true;
    return false;
}

} // namespace

QString ProtectedText::marker(ProtectionMarkup markup, int index, const QString &original)
{
    switch (markup) {
    case ProtectionMarkup::Tokens: return u"__"_s + QString::number(index) + u"__"_s;
    case ProtectionMarkup::XmlTags:
        return u"<x id=\""_s + QString::number(index) + u"\">"_s + escapeMarkup(original) + u"</x>"_s;
    case ProtectionMarkup::HtmlSpans:
        return u"<span translate=\"no\" class=\"notranslate\" id=\"hd"_s + QString::number(index) + u"\">"_s
            + escapeMarkup(original) + u"</span>"_s;
    }
    return {};
}

ProtectedText ProtectedText::protect(const QString &text, ProtectionMarkup markup, const QList<GlossaryEntry> &glossary)
{
    QList<Candidate> candidates;
    for (const Rule &rule : rules()) {
        if (rule.kind == Kind::Literal && markup != ProtectionMarkup::Tokens)
            continue; // in XML/HTML markup the text is escaped: nothing can pass for a marker
        auto it = rule.re.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            qsizetype len = m.capturedLength();
            if (rule.kind == Kind::Url)
                len = trimUrl(QStringView(text).sliced(m.capturedStart(), len));
            if (len > 0)
                candidates.append({m.capturedStart(), len, rule.kind, rule.priority, {}, false});
        }
    }
    // Glossary terms, longest first, whole words only, case-insensitive.
    QList<GlossaryEntry> terms;
    for (const GlossaryEntry &g : glossary)
        if (!g.term.trimmed().isEmpty())
            terms.append(g);
    std::stable_sort(terms.begin(), terms.end(), [](const GlossaryEntry &a, const GlossaryEntry &b) {
        return a.term.size() > b.term.size();
    });
    for (const GlossaryEntry &g : std::as_const(terms)) {
        const QRegularExpression re(
            u"(?<![\\p{L}\\p{N}])"_s + QRegularExpression::escape(g.term.trimmed()) + u"(?![\\p{L}\\p{N}])"_s,
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
        auto it = re.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            // Terms rank just under URLs and placeholders; longer terms were added first.
            candidates.append({m.capturedStart(),
                               m.capturedLength(),
                               Kind::GlossaryTerm,
                               4,
                               g.keepVerbatim ? QString() : g.translation,
                               !g.keepVerbatim});
        }
    }

    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        if (a.priority != b.priority)
            return a.priority < b.priority;
        if (a.length != b.length)
            return a.length > b.length;
        return a.start < b.start;
    });
    QList<Candidate> accepted;
    for (const Candidate &c : std::as_const(candidates))
        if (!overlaps(accepted, c))
            accepted.append(c);
    std::sort(accepted.begin(), accepted.end(), [](const Candidate &a, const Candidate &b) {
        return a.start < b.start;
    });

    ProtectedText p;
    p.m_markup = markup;
    const bool escape = markup != ProtectionMarkup::Tokens;
    const auto hasLetter = [](QStringView s) {
        return std::any_of(s.begin(), s.end(), [](QChar c) { return c.isLetter(); });
    };
    qsizetype pos = 0;
    for (const Candidate &c : std::as_const(accepted)) {
        const QStringView before = QStringView(text).sliced(pos, c.start - pos);
        p.m_hasLetters = p.m_hasLetters || hasLetter(before);
        p.m_masked += escape ? escapeMarkup(before) : before.toString();
        Span span;
        span.kind = c.kind;
        span.start = c.start;
        span.original = text.mid(c.start, c.length);
        span.replacement = c.hasReplacement ? c.replacement : span.original;
        p.m_masked += marker(markup, int(p.m_spans.size()), span.original);
        p.m_spans.append(span);
        pos = c.start + c.length;
    }
    const QStringView rest = QStringView(text).sliced(pos);
    p.m_hasLetters = p.m_hasLetters || hasLetter(rest);
    p.m_masked += escape ? escapeMarkup(rest) : rest.toString();
    return p;
}

Result<QString> ProtectedText::restore(const QString &translated, const QString &provider) const
{
    const bool unescape = m_markup != ProtectionMarkup::Tokens;
    QString out;
    out.reserve(translated.size() + 64);
    QSet<int> seen;
    QStringList unknown;
    qsizetype pos = 0;
    auto it = markerPattern(m_markup).globalMatch(translated);
    while (it.hasNext()) {
        const auto m = it.next();
        const QStringView before = QStringView(translated).sliced(pos, m.capturedStart() - pos);
        out += unescape ? unescapeMarkup(before) : before.toString();
        const int index = m.captured(1).toInt();
        if (index < 0 || index >= m_spans.size()) {
            unknown << m.captured(1);
            out += m.captured(0);
        } else {
            out += m_spans.at(index).replacement;
            seen.insert(index);
        }
        pos = m.capturedEnd();
    }
    const QStringView rest = QStringView(translated).sliced(pos);
    out += unescape ? unescapeMarkup(rest) : rest.toString();

    QStringList missing;
    for (int i = 0; i < m_spans.size(); ++i)
        if (!seen.contains(i))
            missing << QString::number(i) + u" ("_s + toString(m_spans.at(i).kind) + u')';
    if (!missing.isEmpty() || !unknown.isEmpty()) {
        QString detail;
        if (!missing.isEmpty())
            detail += u"markers missing from the translation: "_s + missing.join(u", "_s);
        if (!unknown.isEmpty())
            detail += (detail.isEmpty() ? QString() : u"; "_s) + u"unknown markers: "_s + unknown.join(u", "_s);
        return TranslationError::make(TranslationFailure::ProtectionLost, provider, detail);
    }
    return out;
}

QString ProtectedText::toString(SpanKind kind)
{
    switch (kind) {
    case SpanKind::Url: return u"url"_s;
    case SpanKind::Email: return u"email"_s;
    case SpanKind::Placeholder: return u"placeholder"_s;
    case SpanKind::OrderNumber: return u"order_number"_s;
    case SpanKind::TrackingNumber: return u"tracking_number"_s;
    case SpanKind::Sku: return u"sku"_s;
    case SpanKind::Number: return u"number"_s;
    case SpanKind::GlossaryTerm: return u"glossary_term"_s;
    case SpanKind::Literal: return u"literal"_s;
    }
    return {};
}

} // namespace hd
