#pragma once

#include <QString>
#include <QtGlobal>

namespace hd {

/// One body of a template, for one language and optionally one platform.
/// `language` is a tag such as "en", "de", "zh_CN" (underscore or hyphen; compared via TemplateLanguage).
/// `platform` is a channelKindToString() value ("amazon", "ebay", ...) or empty for "any platform".
/// `human` is false for a stored machine translation; the editor marks those.
struct TemplateVariant
{
    qint64 id = 0;
    QString language;
    QString platform;
    QString body;
    bool human = true;

    bool operator==(const TemplateVariant &) const = default;
};

} // namespace hd
