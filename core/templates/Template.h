#pragma once

#include "core/templates/TemplateVariant.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace hd {

/// A saved reply: what it is for (intent, keywords), how agents insert it (shortcut) and its bodies
/// per language and platform. Bodies hold placeholders such as {{order.id}} (see TemplateRenderer).
struct Template
{
    qint64 id = 0;
    QString name;
    QString category;
    QString intent;       ///< one of TemplateIntents::all(), or empty
    QString shortcut;     ///< "/wismo"; typed in the reply editor, unique in a library (case-insensitive)
    QStringList keywords; ///< lower-case cues in any language, matched against the buyer's text
    int useCount = 0;     ///< how often agents chose it; ranks suggestions
    QList<TemplateVariant> variants;
    qint64 createdAt = 0; ///< UTC ms
    qint64 updatedAt = 0; ///< UTC ms

    bool operator==(const Template &) const = default;
};

} // namespace hd
