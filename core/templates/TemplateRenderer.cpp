#include "core/templates/TemplateRenderer.h"

namespace hd {
using namespace Qt::StringLiterals;

namespace {

constexpr int kMaxKeyLength = 64;
constexpr int kMaxPlaceholderLength = 512; // key + fallback; longer brace runs are not placeholders

bool isIdentStart(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isIdentChar(QChar c)
{
    return isIdentStart(c) || (c >= u'0' && c <= u'9') || c == u'_';
}

/// customer.first_name: identifiers joined by single dots.
bool isValidKey(QStringView key)
{
    if (key.isEmpty() || key.size() > kMaxKeyLength)
        return false;
    bool atSegmentStart = true;
    for (QChar c : key) {
        if (atSegmentStart) {
            if (!isIdentStart(c))
                return false;
            atSegmentStart = false;
        } else if (c == u'.') {
            atSegmentStart = true;
        } else if (!isIdentChar(c)) {
            return false;
        }
    }
    return !atSegmentStart;
}

struct Token
{
    enum class Kind { Text, Placeholder, Malformed };
    Kind kind = Kind::Text;
    qsizetype start = 0; ///< in the body
    qsizetype length = 0;
    QString key;
    bool hasFallback = false;
    QString fallback;
};

/// Splits the body into text, placeholders and malformed brace runs in one linear pass.
QList<Token> tokenize(const QString &body)
{
    QList<Token> tokens;
    const qsizetype n = body.size();
    qsizetype textStart = 0;
    auto flushText = [&](qsizetype end) {
        if (end > textStart)
            tokens.append(Token{Token::Kind::Text, textStart, end - textStart, {}, false, {}});
    };
    auto isOpen = [&](qsizetype i) { return i + 1 < n && body[i] == u'{' && body[i + 1] == u'{'; };
    auto isClose = [&](qsizetype i) { return i + 1 < n && body[i] == u'}' && body[i + 1] == u'}'; };

    qsizetype i = 0;
    while (i < n) {
        if (isClose(i)) {
            flushText(i);
            qsizetype end = i + 2;
            while (end < n && body[end] == u'}')
                ++end;
            tokens.append(Token{Token::Kind::Malformed, i, end - i, body.mid(i, end - i), false, {}});
            i = textStart = end;
            continue;
        }
        if (!isOpen(i)) {
            ++i;
            continue;
        }
        // Find the first "{{" or "}}" after the opener; stopping at either keeps this linear.
        qsizetype j = i + 2;
        while (j < n && !isOpen(j) && !isClose(j))
            ++j;
        flushText(i);
        if (j < n && isClose(j) && j - i <= kMaxPlaceholderLength) {
            const QStringView inner = QStringView(body).mid(i + 2, j - i - 2);
            Token t{Token::Kind::Placeholder, i, j + 2 - i, {}, false, {}};
            const qsizetype bar = inner.indexOf(u'|');
            const QStringView keyPart = (bar < 0 ? inner : inner.left(bar)).trimmed();
            if (bar >= 0) {
                t.hasFallback = true;
                t.fallback = inner.mid(bar + 1).trimmed().toString();
            }
            if (isValidKey(keyPart) && !t.fallback.contains(u'{') && !t.fallback.contains(u'}')) {
                t.key = keyPart.toString().toLower();
            } else {
                t.kind = Token::Kind::Malformed;
                t.key = body.mid(i, j + 2 - i);
            }
            tokens.append(t);
            i = textStart = j + 2;
        } else {
            // "{{" not closed before the next "{{" (or the end), or absurdly long: the opener is literal
            // and reported; scanning resumes right after it, so each character is looked at at most twice.
            tokens.append(Token{Token::Kind::Malformed, i, 2, body.mid(i, 2), false, {}});
            const qsizetype end = i + 2;
            i = textStart = end;
        }
    }
    flushText(n);
    return tokens;
}

int lastSpanEnd(const RenderResult &r)
{
    int end = 0;
    for (const auto *list : {&r.filled, &r.missing, &r.unknown, &r.malformed})
        if (!list->isEmpty())
            end = qMax(end, list->constLast().start + list->constLast().length);
    return end;
}

} // namespace

QStringList RenderResult::missingKeys() const
{
    QStringList out;
    for (const auto &s : missing)
        if (!out.contains(s.key))
            out << s.key;
    return out;
}

QStringList RenderResult::unknownKeys() const
{
    QStringList out;
    for (const auto &s : unknown)
        if (!out.contains(s.key))
            out << s.key;
    return out;
}

QString TemplateRenderer::missingMarker(const QString &key)
{
    return u"[["_s + key + u" missing]]"_s;
}

RenderResult TemplateRenderer::render(const QString &body, const PlaceholderValues &values)
{
    RenderResult r;
    r.text.reserve(body.size() + 64);
    for (const Token &t : tokenize(body)) {
        const int at = int(r.text.size());
        switch (t.kind) {
        case Token::Kind::Text: r.text += QStringView(body).mid(t.start, t.length); break;
        case Token::Kind::Malformed:
            r.text += t.key;
            r.malformed.append({t.key, at, int(t.key.size())});
            break;
        case Token::Kind::Placeholder: {
            if (!values.isKnown(t.key)) {
                const QString raw = body.mid(t.start, t.length);
                r.text += raw;
                r.unknown.append({t.key, at, int(raw.size())});
            } else if (values.hasValue(t.key)) {
                const QString v = values.value(t.key);
                r.text += v;
                r.filled.append({t.key, at, int(v.size())});
            } else if (t.hasFallback && !t.fallback.isEmpty()) {
                r.text += t.fallback; // the author's own words: translated with the rest, not masked
            } else if (t.hasFallback) {
                // Deliberately omitted: "Bonjour {{customer.first_name|}}," becomes "Bonjour,", not
                // "Bonjour ,". The space is dropped only if no reported span ends on it.
                const qsizetype next = t.start + t.length;
                const bool spaceOrPunctAfter = next >= body.size() || body[next].isSpace() || body[next].isPunct();
                if (spaceOrPunctAfter && r.text.endsWith(u' ') && lastSpanEnd(r) < r.text.size())
                    r.text.chop(1);
            } else {
                const QString marker = missingMarker(t.key);
                r.text += marker;
                r.missing.append({t.key, at, int(marker.size())});
            }
            break;
        }
        }
    }
    return r;
}

QStringList TemplateRenderer::placeholderKeys(const QString &body)
{
    QStringList keys;
    for (const Token &t : tokenize(body))
        if (t.kind == Token::Kind::Placeholder && !keys.contains(t.key))
            keys << t.key;
    return keys;
}

} // namespace hd
