#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace hd {

/// A range of a rendered text tied to a placeholder. Positions are QString (UTF-16) indexes into
/// RenderResult::text, the same units QTextCursor uses.
struct PlaceholderSpan
{
    QString key; ///< "order.id"; for malformed spans the raw text ("{{", "}}", "{{ bad key }}")
    int start = 0;
    int length = 0;

    bool operator==(const PlaceholderSpan &) const = default;
};

/// The outcome of TemplateRenderer::render().
struct RenderResult
{
    QString text;
    /// Values that were filled in: the translator masks these so order numbers survive translation.
    QList<PlaceholderSpan> filled;
    /// Known placeholders without a value and without a fallback. The text shows a visible marker
    /// "[[order.tracking_number missing]]" at the span; never an empty hole.
    QList<PlaceholderSpan> missing;
    /// Placeholders no one knows (typos, custom keys not provided). Left as written ("{{order.numbr}}").
    QList<PlaceholderSpan> unknown;
    /// Broken syntax left as written: an unclosed "{{", a stray "}}", "{{ two words }}", "{{{x}}}".
    QList<PlaceholderSpan> malformed;

    /// True only when nothing is missing, unknown or malformed.
    bool canSend() const { return missing.isEmpty() && unknown.isEmpty() && malformed.isEmpty(); }
    QStringList missingKeys() const;
    QStringList unknownKeys() const;
};

} // namespace hd
