#pragma once

#include "core/templates/PlaceholderValues.h"
#include "core/templates/RenderResult.h"

#include <QString>

namespace hd {

/// Fills placeholders in a template body. Pure and single-pass: values are never re-scanned, so a
/// buyer named "{{agent.name}}" stays literally that.
///
/// Syntax: `{{key}}`, `{{ key }}` (spaces allowed), `{{key|fallback}}` (fallback used when the value
/// is missing; an empty fallback `{{key|}}` deliberately omits it). Keys are dotted identifiers,
/// case-insensitive, at most 64 characters. Anything else between braces is reported as malformed.
class TemplateRenderer final
{
public:
    /// The visible marker for a missing value: "[[order.tracking_number missing]]".
    static QString missingMarker(const QString &key);

    static RenderResult render(const QString &body, const PlaceholderValues &values);

    /// The placeholder keys a body uses, in order of first use, lower-cased; malformed ones skipped.
    static QStringList placeholderKeys(const QString &body);
};

} // namespace hd
