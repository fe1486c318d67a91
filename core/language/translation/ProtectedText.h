#pragma once

#include "core/common/Result.h"
#include "core/language/translation/GlossaryEntry.h"
#include "core/language/translation/ProtectionMarkup.h"

#include <QList>
#include <QString>

namespace hd {

/// Text with its untranslatable spans hidden from the engine, and the way back.
///
/// protect() finds URLs, e-mail addresses, template placeholders ({{order.id}}, [[order.id
/// missing]]), order numbers (Amazon 3-7-7, eBay 2-5-5, Shopify #1001, runs of 6+ digits),
/// tracking numbers (UPS 1Z…, UPU S10 such as LX123456789CN), SKUs and other upper-case codes
/// with digits (LL-LAMP-01, B08XYZ1234) and glossary terms, and replaces each with a marker in the
/// engine's ProtectionMarkup. restore() puts the spans back wherever the engine moved the markers
/// (engines reorder words), substituting a glossary term's translation where it has one, and
/// fails with TranslationFailure::ProtectionLost when a marker is missing or unknown.
/// Pure: no I/O, safe on any thread.
class ProtectedText final
{
public:
    enum class SpanKind { Url, Email, Placeholder, OrderNumber, TrackingNumber, Sku, Number, GlossaryTerm, Literal };

    struct Span
    {
        SpanKind kind = SpanKind::Literal;
        qsizetype start = 0; ///< in the original text, UTF-16 units
        QString original;    ///< exactly as in the original text
        QString replacement; ///< what restore() writes (original, or a glossary translation)
    };

    /// `glossary` should already be filtered to the language pair (GlossaryEntry::appliesTo).
    static ProtectedText
    protect(const QString &text, ProtectionMarkup markup, const QList<GlossaryEntry> &glossary = {});

    /// The text to send to the engine.
    const QString &masked() const { return m_masked; }
    const QList<Span> &spans() const { return m_spans; }
    ProtectionMarkup markup() const { return m_markup; }
    /// True when the masked text has letters left to translate (not only markers, digits, symbols).
    bool hasTranslatableText() const { return m_hasLetters; }

    /// The engine's output with every span put back (and, for XML/HTML markup, entities decoded).
    /// `provider` names the engine in the error.
    Result<QString> restore(const QString &translated, const QString &provider) const;

    /// The marker for span `index` in `markup` (e.g. "__3__").
    static QString marker(ProtectionMarkup markup, int index, const QString &original);

    static QString toString(SpanKind kind);

private:
    QString m_masked;
    QList<Span> m_spans;
    ProtectionMarkup m_markup = ProtectionMarkup::Tokens;
    bool m_hasLetters = false;
};

} // namespace hd
